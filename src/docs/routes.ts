import { isLang, type Lang } from '../i18n/languages.ts';

/** Language and slug of a collection entry id ("en/problem" → en, "problem"; "en/index" or "en" → en, ""); null when the first segment is not a published language. */
export function routeFromId(id: string): { lang: Lang; slug: string } | null {
  const [first = '', ...rest] = id.split('/');
  if (!isLang(first)) return null;
  const slug = rest.join('/').replace(/(^|\/)index$/, '');
  return { lang: first, slug };
}
