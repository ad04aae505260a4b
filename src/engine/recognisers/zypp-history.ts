/** zypp's history log (/var/log/zypp/history): what its install and remove lines leave installed. */
import { literal } from '../any-of.ts';
import type { Line } from '../clean.ts';
import { zyppHistory } from '../data/core/diagnostics.ts';
import { moment } from '../moment.ts';
import type { Logged } from './pacman-log.ts';

// "2025-02-21 18:30:22|install|passt|20250217.a1e48a0-1.1|x86_64||repo-oss|<checksum>|": the date in local time (no zone), the action,
// the package's name and its version-release. Also after another line's last "|": a line of exactly a wrap's width that names passt is
// joined with the next (clean.ts), which may be the log's next line.
const LINE = new RegExp(`(?:^|\\|)(\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d:\\d\\d)\\|(${literal(zyppHistory.install)}|${literal(zyppHistory.remove)})\\|([^|\\s]+)\\|([^|\\s]+)\\|`, 'g');

/** What zypp's history lines leave installed, package by package: the log is in time order, so a later line wins. */
export class ZyppHistory {
  readonly #last = new Map<string, Logged>();

  /** Reads one line (each of the log's lines joined in it); false when it starts no install or remove line of the log. */
  read(t: string, line: Line): boolean {
    let read = false;
    for (const m of t.matchAll(LINE)) {
      if (!read && m.index !== 0) return false;
      read = true;
      const [, date, time, action, name, version] = m as unknown as [string, string, string, string, string, string];
      const last = this.#last.get(name);
      const changes = last?.changes ?? [];
      // An upgrade is an install of the new version: the one before it is what the log last left installed.
      changes.push({ from: last?.version ?? undefined, at: moment(date, time), line });
      this.#last.set(name, { version: action === zyppHistory.install ? version : null, line, changes });
    }
    return read;
  }

  /** Each package the log leaves installed, with its version, its line and the changes to it. */
  installed(): [string, Logged & { version: string }][] {
    return [...this.#last].flatMap(([name, l]) => (l.version ? [[name, { ...l, version: l.version }] as [string, Logged & { version: string }]] : []));
  }
}
