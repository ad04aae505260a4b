import type { Lang } from '../../i18n/languages.ts';
import { parseDocPath } from '../../i18n/urls.ts';

/** The language of the page being rendered, from its URL. */
export function pageLang(url: URL): Lang {
  return parseDocPath(url.pathname, import.meta.env.BASE_URL).lang;
}
