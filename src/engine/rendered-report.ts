/**
 * The checker's result copied as rendered text (selected on the checker page, the Markdown export as a forum shows it, or netcheck's
 * report whose indentation a forum stripped), in any language the checker writes: no netcheck verdict line, no Markdown, no guide
 * address. What is left of the engine's words is the verdict sentence flush left on a line of its own with the certainty sentence
 * right under it, which start it, the findings' severity words, and the report's closing words (each finding's guide label, the
 * export's link label: report-words.ts), the last of which ends it; the island's other headings and labels stay out of the engine.
 */
import { opensOutput } from './sections.ts';
import type { Line } from './clean.ts';
import { inAnyLanguage, reportWords } from './messages/report-words.ts';
import { quoted, titled } from './report-finding.ts';

const words = Object.values(reportWords);
const verdicts = new Set(words.flatMap((l) => Object.values(l.titles)));

/** Whether a line is a certainty sentence: a confirmed one, or an inferred one by the words around its list. */
const certain = (t: string): boolean =>
  words.some(
    ({ confirmed, collected, inferred: [head, tail] }) =>
      t === confirmed || t === collected || (t.length > head.length + tail.length && t.startsWith(head) && t.endsWith(tail)),
  );

/** The first line of `i` and `i + 1` that is not blank, or -1. */
const nextText = (lines: readonly Line[], i: number): number => {
  for (let k = i; k < lines.length && k <= i + 1; k++) if (lines[k]!.trimmed) return k;
  return -1;
};

// The lines that close a part of the copy: a finding's guide label (its link's text, or the label and the address), and the
// Markdown export's label before the result's link, its last line.
const CLOSING = new RegExp(`^(?:(?:${inAnyLanguage('guide')})(?:[:\\uff1a] ?\\S+)?|(?:${inAnyLanguage('link')})[:\\uff1a] ?<?https?://\\S+)$`);
// A row of the result's facts or evidence: it ends in the line it was read from ("yesline 28", "pasta (line 31)", "是（第 28 行）").
const ROW = new RegExp(`(?:${inAnyLanguage('line')})[)）]?$`);

/** Whether line `i` starts a copy: a verdict sentence flush left (netcheck indents its own), the certainty sentence under it. */
const starts = (lines: readonly Line[], i: number): boolean => {
  const { text, trimmed, prefix } = lines[i]!;
  if (!verdicts.has(trimmed) || prefix || /^\s/.test(text)) return false;
  const k = nextText(lines, i + 1);
  return k > 0 && !lines[k]!.prefix && certain(lines[k]!.trimmed);
};

/** Whether a line of text is a row, or a heading or label over one: of the next three lines of text, one is a row. */
function rowOrOver(lines: readonly Line[], i: number): boolean {
  for (let k = i, seen = 0; k < lines.length && seen < 3; k++) {
    if (!lines[k]!.trimmed) continue;
    if (lines[k]!.prefix) return false;
    if (ROW.test(lines[k]!.trimmed)) return true;
    seen++;
  }
  return false;
}

/**
 * Adds to `out` the lines of each copied result: from its start to its last closing line before the next line that is output (a
 * prompt's, a journal's or a timestamp's line, the start of docker's output or of a JSON object; a finding's title and evidence are
 * the copy's) or the next copy. A copy cut before any closing line keeps only its sentences and the rows, and the headings and labels
 * over them, that follow: whatever the user pasted after it is read.
 */
export function renderedReportLines(lines: readonly Line[], out: Set<number>): void {
  const output = (i: number): boolean => !!lines[i]!.prefix || opensOutput(lines, i) || lines[i]!.trimmed.startsWith('{');
  for (let i = 0; i < lines.length; i++) {
    if (!starts(lines, i)) continue;
    let end = -1;
    let finding = false;
    for (let k = i + 1; k < lines.length && !starts(lines, k); k++) {
      if (titled(lines[k])) finding = true;
      else if (output(k) && !(finding && quoted(lines[k]!))) break;
      if (CLOSING.test(lines[k]!.trimmed)) [end, finding] = [k, false];
    }
    if (end < 0) for (end = nextText(lines, i + 1); end + 1 < lines.length && (!lines[end + 1]!.trimmed || rowOrOver(lines, end + 1)); ) end++;
    for (let j = i; j <= end; j++) out.add(j);
    i = end;
  }
}
