/** Whether a line runs dockerd-rootless.sh by hand: typed at a prompt, or traced, after the settings typed for that run alone if any. */
import { atPrompt, type Line } from './clean.ts';
import { rootlessSettings } from './data/core/docker.ts';
import { listShape } from './shell-list.ts';

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
export const LAUNCHER = String.raw`(?:exec +)?(?:${SUDO})?(?:env +)?`;
const THROUGH_SUDO = new RegExp(String.raw`^(?:exec +)?(${SUDO})`);
// The script run by hand, after the settings for that run alone if any (`NAME=value … dockerd-rootless.sh`, `env NAME=value …`), and
// before its arguments, the next command (`; echo`, `&& …`) or a redirection.
const RUN = new RegExp(String.raw`^${LAUNCHER}(?:${ASSIGNMENT} +)*(?:nohup +)?(?:\S*\/)?dockerd-rootless\.sh(?:[\s;&|>]|$)`);

/** Whether a line is the shell's trace of a command (a CI job's, a script's) outside the user service's journal: one run by hand, as if typed. */
export const traced = (l: Line): boolean => !!l.prefix?.endsWith('+ ') && !l.prefix.includes(UNIT_LOG);
// sudo without another user runs the script as root, which it refuses (run-as-root): no start of the rootless daemon.
const AS_ROOT = /^(?:exec +)?sudo(?![^]*\s(?:-[A-Za-z]*u\s|--user=))/;

/**
 * Where in command line `t` the command of its list that runs the script (after the settings for that run, if any) starts and ends, its
 * blanks left out (`cd ~; NAME=value dockerd-rootless.sh &`: the second); null where none does (most lines name no script: one search
 * spares them the rest).
 */
export function scriptCommand(t: string): { start: number; end: number } | null {
  if (!t.includes(SCRIPT)) return null;
  for (const c of listShape(t).commands) {
    const text = t.slice(c.start, c.end);
    const lead = text.length - text.trimStart().length;
    if (RUN.test(text.trim())) return { start: c.start + lead, end: c.start + text.trimEnd().length };
  }
  return null;
}
/** What starts the script in the command of line `t` that runs it (exec, sudo, env, the settings): its text before the script's name; null without one. */
const launch = (t: string): string | null => {
  const at = scriptCommand(t);
  return at && t.slice(at.start, t.indexOf(SCRIPT, at.start));
};
// A DOCKERD_ROOTLESS_ROOTLESSKIT_* setting typed before the script, for that run alone.
const TYPES_SETTINGS = new RegExp(String.raw`^${LAUNCHER}(?:${ASSIGNMENT} +)*${rootlessSettings.prefix}\w+=`);
/** Whether command `command` (one that runs the script) types settings before it, for that run alone. */
export const typesSettings = (command: string): boolean => TYPES_SETTINGS.test(command);
/** Whether a line's text runs the script, in any command of its list, not as root. */
export const runs = (t: string): boolean => {
  const before = launch(t);
  return before !== null && !AS_ROOT.test(before);
};
// sudo that keeps none of the caller's environment (no -E, --preserve-env): its env_reset drops a shell's exports.
const SUDO_RESETS = /^(?:exec +)?sudo(?![^]*\s(?:-[A-Za-z]*E|--preserve-env)\b)/;
/** Whether a line that runs the script (runs) starts it through sudo, as another user, without the shell's exports. */
export const dropsExports = (t: string): boolean => SUDO_RESETS.test(launch(t) ?? '');
/** Whether a line runs the script by hand: typed at a prompt, or traced. */
export const handRun = (l: Line): boolean => runs(l.trimmed) && (atPrompt(l) || traced(l));
/** The sudo, with its options, that starts the script in line `t` as another user (`sudo -u dock -H `); empty where none does. */
export const sudoOf = (t: string): string => THROUGH_SUDO.exec(launch(t) ?? '')?.[1] ?? '';
// sudo's option naming the user (-u NAME, -uNAME, -iu NAME, --user=NAME), and the runtime directory typed for the run.
const SUDO_USER = /\s(?:-[A-Za-z]*u *|--user[= ])([^\s-]\S*)/;
const RUNTIME_DIR = /(?:^|\s)XDG_RUNTIME_DIR=(\S+)/;
/** The runtime directory line `t` types for the run (XDG_RUNTIME_DIR=/run/user/1001), where it is a plain path; null otherwise. */
export const runtimeDirOf = (t: string): string | null => {
  const dir = RUNTIME_DIR.exec(launch(t) ?? '')?.[1];
  return dir && /^[\w./-]+$/.test(dir) ? dir : null;
};
/** The sudo that starts the script in line `t` as another user, that user, and the runtime directory typed for it if any; null without one. */
export function startedAs(t: string): { sudo: string; user: string; runtimeDir: string | null } | null {
  const sudo = sudoOf(t);
  const user = SUDO_USER.exec(` ${sudo}`)?.[1];
  return user ? { sudo, user, runtimeDir: runtimeDirOf(t) } : null;
}
