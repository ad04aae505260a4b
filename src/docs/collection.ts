import { getCollection, type CollectionEntry } from 'astro:content';
import { languages, type Lang } from '../i18n/languages.ts';
import { t } from '../i18n/ui.ts';
import { siteConfig, type SidebarGroup } from '../site.config.ts';
import { routeFromId } from './routes.ts';
import { buildSidebar, type NavGroup, type NavItem } from './sidebar.ts';

/** One published doc and where it lives. */
export interface DocPage {
  entry: CollectionEntry<'docs'>;
  lang: Lang;
  slug: string;
}

/** A page the sitemap and the language switch know: an article, or a standalone page (which has no date). */
export interface SiteRoute {
  lang: Lang;
  slug: string;
  updated?: Date;
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

/** Every published language. */
const allLangs = Object.keys(languages) as Lang[];

/** Every page of the site in every language: the articles, then the standalone pages of src/site.config.ts. */
export async function getRoutes(): Promise<SiteRoute[]> {
  const docs = (await getDocPages()).map(({ lang, slug, entry }) => ({ lang, slug, updated: entry.data.updated }));
  const standalone = allLangs.flatMap((lang) => siteConfig.standalonePages.map(({ slug }) => ({ lang, slug })));
  return [...docs, ...standalone];
}

/** The sidebar for one language, in the group order set in src/site.config.ts: its articles and the standalone pages. */
export async function getSidebar(lang: Lang): Promise<NavGroup<SidebarGroup>[]> {
  const pages = (await getDocPages()).filter((page) => page.lang === lang);
  const items: NavItem[] = pages.map(({ entry, slug }) => ({
    slug,
    title: entry.data.sidebar.label ?? entry.data.title,
    group: entry.data.sidebar.group,
    order: entry.data.sidebar.order,
  }));
  const ui = t(lang);
  const standalone: NavItem[] = siteConfig.standalonePages.map(({ slug, group, order }) => ({ slug, title: ui.pages[slug], group, order }));
  return buildSidebar([...items, ...standalone], siteConfig.sidebarGroups);
}

/** Languages other than `lang` that have a page at `slug`. */
export async function translationsOf(lang: Lang, slug: string): Promise<Lang[]> {
  const routes = await getRoutes();
  return routes.filter((route) => route.lang !== lang && route.slug === slug).map((route) => route.lang);
}
