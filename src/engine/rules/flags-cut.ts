/** A DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS in force that the paste does not show whole: the drivers its rest may set are not seen. */
import type { Merged } from '../facts.ts';
import { spec, type FindingSpec } from '../messages/types.ts';
import { flagsIn } from '../recognisers/flags-value.ts';

const DRIVERS = ['networkDriver', 'portDriver'] as const;

/**
 * Where the FLAGS in force may go on past what is shown and so may set a driver (one of its driver flags is cut before its value, or the
 * network driver is pasta, whose port driver RootlessKit checks): the drivers read from settings become inferred, and a note asks for the
 * whole line. Mutates `m`.
 */
export function cutFlags(m: Merged): FindingSpec[] {
  const flags = m.flagsInForce;
  if (!flags?.cut) return [];
  const unknown = flagsIn(flags).some((f) => (f.name === 'net' || f.name === 'port-driver') && !f.value);
  if (!unknown && m.facts.networkDriver !== 'pasta') return [];
  // A driver the running daemon reports (or RootlessKit's argv) is seen, whatever FLAGS says.
  const unseen = DRIVERS.filter((k) => m.facts[k] !== null && m.settings?.has(m.evidence[k]?.[0]?.line ?? 0));
  for (const k of unseen) m.inferred.add(k);
  return unseen.length ? [spec('flags-cut', { unquoted: !!flags.unquoted }, [flags.evidence])] : [];
}
