/** A port driver only configured, against docker version's rootlesskit component, which leaves PortDriver out for implicit and none. */
import { rank, type Collected, type Merged } from '../facts.ts';

/**
 * Unsets a port driver that only configuration names (a drop-in systemd has not loaded, a note of what was set) when docker version
 * left PortDriver out, which it does for implicit and none only (FACTS §5), and says the two disagree; the default is then inferred as
 * when nothing names one (rules/infer.ts). A configured none agrees with it and stays. Mutates `m`.
 */
export function unsetConfiguredPortDriver(m: Merged, sink: Collected): void {
  const configured = m.facts.portDriver;
  const omitted = sink.portDriverOmitted;
  if (!omitted || configured === null || configured === 'none' || configured === 'implicit') return;
  if (sink.observations.some((o) => o.key === 'portDriver' && o.rank > rank.config)) return;
  const conflict = m.conflicts.find((c) => c.key === 'portDriver');
  const running = { value: 'implicit', source: 'running' } as const;
  if (conflict) conflict.values.unshift(running);
  else m.conflicts.push({ key: 'portDriver', values: [running, { value: configured, source: 'config' }], evidence: [omitted, ...(m.evidence.portDriver ?? [])] });
  m.facts.portDriver = null;
  delete m.evidence.portDriver;
}
