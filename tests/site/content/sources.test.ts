import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { references, rootlesskitAddressing } from '../../../src/engine/data/index.ts';
import { repoRoot } from '../../support/builds.ts';
import { findAddressLiterals } from './address-literals.ts';
import { articles } from './articles.ts';
import { readFrontmatter } from './frontmatter.ts';
import { findVersionLiterals } from './version-literals.ts';

/** Literals that may stay in a file, each with the reason; keep this empty unless a literal truly cannot come from the data module. */
const allowed: readonly { file: string; text: string; reason: string }[] = [];

/**
 * Lines that may keep RootlessKit's addresses as typed, found by a fragment of the line, each with the reason: quoted logs and
 * error messages must stay exactly as they were logged, whatever the data module says today. Both languages quote the same lines.
 */
const quotedAddresses: readonly { file: string; quote: string; reason: string }[] = ['en', 'zh-cn'].flatMap((lang) => [
  { file: `content/${lang}/fix.mdx`, quote: 'Executing [pasta --stderr', reason: 'debug log line quoted from rootlesskit PR #612' },
  { file: `content/${lang}/troubleshooting.mdx`, quote: 'failed to bind host port', reason: 'error message quoted from moby#51591' },
  { file: `content/${lang}/rootless-networking.mdx`, quote: 'description:', reason: 'the frontmatter description is plain text and cannot read facts' },
]);

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

  test.each([...mdxFiles.map((file) => `content/${file}`), ...dataTextFiles])(
    '%s types none of RootlessKit\'s addresses outside quoted logs: they come from rootlesskitAddressing through facts',
    (file) => {
      const lines = scannable(readFileSync(join(repoRoot, file), 'utf8')).split('\n');
      const typed = findAddressLiterals(lines.join('\n'), rootlesskitAddressing).filter(
        (literal) => !quotedAddresses.some((entry) => entry.file === file && lines[literal.line - 1]?.includes(entry.quote)),
      );
      expect(typed).toEqual([]);
    },
  );

  test.each(articles)('$file lists sources, each a reference from the data module', ({ file }) => {
    const { sourceUrls } = readFrontmatter(readFileSync(join(contentDir, 'en', file), 'utf8'));
    expect(sourceUrls.length).toBeGreaterThan(0);
    expect(sourceUrls.filter((url) => !referenceUrls.has(url))).toEqual([]);
  });
});
