import { searchRanking } from './search-ranking.ts';
import { sectionsFirst, type SearchPage, type SearchSection } from './search-sections.ts';

// Loaded on the first interaction with the search (shell.ts), so that no page carries it before. Vite builds it as a file of its own
// (shell.ts imports its address with ?worker&url, the one way Vite gives the address of a script it bundles) and keeps no exports
// there: what it offers goes on window.

interface SearchModal extends HTMLElement {
  open(): void;
}
/** The part of a Component UI instance used here: the query, and the sections it lists under a page (its own pick, at most `max`). */
interface PagefindUiInstance {
  searchTerm: string;
  getDisplaySubResults(page: SearchPage<SearchSection>, max?: number): SearchSection[];
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

/** Loads Pagefind Component UI from `bundle` and resolves to its dialog, set up with the ranking of the site, for pages under `base`. */
async function searchDialog(bundle: string, base: string): Promise<SearchModal> {
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
  const config = document.createElement('pagefind-config');
  config.setAttribute('bundle-path', bundle);
  config.setAttribute('base-url', base);
  const element = document.createElement('pagefind-modal') as SearchModal;
  document.body.append(config, element);
  await customElements.whenDefined('pagefind-modal');
  return element;
}

(window as SearchWindow).searchDialog = searchDialog;
