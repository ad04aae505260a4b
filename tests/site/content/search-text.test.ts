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

describe.each(builds)('search text in the $name build', (build) => {
  assertBuilt(build);

  // Table cells and definition-list items are not blocks to text extraction: without whitespace between them, one item's
  // last word and the next one's first became one word in the excerpts.
  test.each(listPages(build))('$url has whitespace between adjacent table cells and definition-list items', (page) => {
    expect(readPage(page).match(/<\/(?:caption|th|td|tr|dt|dd)><(?:th|td|tr|dt|dd)\b[^>]*>/g) ?? []).toEqual([]);
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
