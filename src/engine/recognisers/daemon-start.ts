/**
 * When the rootless daemon that runs started: the "Active: active (running) since …" line of its systemd user unit, ps -o lstart's
 * column before RootlessKit's argv, or a dated journal line of its start (the default's lines, which print no year, only under a header
 * that dates the whole journal within one year).
 */
import type { Line } from '../clean.ts';
import { typedIn, type Typed } from '../prompts.ts';
import type { Sink } from '../facts.ts';
import { either, everyIndex, type WordedAt } from './worded-at.ts';
import { moment, monthMoment, type Moment } from '../moment.ts';

// "Active: active (running) since Mon 2025-01-20 08:00:00 CET; 5 days ago" (the zone is the one of the TZ systemctl ran under).
const ACTIVE = /^Active: active \(running\) since \w+ (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?: ([A-Za-z]+|[+-]\d\d(?::?\d\d)?)\b)?/;
// systemctl show's answer for the same start: "ActiveEnterTimestamp=Mon 2025-01-20 08:00:00 CET" (empty for a unit that never started).
const ACTIVE_ENTER = /^ActiveEnterTimestamp=\w+ (\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?: ([A-Za-z]+|[+-]\d\d(?::?\d\d)?))?$/;
// ps -o lstart=,args= (after other columns: ps -eo pid,lstart,args): "Sat Jan 18 08:00:01 2025 rootlesskit --state-dir=…",
// RootlessKit's process, which starts the daemon.
const LSTART = /^(?:[\w.+-]+ +){0,3}?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\w{3}) +(\d{1,2}) (\d\d:\d\d:\d\d) (\d{4}) +\S*\brootlesskit /;
// journalctl -o short-iso's prefix (a dated one: the default's "Jan 20 08:00:01" has no year), before the user manager's "Started … (Rootless)."
// or dockerd-rootless.sh's "+ exec rootlesskit …", the start of the rootless daemon.
const JOURNAL = /(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:[.,]\d+)?(Z|[+-]\d\d:?\d\d)? \S+ (?:systemd|dockerd-rootless\.sh)\[\d+\]: (?:\+ )?$/;
const JOURNAL_START = /^Started (?:docker\.service - )?Docker Application Container Engine \(Rootless\)\.$|^exec rootlesskit /;
// The default's prefix, "Jan 20 08:00:01 host systemd[912]: ", whose year only the header above it gives.
const SYSLOG = /(?:^|\s)(\w{3}) +(\d{1,2}) (\d\d:\d\d:\d\d) \S+ (?:systemd|dockerd-rootless\.sh)\[\d+\]: (?:\+ )?$/;
// journalctl's header before systemd 255 (older "Logs begin at …, end at …", then "Journal begins at …, ends at …"): the first and the
// last entry's times, in the zone the lines are printed in.
const HEADER_START = /^-- (?:Logs begin at|Journal begins at) /;
const HEADER = /^-- (?:Logs begin at|Journal begins at) \w+ (\d{4})-\d\d-\d\d \d\d:\d\d:\d\d(?: (\S+))?, ends? at \w+ (\d{4})-\d\d-\d\d \d\d:\d\d:\d\d(?: (\S+))?\. --$/;
// The unit a status is about: systemctl status's header ("● docker.service - …"), or the command that asked for it.
const UNIT_HEADER = /^(?:[●*] )?([\w@.-]+)\.service - /;
const STATUS_COMMAND = /\bsystemctl\b(.*?)\b(?:status|show) ([\w@.-]+)/;
// What in a status marks Docker's user unit (the rootless daemon's) or the system's: the header's "(Rootless)", the unit file's place,
// its cgroup (under user@UID.service, or the system slice), and its processes (RootlessKit, or dockerd given systemd's socket).
const USER_UNIT = /\(Rootless\)|\/systemd\/user\/|\buser@\d+\.service\/|[─ ]\d+ \S*\brootlesskit\b|\(rootlesskit\)/;
const SYSTEM_UNIT = /^Loaded: .*\/systemd\/system\/|^CGroup: \/system\.slice\/|\bdockerd -H fd:\/\//;
/** What every line read below has, unless typed at a prompt: the patterns' words (a status's command, header, Active line and marks, ps's RootlessKit, the journal's start). */
export const daemonStartWords = ['ActiveEnterTimestamp=', '-- Logs begin at', '-- Journal begins at', 'systemctl', '.service - ', 'Active: ', 'rootlesskit', '(Rootless)', '/systemd/user/', 'user@', '/systemd/system/', 'CGroup: /system.slice/', 'dockerd -H fd://'];

/** ps's lstart, read as a moment without a zone (ps prints the local time of its own TZ, which it does not name). */
function lstart(t: string): Moment | null {
  const ps = t.includes('rootlesskit ') ? LSTART.exec(t) : null;
  return ps ? monthMoment(ps[4]!, ps[1]!, ps[2]!, ps[3]!) : null;
}

/** The year a journal's header dates all its lines in (its first and last entry's alike), and their zone where both name the same. */
interface JournalYear {
  year: string;
  zone: string | undefined;
}

/** The year and zone a journalctl header line gives every line below it, else null (none, or entries over more than one year). */
function journalYear(t: string): JournalYear | null {
  const m = t.startsWith('-- ') ? HEADER.exec(t) : null;
  return m && m[1] === m[3] ? { year: m[1]!, zone: m[2] === m[4] ? m[2] : undefined } : null;
}

/** The time of a journal line that says the rootless daemon started (a year-less one dated by `dated`), else null. */
function journalStart(line: Line, dated: JournalYear | null): Moment | null {
  if (!line.prefix || !JOURNAL_START.test(line.trimmed)) return null;
  const m = JOURNAL.exec(line.prefix);
  if (m) return moment(m[1]!, m[2]!, m[3]);
  const s = dated ? SYSLOG.exec(line.prefix) : null;
  return s ? monthMoment(dated!.year, s[1]!, s[2]!, s[3]!, dated!.zone) : null;
}

/** One systemctl status being read: its unit, whether it is the user manager's (null: not shown yet), and its Active start. */
interface Status {
  unit: string;
  user: boolean | null;
  system: boolean;
  start: { at: Moment; line: Line } | null;
}

/**
 * Reports each line that says when the rootless daemon started, read across sections (a command's line starts one of its own): a
 * status's Active line only where the status shows Docker's user unit and nothing of the system's (systemctl status without --user
 * shows the rootful daemon's).
 */
export function daemonStart(lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines), typed: Typed = typedIn(lines)): void {
  let status: Status = { unit: '', user: null, system: false, start: null };
  // The journal header's year, up to the next command; a header cut in two by a hard wrap, until its next line.
  let dated: JournalYear | null = null;
  let cut = '';
  const close = (): void => {
    if (status.start && status.user && !status.system && status.unit.startsWith('docker') && !status.unit.includes('.')) sink.started?.(status.start.at, status.start.line);
  };
  /** Reads line `i`. */
  const read = (i: number): void => {
    const line = lines[i]!;
    const prompt = typed.is(i);
    const t = line.trimmed;
    if (prompt) dated = null;
    dated = journalYear(t) ?? (cut ? (journalYear(cut + t) ?? journalYear(`${cut} ${t}`)) : null) ?? dated;
    cut = HEADER_START.test(t) && !t.endsWith(' --') ? t : '';
    const command = t.includes('systemctl') ? STATUS_COMMAND.exec(t) : null;
    const header = command ? null : UNIT_HEADER.exec(t);
    if (command || (header && (status.start || status.unit !== header[1])) || (prompt && !command)) {
      close();
      status = { unit: command?.[2]!.replace(/\.service$/, '') ?? '', user: command ? /--user\b/.test(command[1]!) : null, system: false, start: null };
    }
    if (command && !status.user) status.system = true;
    if (header) status.unit = header[1]!;
    // (Only inside a status: the marks are looked for in no other line.)
    if (status.unit && USER_UNIT.test(t)) status.user = true;
    if (status.unit && SYSTEM_UNIT.test(t)) status.system = true;
    const active = t.startsWith('Active: ') ? ACTIVE.exec(t) : t.startsWith('ActiveEnterTimestamp=') ? ACTIVE_ENTER.exec(t) : null;
    if (active) status.start = { at: moment(active[1]!, active[2]!, active[3]), line };
    const other = active ? null : (lstart(t) ?? journalStart(line, dated));
    if (other) sink.started?.(other, line);
  };
  // A line with none of the words (`worded`), not typed, changes nothing: most lines are not read. But the line after a header a hard
  // wrap cut, which goes on with it.
  let last = -1;
  for (const i of either(worded, typed.at)) {
    if (i <= last) continue;
    read((last = i));
    while (cut && last + 1 < lines.length) read(++last);
  }
  close();
}
