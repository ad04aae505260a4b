/** Saved command output as bytes → text, and whether text is text at all, for every face: a dropped file, a paste, netcheck's FILE. */

// What no program prints: NUL and the other controls (not tab, line ends, backspace or a terminal's ESC), unassigned and private-use code
// points, lone surrogates. Not the replacement character: a Latin-1 file's accents become it, and the text around them is still read.
const ODD = /[\0-\x07\x0e-\x1a\x1c-\x1f\x7f-\x9f\p{Cn}\p{Co}\p{Cs}]/gu;
// Of the first characters, how many may be odd: none in saved output, 2 in 100 where a terminal left a NUL on each line; about 10 in 100
// in an image or an archive read as UTF-8, 15 in random UTF-16, half in UTF-16 without its byte-order mark.
const SAMPLE = 4096;
const MAX_ODD = 0.05;

/** Whether text looks like text, pasted or decoded: at most 5 in 100 odd characters (ODD) among its first 4,096 (binary data has more). */
export function looksLikeText(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  return (sample.match(ODD)?.length ?? 0) <= [...sample].length * MAX_ODD;
}

/**
 * The text of saved output: UTF-8, or UTF-16 when it starts with a byte-order mark (Windows PowerShell's `>` writes
 * UTF-16LE); null for binary data.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes);
  return looksLikeText(text) ? text : null;
}
