import { merge, rank, type Collected, type Merged, type Observation } from '../facts.ts';
import type { FactKey, Signal } from '../types.ts';

// What a daemon reports of itself while it runs. (The client, the packages and the host are both daemons'.)
const RESETS: readonly Signal[] = ['connection-reset', 'client-reset'];
const OWN: readonly FactKey[] = ['dockerServerVersion', 'rootlesskitVersion', 'networkDriver', 'portDriver', 'portManager', 'mtu', 'detachNetns', 'disableHostLoopback'];

/**
 * Merges what the recognisers observed. A rootful and a rootless daemon both seen running are two daemons: installing rootless
 * Docker can leave the system-wide daemon running, and no restart makes them agree. Then the rootless fact's lines become the
 * two-daemons signal, and neither a fact both show running nor Docker's version is a disagreement. The verdict follows the rootless
 * daemon, the only one this problem can concern, in whichever order the paste shows them: what the rootful one reports running of
 * itself is left out of each output (one command's, or a line) that shows that daemon alone, and so is its being rootful. `timed`: see merge.
 */
export function mergeDaemons(sink: Collected, timed?: () => ReadonlyMap<number, number>): Merged {
  // Both merges below may ask for the order in time, which reads every line: it is read once.
  let when: ReadonlyMap<number, number> | undefined;
  const once = timed && ((): ReadonlyMap<number, number> => (when ??= timed()));
  const merged = merge(sink.observations, once);
  const running = (c: Merged['conflicts'][number]) => c.values.every((v) => v.source === 'running');
  const two = merged.conflicts.find((c) => c.key === 'rootless' && running(c));
  if (!two) return merged;
  // Unless the setup tool uninstalled the rootless one, or its user service was stopped (and not started again), after the paste last shows
  // it: the one shown last decides.
  // (A loop, not Math.max(...lines): a paste may show it on more lines than a call takes arguments.)
  const shown = sink.observations.reduce((last, o) => (o.key === 'rootless' && o.value ? Math.max(last, o.evidence.line) : last), 0);
  const seen = (id: Signal): number => sink.lastSeen.get(id) ?? 0;
  const stopped = seen('rootless-stopped') > Math.max(seen('rootless-started'), seen('daemon-restarted')) ? seen('rootless-stopped') : 0;
  // A rootless daemon stopped is no second daemon that runs, and the resets before its stop were its own, not the one left running's.
  if (stopped <= shown) sink.signals.set('two-daemons', two.evidence);
  else for (const id of RESETS) {
    const after = sink.signals.get(id)?.filter((e) => e.line > stopped);
    if (after?.length) sink.signals.set(id, after);
    else sink.signals.delete(id);
  }
  const own = Math.max(seen('rootless-uninstalled'), stopped) > shown ? merged : merge(sink.observations.filter(ownOrShared(sink)), once);
  // An install log or a package may name either daemon's version.
  own.conflicts = own.conflicts.filter((c) => !running(c) && c.key !== 'dockerServerVersion');
  return own;
}

/** Whether an observation is neither what the rootful daemon reports of itself in an output that shows it alone, nor its being rootful. */
function ownOrShared(sink: Collected): (o: Observation) => boolean {
  const shown = sink.observations.filter((o) => o.key === 'rootless' && o.rank === rank.running);
  const rootful = new Set(shown.filter((o) => o.value === false).map((o) => o.output));
  for (const o of shown) if (o.value === true) rootful.delete(o.output);
  return (o) => !((OWN.includes(o.key) && rootful.has(o.output)) || (o.rank === rank.running && o.key === 'rootless' && !o.value));
}
