/** A network driver set by hand: dockerd-rootless.sh then picks the MTU by other rules. */
import type { Collected, Merged } from '../facts.ts';

/**
 * Adds signal net-set, on its lines, where DOCKERD_ROOTLESS_ROOTLESSKIT_NET sets the network driver the checker chose (a setting
 * systemd did not load is gone by now): a link carries the signal, where the lines themselves would be lost.
 */
export function markNetSet(m: Merged, sink: Collected): void {
  const lines = m.evidence.networkDriver?.filter((e) => sink.settings.get(e.line)?.has('NET'));
  if (lines?.length) sink.signals.set('net-set', lines);
}
