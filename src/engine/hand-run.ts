/** Whether a line runs dockerd-rootless.sh by hand: typed at a prompt, or traced, after the settings typed for that run alone if any. */
import { atPrompt, type Line } from './clean.ts';

// The script's name, which RUN asks of a line; the user service's journal names its process (run by hand, its lines have no such prefix).
const SCRIPT = 'dockerd-rootless.sh';
export const UNIT_LOG = `${SCRIPT}[`;
// A NAME=value word as the shell reads it: a quoted part of the value may hold blanks (FLAGS="--mtu=1500 --disable-host-loopback").
// Each part starts with its own character (a quote of either kind, or another), so the pattern never tries one text two ways.
export const ASSIGNMENT = String.raw`\w+=(?:"[^"]*"|'[^']*'|[^\s"'])*`;
// What may start the script before its settings: exec, sudo as another user with its options (`-u dock -H`, `-iu dock`, `--login`; an
// option's last letter tells whether a value follows, so each is read one way), then env.
const SUDO_OPTION = String.raw`-[A-Za-z]*[ugCDhprtUT] +[^\s-]\S*|-[A-Za-z]*[ABE-SV-Zabcefijklmnoqsv-z]|--[\w-]+(?:=\S+)?`;
export const LAUNCHER = String.raw`(?:exec +)?(?:sudo(?: +(?:${SUDO_OPTION}))* +)?(?:env +)?`;
// The script run by hand, after the settings for that run alone if any (`NAME=value … dockerd-rootless.sh`, `env NAME=value …`), and
// before its arguments, the next command (`; echo`, `&& …`) or a redirection.
const RUN = new RegExp(String.raw`^${LAUNCHER}(?:${ASSIGNMENT} +)*(?:nohup +)?(?:\S*\/)?dockerd-rootless\.sh(?:[\s;&|>]|$)`);

/** Whether a line is the shell's trace of a command (a CI job's, a script's) outside the user service's journal: one run by hand, as if typed. */
export const traced = (l: Line): boolean => !!l.prefix?.endsWith('+ ') && !l.prefix.includes(UNIT_LOG);
// sudo without another user runs the script as root, which it refuses (run-as-root): no start of the rootless daemon.
const AS_ROOT = /^(?:exec +)?sudo(?![^]*\s(?:-[A-Za-z]*u\s|--user=))/;

/** Whether a line's text runs the script, not as root (most lines name no script: one search spares them the pattern). */
export const runs = (t: string): boolean => t.includes(SCRIPT) && RUN.test(t) && !AS_ROOT.test(t.slice(0, t.indexOf(SCRIPT)));
// sudo that keeps none of the caller's environment (no -E, --preserve-env): its env_reset drops a shell's exports.
const SUDO_RESETS = /^(?:exec +)?sudo(?![^]*\s(?:-[A-Za-z]*E|--preserve-env)\b)/;
/** Whether a line that runs the script (runs) starts it through sudo, as another user, without the shell's exports. */
export const dropsExports = (t: string): boolean => SUDO_RESETS.test(t.slice(0, t.indexOf(SCRIPT)));
/** Whether a line runs the script by hand: typed at a prompt, or traced. */
export const handRun = (l: Line): boolean => runs(l.trimmed) && (atPrompt(l) || traced(l));
