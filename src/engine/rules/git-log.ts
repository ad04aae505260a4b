/** A git log of settings files: lines of an older commit for a setting that a newer commit changes set aside. */
import type { Line } from '../clean.ts';
import type { Collected } from '../facts.ts';
import { setAsideLines } from './set-aside.ts';

// A commit's header as git log prints it (its medium and fuller formats): "commit" and the hash, then Author: or, for a merge, Merge:.
const COMMIT = /^commit [\da-f]{7,40}\b/;
const HEADER_FIELD = /^(?:Author|Merge):/;
// git log --reverse lists the oldest commit first: later lines are newer, as the merge's order already takes them.
const REVERSED = /\bgit\b.*\blog\b.*--reverse\b/;

/**
 * The index of the commit (0: the first shown) each of `lines` falls in, by its line number, where the paste is a git log of two or more
 * commits newest first (a commit's header, then its Author:/Date: lines); null otherwise.
 */
function commitsByLine(lines: readonly Line[]): Map<number, number> | null {
  const of = new Map<number, number>();
  let at = -1;
  for (const [k, l] of lines.entries()) {
    if (l.trimmed.startsWith('commit ') && COMMIT.test(l.trimmed) && HEADER_FIELD.test(lines[k + 1]?.trimmed ?? '')) at++;
    else if (l.trimmed.includes('--reverse') && REVERSED.test(l.trimmed)) return null;
    if (at >= 0) of.set(l.n, at);
  }
  return at > 0 ? of : null;
}

/**
 * Sets aside the settings lines of an older commit (later in git log's newest-first order) whose every setting a newer commit sets too:
 * the file holds the newer commit's value, whatever order the merge gives lines of one rank. A single commit (git show) reads as before.
 */
export function setAsideOlderCommits(lines: readonly Line[], sink: Collected): void {
  // Only a paste with a setting in two places can hold an older one.
  if (sink.settings.size < 2) return;
  const commit = commitsByLine(lines);
  if (!commit) return;
  // The newest commit that sets each setting.
  const newest = new Map<string, number>();
  for (const [n, set] of sink.settings) {
    const at = commit.get(n);
    if (at !== undefined) for (const name of set.keys()) newest.set(name, Math.min(newest.get(name) ?? at, at));
  }
  const older = [...sink.settings].filter(([n, set]) => {
    const at = commit.get(n);
    return at !== undefined && [...set.keys()].every((name) => newest.get(name)! < at);
  });
  setAsideLines(sink, new Set(older.map(([n]) => n)));
}
