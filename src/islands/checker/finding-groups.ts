/** How findings are grouped under the verdict, the same in the widget and in the Markdown export. */
import type { Finding } from '../../engine/index.ts';

/**
 * The findings under the verdict, and those under "Also worth knowing": a decided verdict's own finding leads alone, so the
 * others do not dilute it; an undecided verdict's findings are all steps to take.
 */
export function findingGroups(findings: readonly Finding[], decided: boolean): [main: Finding[], also: Finding[]] {
  const split = decided ? 1 : findings.length;
  return [findings.slice(0, split), findings.slice(split)];
}
