import type { Collected, Merged } from '../facts.ts';

/**
 * Takes a rootful and a rootless daemon both seen running out of the disagreements: installing rootless Docker leaves the
 * system-wide daemon running, so this is two daemons, which no restart settles. Their lines become the two-daemons signal.
 */
export function splitTwoDaemons(merged: Merged, sink: Collected): void {
  const at = merged.conflicts.findIndex((c) => c.key === 'rootless' && c.values.every((v) => v.source === 'running'));
  if (at < 0) return;
  sink.signals.set('two-daemons', merged.conflicts[at]!.evidence);
  merged.conflicts.splice(at, 1);
}
