import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../../src/docs/html-text.ts';
import { assertBuilt, builds } from '../../support/builds.ts';
import { parseHtml } from '../../support/html.ts';
import { langs, listPages, readPage, routeUrl } from '../../support/pages.ts';

/** The text Pagefind indexed for each page, by URL: what search excerpts are cut from (zero-width word breaks removed). */
function indexedText(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const folder = join(dir, 'pagefind', 'fragment');
  for (const name of readdirSync(folder)) {
    const data = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const fragment = JSON.parse(data.slice(data.indexOf('{'))) as { url: string; content: string };
    texts.set(fragment.url, fragment.content.replace(/\u200b/g, ''));
  }
  return texts;
}

/** The ids of the elements Pagefind indexed on each page, by URL: the anchors a search result can lead to. */
function indexedAnchors(dir: string): Map<string, string[]> {
  const anchors = new Map<string, string[]>();
  const folder = join(dir, 'pagefind', 'fragment');
  for (const name of readdirSync(folder)) {
    const data = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const fragment = JSON.parse(data.slice(data.indexOf('{'))) as { url: string; anchors: { id: string }[] };
    anchors.set(fragment.url, fragment.anchors.map((anchor) => anchor.id));
  }
  return anchors;
}

describe.each(builds)('search text in the $name build', (build) => {
  assertBuilt(build);

  // Table cells and definition-list items are not blocks to text extraction: without whitespace between them, one item's
  // last word and the next one's first became one word in the excerpts.
  test.each(listPages(build))('$url has whitespace between adjacent table cells and definition-list items', (page) => {
    expect(readPage(page).match(/<\/(?:caption|th|td|tr|dt|dd)><(?:th|td|tr|dt|dd)\b[^>]*>/g) ?? []).toEqual([]);
  });

  // /references/ lists every source: repeated on each page, the titles outranked the text and became its excerpt.
  test.each(listPages(build).filter((page) => !page.url.includes('/references/')))("$url's list of sources is not in the index", (page) => {
    const root = parseHtml(readPage(page));
    const indexed = indexedText(build.dir).get(page.url.slice(build.base.length - 1));
    if (!indexed || !root.querySelector('#page-sources')) return;
    expect(indexedAnchors(build.dir).get(page.url.slice(build.base.length - 1))).not.toContain('page-sources');
    // Long titles only: a short one ("splice(2)") may be in the text too.
    const titles = root.querySelectorAll('.sources a').map((a) => htmlToText(a.textContent).replace(/\s+/g, ' ')).filter((title) => title.length > 40);
    for (const title of titles) expect(indexed).not.toContain(title);
  });

  // The checker's "by hand" tables copy /compatibility/'s, row ids and all: a version searched for must lead there.
  test.each(langs)("the %s checker page's copies of the compatibility tables are not in the index", (lang) => {
    const anchors = indexedAnchors(build.dir);
    const rows = (slug: string) => anchors.get(routeUrl(build, lang, slug).slice(build.base.length - 1))!.filter((id) => id.startsWith('docker-'));
    expect(rows('compatibility').length).toBeGreaterThan(5);
    expect(rows('checker')).toEqual([]);
  });

  test.each(langs)('the %s glossary excerpt keeps each term apart from its description', (lang) => {
    const url = routeUrl(build, lang, 'glossary');
    const root = parseHtml(readFileSync(join(build.dir, url.slice(build.base.length), 'index.html'), 'utf8'));
    const text = (element: { textContent: string }) => htmlToText(element.textContent).replace(/\s+/g, ' ');
    // A term's "#" link is left out of the index (data-pagefind-ignore), so the term is compared without it.
    const terms = root.querySelectorAll('dt').map((term) => text({ textContent: term.textContent.replace(term.querySelector('[data-pagefind-ignore]')?.textContent ?? '', '') }));
    const descriptions = root.querySelectorAll('dd').map(text);
    const indexed = indexedText(build.dir).get(url.slice(build.base.length - 1));
    expect(terms.length).toBeGreaterThan(30);
    expect(descriptions.length).toBe(terms.length);
    expect(indexed).toBeDefined();
    // Each term, one space, then the start of its own description: glued ("Rootless modeRunning") they would not match.
    for (const [i, term] of terms.entries()) expect(indexed).toContain(`${term} ${descriptions[i]!.slice(0, 6)}`);
  });
});
