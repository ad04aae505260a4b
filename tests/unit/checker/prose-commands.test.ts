import { describe, expect, test } from 'vitest';
import { analyze, en } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { proseRuns } from '../../../src/islands/checker/prose-breaks.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

// Review 108 #7: "(dpkg <code>-l</code> passt)": a command's flag was code, the command around it plain words a phone may break apart.
describe('a command in a finding is one code run', () => {
  test('a marked command is code, whole, without its marks; a long one may wrap between its words', () => {
    expect(proseRuns('if that is the one installed (`dpkg -l passt`), this daemon')).toEqual([
      { text: 'if that is the one installed (', code: false, whole: false },
      { text: 'dpkg -l passt', code: true, whole: true },
      { text: '), this daemon', code: false, whole: false },
    ]);
    expect(proseRuns('as `sudo -u USER env DOCKERD_ROOTLESS_ROOTLESSKIT_NAME=value … dockerd-rootless.sh`.')[1]).toEqual({
      text: 'sudo -u USER env DOCKERD_ROOTLESS_ROOTLESSKIT_NAME=value … dockerd-rootless.sh',
      code: true,
      whole: false,
    });
  });

  test('in every fixture\'s findings, in both languages, no flag is coded apart from the command word before it', () => {
    const commandWords = /(?:^|[\s(（，、])(?:dpkg|docker|wsl|sudo|systemctl|sysctl|id|systemctl --user)\s$/;
    const split: string[] = [];
    for (const { name, text } of allFixtures()) {
      for (const messages of [en, zhCn]) {
        for (const f of analyze(text, { messages }).findings) {
          const runs = proseRuns(f.detail);
          runs.forEach((run, i) => {
            if (run.code && run.text.startsWith('-') && commandWords.test(runs[i - 1]?.text ?? '')) split.push(`${name}: …${runs[i - 1]!.text.slice(-20)}[${run.text}]`);
          });
          expect(runs.some((run) => run.text.includes('`'))).toBe(false);
        }
      }
    }
    expect([...new Set(split)]).toEqual([]);
  });
});
