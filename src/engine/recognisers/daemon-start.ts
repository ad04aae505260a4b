/**
 * When the daemon that runs started: the "Active: active (running) since …" line of Docker's systemd unit, or ps -o lstart's column
 * before RootlessKit's argv.
 */
import type { Line } from '../clean.ts';
import type { Sink } from '../facts.ts';

// "Active: active (running) since Mon 2025-01-20 08:00:00 CET; 5 days ago".
const ACTIVE = /^Active: active \(running\) since \w+ (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\b/;
// ps -o lstart=,args=: "Sat Jan 18 08:00:01 2025 rootlesskit --state-dir=…", RootlessKit's process, which starts the daemon.
const LSTART = /^\w{3} (\w{3}) +(\d{1,2}) (\d\d:\d\d:\d\d) (\d{4}) +\S*\brootlesskit /;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// The unit an Active line is about: systemctl status's header ("● docker.service - …"), or the command that asked for it.
const UNIT_HEADER = /^(?:[●*] )?([\w@.-]+)\.service - /;
const STATUS_COMMAND = /\bsystemctl (?:--user )?status ([\w@.-]+)/;

/**
 * A start time as the machine's local time, "YYYY-MM-DDTHH:MM:SS" (which sorts by time): systemd and ps print local time, as do the
 * package managers' logs, so times of one machine compare without their zones.
 */
function startedAt(t: string): string | null {
  const active = t.startsWith('Active: ') ? ACTIVE.exec(t) : null;
  if (active) return `${active[1]}T${active[2]}`;
  const ps = t.includes('rootlesskit ') ? LSTART.exec(t) : null;
  const month = ps ? MONTHS.indexOf(ps[1]!) + 1 : 0;
  return ps && month ? `${ps[4]}-${String(month).padStart(2, '0')}-${ps[2]!.padStart(2, '0')}T${ps[3]}` : null;
}

/** Reports each line that says when the daemon started, read across sections (a command's line starts one of its own); not another unit's. */
export function daemonStart(lines: readonly Line[], sink: Sink): void {
  let unit = '';
  for (const line of lines) {
    const t = line.trimmed;
    const named = UNIT_HEADER.exec(t) ?? (t.includes('systemctl') ? STATUS_COMMAND.exec(t) : null);
    if (named) unit = named[1]!;
    const at = startedAt(t);
    if (at && (!t.startsWith('Active: ') || unit.startsWith('docker'))) sink.started?.(at, line);
  }
}
