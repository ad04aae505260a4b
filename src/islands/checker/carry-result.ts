/**
 * The checker's result goes with the reader, as a share fragment (derived facts only, never the paste): to the other language's checker
 * on each language link as data-carry, which the switch (its script in shell.ts), the links' one writer, prefers to the section; and back
 * to the page of the paste in its address, written as the reader leaves. Where the reader's own navigation carried it, it is said to be
 * theirs, not a shared link's.
 */

/** How the reader's own result came: by the language switch from a checker that keeps its paste, or otherwise (Back, a reload, a switch from a page without it). */
export type Own = 'switch' | 'back';

// Per tab, and never in an address, which can be copied or sent: what the language link followed in this tab, and the page left last, pass
// to the page they name ("/zh-cn/checker/#switch#v=1&…", "/checker/#back#v=1&…"). The next checker page takes them at once, and only for
// its own address: a link whose page never came (stopped, or Back before it ran) names another page.
const SWITCHED = 'chk-switched';
const LEFT = 'chk-left';

/** Keeps `value` for the next page of this tab (none: nothing, nor an earlier one). */
function pass(key: string, value?: string): void {
  try {
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  } catch {
    // Storage refused (a privacy setting): the result goes on as a shared one.
  }
}

/** Takes what was passed to this page (see pass) into its history entry's state, and its address for a reload; none is left for another. */
function take(): void {
  try {
    const [to, own, switched] = (sessionStorage.getItem(SWITCHED) ?? '').split('#');
    const [path, kept, left] = (sessionStorage.getItem(LEFT) ?? '').split('#');
    pass(SWITCHED);
    pass(LEFT);
    if (switched && to === location.pathname && location.hash === `#${switched}`) history.replaceState({ own }, '');
    // A reload takes the address as it was before the page was left (the write then comes too late for it in Chromium).
    else if (left && path === location.pathname && loadedBy() === 'reload') history.replaceState({ own: kept }, '', `#${left}`);
  } catch {
    // As in pass.
  }
}

/** How this document was loaded: "navigate" (a link, an address), "reload" or "back_forward" (a history entry the browser did not keep). */
export function loadedBy(): string | undefined {
  return (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
}

/** Points the language links at the other language's checker showing `fragment`, or, with none, at the section being read. */
export function carryResult(fragment: string | undefined): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
    if (fragment === undefined) delete link.dataset.carry;
    else link.dataset.carry = fragment;
  }
  dispatchEvent(new Event('carry'));
}

/** Whether the page shows the reader's own result, and how it came (see keepOnLeave). */
export function ownResult(): Own | undefined {
  const own: unknown = (history.state as { own?: unknown } | null)?.own;
  return own === 'switch' || own === 'back' ? own : undefined;
}

/**
 * Takes what the reader's own navigation passed to this page, then, until the returned stop is called, carries the reader's own result
 * (`mine`: undefined for none): as a language link is followed in this tab, to the page it opens, said to come with its paste left here
 * only if `pasted`; and as the page is left, into its address, so that Back shows it again where the browser did not keep the page whole,
 * and to a reload. A page it did keep has its paste, and lets the address go, which a new paste would leave stale. Left from the result
 * (`island` in view), the page comes back at its top rather than where the result was: without the paste, the island is shorter, and
 * there it would not even load. Called before the address is read (CheckerState.start), and not in a frame, whose address and storage
 * are no reader's.
 */
export function keepOnLeave(island: Element, mine: () => string | undefined, pasted: () => boolean): () => void {
  take();
  const click = (event: MouseEvent): void => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[data-keep-hash]');
    // Followed here: a new tab or window, or an address copied, opens a shared result.
    if (link && !(event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) {
      const now = mine();
      pass(SWITCHED, now && `${new URL(link.href).pathname}#${pasted() ? 'switch' : 'back'}#${now}`);
    }
  };
  const hide = (): void => {
    const now = mine();
    // A page the switch opened still says so after a reload: the paste may well be on the page before it yet.
    const own = ownResult() === 'switch' && !pasted() ? 'switch' : 'back';
    pass(LEFT, now && `${location.pathname}#${own}#${now}`);
    if (now !== undefined) history.replaceState({ own }, '', `#${now}`);
    const box = island.getBoundingClientRect();
    if (ownResult() && box.top < innerHeight && box.bottom > 0) history.scrollRestoration = 'manual';
  };
  const show = (event: PageTransitionEvent): void => {
    if (event.persisted && pasted() && ownResult()) history.replaceState(null, '', location.pathname + location.search);
    if (event.persisted) history.scrollRestoration = 'auto';
  };
  addEventListener('click', click);
  addEventListener('pagehide', hide);
  addEventListener('pageshow', show);
  return () => {
    removeEventListener('click', click);
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
