/** The upgrade the reader states, where the release they name has the fix. */
import { rootlesskit } from '../data/core/rootlesskit.ts';
import type { StatedUpgrade } from '../stated-upgrade.ts';
import { atLeast } from '../version.ts';
import type { Ctx } from './context.ts';
import { bundledRootlesskit } from './infer.ts';

/** A stated upgrade with the RootlessKit it brings. */
export type StatedFix = StatedUpgrade & { rootlesskit: string };

/**
 * The upgrade the reader says they made (stated-upgrade.ts), with its RootlessKit where that has the fix: RootlessKit's own release, or
 * the one Docker's own packages of the named release bundle (a distribution's Docker says nothing of its RootlessKit); else null.
 */
export function statedFix(c: Ctx): StatedFix | null {
  const s = c.statedUpgrade;
  if (!s || (s.tool === 'docker' && c.f.dockerPackaging === 'distribution')) return null;
  const rk = s.tool === 'rootlesskit' ? s.version : (bundledRootlesskit(s.version)?.rootlesskit ?? null);
  return rk !== null && atLeast(rk, rootlesskit.hostLoToNsLo.version) === true ? { ...s, rootlesskit: rk } : null;
}
