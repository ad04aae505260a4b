/**
 * The checker's result goes with the reader, as a share fragment (derived facts only, never the paste): to the other language's checker
 * on each language link as data-carry, which the switch (LanguageSwitch.astro), the links' one writer, prefers to the section; and back
 * to the page of the paste in its address, written as the reader leaves. Either way it is said to be the reader's own, not a shared link's.
 */

/** How the reader's own result came: the language switch from the other language's checker, or Back or a reload to the page of the paste. */
export type Own = 'switch' | 'back';

// On a language link only: the page it opens takes it out of the address at once (what is copied from there is a shared link) and keeps
// it in the history entry's state, which goes with neither a copied address nor a new tab.
const MARK = '&own=1';

/** Points the language links at the other language's checker showing `fragment` (marked as the reader's `own`), or, with none, at the section being read. */
export function carryResult(fragment: string | undefined, own: boolean): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
    if (fragment === undefined) delete link.dataset.carry;
    else link.dataset.carry = own ? fragment + MARK : fragment;
  }
  dispatchEvent(new Event('carry'));
}

/** Whether the address holds the reader's own result, and how it came; takes a language link's mark out of the address. */
export function ownResult(): Own | undefined {
  if (location.hash.endsWith(MARK)) history.replaceState({ own: 'switch' }, '', location.hash.slice(0, -MARK.length));
  const own: unknown = (history.state as { own?: unknown } | null)?.own;
  return own === 'switch' || own === 'back' ? own : undefined;
}

/**
 * Until the returned stop is called: a page left puts the reader's own result (`fragment`, undefined for none or one the address holds
 * already) in its address, so that
 * Back or a reload shows it again where the browser did not keep the page whole. A page it did keep has its paste, and lets the address go,
 * which a new paste would leave stale. Left from the result (`island` in view), the page comes back at its top rather than where the result
 * was: without the paste, the island is shorter, and there it would not even load.
 */
export function keepOnLeave(island: Element, fragment: () => string | undefined): () => void {
  const hide = (): void => {
    const now = fragment();
    if (now !== undefined) history.replaceState({ own: 'back' }, '', `#${now}`);
    const box = island.getBoundingClientRect();
    if (ownResult() && box.top < innerHeight && box.bottom > 0) history.scrollRestoration = 'manual';
  };
  const show = (event: PageTransitionEvent): void => {
    if (event.persisted && ownResult() === 'back') history.replaceState(null, '', location.pathname + location.search);
    if (event.persisted) history.scrollRestoration = 'auto';
  };
  addEventListener('pagehide', hide);
  addEventListener('pageshow', show);
  return () => {
    removeEventListener('pagehide', hide);
    removeEventListener('pageshow', show);
  };
}

/** Whether the page came back at its top because it was left from the result (see keepOnLeave); from here on the browser restores again. */
export function leftFromResult(): boolean {
  const manual = history.scrollRestoration === 'manual';
  history.scrollRestoration = 'auto';
  return manual;
}
