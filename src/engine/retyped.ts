/** The command typed to start dockerd-rootless.sh, settings before it, a Dockerfile's ENV instruction, or a dind-rootless container's docker run, typed again with its settings changed. */
import { envOptions, runsDind, withEnvOptions } from './container.ts';
import { rootlessSettings } from './data/core/docker.ts';
import { envInstruction, envWords } from './dockerfile.ts';
import { ASSIGNMENT, envAfter, keepsCallerRuntimeDir, LAUNCHER, ownRuntimeDir, quotedWord, scriptCommand, shellForSudo, startedAs } from './hand-run.ts';

/** A setting (NAME=value without `prefix`) as a shell word: FLAGS quoted, its flags being one value. */
export const prefixedAssignment = (prefix: string, s: string): string => `${prefix}${s.replace(/^FLAGS=(.*)/, "FLAGS='$1'")}`;
/** A DOCKERD_ROOTLESS_ROOTLESSKIT_* setting (NAME=value without the prefix) as a shell word (prefixedAssignment). */
export const assignment = (s: string): string => prefixedAssignment(rootlessSettings.prefix, s);

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
 * Command line `typed` with the command of its list that runs the script (hand-run.ts scriptCommand, inside a user switch's shell string
 * too) replaced by what `change` makes of it, told the quote of that string, if any.
 */
const inScriptCommand = (typed: string, change: (command: string, quote: string) => string): string => {
  const at = scriptCommand(typed);
  return at === null ? typed : `${typed.slice(0, at.start)}${change(typed.slice(at.start, at.end), at.wrap?.quote ?? '')}${typed.slice(at.end)}`;
};

/**
 * NAME=value words `words` with each given DOCKERD_ROOTLESS_ROOTLESSKIT_* setting (NAME=value without the prefix) written by `word` in its
 * place, or added after the others where it is not there (NET, PORT_DRIVER, MTU, FLAGS, then any other); FLAGS left out where it becomes
 * empty, unless `overrides` (docker run's -e, which must set it empty where the image's ENV sets it).
 */
function withSettings(words: readonly string[], settings: readonly string[], word: (s: string) => string, overrides = false): string[] {
  let typedWords = [...words];
  // Those not typed, by name: a later value of one replaces an earlier.
  const added = new Map<string, string>();
  for (const s of settings) {
    const name = s.slice(0, s.indexOf('='));
    const set = s === 'FLAGS=' ? [] : [word(s)];
    // A word may be quoted whole (docker run's -e 'NAME=a b').
    const at = typedWords.findIndex((w) => w.replace(/^["']/, '').startsWith(`${rootlessSettings.prefix}${name}=`));
    if (at >= 0) typedWords = [...typedWords.slice(0, at), ...set, ...typedWords.slice(at + 1)];
    else if (s === 'FLAGS=' && !overrides) added.delete(name);
    else added.set(name, s);
  }
  return [...typedWords, ...[...added.values()].sort((x, y) => addedAt(x) - addedAt(y)).map(word)];
}

/** A setting (NAME=value without the prefix) as a Dockerfile's ENV word: FLAGS in double quotes, its flags being one value. */
const envAssignment = (s: string): string => `${rootlessSettings.prefix}${s.replace(/^FLAGS=(.*)/, 'FLAGS="$1"')}`;

/**
 * The command `typed` (settings typed before dockerd-rootless.sh, in any command of its list), a Dockerfile's ENV instruction
 * (dockerfile.ts), or docker run's line of a docker:dind-rootless container (its -e options, container.ts), with each given DOCKERD_ROOTLESS_ROOTLESSKIT_* setting (NAME=value without the prefix) set in its place, or added after
 * the others (withSettings); the rest of the line as typed; an ENV instruction of the older form typed again as one that sets pairs.
 */
export const retyped = (typed: string, settings: readonly string[]): string => {
  const env = envInstruction(typed);
  if (env) return `ENV ${withSettings(envWords(env), settings, envAssignment).join(' ')}`;
  if (runsDind(typed)) return withEnvOptions(typed, withSettings(envOptions(typed), settings, assignment, true));
  // Inside a single-quoted shell string (`su - dock -c '…'`), FLAGS is double-quoted, as in an ENV instruction.
  return inScriptCommand(typed, (command, quote) => retypedCommand(command, settings, quote === "'" ? envAssignment : assignment));
};

// A user switch that takes a command's words, without env after its options (what starts the script, hand-run.ts LAUNCHER).
const SWITCH_WITHOUT_ENV = /^(?:exec +)?(?:sudo|runuser|doas|machinectl) (?!.*[ /]env +$)/;
/**
 * retyped, of the one command that runs the script, each setting written by `word`; a setting it adds after a user switch goes after env
 * (runuser, doas and machinectl shell run their first word as the command; sudo sets only the variables sudoers lets it, env any).
 */
const retypedCommand = (command: string, settings: readonly string[], word: (s: string) => string): string => {
  const [, launcher, words, rest] = TYPED.exec(command)!;
  const typedWords = words!.match(WORD) ?? [];
  const set = withSettings(typedWords, settings, word);
  return `${launcher}${set.length > typedWords.length && SWITCH_WITHOUT_ENV.test(launcher!) ? `${envAfter(launcher!)} ` : ''}${[...set, rest].join(' ')}`;
};

/** Command `command` (one that runs the script) with XDG_RUNTIME_DIR set to `dir` first among the settings before it (after env, past a user switch). */
const withRuntimeDir = (command: string, dir: string): string => {
  const [, launcher, words, rest] = TYPED.exec(command)!;
  return `${launcher}${SWITCH_WITHOUT_ENV.test(launcher!) ? `${envAfter(launcher!)} ` : ''}XDG_RUNTIME_DIR=${dir} ${words}${rest}`;
};

/**
 * The command typed that ran the script, as a fix types it again: without exec (typed in the reader's terminal, it would replace the shell
 * the fix's later lines run in); a string sudo -i or -s runs, through a shell's -c (shellForSudo); a word su's -c runs, quoted (quotedWord); through a user switch that passes on the
 * caller's runtime directory, with the user's own set for the run.
 */
export const typedAgain = (pasted: string): string => {
  const typed = quotedWord(shellForSudo(pasted));
  const user = keepsCallerRuntimeDir(typed) ? startedAs(typed)!.user : null;
  return inScriptCommand(typed, (command) => {
    const run = command.replace(/^exec +/, '');
    return user === null ? run : withRuntimeDir(run, ownRuntimeDir(user));
  });
};
