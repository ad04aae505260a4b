// Punctuation Pagefind drops from a query before it searches (dashes, brackets, quotes, other punctuation), grapheme by grapheme.
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
// Accents Pagefind strips from each word, except the Japanese voicing marks it keeps (pagefind.js normalizeDiacritics).
const MARKS = /(?![\u3099\u309A])\p{M}/gu;
// Languages whose words Pagefind finds with Intl.Segmenter, as they are written without spaces.
const SEGMENTED = ['zh', 'ja', 'th'];

/** Whether Pagefind splits the words of `lang` with a segmenter, as they are written without spaces. */
export function segmentsWords(lang: string): boolean {
  return SEGMENTED.includes(lang.split('-')[0]!.toLowerCase()) && typeof Intl.Segmenter !== 'undefined';
}

/**
 * The words Pagefind searches for when a reader types `text` on a page in `lang` (pagefind.js search(): segmented where the language
 * needs it, punctuation dropped, lower-cased, accents stripped); the same text always gives the same words.
 */
export function searchWords(text: string, lang: string): string[] {
  const parts = segmentsWords(lang) ? Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(text), (part) => part.segment) : [text];
  return parts
    .flatMap((part) => part.replace(PUNCTUATION, '').toLocaleLowerCase().split(/\s+/))
    .map((word) => word.normalize('NFD').replace(MARKS, '').normalize('NFC'))
    .filter((word) => word !== '');
}
