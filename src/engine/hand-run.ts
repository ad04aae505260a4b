/** Whether a line runs dockerd-rootless.sh by hand: typed at a prompt, or traced, after the settings typed for that run alone if any. */
import { atPrompt, type Line } from './clean.ts';
import { rootlessSettings } from './data/core/docker.ts';
import { listShape } from './shell-list.ts';
import { sudoPreserves, sudoRunsShell } from './sudo-env.ts';

// The script's name, which RUN asks of a line; the user service's journal names its process (run by hand, its lines have no such prefix).
const SCRIPT = 'dockerd-rootless.sh';
export const UNIT_LOG = `${SCRIPT}[`;
// A NAME=value word as the shell reads it: a quoted part of the value may hold blanks (FLAGS="--mtu=1500 --disable-host-loopback").
// Each part starts with its own character (a quote of either kind, or another), so the pattern never tries one text two ways.
export const ASSIGNMENT = String.raw`\w+=(?:"[^"]*"|'[^']*'|[^\s"'])*`;
// What may start the script before its settings: exec, sudo as another user with its options (`-u dock -H`, `-iu dock`, `--login`; an
// option's last letter tells whether a value follows, so each is read one way), then env.
const SUDO_OPTION = String.raw`-[A-Za-z]*[ugCDhprtUT] +[^\s-]\S*|-[A-Za-z]*[ABE-SV-Zabcefijklmnoqsv-z]|--[\w-]+(?:=\S+)?`;
const SUDO = String.raw`sudo(?: +(?:${SUDO_OPTION}))* +`;
// runuser as another user with a command's words (`runuser -u dock -- env …`: -u runs the command itself, no shell; data/references.ts
// utilLinuxRunuser), its options read as sudo's are.
const RUNUSER = String.raw`runuser(?: +(?:${SUDO_OPTION}))* +(?:-- +)?`;
// doas as another user (doas(1): -u, -C and -a take a value; data/references.ts doasManual), and machinectl shell as USER@ (its login session,
// data/references.ts machinectlShell), each running the command's words.
const DOAS = String.raw`doas(?: +(?:-[Lns]*[aCu] +[^\s-]\S*|-[Lns]+))* +`;
const MACHINECTL_OPTION = String.raw`(?: +(?:-E +\S+|--[\w-]+=\S+|-q))*`;
const MACHINECTL = String.raw`machinectl${MACHINECTL_OPTION} +shell${MACHINECTL_OPTION} +[a-z_][\w.-]*@\S* +`;
const SWITCH = String.raw`(?:${SUDO}|${RUNUSER}|${DOAS}|${MACHINECTL})`;
export const LAUNCHER = String.raw`(?:exec +)?${SWITCH}?(?:(?:(?:\/usr)?\/bin\/)?env +)?`;
const THROUGH_SWITCH = new RegExp(String.raw`^(?:exec +)?(${SWITCH})`);
// A user switch whose command is one shell string: sudo or runuser -u running a shell with -c (`sudo -u dock bash -lc '…'`), or su or
// runuser naming the user, -c before the string (`su - dock -c '…'`, `runuser -l dock -c '…'`); its text up to the string, the user su
// names, and the string's quote.
const SU_OPTION = String.raw`-[lmpfP]*|--[\w-]+(?:=\S+)?|-[gGsw] +\S+`;
const WRAP_HEAD = String.raw`^(?:exec +)?(${SWITCH}(?:env +)?(?:\S*\/)?(?:ba|da|k|z)?sh(?: +-[a-z]+)*? +-[a-z]*c +|(?:su|runuser)(?: +(?:${SU_OPTION}))* +([a-z_][\w.-]*)(?: +(?:${SU_OPTION}))* +-c +)`;
const WRAP = new RegExp(String.raw`${WRAP_HEAD}(['"])`);
// The same with the string one word unquoted, the command's last (`su ci -c dockerd-rootless.sh`): -c takes that word alone.
const WRAP_WORD = new RegExp(String.raw`${WRAP_HEAD}([^\s'"]+)$`);
// su or runuser with -c before the user it names, which util-linux reads as well (`su - -c '…' dock`): its text up to the string, and
// after the string's closing quote, its options and the user.
const STRING_FIRST = new RegExp(String.raw`^(?:exec +)?((?:su|runuser)(?: +(?:${SU_OPTION}))*) +-c +(['"])`);
const USER_AFTER = new RegExp(String.raw`^(?: +(?:${SU_OPTION}))* +([a-z_][\w.-]*)(?: +(?:${SU_OPTION}))*$`);
// sudo running its command through a shell (-i, -s: sudo-env.ts sudoRunsShell), that command one quoted word (`sudo -iu dock '…'`): its
// text up to the string, and the string's quote. sudo hands the shell that word with its blanks escaped, one command's name (sudo(8),
// data/references.ts sudoPreserveEnv): the string runs as the user meant only through a shell's -c, which a fix types before it.
const SUDO_STRING = new RegExp(String.raw`^(?:exec +)?(${SUDO})(['"])`);
/** SUDO_STRING's match in command `text`, where sudo's options run its command through a shell; null otherwise. */
const sudoString = (text: string): RegExpExecArray | null => {
  const m = SUDO_STRING.exec(text);
  return m && sudoShell(m[1]!) ? m : null;
};
// The script run by hand, after the settings for that run alone if any (`NAME=value … dockerd-rootless.sh`, `env NAME=value …`), and
// before its arguments, the next command (`; echo`, `&& …`) or a redirection.
const RUN = new RegExp(String.raw`^${LAUNCHER}(?:${ASSIGNMENT} +)*(?:nohup +)?(?:\S*\/)?dockerd-rootless\.sh(?:[\s;&|>]|$)`);

/** Whether a line is the shell's trace of a command (a CI job's, a script's) outside the user service's journal: one run by hand, as if typed. */
export const traced = (l: Line): boolean => !!l.prefix?.endsWith('+ ') && !l.prefix.includes(UNIT_LOG);
/** Where a line runs the script: the command that does (its blanks left out), and the user switch around it that runs it as a shell string (WRAP). */
export interface ScriptAt {
  start: number;
  end: number;
  /** The switch's text up to the string, the user su or runuser names before -c, and the string's quote; null where the command is the line's own. */
  wrap: { head: string; user: string | undefined; quote: string } | null;
}

/** The first of what `found` makes of the commands of command line `t` (at `from` in its line), each with its blanks left out and where it starts. */
function inList<T>(t: string, from: number, found: (text: string, at: number) => T | null): T | null {
  for (const c of listShape(t).commands) {
    const text = t.slice(c.start, c.end);
    const r = found(text.trim(), from + c.start + text.length - text.trimStart().length);
    if (r) return r;
  }
  return null;
}

/**
 * Where in command line `t` the command of its list that runs the script (after the settings for that run, if any) starts and ends, its
 * blanks left out (`cd ~; NAME=value dockerd-rootless.sh &`: the second), or that command inside the shell string a user switch runs
 * (`su - dock -c 'export …; dockerd-rootless.sh'`: the last); null where none does (most lines name no script: one search spares them the rest).
 */
export function scriptCommand(t: string): ScriptAt | null {
  if (!t.includes(SCRIPT)) return null;
  return inList(t, 0, (text, from) => {
    if (RUN.test(text)) return { start: from, end: from + text.length, wrap: null };
    const s = shellString(text);
    if (!s || s.to <= s.from) return null;
    const at = inList(text.slice(s.from, s.to), from + s.from, (inner, start) => (RUN.test(inner) ? { start, end: start + inner.length } : null));
    return at && { ...at, wrap: s.wrap };
  });
}

/**
 * The shell string a user switch runs in command `text` (WRAP, or su's string before its user: STRING_FIRST), where it starts and ends, and
 * the switch as WRAP reads it (su's text up to -c with the user before it: `su - -c '…' dock` is run as `su - dock -c '…'`); null without one.
 */
function shellString(text: string): { from: number; to: number; wrap: NonNullable<ScriptAt['wrap']> } | null {
  const m = WRAP.exec(text);
  if (m) return text.endsWith(m[3]!) ? { from: m[0].length, to: text.length - 1, wrap: { head: m[1]!, user: m[2], quote: m[3]! } } : null;
  const word = WRAP_WORD.exec(text);
  if (word) return { from: text.length - word[3]!.length, to: text.length, wrap: { head: word[1]!, user: word[2], quote: '' } };
  // sudo -i or -s with the string alone: read as the shell's -c a fix types before it (shellForSudo).
  const bySudo = sudoString(text);
  if (bySudo) return text.endsWith(bySudo[2]!) ? { from: bySudo[0].length, to: text.length - 1, wrap: { head: `${bySudo[1]}sh -c `, user: undefined, quote: bySudo[2]! } } : null;
  const first = STRING_FIRST.exec(text);
  const close = first ? text.lastIndexOf(first[2]!) : -1;
  const user = first && USER_AFTER.exec(text.slice(close + 1))?.[1];
  return user ? { from: first[0].length, to: close, wrap: { head: `${first[1]} ${user} -c `, user, quote: first[2]! } } : null;
}
/**
 * Command line `t` with the one word a user switch's -c runs, where it runs the script unquoted (WRAP_WORD), in single quotes, as a fix
 * types it (a setting it adds makes it more than one word); as typed otherwise.
 */
export const quotedWord = (t: string): string => {
  const at = scriptCommand(t);
  return at?.wrap?.quote === '' ? `${t.slice(0, at.start)}'${t.slice(at.start, at.end)}'${t.slice(at.end)}` : t;
};
/** Command line `t` with `sh -c` before the string that sudo -i or -s runs in the command that runs the script (SUDO_STRING); as typed otherwise. */
export const shellForSudo = (t: string): string => {
  const at = t.includes(SCRIPT) ? inList(t, 0, (text, from) => (text.includes(SCRIPT) ? ((m) => m && from + m[0].length - 1)(sudoString(text)) : null)) : null;
  return at === null ? t : `${t.slice(0, at)}sh -c ${t.slice(at)}`;
};
/** What starts the script in the command of line `t` that runs it (exec, a user switch, env, the settings): its text before the script's name; null without one. */
const launch = (t: string): string | null => {
  const at = scriptCommand(t);
  return at && `${at.wrap?.head ?? ''}${t.slice(at.start, t.indexOf(SCRIPT, at.start))}`;
};
// The option of sudo, runuser or doas that names the user (-u NAME, -uNAME, -iu NAME, --user=NAME), or machinectl shell's USER@.
const SWITCH_USER = /\s(?:-[A-Za-z]*u *|--user[= ])([^\s-]\S*)|^ machinectl .*?\s([a-z_][\w.-]*)@/;
/**
 * The user switch that starts the script in line `t` as another user, with its options (`sudo -u dock -H `; through -c where it runs a
 * shell string: `su - dock -c `), whether it runs one, and the user; empty, with no user, where none does; null where no command runs the script.
 */
function switchOf(t: string): { prefix: string; quoted: boolean; user: string | undefined } | null {
  const at = scriptCommand(t);
  if (!at) return null;
  const prefix = at.wrap?.head ?? THROUGH_SWITCH.exec(t.slice(at.start, t.indexOf(SCRIPT, at.start)))?.[1] ?? '';
  const named = SWITCH_USER.exec(` ${prefix}`);
  return { prefix, quoted: !!at.wrap, user: at.wrap?.user ?? named?.[1] ?? named?.[2] };
}
// A DOCKERD_ROOTLESS_ROOTLESSKIT_* setting typed before the script, for that run alone.
const TYPES_SETTINGS = new RegExp(String.raw`^${LAUNCHER}(?:${ASSIGNMENT} +)*${rootlessSettings.prefix}\w+=`);
/** Whether command `command` (one that runs the script) types settings before it, for that run alone. */
export const typesSettings = (command: string): boolean => TYPES_SETTINGS.test(command);
/** Whether a line's text runs the script, in any command of its list, not as root (a switch naming no user, which the script refuses: run-as-root). */
export const runs = (t: string): boolean => {
  const as = switchOf(t);
  return !!as && (!as.prefix || !!as.user);
};
// What keeps none of the caller's environment: su or runuser with -, -l or --login, which start a login shell that clears it (su and
// runuser without them keep it, but HOME, SHELL, USER and LOGNAME), doas, which starts a new one (doas.conf's keepenv, which a paste does
// not show, aside), and machinectl shell, a new login session (data/references.ts: utilLinuxSu, utilLinuxRunuser, doasManual, machinectlShell).
const RESETS = /^(?:(?:su|runuser) (?:.* )?(?:-l?|--login) |doas |machinectl )/;
const SUDO_WORDS = /^(?:exec +)?sudo +(.*)$/;
/** Whether user switch `prefix` (its text up to the command) is sudo running the command through a shell's -c: -i or -s (sudo-env.ts sudoRunsShell). */
export const sudoShell = (prefix: string): boolean => {
  const words = SUDO_WORDS.exec(prefix)?.[1];
  return words !== undefined && sudoRunsShell(words.trim().split(/ +/));
};
const DOAS_PREFIX = /^(?:exec +)?doas /;
/**
 * What of the shell's exports the user switch starting the script in line `t` passes on: all of them (none, or one that keeps them), or
 * only the names it lists (sudo's env_reset, bar --preserve-env's list: sudo-env.ts; data/references.ts sudoersEnvReset, sudoPreserveEnv).
 */
export function exportsKept(t: string): 'all' | ReadonlySet<string> {
  const prefix = switchOf(t)?.prefix ?? '';
  if (RESETS.test(prefix)) return new Set();
  const sudo = SUDO_WORDS.exec(prefix);
  return sudo ? sudoPreserves(sudo[1]!.split(/ +/)) : 'all';
}
/** Whether a line that runs the script (runs) starts it through a user switch that drops some or all of the shell's exports. */
export const dropsExports = (t: string): boolean => exportsKept(t) !== 'all';
/** Whether a line runs the script by hand: typed at a prompt, or traced. */
export const handRun = (l: Line): boolean => runs(l.trimmed) && (atPrompt(l) || traced(l));
// A user's own runtime directory as a fix types it (ownRuntimeDir), or a plain path.
const RUNTIME_DIR = /(?:^|\s)XDG_RUNTIME_DIR=("\/run\/user\/\$\(id -u [\w.-]+\)"|[\w./-]+(?=\s|$))/;
/** The runtime directory line `t` types for the run (XDG_RUNTIME_DIR=/run/user/1001), where it is a plain path or ownRuntimeDir's; null otherwise. */
export const runtimeDirOf = (t: string): string | null => RUNTIME_DIR.exec(launch(t) ?? '')?.[1] ?? null;
/** User `user`'s own runtime directory as one shell word that finds it, run by any user: /run/user/ and that user's id. */
export const ownRuntimeDir = (user: string): string => `"/run/user/$(id -u ${user})"`;
/**
 * Whether the user switch starting the script in line `t` as another user passes on the caller's XDG_RUNTIME_DIR (root's /run/user/0,
 * which that user may not write: the script stops) with none typed in the line: su or runuser without a login shell, sudo keeping it (-E,
 * --preserve-env, its list naming it), doas (data/references.ts utilLinuxSu, utilLinuxRunuser, sudoPreserveEnv, doasManual, xdgBasedir).
 */
export const keepsCallerRuntimeDir = (t: string): boolean => {
  const as = switchOf(t);
  if (!as?.user || t.includes('XDG_RUNTIME_DIR=')) return false;
  const kept = exportsKept(t);
  return DOAS_PREFIX.test(as.prefix) || kept === 'all' || kept.has('XDG_RUNTIME_DIR');
};
/**
 * The user switch that starts the script in line `t` as another user (switchOf), that user, whether it runs a shell string, and the
 * runtime directory typed for it if any; null without one.
 */
export function startedAs(t: string): { prefix: string; quoted: boolean; user: string; runtimeDir: string | null } | null {
  const as = switchOf(t);
  return as?.user ? { prefix: as.prefix, quoted: as.quoted, user: as.user, runtimeDir: runtimeDirOf(t) } : null;
}
// machinectl shell runs only a program named by its absolute path (machined refuses another: data/references.ts machinectlShell).
const ABSOLUTE_ONLY = /^(?:exec +)?machinectl /;
/** The word after user switch `prefix` that runs a command with settings before it, or by its name: env, named by its path after machinectl shell. */
export const envAfter = (prefix: string): string => (ABSOLUTE_ONLY.test(prefix) ? '/usr/bin/env' : 'env');
/** Command `command` run as the user `as` names, as its switch runs it: after its words, or as its shell string (single-quoted: `command` holds no single quote). */
export const asUser = (as: { prefix: string; quoted: boolean }, command: string): string =>
  as.quoted ? `${as.prefix}'${command}'` : `${as.prefix}${ABSOLUTE_ONLY.test(as.prefix) && !command.startsWith('/') ? `${envAfter(as.prefix)} ` : ''}${command}`;
/** How the user switch starting the script in line `t` drops the shell's exports, as a finding says it: doas, machinectl shell, sudo's --preserve-env list, or the others. */
export const droppedBy = (t: string): 'doas' | 'machinectl' | 'preserve-list' | 'sudo' => {
  const prefix = switchOf(t)?.prefix ?? '';
  return DOAS_PREFIX.test(prefix) ? 'doas' : ABSOLUTE_ONLY.test(prefix) ? 'machinectl' : /^(?:exec +)?sudo .*--preserve-env=/.test(prefix) ? 'preserve-list' : 'sudo';
};
