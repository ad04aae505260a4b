import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlElement, TextNode, type DOMNode } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { facts } from '../../../src/components/content/facts.ts';
import { PASTA_NAMES } from '../../../src/engine/commands.ts';
import { rangeLabel, rowId } from '../../../src/components/content/range-label.ts';
import { dockerBundles, passtMilestones, passtReleases, rootlesskitReleases } from '../../../src/engine/data/index.ts';
import { docsAnchors } from '../../../src/engine/docs-anchors.ts';
import { assertBuilt, builds, repoRoot } from '../../support/builds.ts';
import { idsOf, parseHtml } from '../../support/html.ts';
import { listPages, readPage } from '../../support/pages.ts';
import { pinnedAnchors } from '../pinned-anchors.ts';
import { articles, articleUrl } from './articles.ts';
import { readFrontmatter } from './frontmatter.ts';

/** The diagrams the guide must show, by figure id. */
const diagramIds = ['architecture', 'slirp-builtin', 'pasta-before', 'pasta-after', 'pasta-flag', 'timeline'];

/** Whitespace-normalised text of an element. */
const text = (element: HtmlElement | null): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A command-line option in running text: a word that starts with one or two hyphens and a letter ("--host-lo-to-ns-lo", "-p"). */
const optionPattern = /(?<![^\s(（"“\p{Script=Han}])--?[a-z][\w-]*/giu;

/** The options written as plain text (not inside code, kbd, samp or time) under a node. */
function plainOptions(node: DOMNode): string[] {
  if (node instanceof TextNode) return [...node.textContent.matchAll(optionPattern)].map((match) => match[0]);
  if (node instanceof HtmlElement && ['code', 'kbd', 'samp', 'time'].includes(node.tagName)) return [];
  return node.childNodes.flatMap(plainOptions);
}

describe.each(builds)('content in the $name build', (build) => {
  assertBuilt(build);
  const cache = new Map<string, HtmlElement>();
  /** The parsed page for a slug, read once. */
  const page = (slug: string): HtmlElement => {
    const cached = cache.get(slug);
    if (cached) return cached;
    const file = join(build.dir, slug, 'index.html');
    if (!existsSync(file)) throw new Error(`${articleUrl(build.base, slug)} was not built (${file})`);
    const root = parseHtml(readFileSync(file, 'utf8'));
    cache.set(slug, root);
    return root;
  };

  test.each(articles)('/$slug/ is built and linked from the sidebar', ({ slug }) => {
    const sidebar = page(slug).querySelectorAll('.sidebar a').map((link) => link.getAttributeValue('href'));
    for (const article of articles) expect(sidebar).toContain(articleUrl(build.base, article.slug));
  });

  test.each([...new Set([...pinnedAnchors, ...docsAnchors])])('%s exists', (anchor) => {
    const [path = '', id = ''] = anchor.split('#');
    expect(idsOf(page(path.replace(/^\/|\/$/g, '')))).toContain(id);
  });

  test.each(articles)('/$slug/ renders its frontmatter sources as a Sources list', ({ slug, file }) => {
    const { sourceUrls } = readFrontmatter(readFileSync(join(repoRoot, 'content', 'en', file), 'utf8'));
    const rendered = page(slug).querySelectorAll('.sources a').map((link) => link.getAttributeValue('href'));
    expect(rendered).toEqual(sourceUrls);
  });

  test.each(articles)('/$slug/: every diagram has an accessible name, a description and a text version', ({ slug }) => {
    const root = page(slug);
    for (const svg of root.querySelectorAll('svg[role="img"]')) {
      const labelledBy = (svg.getAttributeValue('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const name = labelledBy.map((id) => text(root.querySelector(`[id="${id}"]`))).join(' ') || (svg.getAttributeValue('aria-label') ?? '');
      expect(name.trim(), `diagram on /${slug}/ has no accessible name`).not.toBe('');
      const describedBy = svg.getAttributeValue('aria-describedby') ?? '';
      expect(text(root.querySelector(`[id="${describedBy}"]`)), `diagram on /${slug}/ has no description`).not.toBe('');
      const figure = svg.closest('figure');
      expect(figure?.querySelectorAll('details li').length ?? 0, `diagram on /${slug}/ has no text version`).toBeGreaterThan(0);
    }
  });

  test('every diagram appears on some page', () => {
    const figures = articles.flatMap(({ slug }) => page(slug).querySelectorAll('figure.diagram').map((f) => f.getAttributeValue('id')));
    expect(figures.toSorted()).toEqual(expect.arrayContaining(diagramIds.map((id) => `figure-${id}`)));
  });

  test('the Docker → RootlessKit table on /compatibility/ has every row of dockerBundles', () => {
    const table = page('compatibility').querySelector('[data-table="docker-rootlesskit"]');
    expect(table).not.toBeNull();
    for (const bundle of dockerBundles) {
      const row = table?.querySelector(`[id="${rowId(bundle.first)}"]`) ?? null;
      expect(text(row?.querySelector('th') ?? null)).toBe(rangeLabel(bundle.first, bundle.last));
      expect(text(row)).toContain(bundle.rootlesskit);
    }
    expect(table?.querySelectorAll('tbody tr').length).toBe(dockerBundles.length);
  });

  test('/compatibility/ lists every passt milestone, and its timeline every dated release', () => {
    const root = page('compatibility');
    const milestones = text(root.querySelector('[data-table="passt-milestones"]'));
    for (const milestone of Object.values(passtMilestones)) expect(milestones).toContain(milestone.version);
    const timeline = text(root.querySelector('#figure-timeline details'));
    for (const release of passtReleases) expect(timeline).toContain(release.tag);
    for (const release of rootlesskitReleases) expect(timeline).toContain(`v${release.version}`);
  });

  // A table keeps code on one line (article.css) and scrolls in its region instead; an option written as plain text would break at its hyphens.
  test.each(listPages(build).map((built) => built.url))('%s: every option named in a table is code, so that it never breaks across lines', (url) => {
    const built = listPages(build).find((candidate) => candidate.url === url);
    const root = parseHtml(built ? readPage(built) : '');
    const plain = root.querySelectorAll('table caption, table th, table td').flatMap((cell) => plainOptions(cell).map((option) => `${option} in "${text(cell).slice(0, 60)}"`));
    expect(plain).toEqual([]);
  });

  test('versions on the pages are the ones in the data module', () => {
    const home = text(page(''));
    expect(home).toContain(`Docker ${facts.dockerFixed}`);
    expect(home).toContain(`v${facts.rlkFixed}`);
    expect(text(page('fix'))).toContain(facts.passtChange);
  });

  // On x86-64 with AVX2, pasta runs as passt.avx2 or pasta.avx2, and ps -C selects by that name: "ps -C pasta" finds nothing there.
  test.each(listPages(build).map((built) => built.url))('%s: every command that looks for pasta with ps -C names its AVX2 builds too', (url) => {
    const built = listPages(build).find((candidate) => candidate.url === url);
    const commands = parseHtml(built ? readPage(built) : '').querySelectorAll('pre, code').flatMap((element) => element.textContent.match(/ps -o args= -C pasta[\w.,]*/g) ?? []);
    expect(commands.filter((command) => command !== `ps -o args= -C ${PASTA_NAMES}`)).toEqual([]);
  });

  test("the docker version sample on /diagnostics/ keeps docker's indentation, the first line's too", () => {
    const sample = page('diagnostics').querySelectorAll('pre').find((pre) => pre.textContent.includes('NetworkDriver:'));
    expect(sample?.textContent).toMatch(/^ rootlesskit:\n {2}Version: +\d/);
  });

  test('each troubleshooting section heading and quoted message is inside the search-indexed body', () => {
    const root = page('troubleshooting');
    const body = root.querySelector('[data-pagefind-body]');
    const sections = pinnedAnchors.filter((anchor) => anchor.startsWith('/troubleshooting/#')).map((anchor) => anchor.split('#')[1] ?? '');
    expect(sections.length).toBeGreaterThan(10);
    expect(body === null ? [] : [...idsOf(body)]).toEqual(expect.arrayContaining(sections));
    const messages = (scope: HtmlElement | null) => (scope?.querySelectorAll('.error-message') ?? []).length;
    expect(messages(root)).toBeGreaterThan(10);
    expect(messages(body)).toBe(messages(root));
  });
});
