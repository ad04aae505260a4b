/**
 * Brings a new verdict (or, `always`, anything) to the top of the screen (below the sticky header: html's scroll-padding-top), unless it
 * already sits in the upper part, so that its facts and findings show too. In an iframe only the frame's own document scrolls: scrollIntoView
 * would also move the page around the frame.
 */
export function reveal(element: Element, embed: boolean, always = false): void {
  const below = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const { top } = element.getBoundingClientRect();
  if (!always && top >= below && top < innerHeight * 0.4) return;
  if (embed) scrollTo({ top: scrollY + top - below });
  else element.scrollIntoView({ block: 'start' });
}
