/** A port driver shown before docker version's rootlesskit component left PortDriver out (implicit or none), or only configured. */
import { rank, VALUE_SOURCES, type Collected, type Merged } from '../facts.ts';

/**
 * Unsets a port driver that only configuration or earlier output names (a drop-in systemd has not loaded, a note of what was set, a
 * daemon before its restart) when a later docker version left PortDriver out, which it does for implicit and none only (FACTS §5), and
 * says the two disagree; the default is then inferred as when nothing names one (rules/infer.ts). None agrees with it and stays; a
 * driver the running daemon shows later, or pasta's own --tcp-ports=auto, wins. The implicit it says is inferred, not printed. Mutates `m`.
 */
export function unsetEarlierPortDriver(m: Merged, sink: Collected): void {
  const shown = m.facts.portDriver;
  const omitted = sink.portDriverOmitted;
  if (!omitted || shown === null || shown === 'none' || shown === 'implicit') return;
  const seen = sink.observations.filter((o) => o.key === 'portDriver');
  if (seen.some((o) => o.rank > rank.config && o.evidence.line >= omitted.line)) return;
  const strongest = seen.reduce<number>((best, o) => (o.value === shown ? Math.max(best, o.rank) : best), rank.config);
  const conflict = m.conflicts.find((c) => c.key === 'portDriver');
  const running = { value: 'implicit', source: 'running', inferred: true } as const;
  if (conflict) conflict.values.unshift(running);
  else m.conflicts.push({ key: 'portDriver', values: [running, { value: shown, source: VALUE_SOURCES[strongest - rank.config]! }], evidence: [omitted, ...(m.evidence.portDriver ?? [])] });
  m.facts.portDriver = null;
  delete m.evidence.portDriver;
}
