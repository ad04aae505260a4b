/**
 * The checker's result copied as rendered text (selected on the checker page, or the Markdown export as a forum shows it): no
 * netcheck verdict line, no Markdown, no guide address. What is left of the engine's words is the verdict sentence on a line of its
 * own with the certainty sentence right under it, which start it, and the report's closing words (each finding's guide label, the
 * export's link label: report-words.ts), the last of which ends it; the island's other headings and labels stay out of the engine.
 */
import { opensOutput } from './sections.ts';
import type { Line } from './clean.ts';
import { inAnyLanguage } from './messages/report-words.ts';
import type { Messages } from './messages/types.ts';
import type { Result } from './types.ts';

/** Whether a line is a certainty sentence of the catalogue: the confirmed one, or an inferred one by the words around its list. */
function certaintyTest(m: Messages): (t: string) => boolean {
  const facts = {} as Result['facts'];
  const confirmed = m.certainty.confirmed({ verdict: 'affected', unseen: [], facts });
  // Two lists with nothing in common leave the sentence's own words as their common start and end.
  const a = m.certainty.inferred({ verdict: 'affected', unseen: ['rootless'], facts });
  const b = m.certainty.inferred({ verdict: 'affected', unseen: ['networkDriver'], facts });
  let p = 0;
  while (a[p] === b[p]) p++;
  let s = 0;
  while (a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const [head, tail] = [a.slice(0, p), a.slice(a.length - s)];
  return (t) => t === confirmed || (t.length > p + s && t.startsWith(head) && t.endsWith(tail));
}

/** The first line of `i` and `i + 1` that is not blank, or -1. */
const nextText = (lines: readonly Line[], i: number): number => {
  for (let k = i; k < lines.length && k <= i + 1; k++) if (lines[k]!.trimmed) return k;
  return -1;
};

// The lines that close a part of the copy: a finding's guide label (its link's text, or the label and the address), and the
// Markdown export's label before the result's link, its last line.
const CLOSING = new RegExp(`^(?:(?:${inAnyLanguage('guide')})(?:[:\\uff1a] ?\\S+)?|(?:${inAnyLanguage('link')})[:\\uff1a] ?<?https?://\\S+)$`);

/**
 * Adds to `out` the lines of each copied result: from a verdict sentence with a certainty sentence under it to its last closing line
 * before the next line that is output (a prompt's, a journal's or a timestamp's line, the start of docker's output or of a JSON
 * object) or the next copy, so that whatever the user pasted after it is read; a copy cut before any closing line runs to that output.
 */
export function renderedReportLines(lines: readonly Line[], m: Messages, out: Set<number>): void {
  const verdicts = new Set(Object.values(m.verdict));
  const certain = certaintyTest(m);
  const starts = (i: number): boolean => {
    if (!verdicts.has(lines[i]!.trimmed) || lines[i]!.prefix) return false;
    const k = nextText(lines, i + 1);
    return k > 0 && !lines[k]!.prefix && certain(lines[k]!.trimmed);
  };
  const output = (i: number): boolean => !!lines[i]!.prefix || opensOutput(lines, i) || lines[i]!.trimmed.startsWith('{');
  for (let i = 0; i < lines.length; i++) {
    if (!starts(i)) continue;
    let k = i + 1;
    let end = -1;
    for (; k < lines.length && !output(k) && !starts(k); k++) if (CLOSING.test(lines[k]!.trimmed)) end = k;
    if (end < 0) end = k - 1;
    for (let j = i; j <= end; j++) out.add(j);
    i = end;
  }
}
