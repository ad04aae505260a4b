/** Where dockerd-rootless.sh takes its settings from: a shell's exports, read by a daemon started by hand, the user service's, or an image's. */
import type { Line } from '../clean.ts';
import { rootlessContainerd } from '../data/core/containerd.ts';
import { rootlessSettings } from '../data/core/docker.ts';
import { dindContainer } from '../container.ts';
import { dockerfileEnv } from '../dockerfile.ts';
import { wholeLine, type Collected, type Conflict } from '../facts.ts';
import { dropsExports, exportsKept, handRun, runs, scriptCommand, traced, typesSettings, UNIT_LOG } from '../hand-run.ts';
import { linesNumbered } from '../numbered.ts';
import { typedIn, type Typed } from '../prompts.ts';
import type { Evidence, FactKey } from '../types.ts';

/**
 * Settings exported in a shell: with the script shown started by hand and no user service beside it (`shell`; `sudo` where it was last
 * started from there through a user switch that drops the exports (dropResetExports); `run` where they were only typed before the script, for
 * that run, or where its last run typed some of its own beside the exports it keeps), beside a user service (`both`; `both-run` where they were only typed before the script), which
 * never reads them, or with neither in sight (`unknown`): most rootless daemons are the user service. `hand`: none set in a shell, and the
 * script shown started by hand with no user service beside it, so a shell is where its settings go. `dockerfile`: the last setting is a
 * Dockerfile's ENV instruction (dockerfile.ts), which the image's daemon reads in its container: no user service there. `container`: the
 * last setting is passed to a docker:dind-rootless container (container.ts: docker run's -e, a Compose or Kubernetes file's environment).
 */
export type SettingsSource = 'shell' | 'sudo' | 'run' | 'hand' | 'both' | 'both-run' | 'unknown' | 'dockerfile' | 'container';

/** Whether the settings are those of a daemon started by hand from a shell: exported there, typed before the script, or not set yet. */
export const byHandSource = (s: SettingsSource | null | undefined): s is 'shell' | 'sudo' | 'run' | 'hand' => s === 'shell' || s === 'sudo' || s === 'run' || s === 'hand';

// A shell's export, typed or in a file, or as `export -p` prints it.
export const EXPORT = /^(?:export|declare -x) /;
// A command typed that prints the shell's environment, whose NAME=value lines are its exports (`env | grep DOCKERD`).
const PRINTS_ENV = /^(?:env|printenv)(?:\s|$)/;
// What shows a systemd user unit: systemctl or journalctl asked of the user's manager, a drop-in, a unit's Environment= line, the user
// unit's file (systemctl status's Loaded: line, systemctl cat's header).
const UNIT = /\b(?:systemctl|journalctl)\b.*\s--user\b|docker\.service\.d\/|^Environment=|\/systemd\/user\/docker\.service\b/;
// The user service stopped, or started again; its state as systemctl status shows it.
const STOP = /^systemctl --user (?:stop|disable --now) docker(?:\.service)?$/;
const START = /^systemctl --user (?:start|restart|try-restart|reload-or-restart) docker\b/;
const STATUS = /^systemctl --user status docker(?:\.service)?\b/;
const DOWN = /^Active: (?:inactive|failed)\b/;
const UP = /^Active: active\b/;
// Rootless containerd's script typed at a prompt (hand-run.ts reads only Docker's): it reads a shell's exports as Docker's does.
const CONTAINERD_RUN = /^(?:exec +)?(?:nohup +)?(?:\S*\/)?containerd-rootless\.sh(?:[\s;&|>]|$)/;
// The shell's trace of the script's last line, which a daemon run by hand prints where it was started (the cleaner keeps its `+ ` as the prefix).
const TRACE = /^exec rootlesskit\b/;

/**
 * A run typed that the fixes type again: its line, and what of it they type (the line, or the command of its list that runs the script
 * where the others export settings, which would undo the fixes' own).
 */
export interface TypedRun {
  line: Line;
  typed: string;
}

/**
 * Where the last run by hand starts the script through a user switch that drops a shell's exports (sudo without -E or --preserve-env, or
 * past its --preserve-env list; su or runuser with a login shell; doas; machinectl shell), drops what the exports before it set (facts, settings and signals), whatever the daemon shows: they are not in
 * force, so no fact, finding or fix may rest on them, and no fix types them into its start again.
 */
export function dropResetExports(lines: readonly Line[], sink: Collected): void {
  const run = lines.findLast(handRun);
  const kept = run ? exportsKept(run.trimmed) : 'all';
  if (kept === 'all') return;
  const exportLines = new Set<number>();
  for (const l of lines) {
    const set = l.n < run!.n && sink.settings.has(l.n) && EXPORT.test(l.trimmed) ? sink.settings.get(l.n) : undefined;
    if (!set) continue;
    // A line that also exports a setting the switch passes on (sudo's --preserve-env list) keeps that one, and its facts.
    const gone = [...set.keys()].filter((name) => !kept.has(`${rootlessSettings.prefix}${name}`));
    if (gone.length === set.size) exportLines.add(l.n);
    else for (const name of gone) set.delete(name);
  }
  if (!exportLines.size) return;
  sink.observations = sink.observations.filter((o) => !exportLines.has(o.evidence.line));
  for (const n of exportLines) sink.settings.delete(n);
  // What those lines signal is of their settings too (FLAGS set, a refused driver, a name ignored).
  for (const [id, seen] of sink.signals) {
    const kept = seen.filter((e) => !exportLines.has(e.line));
    if (kept.length) sink.signals.set(id, kept);
    else sink.signals.delete(id);
  }
}

/**
 * The run typed that the fixes type again for settings from `source`: the last that runs the script by hand with settings typed before it
 * (`run`), or through a user switch that dropped the exports before it (`sudo`); null for another source or without one.
 */
export function typedRun(lines: readonly Line[], sink: Collected, source: SettingsSource | null): TypedRun | null {
  if (source === 'shell' || source === 'hand') return startAfterExports(lines, sink);
  const line = source === 'run' ? linesNumbered(lines, sink.settings).findLast(handRun) : source === 'sudo' ? lines.findLast((l) => handRun(l) && dropsExports(l.trimmed)) : undefined;
  return line ? { line, typed: line.trimmed } : null;
}

/**
 * Whether run `l` (a line that runs the script) sets settings of its own, which win over a shell's exports: typed before the script, or
 * in a user switch's shell string (`su dock -c 'export …; dockerd-rootless.sh'`).
 */
function setsOwn(l: Line, sink: Collected): boolean {
  const at = scriptCommand(l.trimmed);
  return !!at && (typesSettings(l.trimmed.slice(at.start, at.end)) || (!!at.wrap && sink.settings.has(l.n)));
}

/**
 * The last run by hand of a daemon that reads a shell's exports (one that sets none of its own: settingsSource), typed again after the
 * fixes' exports: the command that runs the script where its list exports settings too.
 */
function startAfterExports(lines: readonly Line[], sink: Collected): TypedRun | null {
  const line = lines.findLast(handRun);
  const at = line && scriptCommand(line.trimmed);
  if (!line || !at) return null;
  return { line, typed: sink.settings.has(line.n) ? line.trimmed.slice(at.start, at.end) : line.trimmed };
}

/** Whether line `l` shows a systemd user unit: systemctl or journalctl asked of the user's manager, its drop-in or files, or its journal's script. */
const unitLine = (l: Line): boolean => UNIT.test(l.trimmed) || !!l.prefix?.includes(UNIT_LOG);

// systemctl's answer where the user's manager has no docker unit: the command before it shows none (review R151 06).
const NO_UNIT = /^Unit docker(?:\.service)? could not be found\.?$/;

/** Whether a line shows a systemd user unit (unitLine), not a command that systemctl answers has none. */
export const unitShown = (lines: readonly Line[]): boolean => lines.some((l, i) => unitLine(l) && !NO_UNIT.test(lines[i + 1]?.trimmed ?? ''));

// systemctl or journalctl asked of the user's manager about another unit than docker's, by name (systemctl --user status pipewire).
const OTHER_UNIT = /\b(?:systemctl|journalctl)\b.*\s--user\b.*\s(?:-u|--unit|status|start|restart|stop|cat|show|is-active)[ =]+(?!docker(?:\.service)?\b)[\w@-]/;

/** Whether line `l` shows docker's systemd user unit (unitLine), not being systemctl or journalctl asked about another unit by name. */
export const dockerUnitLine = (l: Line): boolean => unitLine(l) && !OTHER_UNIT.test(l.trimmed);

/**
 * Whether a setting is exported in a shell (or shown by env in one, or set for one typed run of the script), and whether the paste shows
 * the script started by hand (typed, or its trace outside the user service's journal, or systemd not running) or a systemd user unit
 * beside it (not where the paste stops the service, or shows it stopped, and then runs the script by hand: that daemon is the one in question);
 * with nothing exported yet, `hand` where the script is shown started by hand and no user unit beside it (or systemd is not running);
 * `dockerfile` where the last setting is a Dockerfile's ENV instruction, `container` where it is passed to a docker:dind-rootless container.
 * `typed`: the lines typed at a prompt.
 */
export function settingsSource(lines: readonly Line[], sink: Collected, typed: Typed = typedIn(lines)): SettingsSource | null {
  // A container's docker run overrides the ENV instructions of its image's Dockerfile shown after it.
  const box = dindContainer(lines, sink.settings);
  if (box?.run) return 'container';
  if (dockerfileEnv(lines, sink.settings)) return 'dockerfile';
  if (box) return 'container';
  let command = '';
  let exported = false;
  // A setting exported, or printed by env: there are export lines to change.
  let exports = false;
  let byHand = sink.signals.has('no-systemd');
  // The user service stopped and not started again, then the script run by hand.
  let stopped = false;
  let handedOver = false;
  // Whether `command` is systemctl status of the user service, asked again only when `command` changes.
  let status = false;
  // Whether the last run typed went through a user switch that drops the exports, and whether it set settings of its own.
  let sudo = false;
  let ownSettings = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const t = l.trimmed;
    const prompt = typed.is(i);
    if (prompt || PRINTS_ENV.test(t)) status = STATUS.test((command = t));
    const script = runs(t);
    const run = script && (prompt || traced(l));
    // (Its settings typed before it are read as exported: no fix types that line again.)
    const containerdRun = prompt && CONTAINERD_RUN.test(t);
    if (containerdRun) byHand = true;
    if (sink.settings.has(l.n)) {
      const exportLine = EXPORT.test(t) || containerdRun || ((t.startsWith(rootlessSettings.prefix) || t.startsWith(rootlessContainerd.prefix)) && PRINTS_ENV.test(command));
      if (exportLine || run) exported = true;
      if (exportLine) exports = true;
    }
    if (run) [sudo, ownSettings] = [dropsExports(t), setsOwn(l, sink)];
    const start = run || (traced(l) && TRACE.test(t));
    if (start) byHand = true;
    // STOP and START start with systemctl's "s", DOWN and UP with "Active:".
    const unitLine = t[0] === 's' || t[0] === 'A';
    if (unitLine && (STOP.test(t) || (status && DOWN.test(t)))) stopped = true;
    else if (unitLine && (START.test(t) || (status && UP.test(t)))) stopped = handedOver = false;
    else if (stopped && (start || script)) handedOver = true;
  }
  const unit = !handedOver && !sink.signals.has('no-systemd') && unitShown(lines);
  // Nothing exported yet: a daemon shown started by hand with no user unit beside it (or without systemd, where no drop-in is read)
  // takes its settings from a shell.
  // Started through a user switch that drops a shell's exports: the fixes type their settings into its start instead.
  if (!exported) return byHand && !unit ? (sudo ? 'sudo' : 'hand') : null;
  if (unit) return exports ? 'both' : 'both-run';
  // A run that sets settings of its own beside the exports it keeps: those it types win over them, so its fixes type theirs there too.
  return !byHand ? 'unknown' : exports && sudo ? 'sudo' : !exports || ownSettings ? 'run' : 'shell';
}

/**
 * Whether a driver was read only from a shell's exports that no daemon in the paste is shown to take (source `unknown`): the verdict
 * resting on it is inferred, since most rootless daemons are the user service, which never reads them.
 */
export const unreadExport = (c: { evidence: Partial<Record<FactKey, readonly Evidence[]>>; settings: ReadonlyMap<number, unknown>; settingsSource: SettingsSource | null }, key: FactKey): boolean =>
  c.settingsSource === 'unknown' && (key === 'networkDriver' || key === 'portDriver') && !!c.evidence[key]?.length && c.evidence[key].every((e) => c.settings.has(e.line));

// A setting as a shell holds it: exported, or as env prints it (a unit's Environment= line is none).
const SHELL_SETTING = new RegExp(`^(?:export |declare -x |${rootlessSettings.prefix}|${rootlessContainerd.prefix})`);

/**
 * Whether a disagreement rests on a shell's exports the user service never reads, so that restarting it changes nothing: any such export
 * with no daemon shown to read it (`unknown`), or beside a user service (`both`, `both-run`) where every value against the daemon's is one.
 */
export function unreadConflict(source: SettingsSource | null | undefined, conflicts: readonly Conflict[], settings: ReadonlyMap<number, unknown>): source is 'unknown' | 'both' | 'both-run' {
  const exported = (e: Evidence): boolean => settings.has(e.line) && SHELL_SETTING.test(wholeLine(e));
  if (source === 'unknown') return conflicts.some((c) => c.evidence.some((e) => settings.has(e.line)));
  // The first line is the value the checker uses (the running daemon's); the rest are those against it.
  return (source === 'both' || source === 'both-run') && conflicts.every((c) => c.evidence.slice(1).every(exported));
}
