/**
 * RootlessKit's port manager as a port refused on the namespace's own address hints at it (data/core/diagnostics.ts,
 * bind-address-in-use): a hint of the daemon that refused it, which what the paste shows of the daemon that runs now overrules. It is
 * an inference from moby's code, not a port driver seen, so a verdict it decides is inferred, and a link leaves it out and carries the signal.
 */
import { knownErrors } from '../data/core/diagnostics.ts';
import { managedPortDrivers } from '../data/core/network.ts';
import { rank, wholeLine, type Collected, type Merged } from '../facts.ts';
import type { Evidence, Signal } from '../types.ts';

const BIND = knownErrors.find((e) => e.id === 'bind-address-in-use')!;

/** Whether an evidence line is such a refused bind. */
const refusedBind = (e: Evidence): boolean => BIND.parts.every((p) => wholeLine(e).includes(p));

/** Whether the lines that show the port manager are only such refused binds: an inference from moby's code, no port driver seen. */
export const bindHintOnly = (evidence: readonly Evidence[] | undefined): boolean => !!evidence?.length && evidence.every(refusedBind);

/**
 * Where only such refused binds show the port manager: unsets it where each came before a restart the paste shows, or the daemon after the
 * last restart is shown with a port driver that has none (docker version's PortDriver, or one it left out, which is implicit or none;
 * a running argv); else marks it inferred. Mutates `m`.
 */
export function weighBindHint(m: Merged, sink: Collected): void {
  const shown = sink.observations.filter((o) => o.key === 'portManager');
  if (!m.facts.portManager || !bindHintOnly(shown.map((o) => o.evidence))) return;
  const restart = m.restartedAt ?? 0;
  const unmanaged = sink.observations.some(
    (o) => o.key === 'portDriver' && o.rank >= rank.running && o.evidence.line > restart && !(managedPortDrivers as readonly unknown[]).includes(o.value),
  );
  if (!unmanaged && (sink.portDriverOmitted?.line ?? 0) <= restart && shown.some((o) => o.evidence.line > restart)) {
    m.inferred.add('portManager');
    return;
  }
  m.facts.portManager = null;
  delete m.evidence.portManager;
}

/** Infers the port manager again from a link's refused bind (its signal) where the link names no port driver without one. Mutates `m`. */
export function bindHintAgain(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>): void {
  const { portManager, portDriver } = m.facts;
  if (!signals.has(BIND.id) || portManager !== null || (portDriver !== null && !(managedPortDrivers as readonly unknown[]).includes(portDriver))) return;
  m.facts.portManager = true;
  m.inferred.add('portManager');
}
