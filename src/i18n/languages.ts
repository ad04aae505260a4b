/**
 * Languages the site is published in; the default one lives at the site root, the others under /<lang>/.
 * `label` is the language's own name (the language switch), `short` the form a phone's header has room for.
 */
export const languages = {
  en: { label: 'English', short: 'English', htmlLang: 'en', ogLocale: 'en_US' },
  'zh-cn': { label: '简体中文', short: '中文', htmlLang: 'zh-CN', ogLocale: 'zh_CN' },
} as const;

export type Lang = keyof typeof languages;

export const defaultLang: Lang = 'en';

/** True when `value` names a published language. */
export function isLang(value: string): value is Lang {
  return Object.hasOwn(languages, value);
}
