/** Whether the client still asks a daemon on another machine where the paste has pointed it back at this one. */
import { rank, type Collected } from '../facts.ts';
import type { FactKey } from '../types.ts';

// What the shell here tells of pasta's release: this machine's, not the daemon's while the client asks another machine. (Not the flag
// test, which people run on the daemon's host, through ssh or in a session there, as the guide asks.)
const PASTA_HERE: readonly FactKey[] = ['pastaVersion', 'pastaDate', 'pastaInstalled'];

// What recognisers mark for this alone: DOCKER_HOST set to another machine, the ssh client's error, DOCKER_HOST unset or set to a unix
// socket, this machine's context made current, and another context made current.
const MARKERS = ['remote-host', 'remote-dial', 'host-local', 'context-local', 'context-other'] as const;

/**
 * Keeps remote-daemon (with the lines of a DOCKER_HOST naming another machine) only while one of them is still in force after the
 * paste's last word on it: DOCKER_HOST until unset or pointed at a unix socket, whatever the context; the current context until this
 * machine's context is made current; the ssh client's error until this machine's context is made current, or, where no other context
 * was last made current before it (so the error is DOCKER_HOST's), until either. Removes the markers, which never reach the result. While
 * one is in force, a pasta shown through ssh (or in a VM: a hint) is the daemon host's, and this machine's pasta gives way to it.
 */
export function dropRemoteBeforeLocal(sink: Collected): void {
  const last = (id: (typeof MARKERS)[number] | 'remote-daemon'): number => sink.lastSeen.get(id) ?? 0;
  // Another context made current (or shown current) after this machine's last was, before the ssh client's error: the error is its.
  const other = Math.max(last('context-other'), sink.signals.get('remote-daemon')?.[0]?.line ?? 0);
  const contextErr = other > last('context-local') && other < last('remote-dial');
  const inForce = [
    last('remote-host') > last('host-local') && 'remote-host',
    last('remote-daemon') > last('context-local') && 'remote-daemon',
    last('remote-dial') > Math.max(contextErr ? 0 : last('host-local'), last('context-local')) && 'remote-dial',
  ] as const;
  const lines = inForce.flatMap((id) => (id ? (sink.signals.get(id) ?? []) : []));
  if (lines.length) sink.signals.set('remote-daemon', lines.sort((a, b) => a.line - b.line));
  else sink.signals.delete('remote-daemon');
  const there = lines.length && sink.observations.some((o) => o.key === 'pastaVersion' && o.rank === rank.hint);
  if (there) sink.observations = sink.observations.filter((o) => !PASTA_HERE.includes(o.key) || o.rank < rank.package);
  for (const id of MARKERS) sink.signals.delete(id);
}
