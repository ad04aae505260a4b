// Review 114 C3 #1: RootlessKit 2.3.4 that only a package shows (rpm -q, dnf history with no start of the daemon shown), pasta's argv
// without --host-lo-to-ns-lo and a reset on 127.0.0.1. The daemon may still run the RootlessKit from before the upgrade (affected), or
// pasta may predate the change (not affected): pasta's version or the probe tells, so the checker asks rather than calling pasta old.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';

const paste = (name: string): string => readFileSync(join(fixturesDir, 'synthetic', name), 'utf8');
const both = (text: string, answers = {}) => [analyze(text, { answers }), analyze(text, { answers, messages: zhCn })] as const;
const RPM = paste('rpm-q-rootlesskit-2.3.4-argv-without-flag-loopback-reset.txt');
const DNF = paste('dnf-history-rootlesskit-2.3.4-no-start-argv-without-flag-reset.txt');
const RESET = 'curl: (56) Recv failure: Connection reset by peer\n';

describe.each([
  ['rpm -q', RPM],
  ['dnf history, no start shown', DNF],
])('%s: RootlessKit 2.3.4 installed, pasta without the flag, a reset on 127.0.0.1', (_, text) => {
  test('incomplete: the probe tells whether the daemon or pasta is the older, and what each answer means', () => {
    const [en, zh] = both(text);
    for (const r of [en, zh]) {
      expect([r.verdict, r.ask, r.findings[0]!.id]).toEqual(['incomplete', 'pastaAcceptsHostLoToNsLo', 'need-pasta-probe']);
      expect(r.findings.map((f) => f.id)).not.toContain('pasta-predates-change');
      expect(r.findings[0]!.fix).toContain('pasta --host-lo-to-ns-lo --version');
      expect(r.findings[0]!.fix).toContain('systemctl --user restart docker');
      // The package's line is shown beside pasta's argv: which RootlessKit is installed.
      expect(r.findings[0]!.evidence.some((e) => e.text.includes('rootlesskit-2.3.4'))).toBe(true);
    }
    expect(en.findings[0]!.detail).toContain('Or pasta predates 2024_10_30.ee7d0b6: not affected, and the reset shown has another cause');
    expect(zh.findings[0]!.detail).toContain('不受影响，显示的连接重置另有原因');
  });

  test('the probe answered: 0 is affected, fixed by a restart; another number is not affected', () => {
    for (const r of both(text, { pastaAcceptsHostLoToNsLo: true })) {
      expect(r.verdict).toBe('affected');
      expect(r.findings[0]!.fix).toContain('systemctl --user restart docker');
    }
    for (const r of both(text, { pastaAcceptsHostLoToNsLo: false })) expect(r.verdict).toBe('not-affected');
  });
});

test("pasta's version shown decides: from the change on, the daemon runs an older RootlessKit; before it, not affected", () => {
  const [en] = both(`${RPM}$ pasta --version\npasta 2025_01_21.4f2c8e7\n`);
  expect([en.verdict, en.findings[0]!.id]).toEqual(['affected', 'affected']);
  expect(en.findings[0]!.detail).toContain('RootlessKit 2.3.4 is installed, but the daemon still runs the old one: restart it.');
  for (const r of both(`${RPM}$ pasta --version\npasta 2024_06_24.1ee2eca\n`)) expect([r.verdict, r.findings[0]!.id]).toEqual(['not-affected', 'pasta-predates-change']);
});

test("the RootlessKit Docker's rootless extras bundle leaves the same two open: the same probe", () => {
  const extras = RPM.replace('$ rpm -q rootlesskit\nrootlesskit-2.3.4-1.fc41.x86_64\n', '$ dpkg -l docker-ce-rootless-extras | tail -1\nii  docker-ce-rootless-extras 5:28.0.1-1~ubuntu.24.04~noble amd64 Rootless support for Docker.\n');
  expect(extras).not.toBe(RPM);
  const [en, zh] = both(extras);
  for (const r of [en, zh]) {
    expect([r.verdict, r.ask, r.findings[0]!.id]).toEqual(['incomplete', 'pastaAcceptsHostLoToNsLo', 'need-pasta-probe']);
    expect(r.findings[0]!.fix).toContain('pasta --host-lo-to-ns-lo --version');
    expect(r.findings[0]!.fix).toContain('systemctl --user restart docker');
  }
  expect(en.findings[0]!.detail).toContain("RootlessKit 2.3.2 is installed (Docker 28.0.1's own packages bundle it)");
  expect(en.findings[0]!.detail).toContain('Or pasta predates 2024_10_30.ee7d0b6: not affected, and the reset shown has another cause');
  expect(zh.findings[0]!.detail).toContain('不受影响，显示的连接重置另有原因');
  for (const r of both(extras, { pastaAcceptsHostLoToNsLo: true })) expect([r.verdict, r.findings[0]!.fix?.includes('systemctl --user restart docker')]).toEqual(['affected', true]);
  for (const r of both(extras, { pastaAcceptsHostLoToNsLo: false })) expect(r.verdict).toBe('not-affected');
  // A port shown published on 127.0.0.1 beside the reset is what pasta with the change does (not-running.ts): affected, either package.
  const published = (text: string): string => text.replace('$ pgrep -a pasta', '$ docker run -d -p 127.0.0.1:8080:80 nginx:alpine\n$ pgrep -a pasta');
  for (const text of [published(RPM), published(extras)]) {
    for (const r of both(text)) expect([r.verdict, r.findings[0]!.id, r.findings[0]!.fix?.includes('systemctl --user restart docker')]).toEqual(['affected', 'affected', true]);
  }
});

// Review C5: the reset only fits the daemon being the older; without it the same two stay open, as beside Docker's rootless extras
// (review-107-installed.test.ts): one answer whichever package shows the RootlessKit installed.
describe.each([
  ['rpm -q', RPM],
  ['dnf history, no start shown', DNF],
])('%s without the reset: RootlessKit 2.3.4 installed leaving the flag out still asks which is older', (_, text) => {
  test('incomplete, the probe then a restart, no word of a reset', () => {
    const [en, zh] = both(text.replace(RESET, ''));
    for (const r of [en, zh]) {
      expect([r.verdict, r.ask, r.findings[0]!.id]).toEqual(['incomplete', 'pastaAcceptsHostLoToNsLo', 'need-pasta-probe']);
      expect(r.findings.map((f) => f.id)).not.toContain('pasta-predates-change');
      const fix = r.findings[0]!.fix!;
      expect(fix.indexOf('pasta --host-lo-to-ns-lo --version')).toBeGreaterThanOrEqual(0);
      expect(fix.indexOf('systemctl --user restart docker')).toBeGreaterThan(fix.indexOf('pasta --host-lo-to-ns-lo --version'));
      expect(r.findings[0]!.evidence.some((e) => e.text.includes('rootlesskit-2.3.4') || e.text.includes('2.3.4'))).toBe(true);
    }
    expect(en.findings[0]!.title).toBe('Is the daemon older than RootlessKit 2.3.4, or pasta older than 2024_10_30.ee7d0b6?');
    expect(zh.findings[0]!.title).toBe('是守护进程比 RootlessKit 2.3.4 旧，还是 pasta 比 2024_10_30.ee7d0b6 旧？');
    expect(en.findings[0]!.detail).not.toContain('reset');
  });

  test("the probe's answer decides: 0 is affected with a restart, any other number not affected", () => {
    for (const r of both(text.replace(RESET, ''), { pastaAcceptsHostLoToNsLo: true })) {
      expect([r.verdict, r.findings[0]!.id, r.findings[0]!.fix?.includes('systemctl --user restart docker')]).toEqual(['affected', 'affected', true]);
    }
    for (const r of both(text.replace(RESET, ''), { pastaAcceptsHostLoToNsLo: false })) expect(r.verdict).toBe('not-affected');
  });
});

test('without the reset, a restart shown after the package and before pasta started: RootlessKit 2.3.4 runs, so pasta is older', () => {
  const restarted = RPM.replace(RESET, '').replace('$ systemctl --user show docker -p ActiveEnterTimestamp\n', '$ systemctl --user restart docker\n').replace(/^ActiveEnterTimestamp=.*\n/m, '');
  for (const r of both(restarted)) expect([r.verdict, r.findings[0]!.id]).toEqual(['not-affected', 'pasta-predates-change']);
});

test('restarted after the package: the RootlessKit that runs is 2.3.4, so the probe tells whether its own probe failed at the start', () => {
  const restarted = RPM.replace('$ systemctl --user show docker -p ActiveEnterTimestamp\n', '$ systemctl --user restart docker\n').replace(/^ActiveEnterTimestamp=.*\n/m, '');
  const [en, zh] = both(restarted);
  for (const r of [en, zh]) expect([r.verdict, r.ask, r.findings[0]!.id]).toEqual(['incomplete', 'pastaAcceptsHostLoToNsLo', 'need-pasta-probe']);
  expect(en.findings[0]!.title).toBe("Did RootlessKit's probe fail, or is pasta older than 2024_10_30.ee7d0b6?");
  expect(zh.findings[0]!.title).toBe('是 RootlessKit 的探测失败了，还是 pasta 比 2024_10_30.ee7d0b6 旧？');
});

test("docker version's own format typed over two lines (a newline inside the quotes) is the running daemon's, not a package list", () => {
  const template = `$ docker version -f '{{range .Server.Components}}{{.Name}} {{.Version}}\n{{end}}'\nEngine 28.0.1\ncontainerd v1.7.25\nrootlesskit 2.3.2\n`;
  // Typed in double quotes too: the line joined must not close them (format-range.ts asked).
  const doubled = template.replaceAll("'", '"');
  for (const text of [template, template.replace('\n{{end}}', '\n> {{end}}'), doubled, doubled.replace('\n{{end}}', '\n> {{end}}')]) {
    for (const r of both(`${text}$ pgrep -a pasta\n1577 pasta --config-net --ns-ifname=tap0 --mtu=65520 --tcp-ports=auto 1560\n`)) {
      expect([r.facts.rootless, r.facts.dockerServerVersion, r.facts.rootlesskitVersion]).toEqual([true, '28.0.1', '2.3.2']);
      // RootlessKit 2.3.2 seen running left the flag out: its probe found a pasta older than the change, seen, not only installed.
      expect([r.verdict, r.certainty, r.findings[0]!.id]).toEqual(['not-affected', 'inferred', 'pasta-predates-change']);
      expect(r.unseen).not.toContain('rootlesskitVersion');
    }
  }
});
