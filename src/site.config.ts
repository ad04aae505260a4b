/** Sidebar groups in display order; frontmatter `sidebar.group` must be one of these keys (labels live in src/i18n/ui.ts). */
const sidebarGroups = ['Start here', 'How it works', 'Reference'] as const;

export type SidebarGroup = (typeof sidebarGroups)[number];

/** A route outside the content collection (a page of its own in src/pages/) that the navigation lists like an article. */
export interface StandalonePage {
  /** The same in every language: "checker" is /checker/ and /zh-cn/checker/. */
  slug: string;
  group: SidebarGroup;
  /** Sorts among the group's articles, whose order is their frontmatter `sidebar.order`. */
  order: number;
}

/** Site-wide settings: the one place to change the groups, the pages outside the collection, or the edit link. */
export const siteConfig = {
  /** The address canonical URLs, the sitemap and netcheck's links use when SITE_URL is not set. */
  defaultSiteUrl: 'https://rootless-networking.example.org',
  description:
    'How rootless Docker reaches the network (slirp4netns vs pasta), and why a loopback-published port answers "Connection reset by peer".',
  /** Prefix joined with an entry's file path (e.g. "content/en/problem.mdx"); null hides the "Edit this page" link. */
  editBaseUrl: null as string | null,
  sidebarGroups,
  /**
   * Standalone pages, published in every language at the same slug; they join the sidebar, previous/next and the sitemap,
   * with their titles from src/i18n/ui.ts (`pages`). The checker's 1.5 puts it after the start page (1) and before /problem/ (2).
   */
  standalonePages: [{ slug: 'checker', group: 'Start here', order: 1.5 }] as const satisfies readonly StandalonePage[],
};

/** Slugs of the standalone pages; src/i18n/ui.ts must title each of them in every language. */
export type StandaloneSlug = (typeof siteConfig.standalonePages)[number]['slug'];
