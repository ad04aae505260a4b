/** The package manager a distribution's Docker is upgraded with, as the paste shows it. */
import { initSystems, nixStore, packageManagers, type PackageManager } from '../data/core/packaging.ts';
import type { Ctx } from './context.ts';

/**
 * The package manager of the Docker a distribution built: Nix where its package or RootlessKit's lies in Nix's store, else the one of the
 * system the paste names, else the one whose marks the package versions shown carry; null where nothing says.
 */
export function packageManager(c: Pick<Ctx, 'f' | 'evidence'>): PackageManager | null {
  const shown = [...(c.evidence.dockerPackaging ?? []), ...(c.evidence.rootlesskitVersion ?? [])].map((e) => e.text);
  if (shown.some((t) => t.includes(nixStore.path))) return 'nix';
  const os = c.f.operatingSystem;
  const named = os === null ? undefined : packageManagers.find((p) => p.systems.some((name) => os.startsWith(name)));
  return (named ?? packageManagers.find((p) => p.marks && shown.some((t) => p.marks!.test(t))))?.manager ?? null;
}

/** Whether the paste's system runs without systemd (Alpine's OpenRC, Void's runit), so that no user service runs its rootless daemon. */
export const withoutSystemd = (c: Pick<Ctx, 'f' | 'evidence'>): boolean => {
  const m = packageManager(c);
  return initSystems.some((i) => i.manager === m);
};
