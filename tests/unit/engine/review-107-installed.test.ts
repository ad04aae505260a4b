// Review 107 #1: a RootlessKit that only an installed package shows (or the Docker release of one) is not the running one. Beside pasta's
// argv without --host-lo-to-ns-lo it must not prove pasta old: the daemon may predate the package (an upgrade does not restart it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';

const paste = (name: string): string => readFileSync(join(fixturesDir, 'synthetic', name), 'utf8');
const both = (text: string, answers = {}) => [analyze(text, { answers }), analyze(text, { answers, messages: zhCn })] as const;
const RESTART = 'systemctl --user restart docker';
const PROBE = 'pasta --host-lo-to-ns-lo --version';

describe('an installed RootlessKit with the fix, pasta running without the flag, and the reset on a port published on loopback: affected', () => {
  test('dpkg-extras-27.5.1-argv-without-flag-published-reset.txt', () => {
    const name = 'dpkg-extras-27.5.1-argv-without-flag-published-reset.txt';
    for (const r of both(paste(name))) {
      expect([r.verdict, r.certainty, r.findings[0]!.id]).toEqual(['affected', 'inferred', 'affected']);
      expect(r.facts.rootlesskitVersion).toBeNull();
      // Nothing to upgrade: what is installed already has the fix, and runs once restarted.
      expect(r.findings[0]!.fix).toContain(RESTART);
      expect(r.findings[0]!.fix).not.toMatch(/apt-get|dnf upgrade/);
      expect(r.findings.map((f) => f.id)).not.toContain('pasta-predates-change');
    }
    const [en, zh] = both(paste(name));
    expect(en.findings[0]!.detail).toContain('RootlessKit 2.3.2 is installed, but the daemon still runs the old one: restart it.');
    expect(zh.findings[0]!.detail).toContain('已经安装了 RootlessKit 2.3.2，但守护进程运行的仍是旧版本：重启它即可。');
  });
});

// Review 114 C3 #1 asks for the probe beside RootlessKit's own package and a reset with no port shown published on loopback: the reset
// fits a daemon older than the package, but pasta may predate the change and the reset have another cause. The rootless extras (Docker's
// packages bundle RootlessKit) leave the same two open.
describe('an installed RootlessKit with the fix, pasta running without the flag, and the reset: the probe tells which is older', () => {
  test.each([
    'apt-upgrade-extras-27.5.1-not-restarted-argv-without-flag-reset.txt',
    'dpkg-extras-27.5.1-argv-without-flag-reset.txt',
  ])('%s', (name) => {
    for (const r of both(paste(name))) {
      expect([r.verdict, r.ask, r.findings[0]!.id]).toEqual(['incomplete', 'pastaAcceptsHostLoToNsLo', 'need-pasta-probe']);
      expect(r.facts.rootlesskitVersion).toBeNull();
      // Nothing to upgrade: what is installed already has the fix, and runs once restarted.
      expect(r.findings[0]!.fix).toContain(PROBE);
      expect(r.findings[0]!.fix).toContain(RESTART);
      expect(r.findings[0]!.fix).not.toMatch(/apt-get|dnf upgrade/);
      expect(r.findings.map((f) => f.id)).not.toContain('pasta-predates-change');
    }
    const [en, zh] = both(paste(name));
    expect(en.findings[0]!.detail).toContain("RootlessKit 2.3.2 is installed (Docker 27.5.1's own packages bundle it)");
    expect(en.findings[0]!.detail).toContain('not affected, and the reset shown has another cause');
    expect(zh.findings[0]!.detail).toContain('不受影响，显示的连接重置另有原因');
    // The probe answered 0: pasta has the change, so the daemon runs an older RootlessKit, and a restart fixes it.
    for (const r of both(paste(name), { pastaAcceptsHostLoToNsLo: true })) {
      expect([r.verdict, r.findings[0]!.id]).toEqual(['affected', 'affected']);
      expect(r.findings[0]!.fix).toContain(RESTART);
    }
    const [answered, answeredZh] = both(paste(name), { pastaAcceptsHostLoToNsLo: true });
    expect(answered.findings[0]!.detail).toContain('RootlessKit 2.3.2 is installed, but the daemon still runs the old one: restart it.');
    expect(answeredZh.findings[0]!.detail).toContain('已经安装了 RootlessKit 2.3.2，但守护进程运行的仍是旧版本：重启它即可。');
    for (const r of both(paste(name), { pastaAcceptsHostLoToNsLo: false })) expect(r.verdict).toBe('not-affected');
  });
});

test("pasta chosen but its argv not shown, the RootlessKit installed with the fix and the reset: not fixed, a restart comes first", () => {
  const text = `export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n${paste('dpkg-extras-27.5.1-argv-without-flag-reset.txt').replace(/^.*pasta --stderr.*\n/m, '')}`;
  for (const r of both(text)) {
    expect([r.verdict, r.facts.rootlesskitVersion, r.findings[0]!.id]).toEqual(['incomplete', null, 'need-rootlesskit-version']);
    expect(r.findings[0]!.fix!.startsWith(RESTART)).toBe(true);
  }
});

describe('an installed RootlessKit with the fix and pasta running without the flag, nothing else: which is older, the probe tells', () => {
  const text = paste('dpkg-extras-28.0.1-argv-without-flag-no-reset.txt');

  test('incomplete, asking for the probe, then a restart', () => {
    const [en, zh] = both(text);
    for (const r of [en, zh]) {
      expect([r.verdict, r.ask, r.findings[0]!.id]).toEqual(['incomplete', 'pastaAcceptsHostLoToNsLo', 'need-pasta-probe']);
      const fix = r.findings[0]!.fix!;
      expect(fix.indexOf(PROBE)).toBeGreaterThanOrEqual(0);
      expect(fix.indexOf(RESTART)).toBeGreaterThan(fix.indexOf(PROBE));
    }
    expect(en.findings[0]!.title).toBe('Is the daemon older than RootlessKit 2.3.2, or pasta older than 2024_10_30.ee7d0b6?');
    expect(zh.findings[0]!.title).toBe('是守护进程比 RootlessKit 2.3.2 旧，还是 pasta 比 2024_10_30.ee7d0b6 旧？');
    expect(en.findings[0]!.detail).toContain("Docker 28.0.1's own packages bundle it");
  });

  test("the probe's answer decides: 0 is affected with a restart, any other number not affected", () => {
    for (const r of both(text, { pastaAcceptsHostLoToNsLo: true })) {
      expect([r.verdict, r.findings[0]!.id]).toEqual(['affected', 'affected']);
      expect(r.findings[0]!.fix).toContain(RESTART);
      expect(r.findings[0]!.fix).not.toContain('apt-get');
    }
    for (const r of both(text, { pastaAcceptsHostLoToNsLo: false })) expect(r.verdict).toBe('not-affected');
  });

  test("pasta's own release decides as the probe does", () => {
    const newer = both(`${text}$ pasta --version\npasta 2025_01_21.4f2c8e7\n`);
    // The RootlessKit installed has the fix: a restart starts it, nothing to upgrade.
    for (const r of newer) expect([r.verdict, r.findings[0]!.fix?.includes(RESTART), r.findings[0]!.fix?.includes('apt-get')]).toEqual(['affected', true, false]);
    for (const r of both(`${text}$ pasta --version\npasta 2024_09_06.6b38f07\n`)) expect(r.verdict).toBe('not-affected');
  });
});

describe("a Docker the running daemon reports still dates its RootlessKit, and pasta's argv its era", () => {
  test("docker version's Server 28.0.1 beside pasta without the flag: pasta predates the change (as before)", () => {
    const daemon = '$ docker version\nServer: Docker Engine - Community\n Engine:\n  Version:          28.0.1\n  API version:      1.48 (minimum version 1.24)\n';
    const text = paste('dpkg-extras-28.0.1-argv-without-flag-no-reset.txt').replace('$ ps -o args=', `${daemon}$ ps -o args=`);
    for (const r of both(text)) expect([r.verdict, r.findings[0]!.id]).toEqual(['not-affected', 'pasta-predates-change']);
  });
  test('a restart shown after the package and before pasta started the RootlessKit installed; one after pasta did not', () => {
    const text = paste('dpkg-extras-28.0.1-argv-without-flag-no-reset.txt');
    const between = text.replace('$ ps -o args=', '$ systemctl --user restart docker\n$ ps -o args=');
    for (const r of both(between)) expect([r.verdict, r.findings[0]!.id]).toEqual(['not-affected', 'pasta-predates-change']);
    for (const r of both(`${text}$ systemctl --user restart docker\n`)) expect([r.verdict, r.findings[0]!.id]).toEqual(['incomplete', 'need-pasta-probe']);
  });
});

test("pasta's argv folded (fold -w) just before a space reads whole: the flag's absence is still seen", () => {
  const fold = (width: number) => (text: string) => text.split('\n').map((l) => l.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? '').join('\n');
  const text = paste('dpkg-extras-28.0.1-argv-without-flag-no-reset.txt');
  // At 72 a full piece is followed by " --ipv4-only …"; at 78 a piece ending in fold's space by an option, then " --tcp-ports=auto …".
  for (const width of [72, 78]) {
    expect(fold(width)(text).split('\n').some((l) => l.startsWith(' --')), `at ${width}`).toBe(true);
    expect(analyze(fold(width)(text)).facts, `at ${width}`).toMatchObject({ hostLoToNsLo: false, rootlesskitVersion: null, ipv4Only: true });
  }
});
