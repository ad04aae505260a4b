/** Regexes that find any of many literal words. */

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex source that matches any of `words` (none empty), written as a trie: where words share a start, one branch tries it
 * once, so each position of a line costs one test per distinct character rather than one per word.
 */
function trie(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    const rest = byFirst.get(w[0]!) ?? [];
    rest.push(w.slice(1));
    byFirst.set(w[0]!, rest);
  }
  const branches = [...byFirst].map(([first, rests]) => escape(first) + (rests.includes('') ? '' : trie(rests)));
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * A regex that finds every line with any of `words` (for test(): a word that starts another is enough to find), and a few more,
 * but nothing if there are none: each word is looked for from its first vowel with three characters after it. A search tries every
 * first character at each position, and a handful of vowels is tried several times faster than the dozens of letters the words
 * start with.
 */
export function anyOf(words: readonly string[]): RegExp {
  const some = words.filter((w) => w !== '').map((w) => w.replace(/^.*?(?=[aeiou].{3})/, ''));
  return some.length ? new RegExp(trie(some)) : /(?!)/;
}
