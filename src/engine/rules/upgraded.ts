/** Packages a log shows upgraded after the running daemon started: it still runs what they held before. */
import { addEvidence, rank, type Collected, type Merged, type Upgrade } from '../facts.ts';
import type { Evidence, FactKey } from '../types.ts';
import { bundledRootlesskit } from './infer.ts';

/** What upgrades after the daemon's start installed (which a restart would start), the facts they changed, and the line of that start. */
export interface Upgraded {
  installed: Partial<Record<'rootlesskitVersion' | 'rootlessExtrasVersion', string>>;
  changed: Set<FactKey>;
  start: Evidence | null;
}

/**
 * Where the paste shows when the daemon last started (and no restart after that, or after the upgrade), the facts of each package
 * upgraded since are what the daemon does not run yet (an upgrade restarts nothing): a dated upgrade after the start gives each fact
 * the value its package had before (none where the log shows none: the daemon runs some other, older one); an undated upgrade leaves
 * unknown which runs, so the values it changed are dropped. Returns what the upgrades installed. Mutates the sink's observations.
 */
export function runningBeforeUpgrades(sink: Collected): Upgraded {
  const start = sink.starts.at(-1);
  const restart = sink.lastSeen.get('daemon-restarted') ?? 0;
  const upgraded: Upgraded = { installed: {}, changed: new Set(), start: start?.evidence ?? null };
  if (!start || restart > start.line) return upgraded;
  const since = (u: Upgrade): boolean => (u.at === null ? restart < u.line : u.at > start.at);
  // What each line's upgrades gave before them (apt's history names several packages on one line), and whether its log dates them.
  const before = new Map<number, { dated: boolean; was: Map<FactKey, unknown> }>();
  for (const u of sink.upgrades.filter(since)) {
    const line = before.get(u.line) ?? before.set(u.line, { dated: u.at !== null, was: new Map() }).get(u.line)!;
    for (const [key, value] of u.before) line.was.set(key, value);
  }
  sink.observations = sink.observations.filter((o) => {
    const line = o.rank === rank.package ? before.get(o.evidence.line) : undefined;
    if (!line) return true;
    if (o.key === 'rootlesskitVersion' || o.key === 'rootlessExtrasVersion') upgraded.installed[o.key] = o.value as string;
    const was = line.was.get(o.key);
    if (was !== o.value) upgraded.changed.add(o.key);
    if (was === undefined || (!line.dated && was !== o.value)) return false;
    o.value = was as typeof o.value;
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
