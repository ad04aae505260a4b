import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { references } from '../../../src/engine/data/index.ts';
import { repoRoot } from '../../support/builds.ts';
import { articles } from './articles.ts';
import { readFrontmatter } from './frontmatter.ts';
import { findVersionLiterals } from './version-literals.ts';

/** Literals that may stay in a file, each with the reason; keep this empty unless a literal truly cannot come from the data module. */
const allowed: readonly { file: string; text: string; reason: string }[] = [];

const contentDir = join(repoRoot, 'content');
const mdxFiles = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
const referenceUrls = new Set<string>(Object.values(references).map((ref) => ref.url));

/** The files that hold text shown on pages next to data (diagram labels, table rows, component strings): they must read versions from the data module too. */
const dataTextDirs = ['src/components/content/data', 'src/components/diagrams/data'];
const dataTextFiles = [
  ...dataTextDirs.flatMap((dir) => readdirSync(join(repoRoot, dir)).map((name) => `${dir}/${name}`)),
  'src/components/content/strings.ts',
];

/**
 * Lines of a file that the scan ignores: the frontmatter's own `updated:` date (a page date, not a release date) and import
 * statements. A source URL that is a reference of the data module (one pinned to a release tag, say) is blanked too: its
 * version comes from urls.ts, and the last test below checks that every source URL is one of those.
 */
function scannable(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^updated:\s/.test(line) || /^import\s/.test(line) ? '' : line))
    .map((line) => line.replace(/url:\s*"([^"]+)"/, (whole, url: string) => (referenceUrls.has(url) ? 'url: ""' : whole)))
    .join('\n');
}

describe('content sources', () => {
  test.each(articles)('$file exists in content/en with sidebar group "$group"', ({ file, group }) => {
    const { group: actual } = readFrontmatter(readFileSync(join(contentDir, 'en', file), 'utf8'));
    expect(actual).toBe(group);
  });

  test.each(mdxFiles)('%s types no version, tag or release date: they come from the data module through <V> or <CodeBlock>', (file) => {
    const literals = findVersionLiterals(scannable(readFileSync(join(contentDir, file), 'utf8'))).filter(
      (literal) => !allowed.some((entry) => entry.file === `content/${file}` && entry.text === literal.text),
    );
    expect(literals).toEqual([]);
  });

  test.each(dataTextFiles)('%s types no version: labels and rows read facts', (file) => {
    expect(findVersionLiterals(scannable(readFileSync(join(repoRoot, file), 'utf8')))).toEqual([]);
  });

  test.each(articles)('$file lists sources, each a reference from the data module', ({ file }) => {
    const { sourceUrls } = readFrontmatter(readFileSync(join(contentDir, 'en', file), 'utf8'));
    expect(sourceUrls.length).toBeGreaterThan(0);
    expect(sourceUrls.filter((url) => !referenceUrls.has(url))).toEqual([]);
  });
});
