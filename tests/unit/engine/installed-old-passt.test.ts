// An installed passt older than the change gives not-affected, inferred: the package says what the daemon's next start runs, not what
// runs now. Its finding says how to confirm it: the guide's probe, and where RootlessKit passes the flag, pasta's command line (task C43).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { PROBE, PS } from '../../../src/engine/commands.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const installedOld = fixture('pacman-q-passt-2024-09-06-installed-not-running.txt');

test("an installed old passt's finding says the package is what the next start runs, and gives the probe to confirm it", () => {
  const [en, zh] = [analyze(installedOld), analyzeWith(zhCn, installedOld)];
  for (const r of [en!, zh!]) {
    expect([r.verdict, r.certainty, r.findings[0]!.id]).toEqual(['not-affected', 'inferred', 'pasta-predates-change']);
    const fix = r.findings[0]!.fix!.split('\n');
    // The probe first, then the hold of passt that RootlessKit 2.3.1 still needs; no pasta command line, which 2.3.1 never gives the flag.
    expect(fix.indexOf(PROBE)).toBeGreaterThan(0);
    expect(fix.indexOf(PROBE)).toBeLessThan(fix.findIndex((l) => l.includes('apt-mark hold passt')));
    expect(fix).not.toContain(PS);
  }
  expect(en!.findings[0]!.detail).toContain(
    "That version is the installed passt package's, which the daemon runs from its next start, not necessarily the pasta running now: the guide's probe below confirms it (any status but 0).",
  );
  expect(zh!.findings[0]!.detail).toContain('这个版本是已安装的 passt 软件包的，守护进程下次启动时才会运行它，不一定是现在正在运行的 pasta：下面指南里的探测可以确认（退出状态不为 0 即是）。');
});

test("beside a RootlessKit that passes the flag, pasta's command line confirms it too; a pasta binary's own version needs neither", () => {
  const fixed = installedOld.replace('rootlesskit 2.3.1-1', 'rootlesskit 2.3.4-1');
  const [en, zh] = [analyze(fixed), analyzeWith(zhCn, fixed)];
  for (const r of [en!, zh!]) {
    expect(r.findings[0]!.id).toBe('pasta-predates-change');
    expect(r.findings[0]!.fix!.split('\n').filter((l) => !l.startsWith('#'))).toEqual([PROBE, PS]);
  }
  expect(en!.findings[0]!.detail).toContain("and so does pasta's command line without --host-lo-to-ns-lo, which this RootlessKit passes to every pasta from 2024_10_30.ee7d0b6 on.");
  // pasta --version prints the binary's own version: confirmed, and nothing more to run.
  const binary = analyze(installedOld.replace('pacman -Q docker rootlesskit passt', 'pacman -Q docker rootlesskit').replace('passt 2024_09_06.6b38f07-1', '[tom@arch ~]$ pasta --version | head -1\npasta 2024_09_06.6b38f07'));
  expect([binary.verdict, binary.certainty]).toEqual(['not-affected', 'confirmed']);
  expect(binary.findings[0]!.detail).not.toContain('next start');
  expect(binary.findings[0]!.fix).not.toContain(PROBE);
});
