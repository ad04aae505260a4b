import { merge, rank, type Collected, type Merged } from '../facts.ts';
import type { FactKey } from '../types.ts';

// What a daemon reports of itself while it runs. (The client, the packages and the host are both daemons'.)
const OWN: readonly FactKey[] = ['dockerServerVersion', 'rootlesskitVersion', 'networkDriver', 'portDriver', 'portManager', 'mtu', 'detachNetns', 'disableHostLoopback'];

/**
 * Merges what the recognisers observed. A rootful and a rootless daemon both seen running are two daemons: installing rootless
 * Docker can leave the system-wide daemon running, and no restart makes them agree. Then the rootless fact's lines become the
 * two-daemons signal, what the other daemon (the one the verdict does not follow) reports running of itself is left out where a
 * section shows that daemon alone, and no fact both show running is a disagreement.
 */
export function mergeDaemons(sink: Collected): Merged {
  const merged = merge(sink.observations);
  const running = (c: Merged['conflicts'][number]) => c.values.every((v) => v.source === 'running');
  const two = merged.conflicts.find((c) => c.key === 'rootless' && running(c));
  if (!two) return merged;
  sink.signals.set('two-daemons', two.evidence);
  const shown = sink.observations.filter((o) => o.key === 'rootless' && o.rank === rank.running);
  const other = new Set(shown.filter((o) => o.value !== merged.facts.rootless).map((o) => o.section));
  for (const o of shown) if (o.value === merged.facts.rootless) other.delete(o.section);
  const own = merge(sink.observations.filter((o) => !(o.rank === rank.running && OWN.includes(o.key) && other.has(o.section))));
  own.conflicts = own.conflicts.filter((c) => !running(c));
  return own;
}
