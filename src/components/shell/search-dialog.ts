import { searchRanking } from './search-ranking.ts';
import { sectionsFirst, type SearchPage, type SearchSection } from './search-sections.ts';

// Loaded on the first interaction with the search (shell.ts), so that no page carries it before. Vite builds it as a file of its own
// (shell.ts imports its address with ?worker&url, the one way Vite gives the address of a script it bundles) and keeps no exports
// there: what it offers goes on window.

interface SearchModal extends HTMLElement {
  readonly isOpen: boolean;
  open(): void;
}
/**
 * The part of a Component UI instance used here: the query, and the sections it lists under a page (its own pick, at most `max`); its
 * words (Pagefind picks them by <html lang>) and the replacing of some; a search, and being told of its results.
 */
interface PagefindUiInstance {
  searchTerm: string;
  getDisplaySubResults(page: SearchPage<SearchSection>, max?: number): SearchSection[];
  ensureLanguage(): void;
  translate(key: string): string;
  setTranslations(words: Record<string, string>): void;
  triggerSearch(term: string): void;
  on(event: 'results', callback: (search: { results: unknown[] }) => void): void;
}
/** The part of the Component UI global API used here: options for an instance, applied before it loads its index. */
interface PagefindComponents {
  configureInstance(name: string, options: { ranking: typeof searchRanking }): PagefindUiInstance | undefined;
}

/** The part of window this file and shell.ts share. */
export type SearchWindow = typeof window & { PagefindComponents?: PagefindComponents; searchDialog?: typeof searchDialog };

/** Appends a stylesheet or script to <head> and resolves once it has loaded. */
const fetchAsset = (element: HTMLLinkElement | HTMLScriptElement) =>
  new Promise((resolve, reject) => {
    element.onload = resolve;
    element.onerror = reject;
    document.head.append(element);
  });

/**
 * Loads Pagefind Component UI from `bundle` and resolves to its dialog, set up with the ranking of the site, for pages under `base`;
 * a query in the script of the other language that finds nothing links to the search at `other` (?q=), which opens with that query.
 */
async function searchDialog({ bundle, base, other, otherText, otherLink }: DOMStringMap): Promise<SearchModal> {
  await Promise.all([
    fetchAsset(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundle}pagefind-component-ui.css` })),
    fetchAsset(Object.assign(document.createElement('script'), { type: 'module', src: `${bundle}pagefind-component-ui.js` })),
  ]);
  // The ranking first, before any element of the UI exists: an instance that has loaded its index ignores options, and the
  // elements may load it as soon as they are in the page (a search typed at once then ranked without the settings of the site).
  const instance = (window as SearchWindow).PagefindComponents?.configureInstance('default', { ranking: searchRanking });
  // A section titled with the query first: Pagefind would list it after longer sections that merely share its words.
  if (instance) {
    const pick = instance.getDisplaySubResults.bind(instance);
    instance.getDisplaySubResults = (page, max = 3) => sectionsFirst(page, instance.searchTerm, document.documentElement.lang, max, pick);
  }
  // The hint of the field says Escape clears it, but the dialog takes Escape first and closes.
  instance?.ensureLanguage();
  instance?.setTranslations({ keyboard_clear: instance.translate('keyboard_close') });
  const config = document.createElement('pagefind-config');
  config.setAttribute('bundle-path', bundle!);
  config.setAttribute('base-url', base!);
  const element = document.createElement('pagefind-modal') as SearchModal;
  document.body.append(config, element);
  await customElements.whenDefined('pagefind-modal');
  // Pagefind learns that its dialog closed from the close event, which Chromium sends with the next frame: an open before it (Escape
  // then "/" within a frame, which a busy machine makes long) was ignored, and the search stayed shut. Such an open waits for the event.
  const open = element.open.bind(element);
  element.open = () => {
    const dialog = element.querySelector('dialog')!;
    if (element.isOpen && !dialog.open) dialog.addEventListener('close', open, { once: true });
    else open();
  };
  // Each language has an index of its own, so a Chinese query on an English page finds nothing, and the reverse.
  const hint = Object.assign(document.createElement('p'), { className: 'search-other', hidden: true });
  const link = Object.assign(document.createElement('a'), { textContent: otherLink });
  hint.append(`${otherText} `, link);
  element.querySelector('pagefind-summary')!.after(hint);
  instance?.on('results', ({ results }) => {
    const term = instance.searchTerm.trim();
    link.href = `${other}?q=${encodeURIComponent(term)}`;
    hint.hidden = results.length > 0 || !term || /\p{sc=Han}/u.test(term) === document.documentElement.lang.startsWith('zh');
  });
  const query = new URLSearchParams(location.search).get('q');
  if (query) instance?.triggerSearch(query);
  return element;
}

(window as SearchWindow).searchDialog = searchDialog;
