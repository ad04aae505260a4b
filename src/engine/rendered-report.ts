/**
 * The checker's result copied as rendered text (selected on the checker page, the Markdown export as a forum shows it, or netcheck's
 * report whose indentation a forum stripped), in any language the checker writes: no netcheck verdict line, no Markdown, no guide
 * address. What is left of the engine's words is the verdict sentence flush left on a line of its own with the certainty sentence
 * right under it, which start it, the findings' severity words, and the report's closing words (each finding's guide label, the
 * export's link label: report-words.ts), the last of which ends it; the island's other headings and labels stay out of the engine.
 */
import { opensOutput } from './sections.ts';
import type { Line } from './clean.ts';
import { inAnyLanguage } from './messages/report-words.ts';
import { quoted, titled } from './report-finding.ts';
import { certain, topSentence, verdictTitle } from './report-top.ts';

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
  if (!verdictTitle(trimmed) || prefix || /^\s/.test(text)) return false;
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

// A finding's start in a copy: its severity word on a line of its own or before its title ("Problem: …", "问题：…"), after its title
// in the Markdown export's list ("… (Problem)"), or netcheck's title line.
const SEVERITY = inAnyLanguage('severity');
const OPENS = new RegExp(`^(?:${SEVERITY})(?:$|[:\\uff1a] ?\\S)|[(\\uff08](?:${SEVERITY})[)\\uff09]$`);

// A row of the facts that names no line (the Markdown export's, or netcheck --collect's without its indentation): a short label,
// then its colon or netcheck's column of spaces, then the value ("Port driver: `implicit`", "Port driver         implicit").
const LABELLED = /^[^\s:\uff1a][^:\uff1a]{0,60}?(?:[:\uff1a] ?| {2,})\S/;

/** Whether line `i` opens a finding of the copy. */
const opens = (lines: readonly Line[], i: number): boolean => titled(lines[i]) || (!lines[i]!.prefix && OPENS.test(lines[i]!.trimmed));

/**
 * Whether line `i` is one of the copy's own parts outside a finding: a top sentence, a row or a heading or label over one, before
 * the findings (`facts`) a row of the Markdown export's facts, a heading over a finding or such a row, or a closing line.
 */
function ownPart(lines: readonly Line[], i: number, facts: boolean): boolean {
  const { trimmed, prefix } = lines[i]!;
  if (prefix) return false;
  const fact = (k: number): boolean => facts && !lines[k]!.prefix && LABELLED.test(lines[k]!.trimmed);
  const next = nextText(lines, i + 1);
  return topSentence(trimmed) || CLOSING.test(trimmed) || rowOrOver(lines, i) || fact(i) || (next > 0 && (opens(lines, next) || fact(next)));
}

/**
 * Adds to `out` the lines of each copied result: from its start through its own parts without a gap (its sentences, its rows and
 * the headings and labels over them, and each finding from its severity word or title to its closing line, whose title, evidence
 * and commands are the copy's unless a line is output: a prompt's, a journal's or a timestamp's line, the start of docker's output
 * or of a JSON object), to the last of them before the first line that is none of these or the next copy: whatever the user pasted
 * after it, or between its top and a finding the user quotes, is read.
 */
export function renderedReportLines(lines: readonly Line[], out: Set<number>): void {
  const output = (i: number): boolean => !!lines[i]!.prefix || opensOutput(lines, i) || lines[i]!.trimmed.startsWith('{');
  for (let i = 0; i < lines.length; i++) {
    if (!starts(lines, i)) continue;
    let end = nextText(lines, i + 1);
    let [finding, facts] = [false, true];
    for (let k = end + 1; k < lines.length && !starts(lines, k); k++) {
      if (!lines[k]!.trimmed) continue;
      if (finding) {
        if (output(k) && !quoted(lines[k]!)) break;
        if (CLOSING.test(lines[k]!.trimmed)) [end, finding] = [k, false];
      } else if (opens(lines, k)) [finding, facts] = [true, false];
      else if (!output(k) && ownPart(lines, k, facts)) end = k;
      else break;
    }
    for (let j = i; j <= end; j++) out.add(j);
    i = end;
  }
}
