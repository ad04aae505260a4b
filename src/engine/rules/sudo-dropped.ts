/** A shell's exports that sudo's env_reset kept from the daemon it started, as the running daemon shows. */
import type { Line } from '../clean.ts';
import { rank, type Collected } from '../facts.ts';
import { dropsExports, handRun } from '../hand-run.ts';
import { EXPORT } from './settings-source.ts';

/**
 * Where the last run by hand goes through sudo without -E or --preserve-env, and the daemon running after it shows a driver other than one
 * exported before it, drops what those exports set (facts and settings): env_reset kept them from that daemon, so they are not in force,
 * and no fix may type them into its start again (a daemon moved onto pasta that never ran it). Exports the daemon agrees with stay.
 */
export function dropSudoResetExports(lines: readonly Line[], sink: Collected): void {
  const run = lines.findLast((l) => handRun(l));
  if (!run || !dropsExports(run.trimmed)) return;
  const exportLines = new Set(lines.filter((l) => l.n < run.n && sink.settings.has(l.n) && EXPORT.test(l.trimmed)).map((l) => l.n));
  if (!exportLines.size) return;
  const exported = sink.observations.filter((o) => exportLines.has(o.evidence.line));
  const running = sink.observations.filter((o) => o.rank === rank.running && o.evidence.line > run.n);
  if (!exported.some((e) => running.some((r) => r.key === e.key && r.value !== e.value))) return;
  sink.observations = sink.observations.filter((o) => !exportLines.has(o.evidence.line));
  for (const n of exportLines) sink.settings.delete(n);
}
