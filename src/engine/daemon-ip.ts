/** The daemon's default address for published ports (dockerd --ip, daemon.json "ip") where it is a loopback one, and the ports it moves there. */
import { publishAddress } from './data/core/docker.ts';
import { wholeLine } from './facts.ts';
import type { Evidence, Signal } from './types.ts';

const IP = '(127(?:\\.\\d{1,3}){3})';
// daemon.json's line ("ip": "127.0.0.1",), and dockerd's option on its command line or a unit's ExecStart (not docker run's --ip, a container's).
const DAEMON_JSON = new RegExp(`^"${publishAddress.option}": ?"${IP}",?$`);
const DAEMON_OPTION = new RegExp(`\\bdockerd\\b.*\\s--${publishAddress.option}[= ]["']?${IP}(?![\\d.])`);

/** The loopback address a line sets as the daemon's default for published ports, or null. */
export const daemonIpLoopback = (trimmed: string): string | null => (DAEMON_JSON.exec(trimmed) ?? DAEMON_OPTION.exec(trimmed))?.[1] ?? null;

/**
 * Moves the ports published without an address (`published-default`) from `published-all` to the loopback address the daemon binds them
 * to (the last `daemon-ip` shown), as `signalOf` names its signal; nothing where no daemon address is shown.
 */
export function publishedOnDaemonIp(signals: Map<Signal, Evidence[]>, signalOf: (address: string) => Signal): void {
  const set = signals.get('daemon-ip')?.at(-1);
  const moved = signals.get('published-default');
  const address = set && daemonIpLoopback(wholeLine(set));
  if (!address || !moved) return;
  const lines = new Set(moved.map((e) => e.line));
  const all = (signals.get('published-all') ?? []).filter((e) => !lines.has(e.line));
  if (all.length) signals.set('published-all', all);
  else signals.delete('published-all');
  const id = signalOf(address);
  signals.set(id, [...(signals.get(id) ?? []), ...moved].sort((a, b) => a.line - b.line));
}
