import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HtmlElement } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, builds } from '../../support/builds.ts';
import { parseHtml } from '../../support/html.ts';
import { startStaticServer, type StaticServer } from '../../support/server.ts';

/** The parts of Pagefind's browser API this test drives. */
interface PagefindSubResult {
  url: string;
  weighted_locations: { balanced_score: number }[];
}
interface Pagefind {
  options(options: { basePath: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string; sub_results: PagefindSubResult[] }> }[] }>;
}

/** One troubleshooting section: its heading id and what a reader would type, the quoted message or else the heading. */
interface Section {
  id: string;
  query: string;
}

/** Text as a reader sees it: html-validate's textContent keeps character references, so decode the few that occur. */
function decode(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Sections of the built troubleshooting page in order; the query is the first line of the section's quoted error message, or the heading text. */
function sections(root: HtmlElement): Section[] {
  const found: Section[] = [];
  const quoted = new Set<string>();
  for (const child of root.querySelector('article')?.childElements ?? []) {
    const heading = child.tagName === 'h2' ? child : child.querySelector('h2');
    const id = heading?.getAttributeValue('id');
    if (heading && id && id !== 'page-sources') {
      found.push({ id, query: decode(heading.textContent).trim() });
      continue;
    }
    const current = found.at(-1);
    const message = child.classList.contains('error-message') ? child.querySelector('pre') : null;
    if (current && message && !quoted.has(current.id)) {
      quoted.add(current.id);
      current.query = decode(message.textContent.split('\n').find((line) => line.trim() !== '') ?? '').replace(/…/g, ' ').trim();
    }
  }
  return found;
}

describe.each(builds)('search in the $name build', (build) => {
  assertBuilt(build);
  const troubleshooting = parseHtml(readFileSync(join(build.dir, 'troubleshooting', 'index.html'), 'utf8'));
  const cases = sections(troubleshooting);
  let server: StaticServer;
  let pagefind: Pagefind;

  beforeAll(async () => {
    server = await startStaticServer(build.dir, build.base);
    pagefind = (await import(pathToFileURL(join(build.dir, 'pagefind', 'pagefind.js')).href)) as Pagefind;
    await pagefind.options({ basePath: `${server.origin}${build.base}pagefind/` });
    await pagefind.init();
  });

  afterAll(async () => {
    await server.close();
  });

  test('the troubleshooting page has a section per message', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  // Some messages share all their words ("network pasta requires port driver" / "port driver requires pasta network"),
  // so the section only has to be among the three best-scoring parts of the top result.
  test.each(cases)('searching "$query" leads to /troubleshooting/#$id', async ({ id, query }) => {
    const { results } = await pagefind.search(query);
    const top = await results[0]?.data();
    expect(top?.url).toBe(`${server.origin}${build.base}troubleshooting/`);
    const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
    const best = (top?.sub_results ?? []).toSorted((a, b) => score(b) - score(a)).slice(0, 3);
    expect(best.map((sub) => sub.url)).toContain(`${server.origin}${build.base}troubleshooting/#${id}`);
  });
});
