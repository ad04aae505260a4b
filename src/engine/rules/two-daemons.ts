import type { Collected, Merged } from '../facts.ts';

/**
 * Takes a rootful and a rootless daemon both seen running out of the disagreements, with every other fact both show running:
 * installing rootless Docker can leave the system-wide daemon running, so these are two daemons, which no restart makes agree.
 * The rootless fact's lines become the two-daemons signal.
 */
export function splitTwoDaemons(merged: Merged, sink: Collected): void {
  const running = (c: Merged['conflicts'][number]) => c.values.every((v) => v.source === 'running');
  const two = merged.conflicts.find((c) => c.key === 'rootless' && running(c));
  if (!two) return;
  sink.signals.set('two-daemons', two.evidence);
  merged.conflicts = merged.conflicts.filter((c) => !running(c));
}
