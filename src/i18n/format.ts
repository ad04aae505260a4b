import { languages, type Lang } from './languages.ts';

/** A calendar date written the way readers of `lang` expect, fixed to UTC so builds do not depend on the machine's zone. */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(languages[lang].htmlLang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The date part of an ISO timestamp, for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
