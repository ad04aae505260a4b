/** How long typing must pause before the text is analysed again. Plain TypeScript. */

// A usual paste: analysed 200 ms after the last key, which feels immediate.
const PAUSE_MS = 200;
// Characters analysed in well under that pause. A bigger text takes longer in proportion (a 1.5 MB journal, 350 to 770 ms on the main
// thread), so its pause grows in proportion too: a reader editing it, say to hide a host name, is not stalled at each breath.
const QUICK = 100_000;

/** The pause after typing in a text of `length` characters: 200 ms up to 100,000 characters, then 2 ms per 1,000 more. */
export function pauseFor(length: number): number {
  return Math.max(PAUSE_MS, Math.round((PAUSE_MS * length) / QUICK));
}
