import { expect, test } from 'vitest';
import { anyOf } from '../../../src/engine/any-of.ts';

test('anyOf finds every line with one of the words (words sharing a start, regex characters), some with a word from its first vowel on, and no other', () => {
  const re = anyOf(['port driver', 'port drivers', 'pasta failed', '[rootlesskit:parent]', 'a.b', '']);
  for (const line of ['the port driver', 'port drivers', 'Error: pasta failed with', 'x [rootlesskit:parent] y', 'a.b']) expect(re.test(line), line).toBe(true);
  for (const line of ['a sort driver', 'asta failed', 'ootlesskit:parent]']) expect(re.test(line), line).toBe(true);
  for (const line of ['port-driver', 'pasta fail', 'rootlesskit:parent', 'axb', '']) expect(re.test(line), line).toBe(false);
  expect(['', 'x'].map((line) => anyOf(['']).test(line) || anyOf([]).test(line))).toEqual([false, false]);
});
