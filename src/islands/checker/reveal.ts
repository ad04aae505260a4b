/**
 * Brings a new verdict (or, `asked`, what the reader asked to go to) to the top of the screen (below the sticky header: html's
 * scroll-padding-top), unless it already sits in the upper part, so that its facts and findings show too. In an iframe a new verdict
 * scrolls only the frame's own document: scrollIntoView would also move the page around the frame under a reader who asked nothing. What
 * the reader asked for moves the page too, as the evidence buttons do: a frame sized to its content has nothing of its own to scroll.
 */
export function reveal(element: Element, embed: boolean, asked = false): void {
  const below = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const { top } = element.getBoundingClientRect();
  if (!asked && top >= below && top < innerHeight * 0.4) return;
  if (embed && !asked) scrollTo({ top: scrollY + top - below });
  else element.scrollIntoView({ block: 'start' });
}
