/** Showing the paste line a fact came from: select what decided it, or the line, and scroll that into the middle. */
import { lineRange, partRange, scrollLeftFor, scrollTopFor } from './lines.ts';
import type { Spot } from './spots.ts';

/**
 * Focuses the textarea with the spot's part selected in its 1-based line (the whole line where it names none, or the part is not
 * there), scrolled into view both ways: the field does not wrap, and an option of a long command line stands far to the right.
 * A screen reader reads the selection; Escape there gives focus back to `from`, the button that showed it, until the textarea
 * loses focus.
 */
export function showLine(area: HTMLTextAreaElement | null, { line, part }: Spot, from?: HTMLElement): void {
  const whole = area && lineRange(area.value, line);
  if (!area || !whole) return;
  if (from) {
    const back = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') from.focus();
    };
    area.addEventListener('keydown', back);
    area.addEventListener('blur', () => area.removeEventListener('keydown', back), { once: true });
  }
  const range = (part && partRange(area.value, whole, part)) || whole;
  const style = getComputedStyle(area);
  area.focus({ preventScroll: true });
  area.setSelectionRange(range.start, range.end, 'forward');
  area.scrollTop = scrollTopFor(line, parseFloat(style.lineHeight), area.clientHeight);
  area.scrollLeft =
    range === whole
      ? 0
      : scrollLeftFor(
          parseFloat(style.paddingLeft) + textWidth(style, area.value.slice(whole.start, range.start)),
          textWidth(style, area.value.slice(range.start, range.end)),
          area.clientWidth,
        );
  area.scrollIntoView({ block: 'nearest' });
}

/** How wide `text` is set in the textarea's font (0 where the browser cannot measure). */
function textWidth(style: CSSStyleDeclaration, text: string): number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  return context.measureText(text).width;
}
