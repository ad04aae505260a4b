/** What the navigation needs to know about one page. */
export interface NavItem {
  slug: string;
  title: string;
  group: string;
  order: number;
}

export interface NavGroup<G extends string> {
  group: G;
  items: NavItem[];
}

/** Pages grouped in `groupOrder`, each group sorted by order then title; empty groups are left out; a page in an unknown group throws. */
export function buildSidebar<G extends string>(items: readonly NavItem[], groupOrder: readonly G[]): NavGroup<G>[] {
  for (const item of items) {
    if (!groupOrder.includes(item.group as G)) {
      throw new Error(`Page "${item.slug || '/'}" is in unknown sidebar group "${item.group}"; known groups: ${groupOrder.join(', ')}`);
    }
  }
  return groupOrder
    .map((group) => ({
      group,
      items: items
        .filter((item) => item.group === group)
        .toSorted((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
    }))
    .filter((group) => group.items.length > 0);
}

/** Every page in sidebar order, for previous/next links. */
export function readingOrder(sidebar: readonly NavGroup<string>[]): NavItem[] {
  return sidebar.flatMap((group) => group.items);
}

/** The pages before and after `slug` in reading order; both undefined when the page is not in the sidebar. */
export function neighbours(order: readonly NavItem[], slug: string): { prev?: NavItem; next?: NavItem } {
  const index = order.findIndex((item) => item.slug === slug);
  if (index === -1) return {};
  return { prev: order[index - 1], next: order[index + 1] };
}
