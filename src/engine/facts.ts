/** Observations → facts: each fact takes the value of its strongest observation, with the lines behind it. */
import { lineAt, type Line } from './clean.ts';
import { markers } from './data/core/diagnostics.ts';
import { docker } from './data/core/docker.ts';
import { networkDrivers, portDrivers } from './data/core/network.ts';
import type { Moment } from './moment.ts';
import type { PackageManager } from './data/core/packaging.ts';
import type { Downgrade } from './rules/downgraded.ts';
import type { SettingsSource } from './rules/settings-source.ts';
import type { StatedUpgrade } from './stated-upgrade.ts';
import type { Evidence, FactKey, Facts, Signal } from './types.ts';
import { misreadVersion, sameRelease, versionBeforeKey } from './version.ts';

/**
 * How much an observation counts. What the running daemon reports beats a binary's --version, which beats an
 * installed package, which beats configuration, which beats a hint. `weak` is for values that say nothing
 * ("unknown version") and must not hide a better one.
 */
export const rank = { running: 5, binary: 4, package: 3, config: 2, hint: 1, weak: 0 } as const;

export interface Observation {
  key: FactKey;
  value: NonNullable<Facts[FactKey]>;
  rank: number;
  evidence: Evidence;
  /** Deduced rather than printed (e.g. the port driver from pasta's --tcp-ports=auto). */
  inferred: boolean;
  /** The output it was read from (core.ts): a section's index for one command's output, with a line number for a line's. */
  output?: string;
}

/** What recognisers report into. */
export interface Sink {
  fact<K extends FactKey>(key: K, value: NonNullable<Facts[K]>, rank: number, line: Line, inferred?: boolean): void;
  /** Reports a driver only if RootlessKit knows it (pastes carry other words in the same places); says whether it did. */
  driver(key: 'networkDriver' | 'portDriver', value: string, rank: number, line: Line): boolean;
  signal(id: Signal, line: Line): void;
  /** docker version's rootlesskit component names pasta and leaves PortDriver out (FACTS §5: the implicit driver, or none). */
  omitsPortDriver?(networkDriver: Line): void;
  /** A line sets one of dockerd-rootless.sh's settings (Collected.settings). */
  setting?(line: Line, name: string, value: Setting): void;
  /** A line says when the running rootless daemon started (recognisers/daemon-start.ts). */
  started?(at: Moment, line: Line): void;
  /**
   * A package manager's log shows an upgrade, reported on `line`: the facts its package gave before it (Collected.upgrades); `shown` is the
   * log's line of this upgrade itself.
   */
  upgraded?(upgrade: Upgrade, shown: Line): void;
}

/** An upgrade a package manager's log shows, with its time where the log dates it: the facts its line reports, as they were before it. */
export interface Upgrade {
  at: Moment | null;
  line: number;
  before: [FactKey, NonNullable<Facts[FactKey]>][];
  /** The log says it is a downgrade (pacman's "downgraded", apt's "Downgrade:"). */
  down?: boolean;
  /** The Install Date of a package (rpm -qi, pacman -Qi): when, not what it replaced, so it only orders the package against a start. */
  dateOnly?: boolean;
}

/** An upgrade as collected: with the evidence of the log's line that shows it (which cites what the daemon runs when it started before). */
export interface LoggedUpgrade extends Upgrade {
  evidence: Evidence;
}

/** The DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS in force (rules/flags.ts), with the line that sets it. */
export type FlagsInForce = Setting & { line: number; evidence: Evidence };

/** A value of one of dockerd-rootless.sh's settings, read from the whole line. */
export interface Setting {
  value: string;
  /**
   * The value may go on past what is shown: the line ends inside its quote, which never closes (a pager cut it, and its last word may be
   * cut too), or an old systemctl show printed it unquoted to the end of a line a pager could have cut.
   */
  cut: boolean;
  /** An old systemctl show printed it unquoted, its words apart: only the unit's files show where it ends. */
  unquoted?: boolean;
}

/** Reads one kind of input from lines and reports what it finds. */
export type Recogniser = (lines: readonly Line[], sink: Sink) => void;

/** A collecting sink. */
export interface Collected extends Sink {
  observations: Observation[];
  signals: Map<Signal, Evidence[]>;
  /** The line each signal was last seen on (its evidence keeps only the first few). */
  lastSeen: Map<Signal, number>;
  /** A port driver was set to a value the checker does not know (a newer driver, or one cut off): it is not "none shown". */
  portDriverUnread: boolean;
  /** The NetworkDriver line of a rootlesskit component that left PortDriver out (Sink.omitsPortDriver). */
  portDriverOmitted: Evidence | null;
  /**
   * dockerd-rootless.sh's settings by line, each by its name less DOCKERD_ROOTLESS_ROOTLESSKIT_ (the last where a line sets one twice):
   * what rules read FLAGS from, and tell a setting from a log line by, since evidence is cut short.
   */
  settings: Map<number, Map<string, Setting>>;
  /** When the running rootless daemon started, by each line that says so: its time and the line. */
  starts: { at: Moment; line: number; evidence: Evidence }[];
  /** See Sink.upgraded. */
  upgrades: LoggedUpgrade[];
}

const EVIDENCE_CHARS = 200;
const EVIDENCE_LINES = 3;

// The whole line of each evidence record whose text is not all of it (cut, or quoted from a part): what a rule looks for may stand past
// the cut, and results show the records as they are. Keyed by record, as the parts of a line split in two share its number.
const cutFrom = new WeakMap<Evidence, string>();

/** The evidence record for a line: its number and its cleaned text, shortened, with the part that decided, where that is not all of it. */
function evidenceOf(line: Line): Evidence {
  const text = line.trimmed;
  const e: Evidence = { line: line.n, text: text.length > EVIDENCE_CHARS ? `${text.slice(0, EVIDENCE_CHARS - 1)}…` : text };
  const whole = line.text.trim();
  if (e.text !== whole) cutFrom.set(e, whole);
  const mark = line.decided;
  if (mark && mark.length < whole.length) e.part = { line: lineAt(line, mark.at), text: whole.slice(mark.at, mark.at + mark.length) };
  return e;
}

/** `shown` (a copy or an excerpt of a line) as evidence of the `length` characters at `at` in the line's trimmed text. */
function marked(shown: Line, at: number, length: number): Line {
  shown.decided = { at, length };
  return shown;
}

/** The whole line an evidence record was taken from: its text, where that is all of it. */
export const wholeLine = (e: Evidence): string => cutFrom.get(e) ?? e.text;

/**
 * The line as evidence of the `length` characters at `at` in its trimmed text (what decided a fact): a long line is quoted from a word
 * shortly before them, so that its shortened text still shows them; a line that shows them already is a copy of itself. Either is
 * marked, so that its evidence names them and the paste line holding them (Evidence.part).
 */
export function quotingAt(line: Line, at: number, length: number): Line {
  const t = line.trimmed;
  if (at < 0) return line;
  if (at + length < EVIDENCE_CHARS) return marked({ ...line }, at, length);
  // Only as much as the excerpt can show is searched and copied: a long line may be quoted once for each of thousands of settings.
  const before = Math.max(0, at - 40);
  const space = t.slice(before, at).indexOf(' ');
  return marked(excerptFrom(line, space < 0 ? at : before + space + 1), at, length);
}

/** The line's excerpt from character `from` of its trimmed text, as much of it as evidence shows. */
const excerptFrom = (line: Line, from: number): Line => ({ ...line, trimmed: `…${line.trimmed.slice(from, from + EVIDENCE_CHARS)}` });

/**
 * The line as evidence of the `length` characters at `at`, quoted from `start` before them (the assignment they are part of) where the
 * excerpt shows both (evidenceOf cuts it to one character less, after the "…"); else as quotingAt quotes them alone.
 */
export function quotingFrom(line: Line, start: number, at: number, length: number): Line {
  const end = at + length;
  if (start < 0 || at < start || end - start > EVIDENCE_CHARS - 2) return quotingAt(line, at, length);
  return marked(end < EVIDENCE_CHARS ? { ...line } : excerptFrom(line, start), at, length);
}

/** The line as evidence of `part` in it (its first occurrence): see quotingAt. */
export const quoting = (line: Line, part: string): Line => quotingAt(line, line.trimmed.indexOf(part), part.length);

/** Appends evidence unless that line is already there or the list is full. */
export function addEvidence(list: Evidence[], e: Evidence): void {
  if (roomFor(list, e.line)) list.push(e);
}

/** Whether an evidence list has room for line `n`: fewer than EVIDENCE_LINES records, none of them that line's. */
const roomFor = (list: readonly Evidence[], n: number): boolean => list.length < EVIDENCE_LINES && !list.some((x) => x.line === n);

/** The lines facts `keys` were read from: one for each fact (unless a line already listed shows it too), then their others while room is left. */
export function factsEvidence(evidence: Partial<Record<FactKey, Evidence[]>>, keys: readonly FactKey[]): Evidence[] {
  const list: Evidence[] = [];
  // Each fact's own line first: a verdict cites all it rests on, though one fact's lines would fill the list alone.
  for (const lines of keys.map((k) => evidence[k] ?? [])) if (lines[0] && !lines.some((e) => list.some((x) => x.line === e.line))) list.push(lines[0]);
  for (const k of keys) for (const e of evidence[k] ?? []) addEvidence(list, e);
  return list;
}

const CUT_VALUE = /[.+_~-]$/;
const SHORT_VERSION = /^v?\d+(?:\.\d+)?$/;
const THREE_PARTS: readonly FactKey[] = ['dockerServerVersion', 'dockerClientVersion', 'rootlesskitVersion'];
// Versions whose value a key may follow glued on (docker version's components): pasta's is not one, and "2O25_02_17" is OCR's misread.
const COMPONENT_VERSIONS: readonly FactKey[] = [...THREE_PARTS, 'slirp4netnsVersion'];
const CALENDAR_MAJOR = Number.parseInt(docker.calendarVersions.version, 10);

/** Whether a Docker version is one no Docker release has had (2.x to 16.x): another engine's, such as Podman's answering Docker's API. */
export function notDockers(key: FactKey, value: string): boolean {
  if (key !== 'dockerServerVersion' && key !== 'dockerClientVersion') return false;
  const major = Number.parseInt(value.replace(/^v/, ''), 10);
  return major > 1 && major < CALENDAR_MAJOR;
}

/** A sink that keeps everything reported to it, except values cut off mid-line. */
export function collect(): Collected {
  const observations: Observation[] = [];
  const signals = new Map<Signal, Evidence[]>();
  const fact: Sink['fact'] = (key, given, r, line, inferred = false) => {
    const value = typeof given === 'string' && COMPONENT_VERSIONS.includes(key) ? (versionBeforeKey(given) as typeof given | null) : given;
    // A paste cut mid-line ends a value where it cannot end ("Version: 27.", or "2.3" of Docker's or RootlessKit's three-part
    // versions): read as 27.0.0 or 2.3.0, it would decide wrongly. So does one with a letter for a number ("2.3.S", OCR's 2.3.5, "2.3.1O").
    if (
      value === null ||
      (typeof value === 'string' &&
        (CUT_VALUE.test(value) || (THREE_PARTS.includes(key) && (SHORT_VERSION.test(value) || misreadVersion(value))) || notDockers(key, value)))
    ) {
      if (key === 'rootlesskitVersion' && typeof value === 'string' && misreadVersion(value)) sink.signal('version-misread', line);
      return;
    }
    observations.push({ key, value, rank: r, evidence: evidenceOf(line), inferred });
  };
  const sink: Collected = {
    observations,
    signals,
    lastSeen: new Map(),
    portDriverUnread: false,
    portDriverOmitted: null,
    settings: new Map(),
    starts: [],
    upgrades: [],
    fact,
    driver(key, value, r, line) {
      const known = (key === 'networkDriver' ? networkDrivers : portDrivers).includes(value as never);
      if (known) fact(key, value as never, r, line);
      else if (key === 'portDriver') sink.portDriverUnread = true;
      return known;
    },
    omitsPortDriver(line) {
      sink.portDriverOmitted = evidenceOf(line);
    },
    started(at, line) {
      sink.starts.push({ at, line: line.n, evidence: evidenceOf(line) });
    },
    upgraded(upgrade, shown) {
      sink.upgrades.push({ ...upgrade, evidence: evidenceOf(shown) });
    },
    setting(line, name, value) {
      (sink.settings.get(line.n) ?? sink.settings.set(line.n, new Map()).get(line.n)!).set(name, value);
    },
    signal(id, line) {
      const list = signals.get(id) ?? [];
      // A rule reads every line of a marker (each showing of the settings, say); a result shows only the first few of a signal.
      if ((markers as readonly Signal[]).includes(id)) list.push(evidenceOf(line));
      // The record is made only where the list has room for its line: a long paste signals some ids on thousands of lines.
      else if (roomFor(list, line.n)) list.push(evidenceOf(line));
      signals.set(id, list);
      sink.lastSeen.set(id, line.n);
    },
  };
  return sink;
}

const emptyFacts = (): Facts => ({
  rootless: null,
  dockerServerVersion: null,
  dockerClientVersion: null,
  rootlesskitVersion: null,
  networkDriver: null,
  portDriver: null,
  portManager: null,
  pastaVersion: null,
  pastaDate: null,
  hostLoToNsLo: null,
  pastaAcceptsHostLoToNsLo: null,
  pastaInstalled: null,
  slirp4netnsVersion: null,
  mtu: null,
  rootlessExtrasVersion: null,
  dockerPackaging: null,
  disableHostLoopback: null,
  detachNetns: null,
  ipv4Only: null,
  operatingSystem: null,
  podmanVersion: null,
});

/** Where a disagreeing value was seen: the running daemon, a program's own version output, a package, configuration. */
export type ValueSource = 'running' | 'binary' | 'package' | 'config';
/** Each source by its rank less rank.config. */
export const VALUE_SOURCES: readonly ValueSource[] = ['config', 'package', 'binary', 'running'];

/**
 * A fact whose observations of at least configuration strength disagree: each value (the one used first) with where it was seen, and
 * whether it was deduced there rather than printed, and their lines.
 */
export interface Conflict {
  key: FactKey;
  values: { value: string; source: ValueSource; inferred?: true }[];
  evidence: Evidence[];
}

export interface Merged {
  facts: Facts;
  evidence: Partial<Record<FactKey, Evidence[]>>;
  inferred: Set<FactKey>;
  /** Facts only what is installed shows (a package manager's list or log, an installer, an image's tag): what a restart would start, not what runs. */
  packaged: Set<FactKey>;
  conflicts: Conflict[];
  /** Facts the paste shows with another value beside the one picked, at any rank: two pastas' versions, say. */
  othersShown: Set<FactKey>;
  /** Facts whose running value beat another running value on their order in the paste alone, no time telling which is later. */
  byOrder?: ReadonlySet<FactKey>;
  /** See Collected.portDriverUnread. */
  portDriverUnread?: boolean;
  /** All that is known of RootlessKit's version, when only a lower bound is (a Docker newer than the Docker → RootlessKit table). */
  rootlesskitAtLeast?: string;
  /** See rules/installed.ts. */
  installedRootlesskit?: string | null;
  /** A package manager's log shows RootlessKit upgraded after the daemon's start shown (rules/upgraded.ts). */
  upgradedSince?: boolean;
  /** The facts an upgrade after the daemon's start changed: a package shows them as they were before it (rules/upgraded.ts). */
  beforeUpgrade?: ReadonlySet<FactKey>;
  /** See rules/downgraded.ts. */
  downgrade?: Downgrade | null;
  /** The paste shows a daemon that runs (rules/pasta-present.ts): its settings started it. */
  daemonShown?: boolean;
  /**
   * The reset is seen beside a port published on 127.0.0.1 (not another loopback address, which passt before 2026_07_16 resets even with
   * the flag), after the last restart the paste shows: what the daemon that runs now does.
   */
  freshReset?: boolean;
  /** The reset is seen after the last restart the paste shows, whatever port it names. */
  resetSinceRestart?: boolean;
  /** A running daemon reports its version (docker version's Server, docker info), not only a package or a binary. */
  versionRunning?: boolean;
  /** The line of the last restart of the daemon the paste shows (0: none). */
  restartedAt?: number;
  /** The lines of packages installed before the start of the daemon the paste dates (rules/upgraded.ts): what it started from. */
  startedSince?: ReadonlySet<number>;
  /** A RootlessKit version shown with a letter where a digit goes ("2.3.l", OCR's), left unread. */
  misread?: string | null;
  /** The package manager whose query of the packages was typed last (rules/package-manager.ts). */
  queried?: PackageManager | null;
  /** The paste runs dockerd-rootless.sh from a home's bin directory, or shows the static install there: Docker's static install (rules/infer.ts). */
  staticInstall?: boolean;
  /** Rootless containerd's RootlessKit runs beside a rootful Docker, and what it showed was set aside (rules/containerd-beside-docker.ts). */
  containerdBesideRootful?: boolean;
  /** The upgrade the reader says they made since the output shown (stated-upgrade.ts). */
  statedUpgrade?: StatedUpgrade | null;
  /** The DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS in force, with its line (rules/flags.ts). */
  flagsInForce?: FlagsInForce | null;
  /** See Collected.settings. */
  settings?: Collected['settings'];
  /** The settings' lines that stand in the user unit or a drop-in of it shown whole (recognisers/unit-place.ts wholeFileLines). */
  wholeFile?: ReadonlySet<number>;
  /** Settings exported in a shell, alone or beside a user service (rules/settings-source.ts). */
  settingsSource?: SettingsSource | null;
  /** The lines that set the variables of containerd-rootless.sh, where the daemon is rootless containerd (apply.ts containerdShown). */
  containerdSettings?: ReadonlySet<number>;
}

// Disagreements worth telling the user about: the running state differs from what they configured or installed.
const CONFLICT_KEYS: readonly FactKey[] = ['rootless', 'dockerServerVersion', 'rootlesskitVersion', 'networkDriver', 'portDriver', 'mtu', 'hostLoToNsLo'];

/** Whether two observed values are one: for a version, one release however Debian spells it (version.ts sameRelease). */
const sameValue = (key: FactKey, a: Observation['value'], b: Observation['value']): boolean =>
  a === b || (THREE_PARTS.includes(key) && typeof a === 'string' && typeof b === 'string' && sameRelease(a, b));

/** An observation as a disagreeing value: where it was seen, and whether it was deduced (implicit from pasta's driver, say). */
const seenAs = (o: Observation): Conflict['values'][number] => ({ value: String(o.value), source: VALUE_SOURCES[o.rank - rank.config]!, ...(o.inferred ? { inferred: true as const } : {}) });

/**
 * Picks each fact's value: highest rank wins; among equals the later one (the newer output in a before/after paste): later in time
 * where the order `timed` gives (chronology.ts) holds both lines, else later in the paste.
 */
export function merge(observations: readonly Observation[], timed: () => ReadonlyMap<number, number> = () => new Map()): Merged {
  // Read only where two values differ, which few pastes' lines have: it reads every line.
  let when: ReadonlyMap<number, number> | undefined;
  const facts = emptyFacts();
  const evidence: Partial<Record<FactKey, Evidence[]>> = {};
  const inferred = new Set<FactKey>();
  const packaged = new Set<FactKey>();
  const conflicts: Conflict[] = [];
  const byOrder = new Set<FactKey>();
  const othersShown = new Set<FactKey>();
  // Each fact's observations in order, read once: a long paste has thousands.
  const byKey = new Map<FactKey, Observation[]>();
  for (const o of observations) {
    const list = byKey.get(o.key);
    if (list) list.push(o);
    else byKey.set(o.key, [o]);
  }
  for (const [key, seen] of byKey) {
    const later = (o: Observation, b: Observation): boolean =>
      o.value === b.value || !(((when ??= timed()).get(o.evidence.line) ?? Infinity) < (when.get(b.evidence.line) ?? -Infinity));
    const last = seen.reduce((b, o) => (o.rank > b.rank || (o.rank === b.rank && later(o, b)) ? o : b));
    // A value deduced (implicit from pasta's --tcp-ports=auto) is seen where the same value is printed at the same rank.
    const win = (last.inferred && seen.find((o) => o.rank === last.rank && o.value === last.value && !o.inferred)) || last;
    (facts as unknown as Record<FactKey, unknown>)[key] = win.value;
    if (win.inferred) inferred.add(key);
    if (win.rank === rank.package) packaged.add(key);
    const lines: Evidence[] = [];
    addEvidence(lines, win.evidence);
    // Only observations of configuration strength or more disagree, so the winner's rank has a source too.
    const conflict: Conflict = { key, values: [seenAs(win)], evidence: [win.evidence] };
    for (const o of seen) {
      const same = sameValue(key, o.value, win.value);
      if (same) addEvidence(lines, o.evidence);
      else othersShown.add(key);
      if (!same && o.rank >= rank.config && CONFLICT_KEYS.includes(key)) {
        // Two running values that no time orders: which runs now rests on the paste's order alone (rules/context.ts flagDisputed).
        if (o.rank === rank.running && win.rank === rank.running && !((when ??= timed()).has(o.evidence.line) && when.has(win.evidence.line))) byOrder.add(key);
        // A value is described by where it was first seen.
        if (!conflict.values.some((v) => v.value === String(o.value))) conflict.values.push(seenAs(o));
        addEvidence(conflict.evidence, o.evidence);
      }
    }
    if (conflict.values.length > 1) conflicts.push(conflict);
    evidence[key] = lines;
  }
  return { facts, evidence, inferred, packaged, conflicts, othersShown, byOrder };
}
