/** When the daemon that runs started: systemd's "Active: active (running) since …" line, or ps -o lstart's column before its argv. */
import type { Line } from '../clean.ts';
import type { Recogniser } from '../facts.ts';

// "Active: active (running) since Mon 2025-01-20 08:00:00 CET; 5 days ago".
const ACTIVE = /^Active: active \(running\) since \w+ (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)\b/;
// ps -o lstart=,args=: "Sat Jan 18 08:00:01 2025 rootlesskit --state-dir=…", RootlessKit's process, which starts the daemon.
const LSTART = /^\w{3} (\w{3}) +(\d{1,2}) (\d\d:\d\d:\d\d) (\d{4}) +\S*\brootlesskit /;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The words a line that dates the daemon's start holds (core.ts's other readers look for them too). */
export const daemonStartWords = ['Active: active (running) since', 'rootlesskit'];

/**
 * A start time as the machine's local time, "YYYY-MM-DDTHH:MM:SS" (which sorts by time): systemd and ps print local time, as do the
 * package managers' logs, so times of one machine compare without their zones.
 */
export function startedAt(line: Line): string | null {
  const t = line.trimmed;
  const active = ACTIVE.exec(t);
  if (active) return `${active[1]}T${active[2]}`;
  const ps = LSTART.exec(t);
  const month = ps ? MONTHS.indexOf(ps[1]!) + 1 : 0;
  return ps && month ? `${ps[4]}-${String(month).padStart(2, '0')}-${ps[2]!.padStart(2, '0')}T${ps[3]}` : null;
}

/** Reports each line that says when the daemon started. */
export const daemonStart: Recogniser = (lines, sink) => {
  for (const line of lines) {
    const at = startedAt(line);
    if (at) sink.started?.(at, line);
  }
};
