/** pacman's log (/var/log/pacman.log): what its [ALPM] lines leave installed. */
import type { Line } from '../clean.ts';

// "[ALPM] upgraded passt (2025_01_21.4f2c8e7-1 -> 2025_02_17.a1e48a0-1)", "[ALPM] installed passt (…)", "[ALPM] removed passt (…)".
const ALPM = /\[ALPM\] (installed|reinstalled|upgraded|downgraded|removed) ([^\s(]+) \((?:[^\s)]+ -> )?([^\s)]+)\)$/;

/** One package as the log leaves it: its version (null: removed) and the line that says so. */
export interface Logged {
  version: string | null;
  line: Line;
}

/** What pacman's log lines leave installed, package by package: the log is in time order, so a later line wins. */
export class PacmanLog {
  readonly #last = new Map<string, Logged>();

  /** Reads one line; false when it is no [ALPM] package line. */
  read(t: string, line: Line): boolean {
    const m = t.includes('[ALPM] ') ? ALPM.exec(t) : null;
    if (!m) return false;
    this.#last.set(m[2]!, { version: m[1] === 'removed' ? null : m[3]!, line });
    return true;
  }

  /** Each package the log leaves installed, with its version and line. */
  installed(): [string, string, Line][] {
    return [...this.#last].flatMap(([name, l]) => (l.version ? [[name, l.version, l.line] as [string, string, Line]] : []));
  }
}
