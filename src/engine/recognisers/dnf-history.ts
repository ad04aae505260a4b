/** dnf's `history info`: what a transaction's "Packages Altered:" rows installed, each with the version it replaced. */
import type { Line } from '../clean.ts';
import type { Change } from './pacman-log.ts';

// "    Downgrade  docker-ce-3:27.3.1-1.fc41.x86_64   @docker-ce-stable", then the version it replaced: "    Downgraded docker-ce-3:27.5.1-1.fc41.x86_64
// @@System" (name, epoch and version, release, architecture, repository).
const ROW = /^(Install|Dep-Install|Upgrade|Downgrade|Reinstall|Upgraded|Downgraded) +([a-z][\w.+-]*?)-((?:\d+:)?\d[^\s-]*)-[^\s-]+\.\w+ +@\S+$/;
const REPLACED = new Set(['Upgraded', 'Downgraded']);

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

  /** Reads one line; false when it is no row of altered packages. */
  read(t: string, line: Line): boolean {
    const m = ROW.exec(t);
    if (!m) return false;
    const [, action, name, version] = m as unknown as [string, string, string, string];
    const installed = this.altered.findLast((a) => a.name === name);
    if (!REPLACED.has(action)) this.altered.push({ name, version, line, change: { line, down: action === 'Downgrade' } });
    else if (installed && installed.change.from === undefined && installed.version !== version) installed.change.from = version;
    return true;
  }
}
