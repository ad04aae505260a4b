/**
 * nerdctl, or rootless containerd's setup tool, typed at a user's prompt, a line containerd-rootless.sh logged, the shell's error in
 * either script, or the setup tool's words without systemd: the rootless daemon is containerd's (nerdctl's README and docs/rootless.md).
 */
import { atPrompt, type Line } from '../clean.ts';
import { quoted } from '../others-quote.ts';
import { containerdSystem, nerdctl, rootlessContainerd } from '../data/core/containerd.ts';
import type { Recogniser } from '../facts.ts';
import { LOGGER, ROOTLESSKIT_LOG } from './process.ts';

// The command, at the start of what was typed (a path before it too); not with sudo, which asks the system-wide containerd.
const TYPED = new RegExp(String.raw`^(?:\S*/)?(?:${nerdctl.client}|containerd-rootless-setuptool\.sh)(?:\s|$)`);
// nerdctl itself, not its setup tool.
const CLIENT = new RegExp(String.raw`^(?:\S*/)?${nerdctl.client}(?:\s|$)`);
// nerdctl run as root (sudo or doas with no user or group named but root, its long options as --preserve-env too), which asks the
// system-wide containerd and not the unit of the user; not where it names the address of a containerd (nerdctl docs/config.md: --address,
// --host, -H, or -a before its command), which may be that unit, unless the address is the socket of the system-wide one (with unix://,
// or under /var/run, its link to /run).
const AS_ROOT = new RegExp(String.raw`^(?:sudo|doas)(?: +(?:-[A-Za-fh-tv-z]+|-u +root|--(?!user|group)[a-z-]+(?:=\S+)?|--user=root))* +(?:\S*/)?${nerdctl.client}(?:\s|$)`);
const ADDRESS = new RegExp(String.raw`\s(?:--address|--host|-H)(?:[\s=]|$)|${nerdctl.client} +-a\s`);
const SYSTEM_ADDRESS = new RegExp(String.raw`(?:\s(?:--address|--host|-H)|${nerdctl.client} +-a)(?:=|\s+)(["']?)(?:unix://)?(?:/var)?${containerdSystem.address.replaceAll('.', '\\.')}\1(?:\s|$)`);

/** Whether nerdctl was typed as root at a prompt (sudo or doas, no other user named), whatever containerd it names. */
export const typedAsRoot = (line: Line): boolean => AS_ROOT.test(line.trimmed) && atPrompt(line);

// The journal's prefix of a line the user service's script logged ("containerd-rootless.sh[2211]: ").
const LOGGED = /\bcontainerd-rootless\.sh\[\d+\]: ?$/;
// The shell's error in a script of rootless containerd, which names it and the line ("/usr/local/bin/containerd-rootless-setuptool.sh: 116:
// rootlesskit: not found"; bash's "…: line 116: …").
const SHELL_ERROR = /^(?:\S*\/)?containerd-rootless(?:-setuptool)?\.sh: (?:line )?\d+: /;

// The user unit a line is about, that of Docker or of rootless containerd, outside a quote: the words of systemd of its failure, old and new
// ("systemd[1021]: docker.service: Main process exited, …", "Unit docker.service entered failed state."; not of a stop, nor of the system
// manager, systemd[1], whose units are rootful), the answer of systemctl to its start ("Job for docker.service failed …"), the logger of its
// script ("dockerd-rootless.sh[1502]: "), or journalctl typed for it (-u docker, -xeu docker.service, --unit=containerd) where its answer
// shows RootlessKit or the script failing, not where it shows nothing or a stop (reviews R128, R129).
const SYSTEMD = /\bsystemd\[(?!1\])\d+\]: ?$/;
const UNIT_SAID =
  /^(?:(docker|containerd)\.service: (?:Main process exited|Control process exited|Failed with result|Failed at step|Failed to (?:locate|execute|spawn)|Start request repeated|Start operation timed out|Scheduled restart job|Service RestartSec=\S+ expired|Service hold-off time over|Unit entered failed state)|Unit (docker|containerd)\.service entered failed state|Failed to start (docker|containerd)\.service\b)/;
const JOB_FAILED = /^Job for (docker|containerd)\.service failed\b/;
const SCRIPT_LOGGED = /\b(docker|container)d-rootless\.sh\[\d+\]: ?$/;
const JOURNAL_OF = /^(?:\S*\/)?journalctl\s(?:.*\s)?(?:-[a-zA-Z]*u *|--(?:user-)?unit[= ])(docker|containerd)(?:\.service)?(?:\s|$)/;
// What journalctl answers where it has nothing; where a unit failed, it shows a line of RootlessKit's journal or either script's
// (LOGGER, or ROOTLESSKIT_LOG where journalctl -o cat left no prefix).
const NOTHING = ['-- No entries --', 'No journal files were found.'];
// nerdctl publishing a port (nerdctl docs/command-reference.md): run or create with -p or --publish (-dp, -p8080:80, --publish=…), after
// global options too; or compose bringing up what its file publishes.
const STARTS = new Set(['run', 'create']);
const COMPOSE_STARTS = new Set(['up', 'run', 'start', 'create']);
const PUBLISH = /^(?:-[a-zA-Z]*p|--publish(?:=|$))/;

/** Whether typed nerdctl (its words) starts containers that publish ports. */
function publishes(words: readonly string[]): boolean {
  const at = words.findIndex((word) => STARTS.has(word) || word === 'compose');
  if (at < 0) return false;
  if (words[at] === 'compose') return words.slice(at + 1).some((word) => COMPOSE_STARTS.has(word));
  return words.slice(at + 1).some((word) => PUBLISH.test(word));
}

/** The user unit the line at `i` is about (above), if any: that of Docker or of rootless containerd. */
function unitOf(lines: readonly Line[], i: number): 'docker' | 'containerd' | null {
  const line = lines[i]!;
  const t = line.trimmed;
  if (quoted(line)) return null;
  const said = line.prefix && SYSTEMD.test(line.prefix) ? UNIT_SAID.exec(t) : null;
  const named =
    (said ? (said[1] ?? said[2] ?? said[3]) : undefined) ??
    JOB_FAILED.exec(t)?.[1] ??
    (line.prefix ? SCRIPT_LOGGED.exec(line.prefix)?.[1] : undefined) ??
    (atPrompt(line) && answerFails(lines, i) ? JOURNAL_OF.exec(t)?.[1] : undefined);
  return named === undefined ? null : named === 'docker' ? 'docker' : 'containerd';
}

/**
 * Whether the lines right after the command at `i`, up to the next one typed, hold a line of the journal of RootlessKit or of either script;
 * not where the answer says it has nothing. Only lines read here are seen (nerdctlWords): a gap of more than one line ends the answer.
 */
function answerFails(lines: readonly Line[], i: number): boolean {
  if (NOTHING.includes(lines[i + 1]?.trimmed ?? '')) return false;
  for (let j = i + 1; j < lines.length && !atPrompt(lines[j]!) && lines[j]!.n - (lines[j - 1]!.pieces?.at(-1)?.n ?? lines[j - 1]!.n) <= 2; j++) {
    const line = lines[j]!;
    if ((line.prefix && LOGGER.test(line.prefix)) || line.trimmed.startsWith(ROOTLESSKIT_LOG)) return true;
  }
  return false;
}

/** What every line `nerdctlTyped` reads has (core.ts gives it no other line). */
export const nerdctlWords = [nerdctl.client, 'containerd-rootless', rootlessContainerd.setupTool.needsSystemd, rootlessContainerd.setupTool.installed, 'docker.service', 'containerd.service', 'dockerd-rootless.sh[', 'journalctl', 'rootlesskit[', ROOTLESSKIT_LOG, ...NOTHING, 'Unit ', 'Failed to start '];

/**
 * Reports nerdctl or containerd-rootless-setuptool.sh typed at a prompt that is not root's, a line containerd-rootless.sh logged, a shell's
 * error in either, or the setup tool's words without systemd; and the setup tool's words once it has installed the unit.
 * Apart: nerdctl typed as the user, and nerdctl typed as root (sudo or doas) at a prompt, not quoted, naming no address but that of the
 * system-wide containerd; and each line about the user unit of Docker or of rootless containerd, which tells whose daemon failed (apply.ts).
 */
export const nerdctlTyped: Recogniser = (lines, sink) => {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const typed = TYPED.test(line.trimmed) && atPrompt(line) && !line.prefix!.trimEnd().endsWith('#');
    const said = SHELL_ERROR.test(line.trimmed) || line.trimmed.endsWith(rootlessContainerd.setupTool.needsSystemd);
    if (typed && CLIENT.test(line.trimmed)) sink.signal('nerdctl-as-user', line);
    if (typed && CLIENT.test(line.trimmed) && publishes(line.trimmed.split(/\s+/))) sink.signal('nerdctl-published', line);
    if (typedAsRoot(line) && !quoted(line) && (!ADDRESS.test(line.trimmed) || SYSTEM_ADDRESS.test(line.trimmed))) sink.signal('nerdctl-as-root', line);
    if (typed || (!!line.prefix && LOGGED.test(line.prefix)) || said) sink.signal('containerd-rootless', line);
    // The setup tool run to its end, which it reaches only once RootlessKit ran (rules/overcome.ts).
    else if (line.trimmed.endsWith(rootlessContainerd.setupTool.installed)) sink.signal('containerd-installed', line);
    const unit = unitOf(lines, i);
    if (unit) sink.signal(unit === 'docker' ? 'docker-unit-named' : 'containerd-unit-named', line);
  }
};
