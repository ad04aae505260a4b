/** The engine's message catalogue for each language the checker speaks. */
import { en, type Messages } from '../../engine/index.ts';
import type { Lang } from '../../i18n/languages.ts';

export const catalogues: Record<Lang, Messages> = { en };
