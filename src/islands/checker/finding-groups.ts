/** How findings are grouped under the verdict, the same in the widget and in the Markdown export. */
import type { Finding, Result } from '../../engine/index.ts';

/** The first finding that keeps Docker's daemon from running: right after a decided verdict's own, or the next step itself. */
export const firstStop = (r: Result): Finding | undefined => (r.stops ? r.findings[r.verdict === 'incomplete' ? 0 : 1] : undefined);

/**
 * The findings under the verdict, and those under "Also worth knowing": a decided verdict's own finding leads, alone but for
 * the `stops` that keep the daemon from starting (Result['stops']), so the others do not dilute it; an undecided verdict's findings are all steps to take.
 */
export function findingGroups(findings: readonly Finding[], decided: boolean, stops: number): [main: Finding[], also: Finding[]] {
  const split = decided ? 1 + stops : findings.length;
  return [findings.slice(0, split), findings.slice(split)];
}
