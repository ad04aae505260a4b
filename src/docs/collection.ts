import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/languages.ts';
import { siteConfig } from '../site.config.ts';
import { routeFromId } from './routes.ts';
import { buildSidebar, type NavGroup, type NavItem } from './sidebar.ts';

/** One published doc and where it lives. */
export interface DocPage {
  entry: CollectionEntry<'docs'>;
  lang: Lang;
  slug: string;
}

/** Every doc in the collection with its language and slug; content in an unpublished language fails the build. */
export async function getDocPages(): Promise<DocPage[]> {
  const entries = await getCollection('docs');
  return entries.map((entry) => {
    const route = routeFromId(entry.id);
    if (!route) {
      throw new Error(`${entry.filePath ?? entry.id}: its folder is not a language listed in src/i18n/languages.ts`);
    }
    return { entry, ...route };
  });
}

/** The sidebar for one language, in the group order set in src/site.config.ts. */
export async function getSidebar(lang: Lang): Promise<NavGroup<(typeof siteConfig.sidebarGroups)[number]>[]> {
  const pages = (await getDocPages()).filter((page) => page.lang === lang);
  const items: NavItem[] = pages.map(({ entry, slug }) => ({
    slug,
    title: entry.data.sidebar.label ?? entry.data.title,
    group: entry.data.sidebar.group,
    order: entry.data.sidebar.order,
  }));
  return buildSidebar(items, siteConfig.sidebarGroups);
}

/** Languages other than `lang` that have a page at `slug`. */
export async function translationsOf(lang: Lang, slug: string): Promise<Lang[]> {
  const pages = await getDocPages();
  return pages.filter((page) => page.lang !== lang && page.slug === slug).map((page) => page.lang);
}
