/** Facts a verdict rests on that only a package manager shows, named for the certainty line of either language. */
import type { FactKey, Facts } from '../types.ts';

/**
 * The fact `k` named with its value where only a package shows it (RootlessKit's own version, not one the Docker table gave), else null;
 * `extras` words the rootless extras of a Docker version.
 */
export const packagedFact = (k: FactKey, f: Facts, inferred: readonly FactKey[], extras: (docker: string | null) => string): string | null =>
  k === 'rootlesskitVersion' && !inferred.includes(k)
    ? `RootlessKit ${f.rootlesskitVersion}`
    : k === 'rootlessExtrasVersion'
      ? extras(f.rootlessExtrasVersion)
      : k === 'dockerServerVersion'
        ? `Docker ${f.dockerServerVersion}`
        : k === 'pastaDate'
          ? `pasta ${f.pastaVersion}`
          : null;
