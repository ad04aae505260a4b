// The lines with given numbers (numbered.ts), which the rules ask for instead of reading every line of a long paste: the same lines,
// in the same order, as reading every line finds, for pieces of one paste line that share its number and for lines out of order.
import { expect, test } from 'vitest';
import type { Line } from '../../../src/engine/clean.ts';
import { indicesNumbered, linesNumbered } from '../../../src/engine/numbered.ts';

const line = (n: number, text: string): Line => ({ n, text, trimmed: text, cut: false });
const every = (lines: readonly Line[], numbers: ReadonlySet<number>): Line[] => lines.filter((l) => numbers.has(l.n));

test('the lines a set of numbers names are found in order, each piece of a split line too, and none for numbers no line has', () => {
  const lines = [line(1, 'a'), line(2, 'b'), line(2, 'b, its second piece'), line(4, 'c'), line(7, 'd')];
  const numbers = new Set([7, 2, 3]);
  expect(linesNumbered(lines, numbers)).toEqual(every(lines, numbers));
  expect(linesNumbered(lines, numbers).map((l) => l.text)).toEqual(['b', 'b, its second piece', 'd']);
  expect(indicesNumbered(lines, new Map([[4, 'setting']]))).toEqual([3]);
  expect(linesNumbered(lines, new Set())).toEqual([]);
});

test('lines whose numbers go down (a paste reordered) are read one by one, in their own order', () => {
  const lines = [line(5, 'e'), line(1, 'a'), line(3, 'c'), line(1, 'a again')];
  const numbers = new Set([1, 5]);
  expect(linesNumbered(lines, numbers).map((l) => l.text)).toEqual(['e', 'a', 'a again']);
});
