// An introduction saying the output under it is from before ("Before the upgrade it was:", "It used to be:", "升级前是："), with or
// without a prompt after it, marks that output as older: the state now, shown before or after it in the paste, is the one used.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const NOW = '$ rootlesskit --version\nrootlesskit version 2.3.4\n';
const OLD = 'rootlesskit version 2.3.1\n';
const used = (text: string): string | null => analyze(text).facts.rootlesskitVersion;
const nowThen = (intro: string): string => `current state:\n${NOW}\n${intro}\n${OLD}`;

test('both orders: the current 2.3.4 is used, whether the output of before comes after it or before it', () => {
  expect(used(nowThen('Before the upgrade it was:'))).toBe('2.3.4');
  expect(used(`Before the upgrade it was:\n${OLD}\n${NOW}`)).toBe('2.3.4');
  const [en, zh] = [analyze(nowThen('Before the upgrade it was:')), analyze(nowThen('Before the upgrade it was:'), { messages: zhCn })];
  for (const r of [en, zh]) expect(r.findings.find((f) => f.id === 'facts-disagree')?.evidence.map((e) => e.line)).toEqual([3, 6]);
  expect(en.findings.find((f) => f.id === 'facts-disagree')!.detail).toContain('The checker uses 2.3.4');
});

test.each([
  'Before the upgrade it was:',
  'before upgrading:',
  'Before I upgraded:',
  'Previously:',
  'It used to be:',
  'Prior to the update:',
  '升级前是：',
  '升级之前：',
  '以前是：',
])('"%s" marks what follows as older', (intro) => {
  expect(used(nowThen(intro))).toBe('2.3.4');
});

test('"after the upgrade it is:" first still marks what follows it as newer, and the older part after it as older', () => {
  expect(used(`After the upgrade it is:\n${NOW}\nBefore the upgrade it was:\n${OLD}`)).toBe('2.3.4');
  expect(used(`Before the upgrade it was:\n${OLD}\nAfter the upgrade it is:\n${NOW}`)).toBe('2.3.4');
});

test('a prompt after the introduction: its command shows the state before; a prompt after the output introduced, the state now', () => {
  expect(used(`${NOW}\nBefore the upgrade it was:\n\n$ rootlesskit --version\n${OLD}`)).toBe('2.3.4');
  expect(used(`${NOW}\nBefore the upgrade it was:\n${OLD}$ rootlesskit --version\nrootlesskit version 2.3.5\n`)).toBe('2.3.5');
});

test('prose that is no introduction of the state before leaves the paste in its order: the later 2.3.1 is used', () => {
  // The introduction itself moves it, so that these lines are what keeps it.
  expect(used(nowThen('Before the upgrade it was:'))).toBe('2.3.4');
  for (const prose of [
    'Same as before the upgrade:',
    'As previously posted:',
    'Still broken here, this is the output I posted previously:',
    'As I wrote earlier, what I posted previously:',
    'Worse than before the upgrade:',
    'Before the upgrade it was fine, now:',
    'Before the upgrade it was 2.3.1, now it resets. Output again',
    'Should I go back to what it was before the upgrade?',
    'Before I upgrade, what does this show:',
  ]) expect([prose, used(nowThen(prose))]).toEqual([prose, '2.3.1']);
});
