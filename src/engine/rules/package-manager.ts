/** The package manager a distribution's Docker is upgraded with, as the paste shows it. */
import { initSystems, nixStore, osReleaseIds, packageManagers, type PackageManager } from '../data/core/packaging.ts';
import type { Evidence } from '../types.ts';
import type { Ctx } from './context.ts';

/**
 * The package manager of the Docker a distribution built: Nix where its package or RootlessKit's lies in Nix's store, else the one of the
 * system the paste names, else the one whose marks the package versions shown carry; null where nothing says.
 */
export function packageManager(c: Pick<Ctx, 'f' | 'evidence'>, like = true): PackageManager | null {
  const shown = [...(c.evidence.dockerPackaging ?? []), ...(c.evidence.rootlesskitVersion ?? [])].map((e) => e.text);
  if (shown.some((t) => t.includes(nixStore.path))) return 'nix';
  const os = c.f.operatingSystem;
  const named = os === null ? undefined : managerOf(os) ?? (like ? likeManager(c.evidence.operatingSystem ?? []) : undefined);
  return (named ?? packageManagers.find((p) => p.marks && shown.some((t) => p.marks!.test(t))))?.manager ?? null;
}

/** The package manager of the system named `os`, if the checker knows it. */
const managerOf = (os: string): (typeof packageManagers)[number] | undefined => packageManagers.find((p) => p.systems.some((name) => os.startsWith(name)));

/** The package manager of the first system that the ID_LIKE of os-release (among the lines that name the system) names and the checker knows. */
function likeManager(lines: readonly Evidence[]): (typeof packageManagers)[number] | undefined {
  const like = lines.map((e) => ID_LIKE.exec(e.text.trim())?.[1]).find((l) => l !== undefined) ?? '';
  return like
    .split(' ')
    .map((id) => (Object.hasOwn(osReleaseIds.names, id) ? managerOf(osReleaseIds.names[id]!) : undefined))
    .find((m) => m !== undefined);
}
const ID_LIKE = /^ID_LIKE=["']?([^"']*)/;

/**
 * Whether the paste's system runs without systemd (Alpine's OpenRC, Void's runit), so that no user service runs its rootless daemon; a
 * system that only derives from one of those (its ID_LIKE) may have another init.
 */
export const withoutSystemd = (c: Pick<Ctx, 'f' | 'evidence'>): boolean => {
  const m = packageManager(c, false);
  return initSystems.some((i) => i.manager === m);
};
