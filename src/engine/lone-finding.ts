/**
 * A finding of the checker's report quoted without the report's top, known only whole: its title by the report's own severity word
 * (report-finding.ts), then nothing but its own parts up to its guide line. A user's log line with a severity word in brackets (MySQL's
 * "[Warning]", Elixir Logger's "[warning]") is followed by the user's output, not by such parts.
 */
import type { Line } from './clean.ts';
import { inAnyLanguage, reportWords } from './messages/report-words.ts';
import { guideLine, quoted, titled } from './report-finding.ts';

// The severity words as the report writes them: a title with another form of them is lower-cased, and only a finding lower-cased whole is one.
const AS_WRITTEN = new RegExp(`\\[(?:${Object.values(reportWords).flatMap((l) => Object.values(l.severity)).join('|')})\\] `);
// The label over the finding's commands ("Commands:"), after which netcheck prints them flush left, blank lines and all.
const COMMANDS = new RegExp(`^(?:${inAnyLanguage('commands')})[:\\uff1a]$`);

/**
 * The guide line of the finding whose title is line `start`, reached through blank lines, lines indented under the title (its detail,
 * evidence and commands label) and its commands; or -1 where another line comes first, or where a lower-cased title has a line not
 * lower-cased before its guide line.
 */
export function loneFindingEnd(lines: readonly Line[], start: number): number {
  const title = lines[start]!;
  const lowered = !AS_WRITTEN.test((title.prefix ?? '') + title.text);
  let commands = false;
  for (let k = start + 1; k < lines.length; k++) {
    const line = lines[k]!;
    const { text, trimmed, prefix } = line;
    if (lowered && text !== text.toLowerCase()) return -1;
    if (guideLine(trimmed)) return k;
    if (titled(line) || (prefix && !quoted(line))) return -1;
    if (!trimmed) continue;
    if (text[0] === ' ' || quoted(line)) commands ||= COMMANDS.test(trimmed);
    else if (!commands) return -1;
  }
  return -1;
}
