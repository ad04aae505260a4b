// The hundred-and-seventh review's smaller answers: pacman's log, pasta's help, psql's reset, two machines in one paste, AppArmor beside a
// running pasta, and the login session before the rootless daemon's start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { analyzeWith } from '../../../src/engine/core.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const both = (text: string) => [analyze(text), analyzeWith(zhCn, text)] as const;

describe("pacman's log: the version an [ALPM] line leaves installed counts as pacman -Q's", () => {
  const log = paste('pacman-log-upgraded-rootlesskit-2.3.2-passt-2025-02-17.txt');
  test.each([0, 1])('the upgrades to RootlessKit 2.3.2 and passt 2025_02_17 decide fixed, inferred: what is installed (language %i)', (i) => {
    const r = both(log)[i]!;
    expect(r).toMatchObject({ verdict: 'fixed', certainty: 'inferred' });
    expect(r.facts).toMatchObject({ rootlesskitVersion: '2.3.2', pastaDate: '2025-02-17' });
    expect(r.findings[0]!.evidence.map((e) => e.text)).toContain('[ALPM] upgraded rootlesskit (2.3.1-2 -> 2.3.2-1)');
  });
  test('a later line wins: a downgrade after the upgrade leaves 2.3.1', () => {
    const r = analyze(`${log}[2025-03-01T09:00:00+0100] [ALPM] downgraded rootlesskit (2.3.2-1 -> 2.3.1-2)\n`);
    expect(r.facts.rootlesskitVersion).toBe('2.3.1');
  });
  test('a package the log removes last is not installed', () => {
    const r = analyze(`${log}[2025-03-01T09:00:00+0100] [ALPM] removed passt (2025_02_17.a1e48a0-1)\n`);
    expect(r.facts.pastaDate).toBeNull();
  });
  test('"installed" names the version installed', () => {
    const r = analyze('[2024-11-02T19:01:44+0100] [ALPM] installed passt (2024_09_06.6b38f07-1)\n');
    expect(r.facts.pastaDate).toBe('2024-09-06');
  });
});

describe("pasta --help listing --host-lo-to-ns-lo: this pasta accepts the flag, so it has the change", () => {
  const help = paste('pasta-help-host-lo-to-ns-lo-deprecated-rk-2.3.1.txt');
  test.each([0, 1])('the certainty no longer infers pasta 2024_10_30 or later, and the flag is not taken as passed (language %i)', (i) => {
    const r = both(help)[i]!;
    expect(r.verdict).toBe('affected');
    expect(r.unseen).not.toContain('pastaAcceptsHostLoToNsLo');
    expect(r.unseen).not.toContain('pastaDate');
    expect(r.facts).toMatchObject({ pastaAcceptsHostLoToNsLo: true, hostLoToNsLo: null });
  });
  test('un-deprecated (2025_02_17 on), the option line alone says the same', () => {
    const r = analyze(help.replace('\tDEPRECATED:', '\tTranslate host-loopback forwards to namespace loopback').replace(/^\t\t\tTranslate.*\n/m, ''));
    expect(r.facts.pastaAcceptsHostLoToNsLo).toBe(true);
  });
  test('the same line not under pasta --help says nothing', () => {
    expect(analyze(help.replace('pasta --help', 'cat notes.txt')).facts.pastaAcceptsHostLoToNsLo).toBeNull();
  });
});

describe("psql's reset beside a loopback host: libpq's words, the symptom's note only", () => {
  test.each([0, 1])('compose ps and psql -h 127.0.0.1: the note shows, quoting psql (language %i)', (i) => {
    const r = both(paste('compose-ports-psql-server-closed-rk-2.3.1.txt'))[i]!;
    const f = r.findings.find((x) => x.id === 'connection-reset-seen')!;
    expect(f.evidence.map((e) => e.line)).toContain(5);
    expect(r.verdict).toBe('affected');
  });
  test('quoted in an issue form: the note shows, and decides nothing', () => {
    const r = analyze(paste('issue-form-psql-server-closed.txt'));
    expect(r.verdict).toBe('incomplete');
    expect(r.findings.map((f) => f.id)).toContain('connection-reset-seen');
  });
  test('to a host elsewhere, psql says the same of a server that did close: no note', () => {
    const remote = 'psql: error: connection to server at "db.example.org" (203.0.113.5), port 5432 failed: server closed the connection unexpectedly\n';
    expect(analyze(remote).findings.map((f) => f.id)).not.toContain('connection-reset-seen');
  });
});

describe('two machines in one paste: their values disagree without one replacing the other', () => {
  const twoHosts = paste('two-machines-laptop-server-rk-2.3.4-2.3.1.txt');
  // Review 111 #1: RootlessKit's version decides, so neither machine's is taken; the step asks for one machine at a time.
  test.each([
    [0, /RootlessKit: 2\.3\.4 for laptop, 2\.3\.1 for server.*paste one machine's output at a time/],
    [1, /RootlessKit：laptop（2\.3\.4）、server（2\.3\.1）.*请一次只粘贴一台机器的输出/],
  ] as const)('"laptop:" and "server:": the step says so, not that later output beats earlier (language %i)', (i, said) => {
    const r = both(twoHosts)[i]!;
    expect(r.verdict).toBe('incomplete');
    expect(r.findings[0]!.id).toBe('machines-apart');
    expect(r.findings[0]!.detail).toMatch(said);
    expect(r.findings.map((f) => f.detail).join('\n')).not.toMatch(/later output beat earlier|后出现的输出优先/);
  });
  test("two prompts' hosts say the same", () => {
    const prompts = twoHosts.replace('laptop:\n$ ', 'alice@laptop:~$ ').replace('server:\n$ ', '[alice@server ~]$ ').replace('\n$ pasta', '\n[alice@server ~]$ pasta');
    expect(analyze(prompts).findings[0]!.detail).toContain('2.3.4 for laptop, 2.3.1 for server');
  });
  test('one machine over time: later output still beats earlier', () => {
    const detail = analyze(twoHosts.replace('laptop:\n', '').replace('server:\n', '')).findings.find((f) => f.id === 'facts-disagree')!.detail;
    expect(detail).toContain('later output beat earlier');
  });
  // Review R142 24: "later output beats earlier" read as a contradiction where the value used is the earlier, the running daemon's.
  test("the running daemon's earlier value beats the program's later own version, and the step says that kind comes first", () => {
    const r = analyze(' rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n\n$ rootlesskit --version\nrootlesskit version 2.3.2');
    expect(r.facts.rootlesskitVersion).toBe('2.3.1');
    expect(r.findings.find((f) => f.id === 'facts-disagree')!.detail).toContain(
      "uses 2.3.1, as the running daemon beats the program's own version, packages and configuration, and only among values of one kind",
    );
  });
});

describe("AppArmor on Ubuntu 24.04, which stops pasta as it starts: not where RootlessKit's pasta is shown running", () => {
  const running = paste('apt-upgrade-log-pasta-running-ubuntu-24.04.txt');
  test.each([0, 1])('pasta in systemctl status: no AppArmor warning (language %i)', (i) => {
    expect(both(running)[i]!.findings.map((f) => f.id)).not.toContain('ubuntu-apparmor');
  });
  test('without the pasta line the warning stays', () => {
    expect(analyze(running.replace(/^.*├─2010 pasta .*\n/m, '')).findings.map((f) => f.id)).toContain('ubuntu-apparmor');
  });
});

describe('no login session beside the rootless daemon shown down: the session comes first', () => {
  test.each([0, 1])('no-user-session leads, then starting the daemon, then the question (language %i)', (i) => {
    const r = both(paste('no-user-session-rootless-daemon-down.txt'))[i]!;
    expect(r.findings.map((f) => f.id)).toEqual(['no-user-session', 'daemon-not-running', 'need-network-driver']);
  });
});
