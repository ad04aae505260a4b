import { describe, expect, test } from 'vitest';
import { budgets } from '../support/budgets.ts';
import { assertBuilt, builds } from '../support/builds.ts';
import { parseHtml } from '../support/html.ts';
import { articleUrls, langs, listPages, pageRoute, readPage } from '../support/pages.ts';
import { pageScripts, pageStyles, total } from '../support/weight.ts';

const build = builds[0]!;

describe('size budgets (gzip) of the root build', () => {
  assertBuilt(build);
  const pages = listPages(build);
  // Articles of every language (content/<lang>/*.mdx).
  const articles = articleUrls(build).map((url) => {
    const page = pages.find((candidate) => candidate.url === url);
    if (!page) throw new Error(`article ${url} was not built`);
    return { url, root: parseHtml(readPage(page)) };
  });

  test('every article of every language is built', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const lang of langs) expect(articles.some((article) => pageRoute(build, article.url).lang === lang), lang).toBe(true);
  });

  test.each(articles.map((article) => [article.url, article.root] as const))(
    `article %s loads at most ${budgets.articleJs} B of JavaScript before interaction`,
    (_url, root) => {
      const scripts = pageScripts(build, root);
      expect(scripts.size).toBeGreaterThan(0);
      expect(total(scripts), JSON.stringify(Object.fromEntries(scripts))).toBeLessThanOrEqual(budgets.articleJs);
    },
  );

  test.each(pages.map((page) => [page.url, page] as const))(`%s loads at most ${budgets.css} B of CSS`, (_url, page) => {
    const styles = pageStyles(build, parseHtml(readPage(page)));
    expect(styles.size).toBeGreaterThan(0);
    expect(total(styles), JSON.stringify(Object.fromEntries(styles))).toBeLessThanOrEqual(budgets.css);
  });
});
