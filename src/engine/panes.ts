/**
 * A terminal multiplexer's panes side by side, copied with the mouse as one text (tmux, screen's regions): each line holds the left pane's
 * row, padded to the border, a "│" and the right pane's row. Each pane is read on its own (review R137 21: the right pane's pasta --version
 * went unread). Only where the border stands at the same column on most lines, with text on both sides of it on several: a process tree's
 * "│" has only blanks before it, and a box-drawn table has its crossings.
 */

const BORDER = '│';
// A table drawn with boxes crosses its rules; panes side by side have no crossing but on tmux's rule over them (paneRule).
const CROSSING = /[┼┬┴]/;
const MIN_ROWS = 3;

/**
 * Whether a line is the rule over or under the panes, which tmux draws with their titles where it shows them (pane-border-status): one
 * crossing, "┬" or "┴", and no border (review R148 11). A table's rules cross at "┼" between its rows.
 */
function paneRule(l: string): boolean {
  const at = l.search(CROSSING);
  return l[at] !== '┼' && !CROSSING.test(l.slice(at + 1)) && !l.includes(BORDER);
}

/** The column of the border between two panes, or -1 where the lines are no panes side by side. */
export function paneBorder(raw: readonly string[], strip: (line: string) => string): number {
  const count = new Map<number, number>();
  let lines = 0;
  for (const l of raw) {
    if (!l.trim()) continue;
    lines++;
    const c = l.indexOf(BORDER);
    if (c > 0) count.set(c, (count.get(c) ?? 0) + 1);
  }
  let [column, most] = [-1, 0];
  for (const [c, n] of count) if (n > most) [column, most] = [c, n];
  if (most < MIN_ROWS || most * 2 < lines || raw.some((l) => CROSSING.test(l) && !paneRule(l))) return -1;
  // Text on both sides of the border on several rows: a pane's prompt beside the other's output (a log's prefix before a bordered
  // window's "│" is none).
  let left = 0;
  let right = 0;
  for (const l of raw) {
    if (l[column] !== BORDER) continue;
    if (strip(l.slice(0, column)).trim()) left++;
    if (l.slice(column + 1).trim()) right++;
  }
  return left >= MIN_ROWS && right >= MIN_ROWS ? column : -1;
}

/**
 * The panes' texts, left then right, each with a line for every line of `raw` (blank where a line has none of the pane), so line numbers
 * hold. A row as long as a hard wrap's width (`wraps`) goes on in the lines without a border after it: fold -w cut the right pane's row.
 */
export function panesOf(raw: readonly string[], column: number, wraps: (width: number) => boolean): [string, string] {
  const left: string[] = [];
  const right: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if (l[column] !== BORDER) {
      left.push(l);
      right.push('');
      continue;
    }
    left.push(l.slice(0, column).trimEnd());
    let row = l.slice(column + 1);
    const at = right.push('') - 1;
    for (let piece = l; wraps(piece.length) && raw[i + 1]?.trim() && raw[i + 1]![column] !== BORDER; ) {
      piece = raw[++i]!;
      row += piece;
      left.push('');
      right.push('');
    }
    right[at] = row;
  }
  return [left.join('\n'), right.join('\n')];
}
