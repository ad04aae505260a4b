/** pacman's log (/var/log/pacman.log): what its [ALPM] lines leave installed. */
import type { Line } from '../clean.ts';
import { moment, type Moment } from '../moment.ts';

// "[ALPM] upgraded passt (2025_01_21.4f2c8e7-1 -> 2025_02_17.a1e48a0-1)", "[ALPM] installed passt (…)", "[ALPM] removed passt (…)".
const ALPM = /\[ALPM\] (installed|reinstalled|upgraded|downgraded|removed) ([^\s(]+) \((?:([^\s)]+) -> )?([^\s)]+)\)$/;
// The line's time, which cleaning keeps as its prefix (or leaves in the line): "[2025-01-25T10:01:02+0100] ", or pacman 5's
// "[2019-01-01 10:00] " in local time without a zone.
const STAMP = /\[(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)([+-]\d\d:?\d\d)?\] /;

/**
 * One change a log line makes to a package: from which version (none when it installs it), when, the line that shows it, and whether the
 * log calls it a downgrade.
 */
export interface Change {
  from?: string;
  at?: Moment;
  line?: Line;
  down?: boolean;
}

/** One package as the log leaves it: its version (null: removed), the line that says so, and every change to it, in the log's order. */
export interface Logged {
  version: string | null;
  line: Line;
  changes: Change[];
}

/** What pacman's log lines leave installed, package by package: the log is in time order, so a later line wins. */
export class PacmanLog {
  readonly #last = new Map<string, Logged>();

  /** Reads one line; false when it is no [ALPM] package line. */
  read(t: string, line: Line): boolean {
    const m = t.includes('[ALPM] ') ? ALPM.exec(t) : null;
    if (!m) return false;
    const stamp = STAMP.exec(`${line.prefix ?? ''}${t}`);
    const changes = this.#last.get(m[2]!)?.changes ?? [];
    changes.push({ from: m[3], at: stamp ? moment(stamp[1]!, stamp[2]!, stamp[3]) : undefined, line, down: m[1] === 'downgraded' });
    this.#last.set(m[2]!, { version: m[1] === 'removed' ? null : m[4]!, line, changes });
    return true;
  }

  /** Each package the log leaves installed, with its version, its line and the changes to it. */
  installed(): [string, Logged & { version: string }][] {
    return [...this.#last].flatMap(([name, l]) => (l.version ? [[name, { ...l, version: l.version }] as [string, Logged & { version: string }]] : []));
  }
}
