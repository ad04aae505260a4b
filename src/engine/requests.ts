/** Requests to 127.0.0.1 that concern the problem: not those to a port the paste shows published on all addresses. */
import { wholeLine } from './facts.ts';
import type { Evidence, Signal } from './types.ts';

// The port of a request to 127.0.0.1 (symptoms.ts's loopback-request).
const REQUESTED_PORT = /127\.0\.0\.1:(\d{1,5})/;

/** Drops the requests to 127.0.0.1 on a port a line shows published on all addresses (-p 8080:80, 0.0.0.0:8080->80/tcp), which the problem leaves alone. */
export function dropRequestsToAllAddresses(signals: Map<Signal, Evidence[]>): void {
  const requests = signals.get('loopback-request');
  const all = signals.get('published-all');
  if (!requests || !all) return;
  const kept = requests.filter((e) => {
    const port = REQUESTED_PORT.exec(wholeLine(e))?.[1];
    // The port as a publication names it on the host's side: before the container's port or the arrow.
    const onAll = new RegExp(`(?:^|[\\s:"'=])${port}(?::\\d|->)`);
    return !port || !all.some((p) => onAll.test(wholeLine(p)));
  });
  if (kept.length) signals.set('loopback-request', kept);
  else signals.delete('loopback-request');
}
