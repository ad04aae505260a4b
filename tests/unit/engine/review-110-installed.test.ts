// Review 110 #1 and #2: a package manager's list or log shows the installed RootlessKit, not the running one. It never confirms a
// verdict, and where the daemon's start (systemd's "Active: … since", ps -o lstart) comes before an upgrade the log dates, the daemon
// still runs the version from before it, and the fix restarts it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { analyzeWith } from '../../../src/engine/core.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { en } from '../../../src/engine/messages/en.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const RESTART = 'systemctl --user restart docker';

describe('an upgrade the log dates after the daemon started: the version from before it runs, and a restart fixes it', () => {
  test.each([
    ['pacman-log-upgrade-after-active-since-pasta-tree.txt', 'RootlessKit 2.3.1'],
    ['apt-history-dated-upgrade-extras-after-lstart.txt', null],
  ])('%s: affected (inferred), restart', (name, installed) => {
    const r = analyze(paste(name));
    expect(r).toMatchObject({ verdict: 'affected', certainty: 'inferred' });
    expect(r.facts.rootlesskitVersion).toBe('2.3.1');
    const main = r.findings[0]!;
    expect(main.detail).toContain('RootlessKit 2.3.2 is installed, but the daemon still runs the old one: restart it.');
    expect(main.fix?.split('\n')[0]).toBe(RESTART);
    if (installed) expect(en.certainty.inferred(r)).toContain(`what runs is ${installed}, the one installed before the upgrade shown after the daemon's start`);
  });
  test("pacman.log's line and the unit's Active line are what RootlessKit 2.3.1 rests on", () => {
    const r = analyze(paste('pacman-log-upgrade-after-active-since-pasta-tree.txt'));
    expect(r.evidence.rootlesskitVersion?.map((e) => e.text)).toEqual([
      '[ALPM] upgraded rootlesskit (2.3.1-1 -> 2.3.2-1)',
      'Active: active (running) since Mon 2025-01-20 08:00:00 CET; 5 days ago',
    ]);
  });
  test('in Chinese: the same verdict, the restart, and the certainty line names the RootlessKit from before the upgrade', () => {
    const r = analyzeWith(zhCn, paste('pacman-log-upgrade-after-active-since-pasta-tree.txt'));
    expect(r).toMatchObject({ verdict: 'affected', certainty: 'inferred' });
    expect(r.findings[0]!.detail).toContain('已经安装了 RootlessKit 2.3.2，但守护进程运行的仍是旧版本：重启它即可。');
    expect(r.findings[0]!.fix?.split('\n')[0]).toBe(RESTART);
    expect(zhCn.certainty.inferred(r)).toContain('守护进程运行的是 RootlessKit 2.3.1，即它启动之后那次升级之前安装的版本');
  });
  test('without the pasta tree (the reset beside it): "if it is pasta" is affected, not fixed', () => {
    const r = analyze(paste('pacman-log-upgrades-after-active-since-reset.txt'));
    expect(r.verdict).toBe('incomplete');
    expect(r.facts).toMatchObject({ rootlesskitVersion: '2.3.1', pastaDate: '2024-12-11' });
    expect(r.findings[0]!.detail).toContain('If it is pasta: RootlessKit 2.3.1: affected.');
  });
  test('a restart shown after the upgrade starts the new one: fixed, as the running daemon says', () => {
    expect(analyze(paste('dnf-history-upgrade-then-restart-docker-version.txt'))).toMatchObject({ verdict: 'fixed', certainty: 'confirmed' });
    expect(analyze(paste('apt-history-upgrade-then-restart-active-since.txt'))).toMatchObject({ verdict: 'fixed', certainty: 'confirmed' });
  });
  test('a start after the dated upgrade leaves the upgraded version, still only inferred', () => {
    const text = paste('pacman-log-upgrade-after-active-since-pasta-tree.txt').replace('since Mon 2025-01-20', 'since Mon 2025-01-27');
    expect(analyze(text)).toMatchObject({ verdict: 'fixed', certainty: 'inferred', facts: { rootlesskitVersion: '2.3.2' } });
  });
});

describe("an upgrade apt's history does not date, beside the daemon's start and no restart: which RootlessKit runs is unknown", () => {
  const text = paste('apt-history-undated-extras-upgrade-active-since.txt');
  test.each([
    [en, 'RootlessKit 2.3.2 is installed, but the paste does not show the daemon restarted after the upgrade that installed it'],
    [zhCn, '已安装的 RootlessKit 是 2.3.2，但粘贴内容没有显示安装它的那次升级之后守护进程重启过'],
  ])('not fixed: the next step restarts the daemon and asks its RootlessKit (%#)', (messages, said) => {
    const r = analyzeWith(messages, text);
    expect(r.verdict).toBe('incomplete');
    expect(r.findings[0]!.id).toBe('need-rootlesskit-version');
    expect(r.findings[0]!.detail).toContain(said);
    expect(r.findings[0]!.detail).not.toMatch(/resets|重置/);
    expect(r.findings[0]!.fix?.split('\n')[0]).toBe(RESTART);
  });
});

describe('a package list or log never confirms a verdict: it shows what is installed', () => {
  test.each([
    ['dpkg-l-rootlesskit-2.3.2-beside-pasta-tree.txt'],
    ['pacman-Q-rootlesskit-2.3.2-beside-pasta-tree.txt'],
    ['pacman-log-upgrade-unit-environment-only.txt'],
  ])('%s: fixed, inferred, and the certainty line says the installed RootlessKit is taken to run', (name) => {
    const text = paste(name);
    const [r, z] = [analyze(text), analyzeWith(zhCn, text)];
    expect(r).toMatchObject({ verdict: 'fixed', certainty: 'inferred' });
    expect(r.unseen).toContain('rootlesskitVersion');
    expect(en.certainty.inferred(r)).toBe('Inferred, not seen: what runs is the installed RootlessKit 2.3.2 (see the findings)');
    expect(zhCn.certainty.inferred(z)).toBe('以下为推断，并非直接看到：守护进程运行的正是已安装的 RootlessKit 2.3.2（见下方诊断详情）');
  });
});
