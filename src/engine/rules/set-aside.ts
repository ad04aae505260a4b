/** Lines whose settings no daemon in question reads: what they were read as set aside. */
import type { Collected } from '../facts.ts';

/**
 * Sets aside the settings lines `gone` set, what they were read as (all but the rootless hint: they still name the rootless daemon's
 * settings) and what else they signalled (a refused driver, FLAGS with pasta's option), but the signals that say why a setting is not
 * applied, and that configuration is named.
 */
export function setAsideLines(sink: Collected, gone: ReadonlySet<number>): void {
  if (!gone.size) return;
  for (const n of gone) sink.settings.delete(n);
  sink.observations = sink.observations.filter((o) => o.key === 'rootless' || !gone.has(o.evidence.line));
  for (const [id, seen] of sink.signals) {
    const kept = seen.filter((e) => !gone.has(e.line) || id.startsWith('setting-') || id === 'configuration-named');
    if (kept.length < seen.length) sink.signals.set(id, kept);
    if (!kept.length) sink.signals.delete(id);
  }
}
