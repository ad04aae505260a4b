/** pacman's log (/var/log/pacman.log): what its [ALPM] lines leave installed. */
import type { Line } from '../clean.ts';

// "[ALPM] upgraded passt (2025_01_21.4f2c8e7-1 -> 2025_02_17.a1e48a0-1)", "[ALPM] installed passt (…)", "[ALPM] removed passt (…)".
const ALPM = /\[ALPM\] (installed|reinstalled|upgraded|downgraded|removed) ([^\s(]+) \((?:([^\s)]+) -> )?([^\s)]+)\)$/;
// The line's local time, which cleaning keeps as its prefix: "[2025-01-25T10:01:02+0100] ", or pacman 5's "[2019-01-01 10:00] ".
const STAMP = /\[(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d(?::\d\d)?)[^\]]*\] *$/;

/** One package as the log leaves it: its version (null: removed), the line that says so, and that line's change: from which version, when. */
export interface Logged {
  version: string | null;
  line: Line;
  from?: string;
  at?: string;
}

/** What pacman's log lines leave installed, package by package: the log is in time order, so a later line wins. */
export class PacmanLog {
  readonly #last = new Map<string, Logged>();

  /** Reads one line; false when it is no [ALPM] package line. */
  read(t: string, line: Line): boolean {
    const m = t.includes('[ALPM] ') ? ALPM.exec(t) : null;
    if (!m) return false;
    const stamp = STAMP.exec(line.prefix ?? '');
    this.#last.set(m[2]!, { version: m[1] === 'removed' ? null : m[4]!, line, from: m[3], at: stamp ? `${stamp[1]}T${stamp[2]}` : undefined });
    return true;
  }

  /** Each package the log leaves installed, with its version, its line and that line's change. */
  installed(): [string, Logged & { version: string }][] {
    return [...this.#last].flatMap(([name, l]) => (l.version ? [[name, { ...l, version: l.version }] as [string, Logged & { version: string }]] : []));
  }
}
