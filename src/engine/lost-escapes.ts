/** Colour codes whose ESC a copy lost ("[32m rootlesskit:[0m"), taken out so that the words they wrapped are read. */

// One select graphic rendition without its ESC: "[", numbers separated by ";", "m". Not where letters then "]" follow: "[10m]" and
// "[17ms]" are text (times).
const SGR = '(?<!\\x1b)\\[\\d{1,3}(?:;\\d{1,3})*m(?![a-z]*\\])';
const ANY = new RegExp(SGR);
const ALL = new RegExp(SGR, 'g');
// A colour wraps the words it colours: a line that starts or ends with one is coloured, while one inside text ("took [5m 3s]") may be text.
const AT_EDGE = new RegExp(`^\\s*${SGR}|${SGR}\\s*$`);

/** The lines with such codes taken out of each line that starts or ends with one; the others as they are. Mutates `raw`. */
export function withoutLostEscapes(raw: string[], text: string): void {
  // One search over the whole text spares a paste without any (nearly all) the search of each line.
  if (!ANY.test(text)) return;
  // A line without "[" has no code: a search for one character is several times faster than the pattern's.
  for (let i = 0; i < raw.length; i++) if (raw[i]!.includes('[') && AT_EDGE.test(raw[i]!)) raw[i] = raw[i]!.replace(ALL, '');
}
