/** A heading as Astro reports it from render(entry). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** h2 headings with their h3 headings nested beneath; an h3 before any h2 becomes a top-level entry; other depths are left out. */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    const entry = { slug: heading.slug, text: heading.text, children: [] };
    const parent = toc.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(entry);
    else if (heading.depth === 2 || heading.depth === 3) toc.push(entry);
  }
  return toc;
}

/**
 * Whether the page is made of groups: more than one h2, each holding h3 sections (the troubleshooting page groups its sections by when
 * the problem shows). Its table of contents then sets the group titles apart; a page whose h2s are sections of their own keeps them plain.
 */
export function isGrouped(toc: readonly TocEntry[]): boolean {
  return toc.length > 1 && toc.every((entry) => entry.children.length > 0);
}
