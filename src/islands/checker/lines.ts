/** Where a line of the paste is in the textarea, for showing the line a fact came from. */

/** Start and end offsets of 1-based `line` in `text` (lines split like the engine splits them); null past the end. */
export function lineRange(text: string, line: number): { start: number; end: number } | null {
  if (!Number.isInteger(line) || line < 1) return null;
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let n = 1; n < line; n++) {
    if (!breaks.exec(text)) return null;
    start = breaks.lastIndex;
  }
  breaks.lastIndex = start;
  const next = breaks.exec(text);
  return { start, end: next ? next.index : text.length };
}

/** The scrollTop that centres 1-based `line` in a box `viewHeight` high, for unwrapped lines `lineHeight` high. */
export function scrollTopFor(line: number, lineHeight: number, viewHeight: number): number {
  return Math.max(0, Math.round((line - 1) * lineHeight - (viewHeight - lineHeight) / 2));
}
