/** Whether the client still asks a daemon on another machine where the paste has pointed it back at this one. */
import type { Collected } from '../facts.ts';

// What recognisers mark for this alone: DOCKER_HOST set to another machine, unset or set to a unix socket, and this machine's context made current.
const MARKERS = ['remote-host', 'host-local', 'context-local'] as const;

/**
 * Keeps remote-daemon (with the lines of a DOCKER_HOST naming another machine) only while one of them is still in force after the
 * paste's last word on it: DOCKER_HOST until unset or pointed at a unix socket, whatever the context; the current context (or the ssh
 * client's error) until this machine's context is made current. Removes the markers, which never reach the result.
 */
export function dropRemoteBeforeLocal(sink: Collected): void {
  const last = (id: (typeof MARKERS)[number] | 'remote-daemon'): number => sink.lastSeen.get(id) ?? 0;
  const host = last('remote-host') > last('host-local');
  const context = last('remote-daemon') > last('context-local');
  const lines = [...(host ? (sink.signals.get('remote-host') ?? []) : []), ...(context ? (sink.signals.get('remote-daemon') ?? []) : [])];
  if (lines.length) sink.signals.set('remote-daemon', lines.sort((a, b) => a.line - b.line));
  else sink.signals.delete('remote-daemon');
  for (const id of MARKERS) sink.signals.delete(id);
}
