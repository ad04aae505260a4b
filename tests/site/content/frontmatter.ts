/** What the content tests need from an article's frontmatter, read with patterns that match the files' one-line entries. */
export interface Frontmatter {
  /** The frontmatter text between the --- fences. */
  raw: string;
  /** Everything after the closing fence. */
  body: string;
  group: string | null;
  sourceUrls: string[];
}

/** Splits an MDX file into frontmatter and body and reads the sidebar group and the source URLs; throws without a frontmatter block. */
export function readFrontmatter(text: string): Frontmatter {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter block');
  const raw = match[1] ?? '';
  const group = /^sidebar:\s*\{\s*group:\s*([^,}]+?)\s*,/m.exec(raw)?.[1] ?? null;
  const sourcesBlock = /^sources:\n((?:\s+-.*\n?)*)/m.exec(raw)?.[1] ?? '';
  const sourceUrls = [...sourcesBlock.matchAll(/url:\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
  return { raw, body: match[2] ?? '', group, sourceUrls };
}
