import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { htmlToText } from '../../../src/docs/html-text.ts';
import { clientResets } from '../../../src/engine/data/index.ts';
import { defaultLang, languages } from '../../../src/i18n/languages.ts';
import { assertBuilt, builds } from '../../support/builds.ts';
import { parseHtml } from '../../support/html.ts';
import { langs, routeUrl } from '../../support/pages.ts';
import { pagefindFor, type PagefindInstance, type PagefindSubResult } from '../../support/pagefind.ts';
import { startStaticServer, type StaticServer } from '../../support/server.ts';

/** One troubleshooting section: its heading id and what a reader would type, the quoted message or else the heading. */
interface Section {
  id: string;
  query: string;
  /** Whether the query is the section's quoted message (the same text in every language) rather than its translated heading. */
  quoted: boolean;
}

/**
 * Sections of the built troubleshooting page in order, one case per quoted error message (the first line of each), or
 * the heading text for a section that quotes none. The sections are the h3s; the h2s are the groups they sit in, which quote nothing.
 */
function sections(root: HtmlElement): Section[] {
  const found: Section[] = [];
  let inSection = false;
  for (const child of root.querySelector('article')?.childElements ?? []) {
    const heading = ['h2', 'h3'].includes(child.tagName) ? child : (child.querySelector('h2') ?? child.querySelector('h3'));
    const id = heading?.getAttributeValue('id');
    if (heading && id) {
      inSection = heading.tagName === 'h3';
      if (inSection) found.push({ id, query: htmlToText(heading.textContent), quoted: false });
      continue;
    }
    const current = inSection ? found.at(-1) : undefined;
    const message = child.classList.contains('error-message') ? child.querySelector('pre') : null;
    if (!current || !message) continue;
    // html-validate's textContent keeps character references: htmlToText decodes them, as a reader sees the text.
    const query = htmlToText(message.textContent.split('\n').find((line) => line.trim() !== '') ?? '').replace(/…/g, ' ').trim();
    if (current.quoted) found.push({ id: current.id, query, quoted: true });
    else Object.assign(current, { query, quoted: true });
  }
  return found;
}

// Each language's troubleshooting page is searched in that language's index, as a reader of that page would (Pagefind picks the index by <html lang>).
describe.each(builds.flatMap((build) => langs.map((lang) => ({ ...build, lang }))))('search in the $name build, $lang', (build) => {
  assertBuilt(build);
  const pageUrl = routeUrl(build, build.lang, 'troubleshooting');
  const troubleshooting = parseHtml(readFileSync(join(build.dir, pageUrl.slice(build.base.length), 'index.html'), 'utf8'));
  const cases = sections(troubleshooting);
  let server: StaticServer;
  let pagefind: PagefindInstance;

  beforeAll(async () => {
    server = await startStaticServer(build.dir, build.base);
    pagefind = await pagefindFor(build.dir, `${server.origin}${build.base}pagefind/`, languages[build.lang].htmlLang);
  });

  afterAll(async () => {
    await pagefind?.destroy();
    await server?.close();
  });

  test('the troubleshooting page has a section per message', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  // Some messages share all their words ("network pasta requires port driver" / "port driver requires pasta network"),
  // so the section only has to be among the three best-scoring parts of the troubleshooting result.
  // That result must come first for every quoted message and every English heading. A translated heading made of common Chinese words
  // ("次要回环地址") may rank a shorter page that repeats those words a little higher, as Pagefind splits Chinese queries into short words:
  // such a heading must bring the troubleshooting page among the first three results, and its section within it.
  test.each(cases)('searching "$query" leads to the troubleshooting page, #$id', async ({ id, query, quoted }) => {
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, 3).map((result) => result.data()));
    const strict = quoted || build.lang === defaultLang;
    const hit = (strict ? data.slice(0, 1) : data).find((result) => result.url === `${server.origin}${pageUrl}`);
    expect(hit?.url, JSON.stringify(data.map((result) => result.url))).toBe(`${server.origin}${pageUrl}`);
    const score = (sub: PagefindSubResult) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
    const best = (hit?.sub_results ?? []).toSorted((a, b) => score(b) - score(a)).slice(0, 3);
    expect(best.map((sub) => sub.url)).toContain(`${server.origin}${pageUrl}#${id}`);
  });

  // Go's, Node.js's and Chromium's words for the reset, which the checker reads (data/core/diagnostics.ts's clientResets): the section on
  // the reset names them, so that a reader who pastes one lands there.
  test.each(clientResets.map((reset) => reset.text))('searching "%s" finds the section on the reset', async (query) => {
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, 2).map((result) => result.data()));
    const hit = data.find((result) => result.url === `${server.origin}${pageUrl}`);
    expect(hit?.sub_results.map((sub) => sub.url), JSON.stringify(data.map((result) => result.url))).toContain(
      `${server.origin}${pageUrl}#connection-reset-by-peer`,
    );
  });
});
