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

/** Start and end offsets in `text` of `part`'s first occurrence within the line at `line` (see lineRange); null where it is not there. */
export function partRange(text: string, line: { start: number; end: number }, part: string): { start: number; end: number } | null {
  const at = text.slice(line.start, line.end).indexOf(part);
  return at < 0 ? null : { start: line.start + at, end: line.start + at + part.length };
}

/**
 * The scrollLeft that centres a part `width` wide, `left` from the unwrapped text's edge, in a box `viewWidth` wide; one wider than
 * the box starts at its left edge.
 */
export function scrollLeftFor(left: number, width: number, viewWidth: number): number {
  return Math.max(0, Math.round(left - Math.max(0, (viewWidth - width) / 2)));
}
