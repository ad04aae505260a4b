/**
 * Machines that disagree on what decides (machines.ts machinesApart), only one of which shows the reset: the paste read as that machine's
 * alone, the lines of the others blanked (review R148 13 and M4: a CI matrix's failing job, the server beside a laptop where it works).
 */
import { splitLines, type Line } from './clean.ts';
import { machines } from './machines.ts';
import type { Typed } from './prompts.ts';
import type { Evidence } from './types.ts';

/**
 * The machine among `apart` on which every reset shown on a machine (`resets`) was seen; null where none is, or they are on two. (A reset
 * on none is the reader's sentence over the output: "only runner-1 gives Connection reset by peer".)
 */
export function resetMachine(lines: readonly Line[], apart: readonly string[], resets: readonly Evidence[], typed: Typed): string | null {
  if (!resets.length) return null;
  // Every line asked, as where the paste was read: a line beside pdsh's hosts is the local machine's only where theirs are asked too.
  const of = machines(lines, new Set(lines.map((line) => line.n)), typed);
  const on = new Set(resets.flatMap((e) => of.get(e.line) ?? []));
  const [machine] = on;
  return on.size === 1 && apart.includes(machine!) ? machine! : null;
}

/** `text` with each line that `lines` (its cleaned lines) put only on another machine than `machine` made blank: every line keeps its number. */
export function onlyMachine(text: string, lines: readonly Line[], typed: Typed, machine: string): string {
  const of = machines(lines, new Set(lines.map((line) => line.n)), typed);
  const kept = new Set<number>();
  const others = new Set<number>();
  for (const line of lines) {
    const on = of.get(line.n);
    for (const n of [line.n, ...(line.pieces ?? []).map((piece) => piece.n)]) (on === undefined || on === machine ? kept : others).add(n);
  }
  return splitLines(text)
    .map((t, i) => (others.has(i + 1) && !kept.has(i + 1) ? '' : t))
    .join('\n');
}
