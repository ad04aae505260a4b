/** The unit a failure names, of Docker or of rootless containerd: the daemon that fails is the one of that unit, whatever client the paste types. */
import type { Line } from '../clean.ts';
import type { Sink } from '../facts.ts';
import type { Typed } from '../prompts.ts';
import { either, type WordedAt } from './worded-at.ts';

// The answer of systemctl where the unit it started failed, and the journal line of systemd for a unit that stopped.
const FAILED = /^Job for (docker|containerd)\.service failed\b|^(docker|containerd)\.service: (?:Main process exited|Control process exited|Failed with result)/;
// journalctl typed for one unit (-u, within grouped options as -xeu, or --unit).
const JOURNAL = /^(?:sudo +)?journalctl\b.*?(?:\s-[a-zA-Z]*u *|\s--unit[= ])(docker|containerd)(?:\.service)?(?:\s|$)/;
// An error line of RootlessKit, which the journal typed for a unit shows as one of that unit.
const ROOTLESSKIT = '[rootlesskit:';
/** What every line `failedUnit` reads has, but those typed (core.ts gives it no other line). */
export const failedUnitWords = ['.service', ROOTLESSKIT, 'journalctl'];

/**
 * Reports the unit of Docker named by a failure (docker-unit-failed): the words of systemctl or systemd on its failure, or an error of
 * RootlessKit in its journal typed; not where the unit of rootless containerd is named so too, which leaves the daemon in question undecided.
 */
export function failedUnit(lines: readonly Line[], sink: Sink, worded: WordedAt, typed: Typed): void {
  const named: Record<string, Line[]> = { docker: [], containerd: [] };
  let journal: string | undefined;
  // The next of the lines `worded`: a line typed without one of the words is no journal, and ends one.
  let w = 0;
  for (const i of either(worded, typed.at)) {
    const line = lines[i]!;
    const withWord = worded[w] === i;
    if (withWord) w++;
    if (typed.is(i)) {
      journal = withWord ? JOURNAL.exec(line.trimmed)?.[1] : undefined;
      continue;
    }
    const m = FAILED.exec(line.trimmed);
    if (m) named[m[1] ?? m[2]!]!.push(line);
    else if (journal && line.trimmed.includes(ROOTLESSKIT)) named[journal]!.push(line);
  }
  if (!named.containerd!.length) for (const line of named.docker!) sink.signal('docker-unit-failed', line);
}
