/**
 * Which of the lines of a reader may have one of its words, by their indices (core.ts finds them for every reader in one search of each
 * line): a reader given them reads no other line, or skips its searches of the others.
 */

/** The indices of the lines a reader is given that may have one of its words, ascending; the others have none. */
export type WordedAt = readonly number[];

/** Every line's index: the reader's own tests decide (a reader called alone, with no search made for it). */
export const everyIndex = (lines: readonly unknown[]): number[] => [...lines.keys()];

/** The indices in `a` or in `b` (each ascending), ascending and each once. */
export function either(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    both.push(next);
    while (a[i] === next) i++;
    while (b[j] === next) j++;
  }
  return both;
}
