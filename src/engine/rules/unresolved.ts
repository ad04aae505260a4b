/** Drivers set beside a driver whose value is a variable's (a Dockerfile's ARG, a shell's), which the paste does not show. */
import type { Collected } from '../facts.ts';

// A value that names a variable rather than giving one: ${NET}, $NET.
const REFERENCE = /\$(?:\{|[A-Za-z_])/;
// The settings that choose the drivers.
const DRIVERS = ['NET', 'PORT_DRIVER'];

/**
 * Marks as inferred the drivers read from a line that sets another to a variable (ENV …NET=${NET} …PORT_DRIVER=builtin): that one is
 * unknown, and may be one RootlessKit refuses beside them (pasta beside builtin), so no verdict is confirmed by what the line says.
 */
export function inferBesideReferences(sink: Collected): void {
  const lines = new Set([...sink.settings].filter(([, set]) => DRIVERS.some((name) => REFERENCE.test(set.get(name)?.value ?? ''))).map(([n]) => n));
  if (!lines.size) return;
  sink.observations = sink.observations.map((o) => ((o.key === 'networkDriver' || o.key === 'portDriver') && lines.has(o.evidence.line) ? { ...o, inferred: true } : o));
}
