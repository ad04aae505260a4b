import type { SidebarGroup, StandaloneSlug } from '../site.config.ts';
import type { Lang } from './languages.ts';

/** Every string the site chrome shows; each language must provide all of them (a missing one is a type error). */
export interface UiStrings {
  /** The site's name: header, <title> suffix, og:site_name. */
  siteTitle: string;
  skipLink: string;
  /** The second skip link, to the contents column of wide screens. */
  skipToToc: string;
  menu: string;
  mainNav: string;
  search: string;
  searchShortcutHint: string;
  /**
   * Said under "No results" when the query is in the script of the other language (Han on an English page, none on a Chinese one),
   * before a link to the search of that language with the same query.
   */
  searchOther: { text: string; link: string };
  /** The theme button's name before its script has run (it is hidden until then). */
  theme: string;
  /** The theme button's name and tooltip once its script runs: the theme a click shows. */
  switchTheme: { light: string; dark: string };
  onThisPage: string;
  anchorLabel: (heading: string) => string;
  previous: string;
  next: string;
  pagination: string;
  /** Printed right before the date, punctuation included ("Last updated: "). */
  lastUpdated: string;
  editPage: string;
  sources: string;
  copyCode: string;
  copied: string;
  /** Said when the clipboard is unavailable (e.g. a plain-http host) and the code was selected instead. */
  copySelected: string;
  notFoundTitle: string;
  notFoundBody: string;
  notFoundHome: string;
  /**
   * Said around a link's #fragment (shown as code between them) when the article has no such section; `bare` in place of `after` on
   * a page without "On this page" (the embedded checker).
   */
  missingSection: { before: string; after: string; bare: string };
  /** Name of the language switch in the header. */
  languageSwitch: string;
  groups: Record<SidebarGroup, string>;
  /** Sidebar and previous/next titles of the standalone pages (src/site.config.ts). */
  pages: Record<StandaloneSlug, string>;
}

const en: UiStrings = {
  siteTitle: 'Rootless Networking Guide',
  skipLink: 'Skip to content',
  skipToToc: 'Skip to On this page',
  menu: 'Menu',
  mainNav: 'Guide',
  search: 'Search',
  searchShortcutHint: 'Press / or Ctrl K to search',
  searchOther: { text: 'The Chinese pages may have it.', link: 'Search them' },
  theme: 'Theme',
  switchTheme: { light: 'Switch to light theme', dark: 'Switch to dark theme' },
  onThisPage: 'On this page',
  anchorLabel: (heading) => `Link to section: ${heading}`,
  previous: 'Previous',
  next: 'Next',
  pagination: 'More pages',
  lastUpdated: 'Last updated: ',
  editPage: 'Edit this page',
  sources: 'Sources',
  copyCode: 'Copy code',
  copied: 'Copied',
  copySelected: 'Selected: copy it by hand',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. It may have moved; try the search or the guide’s start page.',
  notFoundHome: 'Go to the start page',
  missingSection: {
    before: 'This page has no section ',
    after: '. The link you followed may be older than the page, or mistyped: its sections are listed under “On this page”.',
    bare: '. The link you followed may be older than the page, or mistyped.',
  },
  languageSwitch: 'Language',
  groups: {
    'Start here': 'Start here',
    'How it works': 'How it works',
    Reference: 'Reference',
  },
  pages: {
    checker: 'Checker',
  },
};

const zhCn: UiStrings = {
  siteTitle: 'Rootless 网络指南',
  skipLink: '跳到正文',
  skipToToc: '跳到本页目录',
  menu: '菜单',
  mainNav: '指南',
  search: '搜索',
  searchShortcutHint: '按 / 或 Ctrl K 搜索',
  searchOther: { text: '英文页面中可能有。', link: '搜索英文页面' },
  theme: '主题',
  switchTheme: { light: '切换到浅色主题', dark: '切换到深色主题' },
  onThisPage: '本页内容',
  anchorLabel: (heading) => `本节链接：${heading}`,
  previous: '上一页',
  next: '下一页',
  pagination: '更多页面',
  lastUpdated: '最后更新：',
  editPage: '编辑此页',
  sources: '参考来源',
  copyCode: '复制代码',
  copied: '已复制',
  copySelected: '已选中，请手动复制',
  notFoundTitle: '页面不存在',
  notFoundBody: '这个地址没有页面，可能已经移动。本页顶部的搜索只能找到英文页面：请回到中文版首页，再用那里的搜索查找。',
  notFoundHome: '回到中文版首页',
  missingSection: {
    before: '本页没有 ',
    after: ' 这一节。您打开的链接可能早于本页的修订，或有笔误；本页各节见“本页内容”。',
    bare: ' 这一节。您打开的链接可能早于本页的修订，或有笔误。',
  },
  languageSwitch: '语言',
  groups: {
    'Start here': '从这里开始',
    'How it works': '工作原理',
    Reference: '参考',
  },
  pages: {
    checker: '检查工具',
  },
};

/** UI dictionary keyed by language. */
export const ui: Record<Lang, UiStrings> = { en, 'zh-cn': zhCn };

/** The UI strings for `lang`. */
export function t(lang: Lang): UiStrings {
  return ui[lang];
}
