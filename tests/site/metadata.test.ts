import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { defaultLang, languages } from '../../src/i18n/languages.ts';
import { t } from '../../src/i18n/ui.ts';
import { assertBuilt, builds } from '../support/builds.ts';
import { parseHtml } from '../support/html.ts';
import { articleUrls, langs, listPages, pageRoute, readPage, routeUrl, standaloneUrls } from '../support/pages.ts';

describe.each(builds)('metadata of the $name build', (build) => {
  assertBuilt(build);
  const pages = listPages(build).map((page) => ({ ...page, root: parseHtml(readPage(page)) }));
  // Articles of every language: content/en/*.mdx at /, content/zh-cn/*.mdx at /zh-cn/.
  const articles = articleUrls(build);
  const article = (url: string) => {
    const page = pages.find((candidate) => candidate.url === url);
    if (!page) throw new Error(`article ${url} was not built`);
    return page.root;
  };
  const meta = (root: ReturnType<typeof article>, selector: string, attribute = 'content') =>
    root.querySelector(selector)?.getAttributeValue(attribute) ?? null;

  test.each(articles)('%s has a canonical URL, OpenGraph and Twitter metadata under the base, and its language on <html>', (url) => {
    const root = article(url);
    const canonical = meta(root, 'link[rel="canonical"]', 'href');
    expect(canonical).toMatch(/^https?:\/\//);
    expect(new URL(canonical ?? '').pathname).toBe(url);
    expect(meta(root, 'meta[property="og:url"]')).toBe(canonical);
    const title = root.querySelector('h1')?.textContent.trim();
    expect(title).toBeTruthy();
    expect(meta(root, 'meta[property="og:title"]')).toBe(title);
    expect(meta(root, 'meta[name="twitter:title"]')).toBe(title);
    const description = meta(root, 'meta[name="description"]');
    expect(description?.length).toBeGreaterThan(20);
    expect(meta(root, 'meta[property="og:description"]')).toBe(description);
    const { lang } = pageRoute(build, url);
    expect(meta(root, 'html', 'lang')).toBe(languages[lang].htmlLang);
    expect(meta(root, 'meta[property="og:locale"]')).toBe(languages[lang].ogLocale);
  });

  test.each(articles)('%s puts only its article body into the search index', (url) => {
    const indexed = article(url).querySelectorAll('[data-pagefind-body]');
    expect(indexed.map((element) => element.tagName)).toEqual(['article']);
  });

  test('the 404 page is kept out of search engines and the search index', () => {
    const notFound = pages.find((page) => page.url === `${build.base}404.html`);
    expect(notFound).toBeDefined();
    expect(meta(notFound!.root, 'meta[name="robots"]')).toBe('noindex');
    expect(notFound!.root.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
  });

  // A static host serves this one page for a missing address in any language, and it works without JavaScript: each language has its
  // own words, marked with its lang, and a link to its own start page under the base (the header's search finds English pages only).
  test.each(langs.filter((lang) => lang !== defaultLang))('the 404 page speaks %s too, and links to that language’s start page under the base', (lang) => {
    const notFound = pages.find((page) => page.url === `${build.base}404.html`)!;
    const block = notFound.root.querySelector(`article > div[lang="${languages[lang].htmlLang}"]`);
    expect(block?.textContent).toContain(t(lang).notFoundBody);
    expect(block?.querySelectorAll('a').map((link) => link.getAttributeValue('href'))).toEqual([routeUrl(build, lang, '')]);
    expect(notFound.root.querySelector('h1')?.textContent).toContain(t(lang).notFoundTitle);
  });

  // The sitemap grew from the English articles to every language's articles plus the standalone pages (the checker), which the site now lists.
  test('the sitemap lists every article and standalone page of every language, and only those, under the base', () => {
    const sitemap = readFileSync(`${build.dir}/sitemap.xml`, 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
    expect(locs.toSorted()).toEqual([...articles, ...standaloneUrls(build)].toSorted());
  });

  test('robots.txt lets crawlers in and points them to the sitemap by its full URL, base included', () => {
    const robots = readFileSync(`${build.dir}/robots.txt`, 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1] ?? '';
    expect(new URL(sitemap).pathname).toBe(`${build.base}sitemap.xml`);
  });

  // Pagefind builds one index per <html lang>; each holds that language's searchable pages and nothing else.
  test.each(langs)('the %s search index holds every page of that language with a searchable body, its articles included, and nothing else', (lang) => {
    const entry = JSON.parse(readFileSync(`${build.dir}/pagefind/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const searchable = pages.filter((page) => page.root.querySelector('[data-pagefind-body]') !== null && pageRoute(build, page.url).lang === lang);
    expect(searchable.length).toBeGreaterThanOrEqual(articleUrls(build, lang).length);
    expect(entry.languages[languages[lang].htmlLang.toLowerCase()]?.page_count).toBe(searchable.length);
    expect(Object.keys(entry.languages).toSorted()).toEqual(langs.map((each) => languages[each].htmlLang.toLowerCase()).toSorted());
  });
});
