/** Showing the paste line a fact came from: select it in the textarea and scroll it into the middle. */
import { lineRange, scrollTopFor } from './lines.ts';

/**
 * Focuses the textarea with 1-based `line` selected (a screen reader reads the selection) and scrolled into view; Escape
 * there gives focus back to `from`, the button that showed it, until the textarea loses focus.
 */
export function showLine(area: HTMLTextAreaElement | null, line: number, from?: HTMLElement): void {
  const range = area && lineRange(area.value, line);
  if (!area || !range) return;
  if (from) {
    const back = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') from.focus();
    };
    area.addEventListener('keydown', back);
    area.addEventListener('blur', () => area.removeEventListener('keydown', back), { once: true });
  }
  area.focus({ preventScroll: true });
  area.setSelectionRange(range.start, range.end, 'forward');
  area.scrollTop = scrollTopFor(line, parseFloat(getComputedStyle(area).lineHeight), area.clientHeight);
  area.scrollLeft = 0;
  area.scrollIntoView({ block: 'nearest' });
}
