/** Regexes that find any of many literal words. */

/** A regex source that matches `s` as it is written (its special characters escaped). */
export const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const branches = [...byFirst].map(([first, rests]) => literal(first) + (rests.includes('') ? '' : trie(rests)));
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * A regex that finds every line with any of `words` (for test(): a word that starts another is enough to find), and a few more,
 * but nothing if there are none: each word is looked for from a vowel where it has one (fromVowel). A search tries every first
 * character at each position, and a handful of vowels is tried several times faster than the dozens of characters the words start with.
 */
export function anyOf(words: readonly string[]): RegExp {
  const some = words.filter((w) => w !== '').map(fromVowel);
  return some.length ? new RegExp(trie(some)) : /(?!)/;
}

/**
 * A word from its first vowel (small or capital) with two characters after it and no "-" before it (the whole word if it has none): a
 * short word or a name in capitals is so looked for from a vowel too, sparing every position of a line a test of its consonant (about 7 %
 * of the 1 MB paste's search); a flag's vowel ("--host": "ost") would be found in many lines that have no flag.
 */
const fromVowel = (w: string): string => w.replace(/^[^-]*?(?=[aeiou]..)/i, '');

/**
 * A function that lists which of `words` (none empty) a text contains, by their indices, each once: one search of the text as
 * anyOf's finds every place where one may start, and only the words that may start there are looked for.
 */
export function finder(words: readonly string[]): (text: string) => number[] {
  const keys = words.map(fromVowel);
  const re = new RegExp(trie(keys), 'g');
  // The indices of the keys that start with what the search found, in order, listed the first time it is found.
  const starting = new Map<string, number[]>();
  const startingWith = (start: string): number[] =>
    starting.get(start) ?? starting.set(start, [...keys.keys()].filter((i) => keys[i]!.startsWith(start))).get(start)!;
  return (text) => {
    const found: number[] = [];
    re.lastIndex = 0;
    // Every place a key starts, overlapping ones too ("Cannot connect to the Docker daemon at …" holds two messages that share
    // words). What the search finds there is the shortest key along its path: the words that may start there have keys that start so.
    for (let m = re.exec(text); m; re.lastIndex = m.index + 1, m = re.exec(text)) {
      for (const i of startingWith(m[0])) if (!found.includes(i) && text.includes(words[i]!)) found.push(i);
    }
    return found;
  };
}

/**
 * A function that tells which of the lists of words `lists` a text has a word of, as bits (bit i for lists[i]), each as anyOf(lists[i])
 * finds it: one search of the text for the keys of them all finds every place where one starts (the shortest key that starts there:
 * each key it has is a prefix of every longer one), and only the keys that start with that one are compared there.
 */
export function kindsOf(lists: readonly (readonly string[])[]): (text: string) => number {
  const bits = new Map<string, number>();
  lists.forEach((words, i) => {
    for (const w of words.filter((w) => w !== '').map(fromVowel)) bits.set(w, (bits.get(w) ?? 0) | (1 << i));
  });
  const keys = [...bits.keys()];
  const re = new RegExp(trie(keys), 'g');
  // What the search may find (the keys no other key starts), each with its bits and the longer keys that start with it and theirs, by the
  // character after it: "ocker" (of docker) starts dozens, and the character after it in the text leaves a few to compare.
  const found = new Map(
    keys
      .filter((k) => !keys.some((o) => o !== k && k.startsWith(o)))
      .map((f) => {
        const longer = new Map<string, [string, number][]>();
        for (const k of keys) if (k !== f && k.startsWith(f)) (longer.get(k[f.length]!) ?? longer.set(k[f.length]!, []).get(k[f.length]!)!).push([k, bits.get(k)!]);
        return [f, { bit: bits.get(f)!, longer }];
      }),
  );
  const every = [...bits.values()].reduce((a, b) => a | b, 0);
  return (text) => {
    let kinds = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m && kinds !== every; re.lastIndex = m.index + 1, m = re.exec(text)) {
      const { bit, longer } = found.get(m[0])!;
      kinds |= bit;
      const after = longer.get(text[m.index + m[0].length]!);
      if (after) for (const [key, bit] of after) if ((kinds & bit) !== bit && text.startsWith(key, m.index)) kinds |= bit;
    }
    return kinds;
  };
}
