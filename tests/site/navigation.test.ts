import { describe, expect, test } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { siteConfig } from '../../src/site.config.ts';
import { assertBuilt, builds } from '../support/builds.ts';
import { parseHtml } from '../support/html.ts';
import { articleUrls, langs, listPages, readPage, routeUrl, standaloneUrls } from '../support/pages.ts';

describe.each(builds)('navigation in the $name build', (build) => {
  assertBuilt(build);
  const pages = listPages(build);
  const parse = (url: string) => {
    const page = pages.find((candidate) => candidate.url === url);
    if (!page) throw new Error(`page ${url} was not built`);
    return [url, parseHtml(readPage(page))] as const;
  };
  const hrefs = (root: ReturnType<typeof parse>[1], selector: string) =>
    root.querySelectorAll(selector).map((link) => link.getAttributeValue('href'));

  describe.each(langs)('%s', (lang) => {
    // The sidebar of a language lists its articles and the standalone pages (src/site.config.ts), all in that language.
    const listed = [...articleUrls(build, lang), ...standaloneUrls(build, lang)].toSorted();
    const articles = articleUrls(build, lang).map(parse);
    const standalone = standaloneUrls(build, lang).map(parse);

    test.each([...articles, ...standalone])('%s is marked current in the sidebar, which lists every page of its language', (url, root) => {
      const sidebar = hrefs(root, '.sidebar a');
      expect(sidebar.toSorted()).toEqual(listed);
      expect(hrefs(root, '.sidebar a[aria-current="page"]')).toEqual([url]);
      expect(hrefs(root, '.mobile-menu a')).toEqual(sidebar);
    });

    test.each([...articles, ...standalone])('%s links to its neighbours in sidebar order', (url, root) => {
      const sidebar = hrefs(root, '.sidebar a');
      const index = sidebar.indexOf(url);
      expect(hrefs(root, '.pager a[rel="prev"]')).toEqual(index > 0 ? [sidebar[index - 1]] : []);
      expect(hrefs(root, '.pager a[rel="next"]')).toEqual(index < sidebar.length - 1 ? [sidebar[index + 1]] : []);
    });

    test.each(siteConfig.standalonePages.map((page) => [page.slug, page] as const))(
      'the standalone page /%s/ is in its sidebar group, under its title in this language',
      (slug, page) => {
        const [, root] = articles[0]!;
        const href = routeUrl(build, lang, slug);
        const groups = root.querySelectorAll('.sidebar .sidebar-groups > li');
        const group = groups.find((candidate) => candidate.querySelectorAll('a').some((link) => link.getAttributeValue('href') === href));
        expect(group?.querySelector('.sidebar-group')?.textContent.trim()).toBe(t(lang).groups[page.group]);
        const link = group?.querySelectorAll('a').find((candidate) => candidate.getAttributeValue('href') === href);
        expect(link?.textContent.trim()).toBe(t(lang).pages[page.slug]);
      },
    );
  });

  test('the checker follows the start page and comes before /problem/ in every language', () => {
    for (const lang of langs) {
      const [, root] = parse(routeUrl(build, lang, ''));
      const sidebar = hrefs(root, '.sidebar a');
      expect(sidebar.slice(0, 3)).toEqual([routeUrl(build, lang, ''), routeUrl(build, lang, 'checker'), routeUrl(build, lang, 'problem')]);
    }
  });
});
