import { describe, expect, test } from 'vitest';
import { assertBuilt, builds } from '../support/builds.ts';
import { idsOf, parseHtml, referencedUrls } from '../support/html.ts';
import { brokenLinkReason } from '../support/links.ts';
import { listPages, readPage } from '../support/pages.ts';

describe.each(builds)('links in the $name build', (build) => {
  assertBuilt(build);
  const pages = listPages(build).map((page) => ({ ...page, root: parseHtml(readPage(page)) }));
  const targets = { dir: build.dir, base: build.base, idsByFile: new Map(pages.map((page) => [page.file, idsOf(page.root)])) };

  test('has pages to check', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  test.each(pages.map((page) => [page.url, page] as const))('every internal link and fragment on %s resolves', (_url, page) => {
    const urls = referencedUrls(page.root);
    expect(urls.length).toBeGreaterThan(0);
    const broken = urls.flatMap((href) => {
      const reason = brokenLinkReason(href, page.url, targets);
      return reason === null ? [] : [`${href}: ${reason}`];
    });
    expect(broken).toEqual([]);
  });
});
