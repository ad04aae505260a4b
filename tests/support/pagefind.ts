import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchRanking } from '../../src/components/shell/search-ranking.ts';

/** A search result part as the browser API of Pagefind returns it: a heading's URL (with #fragment), its title, excerpt and the words it matched. */
export interface PagefindSubResult {
  url: string;
  /** The heading, or the data-pagefind-title of the element with the id. */
  title: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}

/** The data of one result; `locations` are the word positions of the matches, `anchors` the elements with an id and the word position each starts at. */
export interface PagefindResultData {
  url: string;
  sub_results: PagefindSubResult[];
  locations: number[];
  anchors: { id: string; location: number }[];
}

/** The parts of a Pagefind instance (pagefind.js's createInstance) the tests drive. */
export interface PagefindInstance {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  destroy(): Promise<void>;
}

interface PagefindModule {
  createInstance(options: { basePath: string; ranking: typeof searchRanking }): PagefindInstance;
}

/**
 * A Pagefind instance over a build's index, in Node, reading the index of one language. In a browser Pagefind picks the index by the
 * page's <html lang>; here a stand-in `document` answers that one question while the instance is created, and is removed again.
 * `basePath` is the URL of the build's /pagefind/ folder on a running server (Pagefind fetches its index files).
 */
export async function pagefindFor(dir: string, basePath: string, htmlLang: string): Promise<PagefindInstance> {
  // pagefind.js keeps its WebAssembly module in module scope, so two instances of one import would share (and corrupt) it:
  // each language gets its own copy of the module, told apart by the query string.
  const url = new URL(`?lang=${encodeURIComponent(htmlLang)}`, pathToFileURL(join(dir, 'pagefind', 'pagefind.js')));
  const module = (await import(url.href)) as PagefindModule;
  const global = globalThis as { document?: unknown };
  global.document = {
    currentScript: null,
    querySelector: (selector: string) => (selector === 'html' ? { getAttribute: (name: string) => (name === 'lang' ? htmlLang : null) } : null),
  };
  let instance: PagefindInstance;
  try {
    // The ranking the site's search dialog sets, so that these results are the ones a reader sees.
    instance = module.createInstance({ basePath, ranking: searchRanking });
  } finally {
    delete global.document;
  }
  await instance.init();
  return instance;
}

/** The result URLs of a query, best first. */
export async function resultUrls(pagefind: PagefindInstance, query: string): Promise<string[]> {
  const { results } = await pagefind.search(query);
  return Promise.all(results.map(async (result) => (await result.data()).url));
}
