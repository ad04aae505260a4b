/** Packages a log shows upgraded after the running rootless daemon started: it still runs what they held before. */
import { addEvidence, rank, type Collected, type LoggedUpgrade, type Merged } from '../facts.ts';
import { order } from '../moment.ts';
import type { Evidence, FactKey } from '../types.ts';
import { bundledRootlesskit } from './infer.ts';

/**
 * What upgrades after the daemon's start installed (which a restart would start), the facts they changed, the line of that start, and
 * the lines of packages every change of which is dated before it (what they installed is what the daemon started from).
 */
export interface Upgraded {
  installed: Partial<Record<'rootlesskitVersion' | 'rootlessExtrasVersion', string>>;
  changed: Set<FactKey>;
  start: Evidence | null;
  startedSince: Set<number>;
}

/** The start of the rootless daemon that runs: the latest shown (by time where their order is known, else the paste's order). */
function lastStart(starts: Collected['starts']): Collected['starts'][number] | undefined {
  return starts.reduce<Collected['starts'][number] | undefined>((last, s) => (last && order(last.at, s.at) === 1 ? last : s), undefined);
}

/**
 * Where the paste shows when the rootless daemon last started (and no restart after that, or after the upgrade), the facts of each
 * package upgraded since are what the daemon does not run yet (an upgrade restarts nothing): the first upgrade dated after the start
 * gives each fact the value its package had before it (none where the log shows none: the daemon runs some other, older one); an
 * undated upgrade, or one whose order against the start cannot be known (their zones), leaves unknown which runs, so the values it changed
 * are dropped. Returns what the upgrades installed, and the packages every dated change of which came before the start. Mutates the
 * sink's observations.
 */
export function runningBeforeUpgrades(sink: Collected): Upgraded {
  const start = lastStart(sink.starts);
  const restart = sink.lastSeen.get('daemon-restarted') ?? 0;
  const upgraded: Upgraded = { installed: {}, changed: new Set(), start: start?.evidence ?? null, startedSince: new Set() };
  if (!start || restart > start.line) return upgraded;
  // (A change at the same instant as the start, or of unknown order against it, may have come after it.)
  for (const u of sink.upgrades) if (u.at !== null && order(u.at, start.at) === -1) upgraded.startedSince.add(u.line);
  // 1: after the start, -1 or 0: before it, null: unknown (undated, or of unknown order against the start), unless a restart is shown
  // after the upgrade's line.
  const since = (u: LoggedUpgrade): 1 | -1 | 0 | null => {
    const after = u.at === null ? null : order(u.at, start.at);
    return after === null && restart > u.line ? -1 : after;
  };
  // What the first upgrade since the start gave before it, and the line that shows that upgrade (which decides what runs, however many
  // came after it), by the line that reports the package (apt's history names several packages on one line; a log reports each
  // package's upgrades, in time order, on its last line), and whether the order of that upgrade is known.
  const before = new Map<number, { dated: boolean; was: Map<FactKey, { value: unknown; evidence: Evidence }> }>();
  for (const u of sink.upgrades) {
    const after = since(u);
    if (after === -1 || after === 0) continue;
    upgraded.startedSince.delete(u.line);
    // (An install date after the start, or of unknown order, leaves which runs open: the package keeps its value, as one without a date.)
    if (u.dateOnly) continue;
    const line = before.get(u.line) ?? before.set(u.line, { dated: true, was: new Map() }).get(u.line)!;
    if (after === null) line.dated = false;
    for (const [key, value] of u.before) if (!line.was.has(key)) line.was.set(key, { value, evidence: u.evidence });
  }
  sink.observations = sink.observations.filter((o) => {
    const line = o.rank === rank.package ? before.get(o.evidence.line) : undefined;
    if (!line) return true;
    if (o.key === 'rootlesskitVersion' || o.key === 'rootlessExtrasVersion') upgraded.installed[o.key] = o.value as string;
    const was = line.was.get(o.key);
    if (was?.value !== o.value) upgraded.changed.add(o.key);
    if (was === undefined || (!line.dated && was.value !== o.value)) return false;
    o.value = was.value as typeof o.value;
    // (apt's history reports each package of a run on the run's line: there, the package's own item stays the evidence.)
    if (was.evidence.line !== o.evidence.line) o.evidence = was.evidence;
    return true;
  });
  return upgraded;
}

/** The RootlessKit the upgrades installed, themselves or in the rootless extras: what a restart would start. */
export const upgradedRootlesskit = ({ installed: i }: Upgraded): string | null => i.rootlesskitVersion ?? bundledRootlesskit(i.rootlessExtrasVersion ?? null)?.rootlesskit ?? null;

/** Cites the daemon's start beside each fact an upgrade after it changed: why the value is the one from before it. Mutates `m`. */
export function citeStart(m: Merged, u: Upgraded): void {
  for (const key of u.changed) if (u.start && m.evidence[key]) addEvidence(m.evidence[key], u.start);
}

/** The packaged facts that are as their package was before an upgrade after the daemon's start, as a result names them (none: nothing). */
export function beforeUpgrade(m: Merged): { beforeUpgrade?: FactKey[] } {
  const keys = [...(m.beforeUpgrade ?? [])].filter((k) => m.packaged.has(k) && m.facts[k] !== null);
  return keys.length ? { beforeUpgrade: keys } : {};
}
