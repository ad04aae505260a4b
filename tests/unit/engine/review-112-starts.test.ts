// Review 112 #1–#4, #8, #12: the rootless daemon's start against a package manager's dated upgrades. Only the user unit's start counts
// (not the rootful docker.service's), the first upgrade after it says what runs, times compare in one zone (or not at all where a zone is
// unknown and they are close), dated journal and ps -eo lines are starts, and the certainty line names what runs, not what is installed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { analyzeWith } from '../../../src/engine/core.ts';
import { en } from '../../../src/engine/messages/en.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const RESTART = 'systemctl --user restart docker';
const firstFix = (name: string): string | undefined => analyze(paste(name)).findings[0]!.fix?.split('\n')[0];

describe('an upgrade after the rootless daemon started: the version from before the first such upgrade runs, and a restart fixes it', () => {
  test.each([
    // #1: the rootful docker.service's start (after the upgrade), shown after or before the user unit's, is not the rootless daemon's.
    ['apt-history-upgrade-after-user-unit-start-rootful-started-later.txt', '2.3.1'],
    ['apt-history-upgrade-rootful-status-first-user-unit-started-before.txt', '2.3.1'],
    // #2: two upgrades after one start: the first one's "from".
    ['pacman-log-two-upgrades-after-active-since.txt', '2.3.1'],
    ['apt-history-two-runs-after-active-since.txt', '2.3.1'],
    // #4: ps -eo pid,lstart,args, and a dated journal's start of the user unit.
    ['apt-history-upgrade-after-ps-eo-pid-lstart.txt', '2.3.1'],
    ['journal-short-iso-rootless-start-before-pacman-upgrade.txt', '2.3.1'],
    // #12: pacman 5's stamp, and zgrep's file name before apt's history.
    ['pacman5-log-stamp-upgrade-after-active-since.txt', '2.3.1'],
    ['zgrep-apt-history-upgrade-after-active-since.txt', '2.3.1'],
  ])('%s: affected (inferred), RootlessKit %s, restart', (name, running) => {
    const r = analyze(paste(name));
    expect(r).toMatchObject({ verdict: 'affected', certainty: 'inferred', facts: { rootlesskitVersion: running } });
    expect(r.findings[0]!.detail).toContain('is installed, but the daemon still runs the old one: restart it.');
    expect(firstFix(name)).toBe(RESTART);
  });

  test('apt history two runs after the start: extras 27.3.1 (the first run left it), not 27.5.1', () => {
    expect(analyze(paste('apt-history-two-runs-after-active-since.txt')).facts.rootlessExtrasVersion).toBe('27.3.1');
  });
});

describe('the rootful daemon beside the rootless one', () => {
  test('the user unit started after the upgrade, the rootful one long before: the upgraded release runs, fixed (inferred)', () => {
    const r = analyze(paste('apt-history-upgrade-before-user-unit-start-rootful-older.txt'));
    expect(r).toMatchObject({ verdict: 'fixed', certainty: 'inferred', facts: { rootlessExtrasVersion: '27.5.1', rootlesskitVersion: '2.3.2' } });
  });
  test("only the rootful status is shown: docker version's running RootlessKit 2.3.2 and Docker 27.5.1 stand, confirmed", () => {
    const r = analyze(paste('apt-history-upgrade-only-rootful-status-docker-version-2.3.2.txt'));
    expect(r).toMatchObject({ verdict: 'fixed', certainty: 'confirmed', facts: { rootlesskitVersion: '2.3.2', dockerServerVersion: '27.5.1' } });
  });
});

describe('times in zones', () => {
  test("pacman's 10:01 +0100 comes before systemd's 09:30 UTC: the upgraded RootlessKit runs (fixed, inferred)", () => {
    expect(analyze(paste('pacman-log-offset-before-active-since-utc.txt'))).toMatchObject({ verdict: 'fixed', certainty: 'inferred', facts: { rootlesskitVersion: '2.3.2' } });
  });
  test('the same start in CET (10:30 +0100) and in a numeric offset comes after the upgrade too', () => {
    const utc = paste('pacman-log-offset-before-active-since-utc.txt');
    expect(analyze(utc.replace('09:30:00 UTC', '10:30:00 CET')).verdict).toBe('fixed');
    expect(analyze(utc.replace('09:30:00 UTC', '10:30:00 +01')).verdict).toBe('fixed');
    expect(analyze(utc.replace('09:30:00 UTC', '08:30:00 UTC')).verdict).toBe('affected');
  });
  test("ps lstart names no zone and is within hours of the upgrade: which runs is unknown, so never fixed; restart and check", () => {
    const name = 'pacman-log-offset-ps-lstart-no-zone-same-hour.txt';
    const r = analyze(paste(name));
    expect(r.verdict).toBe('incomplete');
    expect(r.findings[0]!.id).toBe('need-rootlesskit-version');
    expect(firstFix(name)).toBe(RESTART);
  });
  test('a zone systemd prints that names several offsets (CST) is unknown too: never fixed', () => {
    const text = paste('pacman-log-offset-before-active-since-utc.txt').replace('09:30:00 UTC', '10:30:00 CST');
    expect(analyze(text).verdict).toBe('incomplete');
  });
  test('a dated journal start after the upgrade: the upgraded RootlessKit runs', () => {
    expect(analyze(paste('journal-short-iso-rootless-start-after-pacman-upgrade.txt'))).toMatchObject({ verdict: 'fixed', facts: { rootlesskitVersion: '2.3.2' } });
  });
});

describe('the certainty line names the version from before the upgrade as what runs, not as installed', () => {
  const name = 'pacman-log-two-upgrades-after-active-since.txt';
  test('English', () => {
    const line = en.certainty.inferred(analyze(paste(name)));
    expect(line).toContain("what runs is RootlessKit 2.3.1, the one installed before the upgrade shown after the daemon's start");
    expect(line).not.toContain('installed RootlessKit 2.3.1');
  });
  test('Chinese', () => {
    const line = zhCn.certainty.inferred(analyzeWith(zhCn, paste(name)));
    expect(line).toContain('守护进程运行的是 RootlessKit 2.3.1，即它启动之后那次升级之前安装的版本');
    expect(line).not.toContain('已安装的 RootlessKit 2.3.1');
  });
  test('a version the start does not predate is still the installed one', () => {
    expect(en.certainty.inferred(analyze(paste('pacman-log-offset-before-active-since-utc.txt')))).toContain('what runs is the installed RootlessKit 2.3.2');
  });
});
