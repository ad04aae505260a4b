/** How findings are grouped under the verdict, the same in the widget and in the Markdown export. */
import type { Finding } from '../../engine/index.ts';

/**
 * The findings under the verdict, and those under "Also worth knowing": a decided verdict's own finding leads, alone but for
 * the `stops` that keep the daemon from starting (Result['stops']), so the others do not dilute it; an undecided verdict's findings are all steps to take.
 */
export function findingGroups(findings: readonly Finding[], decided: boolean, stops: number): [main: Finding[], also: Finding[]] {
  const split = decided ? 1 + stops : findings.length;
  return [findings.slice(0, split), findings.slice(split)];
}
