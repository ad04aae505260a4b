/** Rootless containerd's settings (CONTAINERD_ROOTLESS_ROOTLESSKIT_*): the daemon they set is containerd's, never Docker's. */
import type { Collected } from '../facts.ts';
import { CONTAINERD_LINE_SIGNALS } from '../recognisers/env.ts';

/**
 * Drops what the lines of rootless containerd's settings showed (facts, settings, signals) where the paste shows Docker's daemon (its
 * version, or it rootless): those settings are another engine's, and say nothing of it. Alone, they stand, and mark the fixes as containerd's.
 */
export function weighContainerdSettings(sink: Collected): void {
  const seen = sink.signals.get('containerd-settings');
  if (!seen) return;
  const lines = new Set(seen.map((e) => e.line));
  if (!sink.observations.some((o) => o.key === 'dockerServerVersion' || (o.key === 'rootless' && o.value === true))) {
    sink.signals.set('containerd-rootless', [...(sink.signals.get('containerd-rootless') ?? []), ...seen]);
    return;
  }
  sink.observations = sink.observations.filter((o) => !lines.has(o.evidence.line));
  for (const n of lines) sink.settings.delete(n);
  for (const id of CONTAINERD_LINE_SIGNALS) {
    const kept = (sink.signals.get(id) ?? []).filter((e) => !lines.has(e.line));
    if (kept.length) sink.signals.set(id, kept);
    else sink.signals.delete(id);
  }
}
