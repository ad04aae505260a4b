/** A package log's downgrade that takes RootlessKit, or Docker's rootless extras that bundle it, below the release with the fix. */
import { rootlesskit, rootlesskitTags } from '../data/core/rootlesskit.ts';
import { rank, type Collected } from '../facts.ts';
import type { Evidence, FactKey } from '../types.ts';
import { atLeast } from '../version.ts';
import { bundledRootlesskit } from './infer.ts';

/** The RootlessKit before the downgrade and the one it installed, and the log's line of the downgrade. */
export interface Downgrade {
  from: string;
  to: string;
  evidence: Evidence;
}

const KEYS: readonly FactKey[] = ['rootlesskitVersion', 'rootlessExtrasVersion'];

/** The RootlessKit a package fact names: its own version, or the one the rootless extras of that Docker release bundle (null: unknown). */
function rootlesskitOf(key: FactKey, value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (key === 'rootlesskitVersion') return value;
  const bundle = bundledRootlesskit(value);
  return bundle && !bundle.range ? bundle.rootlesskit : null;
}

const fixed = (version: string): boolean | null => atLeast(version, rootlesskit.hostLoToNsLo.version, rootlesskitTags.versions);

/**
 * The last change a log shows to a package that gives RootlessKit, where it is a downgrade from a RootlessKit with the fix and leaves
 * one without it installed; else null. Read before rules/upgraded.ts puts back what the daemon runs.
 */
export function downgradeBelowFix(sink: Collected): Downgrade | null {
  let found: Downgrade | null = null;
  // Each package's changes come in time order, reported on the package's line: the last one on a line and key is what it left.
  const last = new Map<string, Collected['upgrades'][number]>();
  for (const u of sink.upgrades) for (const [key] of u.before) if (KEYS.includes(key)) last.set(`${u.line} ${key}`, u);
  for (const [where, u] of last) {
    const key = where.slice(where.indexOf(' ') + 1) as FactKey;
    const now = sink.observations.find((o) => o.rank === rank.package && o.key === key && o.evidence.line === u.line);
    const from = rootlesskitOf(key, u.before.find(([k]) => k === key)?.[1]);
    const to = now ? rootlesskitOf(key, now.value) : null;
    if (u.down && from && to && fixed(from) === true && fixed(to) === false && (!found || u.line > found.evidence.line)) found = { from, to, evidence: u.evidence };
  }
  return found;
}
