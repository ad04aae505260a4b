/** Ports published, and the resets after them, by the daemon the current context asks where that is not the rootless one. */
import type { Line } from '../clean.ts';
import { addEvidence, rank, type Collected } from '../facts.ts';
import type { Evidence, Signal } from '../types.ts';
import { firstAfter } from './spans.ts';

const PUBLISHED: readonly Signal[] = ['published-loopback', 'published-secondary-loopback', 'published-ipv6-loopback'];
// What a request to such a port shows: the request, and its reset.
const ANSWERS: readonly Signal[] = ['loopback-request', 'connection-reset', 'client-reset'];

/**
 * Sets aside, as context-ports, the ports that docker commands typed without --context published while the current context
 * was another daemon's (the system-wide one, Docker Desktop's: context-system's row) and the requests and resets after them, until this
 * machine's context or DOCKER_HOST is chosen again; only where the rootless daemon's own output was all asked for itself alone (docker
 * --context rootless …), so that those plain commands went to the other daemon. `prompted`: the lines typed at a prompt, ascending.
 */
export function setAsideOtherContext(sink: Collected, prompted: readonly Line[]): void {
  const row = sink.signals.get('context-system')?.[0];
  if (!row) return;
  const typed = prompted.map((l) => l.n);
  // The command typed last before line `n`, or 0.
  const commandOf = (n: number): number => typed[firstAfter(typed, n) - 1] ?? 0;
  const once = new Set((sink.signals.get('remote-once') ?? []).map((e) => e.line));
  const own = sink.observations.filter((o) => o.key === 'rootless' && o.value === true && o.rank === rank.running);
  if (!own.length || !own.every((o) => once.has(commandOf(o.evidence.line)))) return;
  const back = [...(sink.signals.get('context-local') ?? []), ...(sink.signals.get('host-local') ?? [])].map((e) => e.line).filter((n) => n > row.line);
  const until = Math.min(Infinity, ...back);
  const published = PUBLISHED.flatMap((id) => sink.signals.get(id) ?? []).map((e) => e.line).sort((a, b) => a - b);
  // The other daemon's: a port it published, or a request after one, while it was the one asked.
  const others = (e: Evidence): boolean => {
    if (e.line <= row.line || e.line >= until) return false;
    const port = published.includes(e.line) ? e.line : published[firstAfter(published, e.line) - 1];
    return port !== undefined && port > row.line && !once.has(commandOf(port));
  };
  const aside: Evidence[] = [];
  for (const id of [...PUBLISHED, ...ANSWERS]) {
    const seen = sink.signals.get(id);
    if (!seen?.some(others)) continue;
    for (const e of seen.filter(others)) addEvidence(aside, e);
    const kept = seen.filter((e) => !others(e));
    if (kept.length) sink.signals.set(id, kept);
    else sink.signals.delete(id);
  }
  if (aside.length) sink.signals.set('context-ports', aside.sort((a, b) => a.line - b.line));
}
