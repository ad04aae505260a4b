import { dockerNotable, dockerReleases, dockerThresholds } from '../../engine/data/index.ts';
import { compareVersions, inRange } from './version-order.ts';

// Every Docker Engine release the release notes list, and those the data module names (thresholds and examples), which may be later
// than the notes read: the releases known to exist inside a range.
const named = [
  ...new Set([...dockerReleases.flatMap((notes) => notes.releases), ...[...Object.values(dockerThresholds), ...Object.values(dockerNotable)].map((record) => record.version)]),
].filter((version) => /^\d+\.\d+\.\d+$/.test(version));

/**
 * The Docker releases known to exist strictly inside first…last, oldest first: search indexes them with the row of the range, so that
 * "docker 27.4.1" finds the row "27.3.0 – 27.5.0" (Pagefind matches whole words, and a range names only its ends).
 */
export function namedReleases(first: string, last: string): string[] {
  return named.filter((version) => version !== first && version !== last && inRange(version, first, last)).sort(compareVersions);
}
