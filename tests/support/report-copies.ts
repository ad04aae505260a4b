/** The checker's own report as readers copy it back into the checker, and what a reader compares between two results. */
import type { Result } from '../../src/engine/index.ts';

/** The Markdown export as a forum shows it and a selection copies it: no heading marks, emphasis, link targets, bullets or fences. */
export function asRendered(md: string): string {
  let code = false;
  return md
    .split('\n')
    .filter((l) => !(l.startsWith('```') && (code = !code) !== undefined))
    .map((l) => (code ? l : l.replace(/^#{2,3} |^- /, '').replace(/\*\*/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<(https?:[^>]*)>/g, '$1').replace(/\\(.)/g, '$1')))
    .join('\n');
}

/** What a reader compares between two results: the verdict, the facts and which findings and symptoms there are. */
export const outcome = (r: Result) => ({ verdict: r.verdict, certainty: r.certainty, facts: r.facts, findings: r.findings.map((f) => f.id), signals: r.signals });
