/** dnf's `history info`: what a transaction's "Packages Altered:" rows installed, each with the version it replaced, dated by its Begin time. */
import type { Line } from '../clean.ts';
import { moment, monthMoment, type Moment } from '../moment.ts';
import type { Change } from './pacman-log.ts';

// "    Downgrade  docker-ce-3:27.3.1-1.fc41.x86_64   @docker-ce-stable", then the version it replaced: "    Downgraded docker-ce-3:27.5.1-1.fc41.x86_64
// @@System" (name, epoch and version, release, architecture, repository).
const ROW = /^(Install|Dep-Install|Upgrade|Downgrade|Reinstall|Upgraded|Downgraded) +([a-z][\w.+-]*?)-((?:\d+:)?\d[^\s-]*)-[^\s-]+\.\w+ +@\S+$/;
const REPLACED = new Set(['Upgraded', 'Downgraded']);
// "Begin time     : Sat 01 Feb 2025 09:12:01 AM CET" (dnf4, in the C or an English locale), or "2025-02-01 09:12:01" (dnf5); rpm -qi and
// pacman -Qi date the package installed in the words of dnf4: "Install Date: Thu 03 Dec 2026 10:22:35 AM UTC".
const DATE = String.raw`(?:\w{3} (\d\d) (\w{3}) (\d{4}) (\d\d):(\d\d:\d\d)(?: ([AP]M))?|(\d{4}-\d\d-\d\d) (\d\d):(\d\d:\d\d))(?: ([A-Za-z]+|[+-]\d\d:?\d\d))?$`;
const BEGIN = new RegExp(`^Begin time +: ${DATE}`);
const INSTALL_DATE = new RegExp(`^Install Date *: ${DATE}`);

/** The date a field (`BEGIN` or `INSTALL_DATE`) shows as a moment, else undefined (another form, or the words of a locale). */
function dateOf(field: RegExp, t: string): Moment | undefined {
  const m = field.exec(t);
  if (!m) return undefined;
  const h = Number(m[8] ?? m[4]);
  const time = `${String(m[6] ? (h % 12) + (m[6] === 'PM' ? 12 : 0) : h).padStart(2, '0')}:${m[9] ?? m[5]}`;
  return (m[7] ? moment(m[7], time, m[10]) : monthMoment(m[3]!, m[2]!, m[1]!, time, m[10])) ?? undefined;
}

/** The Install Date of rpm -qi or pacman -Qi as a moment, else undefined. */
export const installDate = (t: string): Moment | undefined => dateOf(INSTALL_DATE, t);

/** A package's version a transaction installed, the line that shows it, and the change from the version it replaced (if any). */
export interface Altered {
  name: string;
  version: string;
  line: Line;
  change: Change;
}

/** The packages dnf's history rows installed, in the paste's order (a later transaction shown after an earlier one wins). */
export class DnfHistory {
  readonly altered: Altered[] = [];
  /** The Begin time of the transaction being read. */
  #at: Moment | undefined;

  /** Reads one line; false when it is no row of altered packages. */
  read(t: string, line: Line): boolean {
    if (t.startsWith('Begin time ')) this.#at = dateOf(BEGIN, t);
    const m = ROW.exec(t);
    if (!m) return false;
    const [, action, name, version] = m as unknown as [string, string, string, string];
    const installed = this.altered.findLast((a) => a.name === name);
    if (!REPLACED.has(action)) this.altered.push({ name, version, line, change: { line, down: action === 'Downgrade', at: this.#at } });
    else if (installed && installed.change.from === undefined && installed.version !== version) installed.change.from = version;
    return true;
  }
}
