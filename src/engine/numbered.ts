/**
 * The lines with given numbers, found without reading every line: a long paste's lines number in the tens of thousands, and the rules
 * ask for a few of them (those setting a setting, those a unit never applies) many times.
 */
import type { Line } from './clean.ts';

/** Line numbers to look for: a map's keys, or a set. */
export interface Numbers {
  readonly size: number;
  has(n: number): boolean;
  keys(): Iterable<number>;
}

// Whether each array's line numbers never go down (as a paste's do), found once for each array.
const orderedOf = new WeakMap<readonly Line[], boolean>();

/** Whether the numbers of `lines` never go down; read once for each array. */
function ordered(lines: readonly Line[]): boolean {
  const known = orderedOf.get(lines);
  if (known !== undefined) return known;
  const found = lines.every((l, k) => !k || lines[k - 1]!.n <= l.n);
  orderedOf.set(lines, found);
  return found;
}

/** The indices of the lines whose numbers `numbers` has, in order: in ordered lines, found by halving for each number. */
export function indicesNumbered(lines: readonly Line[], numbers: Numbers): number[] {
  if (!numbers.size) return [];
  if (!ordered(lines)) return [...lines.keys()].filter((k) => numbers.has(lines[k]!.n));
  const found: number[] = [];
  for (const n of [...numbers.keys()].sort((a, b) => a - b)) {
    let [low, high] = [0, lines.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (lines[mid]!.n < n) low = mid + 1;
      else high = mid;
    }
    for (let k = low; lines[k]?.n === n; k++) found.push(k);
  }
  return found;
}

/** The lines whose numbers `numbers` has, in order (indicesNumbered). */
export const linesNumbered = (lines: readonly Line[], numbers: Numbers): Line[] => indicesNumbered(lines, numbers).map((k) => lines[k]!);
