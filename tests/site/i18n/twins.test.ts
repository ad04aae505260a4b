import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlElement, type DOMNode } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../../src/docs/html-text.ts';
import { docsAnchors } from '../../../src/engine/docs-anchors.ts';
import { defaultLang, languages, type Lang } from '../../../src/i18n/languages.ts';
import { assertBuilt, builds, repoRoot } from '../../support/builds.ts';
import { idsOf, parseHtml } from '../../support/html.ts';
import { articleSlugs, langs, listPages, pageRoute, readPage, routeUrl } from '../../support/pages.ts';
import { pinnedAnchors } from '../pinned-anchors.ts';

/** Languages other than English. */
const translations = langs.filter((lang) => lang !== defaultLang);

/** Elements whose text is quoted as typed or printed (commands, error messages), not written in the page's language. */
const quoted = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template']);

/** Elements that end a run of prose: text on either side of one is not one sentence. */
const blocks = new Set(
  'p li td th dt dd h1 h2 h3 h4 h5 h6 div section article aside nav header footer main ul ol dl table tr figure figcaption caption details summary title text desc button label'.split(' '),
);

/** A node's text (character references as written) without anchor links, with each quoted element replaced by U+0000, so neither its characters nor its edges count as prose; a line per block. */
function proseText(node: DOMNode): string {
  if (!(node instanceof HtmlElement)) return node.textContent;
  if (quoted.has(node.tagName)) return '\0';
  // A "#" link to a heading, row, term or entry is the page's chrome, not its prose.
  if ((node.getAttributeValue('class') ?? '').split(' ').includes('anchor')) return '';
  const text = node.childNodes.map(proseText).join('');
  return blocks.has(node.tagName) ? `\n${text}\n` : text;
}

/** The runs of prose of a page: each block's text, decoded, its edges trimmed (the space compressHTML keeps between blocks is not prose). */
function proseRuns(root: HtmlElement): string[] {
  return proseText(root)
    .split('\n')
    .map(htmlToText)
    .filter((run) => run !== '');
}

/** The shell comments of a code block ("# …" at the start of a line or after a space): the part of a command a translation writes. */
function codeComments(pre: HtmlElement): string[] {
  return pre.textContent.split('\n').flatMap((line) => /(?:^|\s)#.*/.exec(htmlToText(line))?.[0] ?? []);
}

const han = '\\p{Script=Han}';
/** Chinese punctuation on a Chinese page: what prose and code comments must not show (each matched with some context). */
const chineseTypography: [rule: string, pattern: RegExp][] = [
  // Full-width ，；（）, never ASCII , ; ( ) glued to a Chinese character ("在宿主机上,以", "RHEL(需要"), nor , ; to Chinese punctuation
  // ("软件包）; "); an ASCII bracket may meet a full-width one where English ends ("user_namespaces(7)）").
  ['ASCII , ; ( ) beside Chinese', new RegExp(`.{0,12}(?:${han}[,;()]|[,;()]${han}|[，。：；、（）][,;]|[,;][，。：；、（）]).{0,12}`, 'u')],
  // English quoted in Chinese takes “…”; a message that itself holds quotes ("pasta" network driver …) keeps them, but not beside Chinese.
  ['ASCII " beside a Chinese character', new RegExp(`.{0,12}(?:${han} ?"|" ?${han}).{0,12}`, 'u')],
  // “ and ” carry their own space: none between them and Chinese text or punctuation (结果就是“Connection reset by peer”。).
  ['a space between “ ” and Chinese', new RegExp(`.{0,12}(?:[${han}，。：；、（）] [“”]|[“”] [${han}，。：；、（）]).{0,12}`, 'u')],
  // Chinese punctuation carries its own space, and two Chinese words take none ("检查你的机器。 把", "端口驱动 有").
  ['a space after Chinese punctuation or between Chinese words', new RegExp(`.{0,12}(?:[，。：；、] |${han} ${han}).{0,12}`, 'u')],
];

// One concept, one word, on every Chinese page (audit 4): the user-space network stack is 用户态 (用户空间 stays the memory's, where splice
// copies nothing to); a git tag is a tag (标签 names GitHub's labels and docker info's Labels); a backport is named from the PR it carries.
const chineseTerms: [rule: string, pattern: RegExp][] = [
  ['用户态, not 用户空间, for the user-space stack', /.{0,12}(?:用户空间.{0,4}(?:TCP|协议栈|网络栈)|在用户空间里?(?:实现|运行)).{0,12}/u],
  ['tag, not 标签, for a git tag', /.{0,12}(?:发布标签|该标签|标签按日期|标签的日期|上游标签|较早的标签|标签日期).{0,12}/u],
  ['a backport named from the PR it carries, not the other way round', /.{0,12}#\d+ 的 backport.{0,12}/u],
];

describe('content/: every article exists in every language', () => {
  test('content/ has a folder per published language and nothing else', () => {
    const folders = readdirSync(join(repoRoot, 'content'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.toSorted()).toEqual([...langs].toSorted());
  });

  test.each(translations)('content/%s has the same files as content/en', (lang) => {
    expect(articleSlugs(lang)).toEqual(articleSlugs(defaultLang));
  });
});

describe.each(builds)('language twins in the $name build', (build) => {
  assertBuilt(build);
  // 404.html is one page for every language (a static host serves one file), so it has no twin.
  const pages = listPages(build)
    .filter((page) => !page.url.endsWith('404.html'))
    .map((page) => ({ ...page, ...pageRoute(build, page.url), root: parseHtml(readPage(page)) }));
  const byLang = (lang: Lang) => pages.filter((page) => page.lang === lang);
  const find = (lang: Lang, slug: string) => pages.find((page) => page.lang === lang && page.slug === slug);

  test('every language has pages', () => {
    for (const lang of langs) expect(byLang(lang).length, lang).toBeGreaterThan(10);
  });

  test.each(translations)('every English page has a %s twin at the same slug, and every %s page an English one', (lang) => {
    expect(byLang(lang).map((page) => page.slug).toSorted()).toEqual(byLang(defaultLang).map((page) => page.slug).toSorted());
  });

  test.each(pages.map((page) => [page.url, page] as const))('%s declares its language on <html>', (_url, page) => {
    expect(page.root.querySelector('html')?.getAttributeValue('lang')).toBe(languages[page.lang].htmlLang);
  });

  const switched = pages.filter((page) => page.root.querySelector('.site-header') !== null);

  test.each(switched.map((page) => [page.url, page] as const))('the language switch on %s leads to the same page in each other language', (_url, page) => {
    const links = page.root.querySelectorAll('.language-switch a');
    const expected = langs.filter((lang) => lang !== page.lang).map((lang) => routeUrl(build, lang, page.slug));
    expect(links.map((link) => link.getAttributeValue('href'))).toEqual(expected);
    for (const link of links) {
      const href = link.getAttributeValue('href') ?? '';
      const target = pageRoute(build, href);
      expect(find(target.lang, target.slug), href).toBeDefined();
      // Named in its own language, and marked so (screen readers switch voice; the Chinese font stack applies).
      expect(link.getAttributeValue('lang')).toBe(languages[target.lang].htmlLang);
      expect(link.getAttributeValue('hreflang')).toBe(languages[target.lang].htmlLang);
      expect(link.getAttributeValue('aria-label')).toBe(languages[target.lang].label);
      expect(link.textContent).toContain(languages[target.lang].label);
    }
  });

  /** The hreflang alternates of a page as hreflang → URL path. */
  const alternates = (page: (typeof pages)[number]) =>
    Object.fromEntries(
      page.root
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .map((link) => [link.getAttributeValue('hreflang') ?? '', new URL(link.getAttributeValue('href') ?? '').pathname]),
    );

  const indexed = pages.filter((page) => page.root.querySelector('meta[name="robots"]') === null);

  test.each(indexed.map((page) => [page.url, page] as const))('%s names itself, its twins and x-default as hreflang alternates, reciprocally', (_url, page) => {
    const own = alternates(page);
    const expected = Object.fromEntries([
      ...langs.map((lang) => [languages[lang].htmlLang, routeUrl(build, lang, page.slug)]),
      ['x-default', routeUrl(build, defaultLang, page.slug)],
    ]);
    expect(own).toEqual(expected);
    for (const lang of langs) {
      const twin = find(lang, page.slug);
      expect(twin && alternates(twin), `${lang} twin`).toEqual(own);
    }
  });

  test.each(translations.flatMap((lang) => byLang(defaultLang).map((page) => [page.url, lang, page] as const)))(
    '%s and its %s twin have the same element ids, so every anchor works in both languages',
    (_url, lang, page) => {
      const twin = find(lang, page.slug);
      expect(twin).toBeDefined();
      expect([...idsOf(twin!.root)].toSorted()).toEqual([...idsOf(page.root)].toSorted());
    },
  );

  const chinese = pages.filter((page) => page.lang === 'zh-cn');

  test.each(chinese.map((page) => [page.url, page] as const))('%s writes Chinese punctuation in its prose and in the comments of its code', (_url, page) => {
    const comments = page.root.querySelectorAll('pre').flatMap(codeComments);
    for (const [rule, pattern] of chineseTypography) {
      expect([...proseRuns(page.root), ...comments].flatMap((run) => pattern.exec(run)?.[0] ?? []), rule).toEqual([]);
    }
  });

  test.each(chinese.map((page) => [page.url, page] as const))('%s names each concept the one way every Chinese page does', (_url, page) => {
    const text = [...proseRuns(page.root), ...page.root.querySelectorAll('.sources a').map((link) => link.textContent)];
    for (const [rule, pattern] of chineseTerms) expect(text.flatMap((run) => pattern.exec(run)?.[0] ?? []), rule).toEqual([]);
  });

  test.each(translations.flatMap((lang) => byLang(defaultLang).map((page) => [page.url, lang, page] as const)))(
    '%s and its %s twin cite the same sources in the same order, the twin naming them in its language',
    (_url, lang, page) => {
      const twin = find(lang, page.slug)!;
      const links = (root: HtmlElement) => root.querySelectorAll('.sources a');
      expect(links(twin.root).map((link) => link.getAttributeValue('href'))).toEqual(links(page.root).map((link) => link.getAttributeValue('href')));
      // "moby/moby#47765：…", not "moby/moby#47765: …": a title's own separator is the language's; a quoted title keeps its colons after it.
      if (lang === 'zh-cn') {
        for (const title of links(twin.root).map((link) => link.textContent)) expect(title.indexOf('：') >= 0 && title.indexOf('：') < title.indexOf(': ') || !title.includes(': '), title).toBe(true);
      }
    },
  );

  // The anchors other documents and the checker's findings link to (English: tests/site/content/built.test.ts).
  const anchors = [...new Set([...pinnedAnchors, ...docsAnchors])];
  test.each(translations.flatMap((lang) => anchors.map((anchor) => [lang, anchor] as const)))('pinned anchor %s: %s exists', (lang, anchor) => {
    const [path = '', id = ''] = anchor.split('#');
    const page = find(lang, path.replace(/^\/|\/$/g, ''));
    expect(page, `${lang} ${path}`).toBeDefined();
    expect(idsOf(page!.root)).toContain(id);
  });
});
