import type { SidebarGroup } from '../site.config.ts';
import type { Lang } from './languages.ts';

/** Every string the site chrome shows; each language must provide all of them. */
export interface UiStrings {
  skipLink: string;
  menu: string;
  mainNav: string;
  search: string;
  searchShortcutHint: string;
  darkTheme: string;
  onThisPage: string;
  anchorLabel: (heading: string) => string;
  previous: string;
  next: string;
  pagination: string;
  lastUpdated: string;
  editPage: string;
  sources: string;
  copyCode: string;
  copied: string;
  notFoundTitle: string;
  notFoundBody: string;
  notFoundHome: string;
  languageSwitch: string;
  groups: Record<SidebarGroup, string>;
}

const en: UiStrings = {
  skipLink: 'Skip to content',
  menu: 'Menu',
  mainNav: 'Guide',
  search: 'Search',
  searchShortcutHint: 'Press / or Ctrl K to search',
  darkTheme: 'Dark theme',
  onThisPage: 'On this page',
  anchorLabel: (heading) => `Link to section: ${heading}`,
  previous: 'Previous',
  next: 'Next',
  pagination: 'More pages',
  lastUpdated: 'Last updated',
  editPage: 'Edit this page',
  sources: 'Sources',
  copyCode: 'Copy code',
  copied: 'Copied',
  notFoundTitle: 'Page not found',
  notFoundBody: 'There is no page at this address. It may have moved; try the search or the guide’s start page.',
  notFoundHome: 'Go to the start page',
  languageSwitch: 'Language',
  groups: {
    'Start here': 'Start here',
    'How it works': 'How it works',
    Reference: 'Reference',
  },
};

const zhCn: UiStrings = {
  skipLink: '跳到正文',
  menu: '目录',
  mainNav: '指南',
  search: '搜索',
  searchShortcutHint: '按 / 或 Ctrl K 搜索',
  darkTheme: '深色主题',
  onThisPage: '本页内容',
  anchorLabel: (heading) => `本节链接：${heading}`,
  previous: '上一页',
  next: '下一页',
  pagination: '更多页面',
  lastUpdated: '最后更新',
  editPage: '编辑此页',
  sources: '参考来源',
  copyCode: '复制代码',
  copied: '已复制',
  notFoundTitle: '页面不存在',
  notFoundBody: '这个地址没有页面，可能已经移动。试试搜索，或回到指南首页。',
  notFoundHome: '回到首页',
  languageSwitch: '语言',
  groups: {
    'Start here': '从这里开始',
    'How it works': '原理',
    Reference: '参考',
  },
};

/** UI dictionary keyed by language. */
export const ui: Record<Lang, UiStrings> = { en, 'zh-cn': zhCn };

/** The UI strings for `lang`. */
export function t(lang: Lang): UiStrings {
  return ui[lang];
}
