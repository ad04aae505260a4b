/** Site-wide settings: the one place to change the title, groups, or the edit link. */
export const siteConfig = {
  title: 'Rootless Networking Guide',
  description:
    'How rootless Docker reaches the network (slirp4netns vs pasta), and why a loopback-published port answers "Connection reset by peer".',
  /** Prefix joined with an entry's file path (e.g. "content/en/problem.mdx"); null hides the "Edit this page" link. */
  editBaseUrl: null as string | null,
  /** Sidebar groups in display order; frontmatter `sidebar.group` must be one of these keys (labels live in src/i18n/ui.ts). */
  sidebarGroups: ['Start here', 'How it works', 'Reference'] as const,
};

export type SidebarGroup = (typeof siteConfig.sidebarGroups)[number];
