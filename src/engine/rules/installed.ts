/** A newer RootlessKit shown installed beside the older one the daemon runs: what a restart would start. */
import { rank, type Collected, type Observation } from '../facts.ts';
import { atLeast } from '../version.ts';

/**
 * The newest RootlessKit a binary's --version or a package shows, where the running daemon's differs, and not before another that shows
 * the running one (an upgrade shows the old one first; a second binary shown after the newer one is the one the daemon starts, which a
 * restart starts again); null where none is, or where the paste restarts the daemon after showing it and the daemon still runs the
 * old one (the unit's PATH finds another binary).
 */
export function installedRootlesskit(sink: Collected): string | null {
  // A restart that failed started nothing.
  const restart = (sink.lastSeen.get('service-failed') ?? 0) > (sink.lastSeen.get('daemon-restarted') ?? 0) ? 0 : (sink.lastSeen.get('daemon-restarted') ?? 0);
  const seen = sink.observations.filter((o) => o.key === 'rootlesskitVersion');
  const ran = seen.filter((o) => o.rank === rank.running).at(-1);
  const installed = seen.filter((o) => o.rank === rank.binary || o.rank === rank.package);
  if (!ran) return null;
  const old = installed.findLast((o) => o.value === ran.value)?.evidence.line ?? 0;
  const newer = installed.filter((o) => o.value !== ran.value && o.evidence.line > old);
  const newest = newer.reduce<Observation | null>((best, o) => (best === null || atLeast(o.value as string, best.value as string) ? o : best), null);
  if (!newest || (restart > newest.evidence.line && ran.evidence.line > restart)) return null;
  return newest.value as string;
}

/**
 * Drops the RootlessKits binaries show outside a home's bin directory (/usr/bin's, asked by path or found there by the PATH) where the
 * daemon runs from one (Docker's static install): the daemon does not start them, nor would a restart.
 */
export function dropOtherRootlesskits(sink: Collected, staticInstall: boolean): void {
  const other = sink.signals.get('rootlesskit-elsewhere');
  if (!staticInstall || !other) return;
  const lines = new Set(other.map((e) => e.line));
  sink.observations = sink.observations.filter((o) => o.key !== 'rootlesskitVersion' || o.rank !== rank.binary || !lines.has(o.evidence.line));
}
