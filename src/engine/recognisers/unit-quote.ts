/** Whether systemd reads a unit's Environment= line to its end inside a quote, and so rejects the whole line. */
import { UNIT_LINE } from './flags-value.ts';

/**
 * Whether the line's assignments end inside a quote: systemd opens one at a quote anywhere in a word (Environment="NAME=…,
 * NAME="…, "A=b" "C=d), either kind inside the other is plain, and a backslash escapes the next character.
 */
export function quoteLeftOpen(t: string): boolean {
  let open = '';
  for (let i = t.match(UNIT_LINE)?.[0].length ?? t.length; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '\\') i++;
    else if (open) open = ch === open ? '' : open;
    else if (ch === '"' || ch === "'") open = ch;
  }
  return !!open;
}
