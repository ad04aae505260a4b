/**
 * RootlessKit's port manager as a port refused on the namespace's own address hints at it (data/core/diagnostics.ts,
 * bind-address-in-use): a hint of the daemon that refused it, which what the paste shows of the daemon that runs now overrules.
 */
import { knownErrors } from '../data/core/diagnostics.ts';
import { managedPortDrivers } from '../data/core/network.ts';
import { rank, wholeLine, type Collected, type Merged } from '../facts.ts';
import type { Evidence } from '../types.ts';

const BIND = knownErrors.find((e) => e.id === 'bind-address-in-use')!;

/** Whether an evidence line is such a refused bind. */
const refusedBind = (e: Evidence): boolean => BIND.parts.every((p) => wholeLine(e).includes(p));

/**
 * Unsets the port manager where only such refused binds show it and each came before a restart the paste shows, or the daemon after the
 * last restart is shown with a port driver that has none (docker version's PortDriver, or one it left out, which is implicit or none;
 * a running argv). Mutates `m`.
 */
export function dropStaleBindHint(m: Merged, sink: Collected): void {
  const shown = sink.observations.filter((o) => o.key === 'portManager');
  if (!m.facts.portManager || !shown.length || !shown.every((o) => refusedBind(o.evidence))) return;
  const restart = m.restartedAt ?? 0;
  const unmanaged = sink.observations.some(
    (o) => o.key === 'portDriver' && o.rank >= rank.running && o.evidence.line > restart && !(managedPortDrivers as readonly unknown[]).includes(o.value),
  );
  if (!unmanaged && (sink.portDriverOmitted?.line ?? 0) <= restart && shown.some((o) => o.evidence.line > restart)) return;
  m.facts.portManager = null;
  delete m.evidence.portManager;
}
