/** The command typed to start dockerd-rootless.sh, settings before it, typed again with its settings changed. */
import { rootlessSettings } from './data/core/docker.ts';
import { ASSIGNMENT, LAUNCHER } from './hand-run.ts';

/** A DOCKERD_ROOTLESS_ROOTLESSKIT_* setting (NAME=value without the prefix) as a shell word: FLAGS quoted, its flags being one value. */
export const assignment = (s: string): string => `${rootlessSettings.prefix}${s.replace(/^FLAGS=(.*)/, "FLAGS='$1'")}`;

// A command typed: what starts the script (exec, sudo as another user, env) as typed, the NAME=value words before the rest (the script and
// its arguments), and each of those words.
const TYPED = new RegExp(String.raw`^(${LAUNCHER})((?:${ASSIGNMENT} +)*)(.*)$`);
const WORD = new RegExp(ASSIGNMENT, 'g');

// The order settings not typed are added in, as the other fixes write them; any other comes after these.
const ADDED_ORDER = ['NET', 'PORT_DRIVER', 'MTU', 'FLAGS'];
/** Where a setting (NAME=value) not typed goes among those added. */
const addedAt = (s: string): number => {
  const at = ADDED_ORDER.indexOf(s.slice(0, s.indexOf('=')));
  return at < 0 ? ADDED_ORDER.length : at;
};

/**
 * The command `typed` (settings typed before dockerd-rootless.sh) with each given DOCKERD_ROOTLESS_ROOTLESSKIT_* setting (NAME=value
 * without the prefix) set in its place, or added after the others where it was not typed (NET, PORT_DRIVER, MTU, FLAGS, then any other);
 * FLAGS left out where it becomes empty.
 */
export const retyped = (typed: string, settings: readonly string[]): string => {
  const [, launcher, words, rest] = TYPED.exec(typed)!;
  let typedWords: string[] = words!.match(WORD) ?? [];
  // Those not typed, by name: a later value of one replaces an earlier.
  const added = new Map<string, string>();
  for (const s of settings) {
    const name = s.slice(0, s.indexOf('='));
    const word = s === 'FLAGS=' ? [] : [assignment(s)];
    const at = typedWords.findIndex((w) => w.startsWith(`${rootlessSettings.prefix}${name}=`));
    if (at >= 0) typedWords = [...typedWords.slice(0, at), ...word, ...typedWords.slice(at + 1)];
    else if (s === 'FLAGS=') added.delete(name);
    else added.set(name, s);
  }
  const after = [...added.values()].sort((x, y) => addedAt(x) - addedAt(y)).map(assignment);
  return `${launcher}${[...typedWords, ...after, rest].join(' ')}`;
};

