/** A pasta the shell did not find: set aside where the paste shows one all the same, a stop where it is the driver set. */
import { addEvidence, rank, type Collected, type Merged } from '../facts.ts';
import type { Evidence, Signal } from '../types.ts';

// What only a daemon that runs shows: the reset of a port it published, sockets RootlessKit or pasta hold, and systemd's unit running
// (unless the client then found no daemon, or the service failed).
const DAEMON_RUNS: readonly Signal[] = ['connection-reset', 'rootlesskit-listener', 'pasta-listener', 'unit-running'];
const DAEMON_DOWN: readonly Signal[] = ['daemon-unreachable', 'service-failed'];

/** Whether the paste shows a daemon that runs: what the running daemon reports, or what only a running one shows. */
export function daemonShown(sink: Collected): boolean {
  const ids = [...sink.signals.keys()];
  const runs = ids.some((id) => DAEMON_RUNS.includes(id)) && !ids.some((id) => DAEMON_DOWN.includes(id));
  return runs || sink.observations.some((o) => o.rank === rank.running);
}

/**
 * Unsets "pasta is not installed" where the paste shows a pasta: its version or package, the probe's answer, its command line, or a
 * daemon running it (whose PATH is its service's, not the shell's; or pasta was installed since). Where pasta is the network driver
 * set and no daemon is shown running (nothing the running daemon reports, nor what only a running one shows), says that RootlessKit
 * cannot start it, as RootlessKit's own error would (a running daemon shown later takes it back, as it does that error). Mutates `m`
 * and `sink`.
 */
export function unsetMissingPasta(m: Merged, sink: Collected): void {
  const f = m.facts;
  if (f.pastaInstalled !== false) return;
  const shown =
    f.pastaVersion !== null ||
    f.pastaAcceptsHostLoToNsLo !== null ||
    f.hostLoToNsLo !== null ||
    sink.observations.some((o) => o.rank === rank.running && (o.key === 'networkDriver' || o.key === 'portDriver') && (o.value === 'pasta' || o.value === 'implicit'));
  if (shown) {
    f.pastaInstalled = null;
    delete m.evidence.pastaInstalled;
    return;
  }
  if (f.networkDriver !== 'pasta' || daemonShown(sink)) return;
  const lines: Evidence[] = sink.signals.get('pasta-not-found') ?? [];
  for (const e of [...(m.evidence.pastaInstalled ?? []), ...(m.evidence.networkDriver ?? [])]) addEvidence(lines, e);
  sink.signals.set('pasta-not-found', lines);
  sink.lastSeen.set('pasta-not-found', lines.reduce((last, e) => Math.max(last, e.line), sink.lastSeen.get('pasta-not-found') ?? 0));
}
