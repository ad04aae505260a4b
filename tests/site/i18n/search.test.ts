import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { languages, type Lang } from '../../../src/i18n/languages.ts';
import { assertBuilt, builds } from '../../support/builds.ts';
import { langs, pageRoute, routeUrl } from '../../support/pages.ts';
import { pagefindFor, resultUrls, type PagefindInstance } from '../../support/pagefind.ts';
import { startStaticServer, type StaticServer } from '../../support/server.ts';

/**
 * Per language: queries a reader types, and the page (slug) that answers each, which must come first; queries that two pages answer,
 * and the one the test holds to the first two; pages that must be among the first three (the problem, the symptom's main answer,
 * beside troubleshooting and root cause); then queries whose every result must stay in the language. English words typed on a
 * Chinese page are asked too: Pagefind matches them differently there (it splits the query into words as it does Chinese).
 */
const cases: Record<
  Lang,
  { first: [query: string, slug: string][]; firstTwo: [query: string, slug: string][]; firstThree: [query: string, slug: string][]; anywhere: string[] }
> = {
  en: {
    first: [
      ['glossary', 'glossary'],
      ['compatibility', 'compatibility'],
      ['Connection reset by peer', 'troubleshooting'],
      ['root cause', 'root-cause'],
      ['host-lo-to-ns-lo', 'fix'],
      ['slirp4netns', 'slirp4netns'],
      ['pasta', 'pasta'],
      ['docker info', 'diagnostics'],
      ['upgrade rootlesskit', 'remediation'],
      ['pin passt', 'remediation'],
      ['mtu', 'troubleshooting'],
      ['ipv6', 'troubleshooting'],
      // A driver and a word its page covers: the page whose description names both, not the longer pages that say the word more often.
      ['slirp4netns mtu', 'slirp4netns'],
      ['pasta mtu', 'pasta'],
      ['ipv6 port', 'troubleshooting'],
      // The version commands, before the checker that reads their output.
      ['rootlesskit version', 'diagnostics'],
    ],
    // The general page on port drivers beside slirp4netns's section on its own.
    firstTwo: [
      ['port driver', 'rootless-networking'],
      // Other clients' words for the reset, beside the references that cite them; a release inside a range, beside the fix page.
      ['ECONNRESET', 'troubleshooting'],
      ['ERR_CONNECTION_RESET', 'troubleshooting'],
      ['docker 27.3.1', 'compatibility'],
    ],
    firstThree: [['connection reset by peer', 'problem']],
    anywhere: ['port', 'loopback', 'pasta', 'RootlessKit', 'host-lo-to-ns-lo'],
  },
  'zh-cn': {
    first: [
      ['术语表', 'glossary'],
      ['兼容性', 'compatibility'],
      ['连接被重置', 'troubleshooting'],
      ['根本原因', 'root-cause'],
      ['故障排查', 'troubleshooting'],
      ['检查工具', 'checker'],
      ['host-lo-to-ns-lo', 'fix'],
      ['slirp4netns', 'slirp4netns'],
      ['pasta', 'pasta'],
      ['docker info', 'diagnostics'],
      ['升级', 'remediation'],
      ['upgrade rootlesskit', 'remediation'],
      ['锁定 passt', 'remediation'],
      ['ipv6', 'troubleshooting'],
      // The section on an MTU of 1500, as in English: its summary names the MTU after "、", which counts only as words split as a query is.
      ['mtu', 'troubleshooting'],
      ['slirp4netns mtu', 'slirp4netns'],
      ['pasta mtu', 'pasta'],
      ['ipv6 端口', 'troubleshooting'],
      ['rootlesskit version', 'diagnostics'],
    ],
    // The port drivers' errors on the troubleshooting page beside the page that explains port drivers.
    firstTwo: [
      ['端口驱动', 'rootless-networking'],
      ['ECONNRESET', 'troubleshooting'],
      ['ERR_CONNECTION_RESET', 'troubleshooting'],
      ['docker 27.3.1', 'compatibility'],
    ],
    firstThree: [
      ['连接被重置', 'problem'],
      // Every Chinese page says both words, so the version tables and the fix history come first; the page that reads the running
      // RootlessKit version must be beside them, as its summary names the version commands.
      ['rootlesskit 版本', 'diagnostics'],
    ],
    anywhere: ['端口', '回环', '端口驱动', '命名空间', 'pasta', 'RootlessKit', 'host-lo-to-ns-lo'],
  },
};

// Pagefind keeps one index per <html lang>, and the search a reader opens uses the index of the page's language: the results of an
// English page's search are English pages, those of a Chinese page's search Chinese ones. Both builds, so the base path is covered.
describe.each(builds)('search stays within the reader’s language in the $name build', (build) => {
  assertBuilt(build);
  let server: StaticServer;
  const pagefind = new Map<Lang, PagefindInstance>();

  beforeAll(async () => {
    server = await startStaticServer(build.dir, build.base);
    for (const lang of langs) pagefind.set(lang, await pagefindFor(build.dir, `${server.origin}${build.base}pagefind/`, languages[lang].htmlLang));
  });

  afterAll(async () => {
    for (const instance of pagefind.values()) await instance.destroy();
    await server?.close();
  });

  /** Result URL paths of a query in one language's index. */
  const search = async (lang: Lang, query: string) => (await resultUrls(pagefind.get(lang)!, query)).map((url) => new URL(url).pathname);

  describe.each(langs)('%s', (lang) => {
    test.each(cases[lang].first)('"%s" finds /%s/ first', async (query, slug) => {
      const urls = await search(lang, query);
      expect(urls[0]).toBe(routeUrl(build, lang, slug));
    });

    test.each(cases[lang].firstTwo)('"%s" finds /%s/ among the first two', async (query, slug) => {
      const urls = await search(lang, query);
      expect(urls.slice(0, 2)).toContain(routeUrl(build, lang, slug));
    });

    test.each(cases[lang].firstThree)('"%s" finds /%s/ among the first three', async (query, slug) => {
      const urls = await search(lang, query);
      expect(urls.slice(0, 3)).toContain(routeUrl(build, lang, slug));
    });

    test.each(cases[lang].anywhere)('"%s" finds pages of this language only', async (query) => {
      const urls = await search(lang, query);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((url) => pageRoute(build, url).lang !== lang)).toEqual([]);
    });
  });

  test('a Chinese query finds nothing in the English index, and Chinese pages in the Chinese one', async () => {
    expect(await search('en', '端口')).toEqual([]);
    const urls = await search('zh-cn', '端口');
    expect(urls.length).toBeGreaterThan(3);
    expect(urls).toContain(routeUrl(build, 'zh-cn', 'troubleshooting'));
  });
});
