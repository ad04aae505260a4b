/**
 * The checker's result travels with the reader, as a share fragment (derived facts only, never the paste): to the other language's
 * checker through the language links (data-keep-hash, LanguageSwitch.astro), and back to this page through its history entry.
 */

const selector = 'a[data-keep-hash]';
/** Where the result waits in this page's history entry: its state, not its address (a changed address makes the browser ask for the favicon again). */
const KEY = 'checkerResult';

/**
 * Points the language links at the other language's checker showing `fragment`, or, with none, at the section the address shows. That
 * switch keeps the links in step with the address through hashchange; the checker's result is not in the address, so it sets them itself.
 */
export function carryResult(fragment: string | undefined): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(selector)) {
    const path = (link.getAttribute('href') ?? '').split('#')[0];
    link.setAttribute('href', path + (fragment === undefined ? location.hash : `#${fragment}`));
  }
}

/** The result this history entry kept when the reader left it (a share fragment with its '#'), or ''. */
export function carriedBack(): string {
  const kept: unknown = (history.state as Record<string, unknown> | null)?.[KEY];
  return typeof kept === 'string' ? `#${kept}` : '';
}

/** Lets this history entry forget the result it kept: the reader's new input has replaced it. */
export function forgetCarried(): void {
  const state = history.state as Record<string, unknown> | null;
  if (state && KEY in state) history.replaceState({ ...state, [KEY]: undefined }, '');
}

/**
 * Until the returned stop is called: a link followed away from this page in this tab first keeps the result in this history entry, so
 * Back shows it again even where the browser does not keep the page (and with it the field's text); a language link also takes it
 * along. A page the browser did keep has its own result, and forgets the kept one. `fragment` gives the current result.
 */
export function carryOnFollow(fragment: () => string | undefined): () => void {
  const follow = (event: MouseEvent): void => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const now = fragment();
    if (!(link instanceof HTMLAnchorElement) || now === undefined) return;
    if (link.matches(selector)) carryResult(now);
    const away = new URL(link.href).pathname !== location.pathname;
    const thisTab = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey && !link.target;
    if (!away || !thisTab) return;
    history.replaceState({ ...(history.state as object | null), [KEY]: now }, '');
    // Back then opens the page at its top, where the island is (it hydrates when visible) and brings the result into view itself.
    history.scrollRestoration = 'manual';
  };
  const back = (event: PageTransitionEvent): void => {
    if (!event.persisted) return;
    forgetCarried();
    history.scrollRestoration = 'auto';
  };
  addEventListener('click', follow, true);
  addEventListener('pageshow', back);
  return () => {
    removeEventListener('click', follow, true);
    removeEventListener('pageshow', back);
  };
}
