// Versions from package lists and logs against what runs: a Nix store path in a running argv, downgrades, the first upgrade after the
// daemon's start, holds released and other package managers' locks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';

const paste = (name: string): string => readFileSync(join(fixturesDir, 'synthetic', name), 'utf8');
const both = (text: string) => [analyze(text), analyze(text, { messages: zhCn })] as const;

describe('a Nix store path', () => {
  test('in the running RootlessKit argv is what runs: confirmed', () => {
    for (const r of both(paste('nix-store-rootlesskit-running-cgroup-pasta-version.txt'))) {
      expect([r.verdict, r.certainty, r.facts.rootlesskitVersion, r.facts.dockerServerVersion]).toEqual(['affected', 'confirmed', '2.3.1', '27.3.1']);
      expect(r.findings[0]!.evidence.map((e) => e.line)).toContain(12);
    }
  });

  test('merely listed stays an installed version: inferred', () => {
    const listed = paste('nix-store-rootlesskit-running-cgroup-pasta-version.txt')
      .replace(/ +├─1873 (\S+)\/bin\/rootlesskit .*/, '$ ls -d /nix/store/*rootlesskit*\n$1')
      .replace(/ +├─1882 /, '             ├─1882 rootlesskit ');
    for (const r of both(listed)) expect([r.verdict, r.certainty, r.facts.rootlesskitVersion]).toEqual(['affected', 'inferred', '2.3.1']);
  });
});

test('two upgrades after the start: the evidence cites the first, which decides what runs', () => {
  for (const r of both(paste('pacman-log-two-upgrades-after-active-since.txt'))) {
    const lines = r.findings[0]!.evidence.map((e) => e.line);
    expect(r.facts.rootlesskitVersion).toBe('2.3.1');
    expect(lines).toContain(2);
    expect(lines).not.toContain(3);
  }
  for (const r of both(paste('apt-history-two-runs-after-active-since.txt'))) {
    const quoted = r.findings[0]!.evidence.map((e) => e.text).join('\n');
    expect(quoted).toContain('5:27.3.1-1~debian.12~bookworm, 5:27.5.1-1~debian.12~bookworm');
    expect(quoted).not.toContain('5:28.0.1');
  }
});

describe('a downgrade below the fix', () => {
  const down = (r: ReturnType<typeof analyze>) => r.findings.find((f) => f.id === 'downgraded-below-fix');

  test('after the start: the daemon still runs the fixed one, and its next start will not', () => {
    const [en, zh] = both(paste('pacman-log-downgrade-after-active-since.txt'));
    expect([en.verdict, en.facts.rootlesskitVersion]).toEqual(['fixed', '2.3.2']);
    expect(down(en)!.title).toBe('RootlessKit downgraded to 2.3.1, below 2.3.2');
    expect(down(en)!.detail).toContain('The daemon still runs 2.3.2, started before the downgrade; its next start (a restart, a reboot) runs 2.3.1');
    expect(down(zh)!.detail).toContain('下次启动（重启或开机）就会运行 2.3.1');
    expect(down(en)!.evidence.map((e) => e.line)).toEqual([4]);
  });

  test("before the start (apt's Downgrade: of the extras): affected, and told why", () => {
    for (const r of both(paste('apt-history-downgrade-before-active-since.txt'))) {
      expect([r.verdict, r.facts.rootlesskitVersion, r.findings[0]!.id]).toEqual(['affected', '2.3.1', 'affected']);
      expect(down(r)!.evidence[0]!.text).toContain('5:27.5.1-1~ubuntu.24.04~noble, 5:27.3.1-1~ubuntu.24.04~noble');
    }
    expect(down(analyze(paste('apt-history-downgrade-before-active-since.txt')))!.detail).not.toContain('still runs');
  });

  test('upgraded again afterwards, or an upgrade alone: no such warning', () => {
    const again = paste('pacman-log-downgrade-after-active-since.txt').replace(
      /^(\[2025-03-04T18:30:11\+0100\] .*)$/m,
      '$1\n[2025-03-05T08:10:00+0100] [ALPM] upgraded rootlesskit (2.3.1-1 -> 2.3.2-1)',
    );
    for (const text of [again, paste('pacman-log-two-upgrades-after-active-since.txt')]) for (const r of both(text)) expect(down(r)).toBeUndefined();
  });
});

test("dnf's history info: its Downgrade and Downgraded rows read as a downgrade", () => {
  for (const r of both(paste('dnf-history-info-downgrade-extras-after-active-since.txt'))) {
    expect([r.verdict, r.certainty, r.facts.rootlesskitVersion]).toEqual(['fixed', 'confirmed', '2.3.2']);
    const down = r.findings.find((f) => f.id === 'downgraded-below-fix')!;
    expect(down.evidence[0]!.text).toBe('Downgrade  docker-ce-rootless-extras-27.3.1-1.fc41.x86_64    @docker-ce-stable');
  }
});

describe('holds and locks', () => {
  const fix = (name: string): string => analyze(paste(name)).findings[0]!.fix!;

  test('a hold released later (apt-mark unhold) is no longer released by the fix', () => {
    for (const r of both(paste('apt-mark-unhold-after-showhold-pasta-2.3.1.txt'))) {
      expect(r.findings[0]!.id).toBe('affected');
      expect(r.findings[0]!.fix).not.toContain('apt-mark unhold');
      expect(r.findings[0]!.detail).not.toMatch(/apt-mark holds|apt-mark 锁定/);
    }
  });

  test("dnf5's versionlock add locks; its versionlock delete releases", () => {
    expect(fix('dnf5-versionlock-add-docker-ce-pasta-2.3.1.txt')).toContain('sudo dnf versionlock delete docker-ce docker-ce-rootless-extras');
    expect(fix('dnf5-versionlock-list-then-delete-pasta-2.3.1.txt')).not.toContain('versionlock delete');
  });

  test("zypper's locks table and addlock's answer lock; the fix removes the lock with zypper removelock", () => {
    for (const name of ['zypper-locks-rootlesskit-pasta-2.3.1.txt', 'zypper-addlock-rootlesskit-pasta-2.3.1.txt']) {
      const [en, zh] = both(paste(name));
      expect(en.findings[0]!.fix).toContain('sudo zypper removelock rootlesskit\n');
      expect(en.findings[0]!.fix!.indexOf('zypper removelock')).toBeLessThan(en.findings[0]!.fix!.indexOf('zypper update'));
      expect(en.findings[0]!.detail).toContain('zypper locks rootlesskit, and zypper will not upgrade a locked package');
      expect(zh.findings[0]!.detail).toContain('zypper 锁定了 rootlesskit');
    }
    const removed = `${paste('zypper-locks-rootlesskit-pasta-2.3.1.txt').replace(/^tux@localhost:~> zypper se/m, 'tux@localhost:~> sudo zypper rl rootlesskit\n1 lock has been successfully removed.\n$&')}`;
    expect(analyze(removed).findings[0]!.fix).not.toContain('removelock');
  });
});

describe("the default journal's year-less start", () => {
  const text = paste('journal-default-start-logs-begin-header-before-pacman-upgrade.txt');

  test('dated by a header whose entries lie within one year: the upgrade after it is not what runs', () => {
    for (const r of both(text)) {
      expect([r.verdict, r.facts.rootlesskitVersion]).toEqual(['affected', '2.3.1']);
      expect(r.findings[0]!.evidence.map((e) => e.line)).toContain(4);
    }
    const newer = text.replace('Logs begin at', 'Journal begins at').replace(', end at', ', ends at');
    expect(analyze(newer).facts.rootlesskitVersion).toBe('2.3.1');
  });

  test('without such a header (none, or entries over two years) it stays unread', () => {
    for (const header of ['', '-- Logs begin at Sat 2024-12-14 07:58:12 CET, end at Sat 2025-01-25 11:02:40 CET. --\n', '-- Boot 3f1c0a7e9b2d4c5e8f6a1b2c3d4e5f60 --\n']) {
      const r = analyze(text.replace(/^-- Logs begin at .*\n/m, header));
      expect([r.verdict, r.facts.rootlesskitVersion]).toEqual(['fixed', '2.3.2']);
    }
  });
});

test("dnf's history info dated by its Begin time: an upgrade after the start leaves the old release running", () => {
  const text = paste('dnf-history-info-dated-upgrade-after-active-since.txt');
  for (const r of both(text)) expect([r.verdict, r.facts.rootlesskitVersion, r.facts.rootlessExtrasVersion]).toEqual(['affected', '2.3.1', '27.3.1']);
  // Before the start (00:30 is 12:30 AM): the upgrade runs, and the reset beside it asks which RootlessKit runs.
  const before = analyze(text.replace('Sat 01 Feb 2025 09:12:01 AM CET', 'Sat 18 Jan 2025 12:30:00 AM CET'));
  expect([before.verdict, before.facts.rootlessExtrasVersion]).toEqual(['incomplete', '27.5.1']);
});
