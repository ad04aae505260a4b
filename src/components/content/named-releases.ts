import { dockerNotable, dockerThresholds } from '../../engine/data/index.ts';
import { compareVersions, inRange } from './version-order.ts';

// Every Docker Engine release the data module names (thresholds and examples): the only releases known to exist inside a range.
const named = [...new Set([...Object.values(dockerThresholds), ...Object.values(dockerNotable)].map((record) => record.version))].filter((version) =>
  /^\d+\.\d+\.\d+$/.test(version),
);

/**
 * The Docker releases the data module names strictly inside first…last, oldest first: search indexes them with the range's row, so that
 * "docker 27.3.1" finds the row "27.3.0 – 27.5.0" (Pagefind matches whole words, and a range names only its ends).
 */
export function namedReleases(first: string, last: string): string[] {
  return named.filter((version) => version !== first && version !== last && inRange(version, first, last)).sort(compareVersions);
}
