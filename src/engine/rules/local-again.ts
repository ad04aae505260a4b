/** A client pointed back at this machine after the paste showed it asking a daemon on another. */
import type { Collected } from '../facts.ts';

/**
 * Removes remote-daemon where the paste last points the client at this machine (`unset DOCKER_HOST`, `docker context use default`,
 * a unix:// DOCKER_HOST) after it: what follows is this machine's daemon. The marker itself never reaches the result.
 */
export function dropRemoteBeforeLocal(sink: Collected): void {
  const local = sink.lastSeen.get('client-local') ?? 0;
  if (local > (sink.lastSeen.get('remote-daemon') ?? Infinity)) sink.signals.delete('remote-daemon');
  sink.signals.delete('client-local');
}
