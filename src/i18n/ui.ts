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
    Troubleshooting: 'Troubleshooting',
    Reference: 'Reference',
  },
};

/** UI dictionary keyed by language. */
export const ui: Record<Lang, UiStrings> = { en };

/** The UI strings for `lang`. */
export function t(lang: Lang): UiStrings {
  return ui[lang];
}
