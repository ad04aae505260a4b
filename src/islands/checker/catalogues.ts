/** The engine's message catalogue for each language the checker speaks. */
import { en, type Messages } from '../../engine/index.ts';
import type { Lang } from '../../i18n/languages.ts';

/** English is required; other languages are added when the engine has their catalogue. */
const catalogues: { en: Messages } & Partial<Record<Lang, Messages>> = { en };

/** The catalogue for `lang`, or English while the engine has none for it. */
export function catalogueFor(lang: Lang): Messages {
  return catalogues[lang] ?? catalogues.en;
}
