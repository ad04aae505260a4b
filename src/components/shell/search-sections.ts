import { searchWords } from './search-words.ts';

/** A section of a page as Pagefind returns it: the heading's URL (with #fragment) and text. */
export interface SearchSection {
  url: string;
  title: string;
}

/** One page's result as the search dialog receives it: its sections, the page's own entry first where Pagefind adds one. */
export interface SearchPage<S extends SearchSection> {
  url: string;
  meta?: { url?: string };
  sub_results: S[];
}

/** Whether a heading holds every word of the query, compared as Pagefind compares them (search-words.ts). */
export function headingHolds(heading: string, query: string, lang: string): boolean {
  const words = searchWords(query, lang);
  const text = searchWords(heading, lang).join(' ');
  return words.length > 0 && words.every((word) => text.includes(word));
}

/**
 * The sections the dialog lists under a page, at most `max`: those whose heading holds the whole query first, in the page's order, then
 * what Pagefind's own `pick` makes of the rest. Pagefind lists the sections with the most matching words in the page's order, so the
 * section titled with the quoted message came after longer ones that only share its words ("connection" in "Cannot connect…").
 */
export function sectionsFirst<S extends SearchSection, P extends SearchPage<S>>(
  page: P,
  query: string,
  lang: string,
  max: number,
  pick: (page: P, max: number) => S[],
): S[] {
  const own = page.meta?.url ?? page.url;
  const titled = page.sub_results.filter((section) => section.url !== own && headingHolds(section.title, query, lang)).slice(0, max);
  const rest = page.sub_results.filter((section) => !titled.includes(section));
  return [...titled, ...pick({ ...page, sub_results: rest }, max - titled.length)];
}
