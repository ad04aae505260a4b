import { describe, expect, test } from 'vitest';
import { assertBuilt, builds } from '../support/builds.ts';
import { parseHtml } from '../support/html.ts';
import { articleUrls, listPages, readPage } from '../support/pages.ts';

describe.each(builds)('navigation in the $name build', (build) => {
  assertBuilt(build);
  const pages = listPages(build);
  const articles = articleUrls(build).map((url) => {
    const page = pages.find((candidate) => candidate.url === url);
    if (!page) throw new Error(`article ${url} was not built`);
    return [url, parseHtml(readPage(page))] as const;
  });
  const hrefs = (root: (typeof articles)[number][1], selector: string) =>
    root.querySelectorAll(selector).map((link) => link.getAttributeValue('href'));

  test.each(articles)('%s is marked current in the sidebar, which lists every article', (url, root) => {
    const sidebar = hrefs(root, '.sidebar a');
    expect(sidebar.toSorted()).toEqual(articles.map(([articleUrl]) => articleUrl).toSorted());
    expect(hrefs(root, '.sidebar a[aria-current="page"]')).toEqual([url]);
    expect(hrefs(root, '.mobile-menu a')).toEqual(sidebar);
  });

  test.each(articles)('%s links to its neighbours in sidebar order', (url, root) => {
    const sidebar = hrefs(root, '.sidebar a');
    const index = sidebar.indexOf(url);
    expect(hrefs(root, '.pager a[rel="prev"]')).toEqual(index > 0 ? [sidebar[index - 1]] : []);
    expect(hrefs(root, '.pager a[rel="next"]')).toEqual(index < sidebar.length - 1 ? [sidebar[index + 1]] : []);
  });
});
