/** Which of the caller's exported variables sudo's options pass on to its command (sudo(8), data/references.ts sudoPreserveEnv: -E, --preserve-env, --preserve-env=list). */

// sudo's short options that take a value (sudo(8)): in a cluster, the rest of the word is the value, or the next word where nothing follows.
const TAKES_VALUE = /[ugCDhprtUT]/;

/**
 * What sudo with option words `words` (those after `sudo`, up to its command) passes on of the caller's exports under env_reset: all of
 * them (-E anywhere in a cluster, `-Eu ci`, or --preserve-env without a list), or only the names its --preserve-env=list options give.
 */
export function sudoPreserves(words: readonly string[]): 'all' | ReadonlySet<string> {
  const listed = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--' || !w.startsWith('-')) break;
    if (w === '--preserve-env') return 'all';
    if (w.startsWith('--preserve-env=')) for (const name of w.slice('--preserve-env='.length).split(',')) listed.add(name);
    if (w.startsWith('--')) continue;
    for (let at = 1; at < w.length; at++) {
      if (w[at] === 'E') return 'all';
      if (TAKES_VALUE.test(w[at]!)) {
        if (at === w.length - 1) i++;
        break;
      }
    }
  }
  return listed;
}
