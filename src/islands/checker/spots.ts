/** Where a fact or finding shows in the paste: the lines its evidence names, each with what decided it there. */
import type { Evidence } from '../../engine/index.ts';

/** A paste line to show, and the text in it to select (an option of a long command line), if the evidence names one. */
export interface Spot {
  line: number;
  part?: string;
}

/** One spot per paste line the evidence names, in the paste's order: the line holding what decided (a wrapped line's piece), else its own. */
export function spotsOf(evidence: readonly Evidence[]): Spot[] {
  const spots: Spot[] = [];
  for (const e of evidence) {
    const line = e.part?.line ?? e.line;
    if (!spots.some((s) => s.line === line)) spots.push(e.part ? { line, part: e.part.text } : { line });
  }
  return spots.sort((a, b) => a.line - b.line);
}
