/**
 * The checker's own report pasted back (netcheck's in either language, the island's Markdown export, netcheck --json, or any of them
 * copied as rendered text: rendered-report.ts): its prose, quoted lines and suggested commands are the checker's words and nobody ran
 * the commands, so none of it is the machine's output.
 */
import type { Line } from './clean.ts';
import type { JsonScan } from './json-scan.ts';
import type { Messages } from './messages/types.ts';
import { renderedReportLines } from './rendered-report.ts';

/** netcheck's first line ("Verdict: AFFECTED (confirmed)", "结论：FIXED (inferred)"): its word for the verdict is a language's, the rest the catalogue's ids. */
const verdictLine = (m: Messages): RegExp =>
  new RegExp(`^[^\\s:\\uff1a]{1,20}[:\\uff1a] ?(?:${Object.keys(m.verdict).join('|').toUpperCase()})(?: \\((?:${Object.keys(m.certainty).join('|')})\\))?$`);

// A finding's link to its guide section, which ends each finding of netcheck's report.
const GUIDE = /https?:\/\/\S+\/#[\w-]+$/;
// The Markdown export starts with its heading over the verdict in bold, and ends with its label and the result's link in angle brackets.
const MD_HEADING = /^## \S/;
const MD_VERDICT = /^\*\*\S.*\*\*$/;
const MD_LINK = /^[^<]{1,40}[:\uff1a] ?<https?:\/\/[^\s<>]+>$/;

/**
 * The indexes of the lines that belong to a pasted report of the checker's: from netcheck's verdict line to the last finding's guide
 * link before the next report (or, cut before its findings, the indented lines under the verdict), and the Markdown export from its
 * heading to its link. Returns none for a paste without one.
 */
export function ownReportLines(lines: readonly Line[], m: Messages): Set<number> {
  const verdict = verdictLine(m);
  const out = new Set<number>();
  // The report being read: its first line, its last so far, the line that ends a part of it, and whether none has yet (its verdict alone).
  let start = -1;
  let end = -1;
  let closing = GUIDE;
  let open = false;
  const add = (): void => {
    if (start >= 0) for (let i = start; i <= end; i++) out.add(i);
  };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    const markdown = MD_HEADING.test(t) && MD_VERDICT.test(lines[i + 1]?.trimmed ?? '');
    if (markdown || verdict.test(t)) {
      add();
      start = i;
      end = markdown ? -1 : i;
      closing = markdown ? MD_LINK : GUIDE;
      open = !markdown;
    } else if (start >= 0 && closing.test(t)) {
      end = i;
      open = false;
    } else if (open && end === i - 1 && lines[i]!.text[0] === ' ') end = i;
  }
  add();
  renderedReportLines(lines, m, out);
  return out;
}

/** Whether a JSON document is netcheck --json's report: a verdict the catalogue knows beside a certainty. */
export function ownReportJson(json: JsonScan, m: Messages): boolean {
  const verdict = json.values.get('verdict')?.value;
  return typeof verdict === 'string' && Object.hasOwn(m.verdict, verdict) && json.values.has('certainty');
}
