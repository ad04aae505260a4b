/**
 * A finding of the checker's report quoted without the report's top, known only whole and by its own structure, at any indentation
 * (a chat or a rendered page drops it): its title by the report's own severity word (report-finding.ts), its detail paragraph, then
 * only its own marked parts in order (its "> " evidence, its commands under their label) up to its guide line, which names a finding of
 * that severity. A user's log line with a severity word in brackets (MySQL's "[Warning]", Elixir Logger's "[warning]") is followed by
 * the user's output, which has no such parts, or by a guide line copied without its title.
 * A finding quoted in a forum ("> " before each line) is read the same once that quote is set aside.
 */
import type { Line } from './clean.ts';
import { findingMeta } from './findings.ts';
import { inAnyLanguage, reportWords, reportWordsPasted } from './messages/report-words.ts';
import { guideLine, ownTitle, quoted, titled } from './report-finding.ts';

// The severity words as the report writes them: a title with another form of them is lower-cased, and only a finding lower-cased whole is one.
const AS_WRITTEN = new RegExp(`\\[(?:${Object.values(reportWords).flatMap((l) => Object.values(l.severity)).join('|')})\\] `);
// The label over the finding's commands ("Commands:"), after which netcheck prints them flush left, blank lines and all.
const COMMANDS = new RegExp(`^(?:${inAnyLanguage('commands')})[:\\uff1a]$`);
// A forum's or a mail's quote markers before a line ("> ", "> > "), as the cleaner leaves them in its prefix.
const FORUM_QUOTE = /^(?:>(?!=) ?)+/;
// netcheck prints a finding's detail as one line; a copy from a narrow terminal or page may wrap it into a few.
const DETAIL_LINES = 4;

/** The forum quote markers before a line ("" for none). */
const forumQuote = (line: Line): string => FORUM_QUOTE.exec(line.prefix ?? '')?.[0] ?? '';

/** The line as it was before the forum quote `quote` was put before it, or undefined where it does not have that quote. */
function unquoted(line: Line, quote: string): Line | undefined {
  if (!quote) return line;
  const prefix = line.prefix ?? '';
  if (!prefix.startsWith(quote)) return undefined;
  return { ...line, prefix: prefix.slice(quote.length) || undefined };
}

/**
 * Whether `title` is the title of the finding whose guide line is `guide` (trimmed) as the report prints it: the severity word of a finding
 * that page section explains, in the words of the guide's label (one language, as written or lower-cased whole). A user's own log line
 * ("[Warning] …") before a guide line copied alone is not.
 */
function titleOf(title: Line, guide: string): boolean {
  const head = `${title.prefix ?? ''}${title.text}`.trimStart();
  const address = guide.slice(guide.search(/https?:\/\//));
  return reportWordsPasted.some(
    (w) => guide.startsWith(w.guide) && Object.values(findingMeta).some((m) => address.endsWith(m.docs) && head.startsWith(`[${w.severity[m.severity]}] `)),
  );
}

/** Whether a line is a finding's title by the report's own severity word, in a forum's quote or not. */
export const loneTitle = (line: Line): boolean => ownTitle(unquoted(line, forumQuote(line))!);

/**
 * The guide line of the finding whose title is line `start` (loneTitle), reached through at most a few detail lines, then its
 * evidence lines, then its commands label and its commands, each with the title's forum quote; or -1 where another line comes first,
 * where a lower-cased title has a line not lower-cased before its guide line, or where the title is not that guide line's finding's (titleOf).
 */
export function loneFindingEnd(lines: readonly Line[], start: number): number {
  const quote = forumQuote(lines[start]!);
  const title = unquoted(lines[start]!, quote)!;
  const lowered = !AS_WRITTEN.test((title.prefix ?? '') + title.text);
  // What may come next: the detail (and evidence), then the evidence only, then anything under the commands label.
  let part: 'detail' | 'evidence' | 'commands' = 'detail';
  let detail = 0;
  for (let k = start + 1; k < lines.length; k++) {
    const line = unquoted(lines[k]!, quote);
    if (!line) return -1;
    const { text, trimmed, prefix } = line;
    if (lowered && text !== text.toLowerCase()) return -1;
    if (guideLine(trimmed)) return titleOf(title, trimmed) ? k : -1;
    if (titled(line) || (prefix && !quoted(line))) return -1;
    if (part === 'commands' || !trimmed) continue;
    if (COMMANDS.test(trimmed)) part = 'commands';
    else if (quoted(line)) part = 'evidence';
    else if (part === 'evidence' || ++detail > DETAIL_LINES) return -1;
  }
  return -1;
}
