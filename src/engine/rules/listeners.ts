import type { Merged } from '../facts.ts';
import type { Evidence, Signal } from '../types.ts';

/**
 * Infers RootlessKit's port manager from a socket RootlessKit holds on the host (only a port driver that forwards ports itself opens
 * one), where the paste shows neither driver nor a call to the port manager, and no socket pasta holds (another runtime). Mutates `m`.
 */
export function inferPortManager(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>): void {
  const held = signals.get('rootlesskit-listener');
  const f = m.facts;
  if (!held || signals.has('pasta-listener') || f.networkDriver !== null || f.portDriver !== null || f.portManager !== null) return;
  f.portManager = true;
  m.inferred.add('portManager');
  m.evidence.portManager = held;
}
