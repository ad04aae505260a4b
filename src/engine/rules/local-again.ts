/** Whether the client still asks a daemon on another machine where the paste has pointed it back at this one. */
import type { Collected } from '../facts.ts';

// What recognisers mark for this alone: DOCKER_HOST set to another machine, the ssh client's error, DOCKER_HOST unset or set to a unix
// socket, and this machine's context made current.
const MARKERS = ['remote-host', 'remote-dial', 'host-local', 'context-local'] as const;

/**
 * Keeps remote-daemon (with the lines of a DOCKER_HOST naming another machine) only while one of them is still in force after the
 * paste's last word on it: DOCKER_HOST until unset or pointed at a unix socket, whatever the context; the current context until this
 * machine's context is made current; the ssh client's error until this machine's context is made current, or, where a DOCKER_HOST naming
 * another machine came before it (whose error it may be), until either. Removes the markers, which never reach the result.
 */
export function dropRemoteBeforeLocal(sink: Collected): void {
  const last = (id: (typeof MARKERS)[number] | 'remote-daemon'): number => sink.lastSeen.get(id) ?? 0;
  const hostFirst = sink.signals.get('remote-host')?.[0]?.line ?? Infinity;
  const inForce = [
    last('remote-host') > last('host-local') && 'remote-host',
    last('remote-daemon') > last('context-local') && 'remote-daemon',
    last('remote-dial') > Math.max(hostFirst < last('remote-dial') ? last('host-local') : 0, last('context-local')) && 'remote-dial',
  ] as const;
  const lines = inForce.flatMap((id) => (id ? (sink.signals.get(id) ?? []) : []));
  if (lines.length) sink.signals.set('remote-daemon', lines.sort((a, b) => a.line - b.line));
  else sink.signals.delete('remote-daemon');
  for (const id of MARKERS) sink.signals.delete(id);
}
