/**
 * The checker's own report pasted back (netcheck's in either language, the island's Markdown export, netcheck --json, or any of them
 * copied as rendered text: rendered-report.ts): its prose, quoted lines and suggested commands are the checker's words and nobody ran
 * the commands, so none of it is the machine's output. A report is known only by the words it is written in (report-words.ts), so
 * that a user's own lines around it are read.
 */
import type { Line } from './clean.ts';
import type { JsonScan } from './json-scan.ts';
import { headlines, inAnyLanguage, reportWords, reportWordsPasted } from './messages/report-words.ts';
import { renderedReportLines } from './rendered-report.ts';
import { loneFindingEnd, loneTitle } from './lone-finding.ts';
import { guideLine, quoted, titled } from './report-finding.ts';
import { topSentence } from './report-top.ts';
import type { Certainty } from './types.ts';

// The verdicts' and certainties' ids, the same in every language: netcheck prints them as they are.
const VERDICTS = Object.keys(reportWords.en.titles);
const CERTAINTY: Record<Certainty, true> = { confirmed: true, inferred: true };
/**
 * netcheck's first line ("Verdict: AFFECTED (confirmed)", "结论：FIXED (inferred)"): the report's word for the verdict, then the ids (in
 * capitals, or lower-cased with the whole report).
 */
const VERDICT = new RegExp(
  `^(?:${inAnyLanguage('verdict')})[:\\uff1a] ?(?:${VERDICTS.join('|').toUpperCase()}|${VERDICTS.join('|')})(?: \\((?:${Object.keys(CERTAINTY).join('|')})\\))?$`,
);
// The Markdown export: its heading, the headline in bold, and last its label before the link to the result in angle brackets.
const MD_HEADING = /^## \S/;
const MD_LINK = new RegExp(`^(?:${inAnyLanguage('link')})[:\\uff1a] ?<https?://[^\\s<>]+>$`);
const titles = new Set(reportWordsPasted.flatMap((l) => headlines(l).map((t) => `**${t}**`)));

/**
 * Whether line `i` is a heading of netcheck's report ("What the checker found", "Findings"): over its rows, indented by two spaces (docker's
 * own nesting is one), or its findings. A blank line before it is not asked for: a forum may have dropped the report's blank lines.
 */
const heading = (lines: readonly Line[], i: number): boolean => /^ {2}\S/.test(lines[i + 1]?.text ?? '') || titled(lines[i + 1]);

/**
 * The last line of the netcheck report whose verdict line is `start`: the last finding's guide line reached through the report's own
 * parts only (its top sentences under the verdict, blank lines, its headings and indented rows, findings), else those top sentences
 * (a report cut before its findings), else the verdict line alone.
 */
function reportEnd(lines: readonly Line[], start: number): number {
  let end = start;
  let finding = false;
  let k = start + 1;
  // Only the report's own sentences, as netcheck indents them: docker's sections nest by one or two spaces too, and a forum may have
  // dropped the blank line between the report and the user's output.
  for (; k < lines.length && lines[k]!.n === lines[k - 1]!.n + 1 && /^ {2}\S/.test(lines[k]!.text) && !lines[k]!.prefix && topSentence(lines[k]!.trimmed); k++) end = k;
  for (; k < lines.length; k++) {
    const { text, trimmed, prefix } = lines[k]!;
    if (titled(lines[k])) finding = true;
    else if (VERDICT.test(trimmed) || (prefix && !(finding && quoted(lines[k]!)))) break;
    else if (finding) {
      // Under a finding's title, whose words are the report's, the guide line is known at any indentation (a forum strips it).
      if (guideLine(trimmed)) [end, finding] = [k, false];
    } else if (text[0] !== ' ' && !heading(lines, k)) break;
  }
  return end;
}

/** The last line of the Markdown export whose heading is `start`: its closing link line before the next heading of an export, or -1. */
function markdownEnd(lines: readonly Line[], start: number): number {
  for (let k = start + 1; k < lines.length; k++) {
    if (MD_LINK.test(lines[k]!.trimmed)) return k;
    if (markdownStart(lines, k)) break;
  }
  return -1;
}

/** Whether line `i` opens the Markdown export: a heading over one of the report's verdict titles in bold, escaped as Markdown. */
const markdownStart = (lines: readonly Line[], i: number): boolean =>
  lines[i]!.trimmed.startsWith('## ') && MD_HEADING.test(lines[i]!.trimmed) && titles.has((lines[i + 1]?.trimmed ?? '').replace(/\\(.)/g, '$1'));

/**
 * Whether a line may be a finding's title (loneTitle): one with a prefix (a quote's markers, which loneTitle reads past), or whose text
 * starts with the severity's "[". Most lines are neither, and are spared its patterns.
 */
const mayOpenFinding = (line: Line): boolean => !!line.prefix || line.trimmed[0] === '[';

/**
 * The indexes of the lines that belong to a pasted report of the checker's: netcheck's from its verdict line to its end (reportEnd),
 * a finding of it quoted alone from its title to its guide line, and the Markdown export from its heading to its closing link. Returns none for a paste without one.
 */
export function ownReportLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const { trimmed } = lines[i]!;
    // A finding quoted without the report's top is the report's too: its commands are the fix, not the machine's configuration.
    const end = VERDICT.test(trimmed) ? reportEnd(lines, i) : mayOpenFinding(lines[i]!) && loneTitle(lines[i]!) ? loneFindingEnd(lines, i) : markdownStart(lines, i) ? markdownEnd(lines, i) : -1;
    for (let k = i; k <= end; k++) out.add(k);
    if (end >= i) i = end;
  }
  renderedReportLines(lines, out);
  return out;
}

/** Whether a JSON document is netcheck --json's report: a verdict the catalogue knows beside a certainty. */
export function ownReportJson(json: JsonScan): boolean {
  const verdict = json.values.get('verdict')?.value;
  return typeof verdict === 'string' && VERDICTS.includes(verdict) && json.values.has('certainty');
}
