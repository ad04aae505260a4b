/** Saved command output as bytes → text, and whether text is text at all, for every face: a dropped file, a paste, netcheck's FILE. */

// What no program prints: NUL and the other C0 controls (not tab, line ends, backspace or a terminal's ESC), DEL, unassigned and
// private-use code points, lone surrogates. Not the C1 controls (U+0080–U+009F): text decoded as Latin-1 on its way to the paste turns
// cp1252's smart quotes and dashes into them, a few to a line, and the text around them is still read. Not the replacement character
// either: a Latin-1 file's accents become it.
const ODD = /[\0-\x07\x0e-\x1a\x1c-\x1f\x7f\p{Cn}\p{Co}\p{Cs}]/gu;
// Of the first characters, how many may be odd: none in saved output, 2 in 100 where a terminal left a NUL on each line; about 10 in 100
// in an image or an archive read as UTF-8, 15 in random UTF-16, half in UTF-16 without its byte-order mark.
const SAMPLE = 4096;
const MAX_ODD = 0.05;

/** What binary data is told by, in text's first 4,096 characters: how many there are, and how many are odd (ODD), NUL or another. */
export interface OddCount {
  chars: number;
  nul: number;
  other: number;
}

/** The odd characters (ODD) among text's first 4,096, NUL counted apart from the others. */
export function countOdd(text: string): OddCount {
  const sample = text.slice(0, SAMPLE);
  const odd = sample.match(ODD) ?? [];
  const nul = odd.filter((c) => c === '\0').length;
  return { chars: [...sample].length, nul, other: odd.length - nul };
}

/** Whether text looks like text, pasted or decoded: at most 5 in 100 odd characters (ODD) among its first 4,096 (binary data has more). */
export function looksLikeText(text: string): boolean {
  const { chars, nul, other } = countOdd(text);
  return nul + other <= chars * MAX_ODD;
}

/**
 * Saved output's bytes as text: UTF-8, or UTF-16 when they start with a byte-order mark (Windows PowerShell's `>` writes UTF-16LE).
 * Whether that is text at all is looksLikeText's to say.
 */
export function decodeBytes(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** The text of saved output (decodeBytes); null for binary data. */
export function decodeText(bytes: Uint8Array): string | null {
  const text = decodeBytes(bytes);
  return looksLikeText(text) ? text : null;
}
