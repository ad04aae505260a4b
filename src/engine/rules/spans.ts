/** Stretches of a paste's lines, found by binary search: what a one-off command printed, and shell sessions on another machine. */

/** A stretch of lines from `from` (inclusive) to `to` (exclusive). */
export type Span = readonly [from: number, to: number];

/** The index of the first item of `list` (ascending by `key`) whose key is greater than `n` (the list's length if none is). */
function firstAfterBy<T>(list: readonly T[], n: number, key: (item: T) => number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) > n) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the first number in ascending `list` greater than `n` (the list's length if none is). */
export const firstAfter = (list: readonly number[], n: number): number => firstAfterBy(list, n, (x) => x);

/** Whether `line` lies in one of `spans` (ascending and apart). */
export function within(spans: readonly Span[], line: number): boolean {
  const i = firstAfterBy(spans, line, (s) => s[0]);
  return i > 0 && line < spans[i - 1]![1];
}
