/** Which of the caller's exported variables sudo's options pass on to its command, and whether a shell runs it (sudo(8), data/references.ts sudoPreserveEnv: -E, --preserve-env, --preserve-env=list, -i, -s). */

// sudo's short options that take a value (sudo(8)): in a cluster, the rest of the word is the value, or the next word where nothing follows.
const TAKES_VALUE = /[ugCDhprtUT]/;

/** sudo's options in words `words` (those after `sudo`, up to its command): each long one whole, each short one by its letter, values left out. */
function* sudoOptions(words: readonly string[]): Generator<string> {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--' || !w.startsWith('-')) return;
    if (w.startsWith('--')) {
      yield w;
      continue;
    }
    for (let at = 1; at < w.length; at++) {
      yield w[at]!;
      if (TAKES_VALUE.test(w[at]!)) {
        if (at === w.length - 1) i++;
        break;
      }
    }
  }
}

/**
 * What sudo with option words `words` (those after `sudo`, up to its command) passes on of the caller's exports under env_reset: all of
 * them (-E anywhere in a cluster, `-Eu ci`, or --preserve-env without a list), or only the names its --preserve-env=list options give.
 */
export function sudoPreserves(words: readonly string[]): 'all' | ReadonlySet<string> {
  const listed = new Set<string>();
  for (const o of sudoOptions(words)) {
    if (o === 'E' || o === '--preserve-env') return 'all';
    if (o.startsWith('--preserve-env=')) for (const name of o.slice('--preserve-env='.length).split(',')) listed.add(name);
  }
  return listed;
}

/** Whether sudo with option words `words` runs its command through a shell's -c (-i, --login: the user's login shell; -s, --shell: sudo(8)). */
export const sudoRunsShell = (words: readonly string[]): boolean => [...sudoOptions(words)].some((o) => o === 'i' || o === 's' || o === '--login' || o === '--shell');
