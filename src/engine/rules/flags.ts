/**
 * Where the settings a paste shows come from: the MTU that DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS sets, the drop-in that wins, and the settings
 * RootlessKit refuses that are in force.
 */
import { OVERRIDE } from '../drop-in.ts';
import { rank, type Collected, type FlagsInForce, type Setting } from '../facts.ts';
import { flagVariables, refusedDrivers } from '../data/core/network.ts';
import type { Evidence, FactKey } from '../types.ts';
import { flagsIn } from '../recognisers/flags-value.ts';
import { firstAfter } from './spans.ts';
import { listedNames } from '../recognisers/drop-ins.ts';

// What a command shows of the settings: a drop-in by its file's name, or every drop-in at once ('': the unit as systemd has it, or a
// pattern for the files); systemctl edit edits override.conf, or the drop-in it names.
const DROP_IN = /([\w.@*-]+\.conf)\b|docker\.service\.d\/\*/;
const WHOLE_UNIT = /^systemctl --user (?:cat|show|edit --full)(?:\s|$)/;
const EDIT = /^systemctl --user edit(?:\s.*?--drop-in[= ]([\w.@-]+?)(?:\.conf)?(?:\s|$)|\s|$)/;

/** The part of the settings a command shows ('' for all of them), or null for none (a listing of the drop-ins' directory). */
function showing(command: string): string | null {
  if (WHOLE_UNIT.test(command)) return '';
  const edit = EDIT.exec(command);
  if (edit) return `${edit[1] ?? 'override'}.conf`;
  const file = DROP_IN.exec(command);
  return !file ? null : file[1] && !file[1].includes('*') ? file[1] : '';
}

type Shown = { shown: { line: number; part: string }[]; sourceOf: (line: number) => string };
// Each list of showings read once: the rules ask for it five times, and a long paste may show the settings on thousands of lines. (Rules replace a list
// they change, never change it in place.)
const shownOf = new WeakMap<readonly Evidence[], Shown>();

/** The showings of the settings, by line, and the file a line came from: what the last command before it showed ('' for any). */
function settingsShown(sink: Collected): Shown {
  const list = sink.signals.get('settings-shown') ?? [];
  const known = shownOf.get(list);
  if (known) return known;
  const found = showingsIn(list);
  shownOf.set(list, found);
  return found;
}

/** The showings of the settings among lines `list` (settingsShown). */
function showingsIn(list: readonly Evidence[]): Shown {
  const shown = list.flatMap((e) => {
    const part = showing(e.text);
    return part === null ? [] : [{ line: e.line, part }];
  });
  const showings = shown.map((s) => s.line);
  return { shown, sourceOf: (line) => shown[firstAfter(showings, line - 1) - 1]?.part ?? '' };
}

/**
 * The drop-in a fix appends its settings to: override.conf, unless the paste shows dockerd-rootless.sh's settings in one whose name sorts
 * after it, or systemctl status lists a drop-in of another directory by that name or a later one (then a new one, named to sort last).
 * systemd reads a unit's drop-ins in that order, and the last line setting a variable wins: appended to override.conf, the fix would lose
 * to that file's own lines (pasta.conf's NET=pasta). A file wrongly taken for the source does no harm: it sorts later.
 */
export function fixDropIn(sink: Collected): string {
  const { sourceOf } = settingsShown(sink);
  // FLAGS lines too: one may hold nothing the checker reads as a fact (pasta's option alone).
  const lines = [...sink.observations.filter((o) => o.rank === rank.config).map((o) => o.evidence.line), ...(sink.signals.get('flags-set') ?? []).map((e) => e.line)];
  let last = OVERRIDE;
  for (const line of lines) {
    const file = sink.settings.has(line) ? sourceOf(line) : '';
    if (file > last) last = file;
  }
  // A drop-in of another directory (systemctl status lists it) with that name or a later one: written to under its name, the user's file
  // would hide it whole (the same name in a directory systemd reads first); under an earlier one, lose to its lines. A new one sorts last.
  const listed = (sink.signals.get('drop-in-listed') ?? []).flatMap((e) => listedNames(e.text)).filter((name) => name >= last);
  if (!listed.length) return last;
  const lastListed = listed.reduce((a, b) => (b > a ? b : a));
  let after = `zz-${lastListed}`;
  while (after <= lastListed) after = `z${after}`;
  return after;
}

const latest = (list: readonly Evidence[] = []): Evidence | null => list.reduce<Evidence | null>((a, b) => (a && a.line > b.line ? a : b), null);

/**
 * The DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS in force, null for none: the last the paste shows, unless it came from a drop-in that sorts
 * before the file of an earlier one (systemd reads the drop-ins in their names' order, and the last setting wins).
 */
export function flagsInForce(sink: Collected): FlagsInForce | null {
  const { sourceOf } = settingsShown(sink);
  const e = (sink.signals.get('flags-set') ?? []).reduce<Evidence | null>((a, b) => (a && sourceOf(b.line) && sourceOf(b.line) < sourceOf(a.line) ? a : b), null);
  return e && { line: e.line, evidence: e, ...flagsOn(sink, e.line)! };
}

/** The FLAGS a line sets, undefined for none. */
const flagsOn = (sink: Collected, line: number): Setting | undefined => sink.settings.get(line)?.get('FLAGS');

/** The last flag `name` that a FLAGS sets, undefined for none (RootlessKit takes the last): as written ("--net host", "-net=pasta") and its value. */
export function flagSet(flags: Setting | null | undefined, name: string): { written: string; value: string } | undefined {
  return flags ? flagsIn(flags).filter((f) => f.name === name).at(-1) : undefined;
}

/**
 * Says pasta's option in FLAGS, port driver "pasta" and network driver host, only where the setting is in force: the last FLAGS line
 * shown holds the option (which then names that line); a refused driver, set in the FLAGS in force, or set by its variable where that
 * FLAGS sets no such driver (it would win) and no later line sets it again. RootlessKit's own refusal, in its log, stays.
 */
export function refusedInForce(sink: Collected): void {
  const flags = flagsInForce(sink);
  const option = latest(sink.signals.get('flags-with-option'));
  const inForce = option && flags?.line === option.line ? [option] : [];
  const logged = (sink.signals.get('flags-pasta-option') ?? []).filter((e) => !sink.settings.has(e.line));
  if (inForce.length || logged.length) sink.signals.set('flags-pasta-option', [...inForce, ...logged]);
  for (const d of refusedDrivers) {
    const seen = sink.signals.get(d.signal);
    if (!seen) continue;
    const inFlags = flagSet(flags, d.flag)?.value;
    const later = latest(sink.observations.filter((o) => o.key === d.key && o.rank === rank.config).map((o) => o.evidence));
    const kept = seen.filter((e) => {
      const set = sink.settings.get(e.line);
      return !set ? true : inFlags !== undefined ? e.line === flags!.line && inFlags === d.value : set.get(flagVariables[d.flag])?.value === d.value && (!later || e.line > later.line);
    });
    if (kept.length) sink.signals.set(d.signal, kept);
    else sink.signals.delete(d.signal);
  }
}

// The facts a flag in FLAGS sets, by the flag's name.
const FLAG_NAMES: Partial<Record<FactKey, string>> = { mtu: 'mtu', networkDriver: 'net', portDriver: 'port-driver' };

/**
 * Drops what the FLAGS in force beats: each configured MTU or driver that its flag sets again in the same showing of the settings
 * (RootlessKit takes a repeated flag's last value, and the script passes FLAGS' flags after its own, whatever order the lines come in;
 * two drop-ins shown one after the other are both in force), and what another FLAGS line, which the one in force replaces, set. A
 * command typed between the two lines that shows again (or edits) the file the first came from (the unit as a whole is every file; lines
 * before any such command come from any file), or a network or port driver set again there (set before the first too), starts another
 * showing: where the later line stands as usual.
 */
export function dropBeneathFlags(sink: Collected): void {
  const inForce = flagsInForce(sink);
  if (!inForce) return;
  const set = sink.observations.filter((o) => o.rank === rank.config && FLAG_NAMES[o.key]);
  const { shown, sourceOf } = settingsShown(sink);
  // Lines by what they are and the file they name or came from ('' for every file; '*' whatever the file), each list ascending:
  // showings, and each driver's settings; and the first line that set each driver.
  const byPart = new Map<string, number[]>();
  const add = (kind: string, part: string, line: number): void => {
    for (const key of [`${kind} ${part}`, `${kind}*`]) (byPart.get(key) ?? byPart.set(key, []).get(key)!).push(line);
  };
  for (const s of shown) add('shown', s.part, s.line);
  const firsts = new Map<string, number>();
  for (const o of set) {
    if (o.key === 'mtu') continue;
    add(o.key, sourceOf(o.evidence.line), o.evidence.line);
    firsts.set(o.key, Math.min(firsts.get(o.key) ?? Infinity, o.evidence.line));
  }
  for (const lines of byPart.values()) lines.sort((a, b) => a - b);
  const any = (key: string, from: number, to: number): boolean => {
    const lines = byPart.get(key) ?? [];
    return (lines[firstAfter(lines, from)] ?? Infinity) < to;
  };
  // What names the file `from` came from, or every file; for a line from any file, whatever names one.
  const naming = (kind: string, from: number): string[] => {
    const source = sourceOf(from);
    return source ? [`${kind} ${source}`, `${kind} `] : [`${kind}*`];
  };
  // Whether a showing of the file the earlier line came from, or a driver set again from it, lies between the two lines.
  const apart = (a: number, b: number): boolean => {
    const [from, to] = [Math.min(a, b), Math.max(a, b)];
    const again = ['networkDriver', 'portDriver'].filter((k) => (firsts.get(k) ?? Infinity) < from);
    return [...naming('shown', from), ...again.flatMap((k) => naming(k, from))].some((key) => any(key, from, to));
  };
  // The flags the FLAGS in force sets, read once rather than for each setting.
  const forced = new Set(flagsIn(inForce).map((f) => f.name));
  const beaten = new Set(
    set.filter((o) => {
      const line = o.evidence.line;
      if (flagSet(flagsOn(sink, line), FLAG_NAMES[o.key]!)?.value === String(o.value)) return line !== inForce.line;
      return forced.has(FLAG_NAMES[o.key]!) && (line === inForce.line || !apart(inForce.line, line));
    }),
  );
  if (beaten.size) sink.observations = sink.observations.filter((o) => !beaten.has(o));
}
