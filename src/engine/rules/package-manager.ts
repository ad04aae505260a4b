/** The package manager a distribution's Docker is upgraded with, as the paste shows it. */
import { initSystems, nixStore, osReleaseIds, packageManagers, type PackageManager } from '../data/core/packaging.ts';
import type { Line } from '../clean.ts';
import type { Typed } from '../prompts.ts';
import type { Evidence } from '../types.ts';
import type { Ctx } from './context.ts';

/**
 * The package manager of the Docker a distribution built: Nix where its package or RootlessKit's lies in Nix's store, else the one of the
 * system the paste names, else the one whose query was typed (`queried`), else the one whose marks the package versions shown carry; null
 * where nothing says.
 */
export function packageManager(c: Pick<Ctx, 'f' | 'evidence'> & Partial<Pick<Ctx, 'queried'>>, like = true): PackageManager | null {
  const shown = [...(c.evidence.dockerPackaging ?? []), ...(c.evidence.rootlesskitVersion ?? [])].map((e) => e.text);
  if (shown.some((t) => t.includes(nixStore.path))) return 'nix';
  const os = c.f.operatingSystem;
  const named = os === null ? undefined : managerOf(os) ?? (like ? likeManager(c.evidence.operatingSystem ?? []) : undefined);
  return named?.manager ?? c.queried ?? packageManagers.find((p) => p.marks && shown.some((t) => p.marks!.test(t)))?.manager ?? null;
}

// What a query of the packages the checker reads names (pacman -Q docker rootlesskit passt).
const PACKAGE_NAMED = /\b(?:docker|moby|rootlesskit|passt|slirp4netns)/;
// The first letters of the queries packageManagers knows (pacman's, dpkg's, apt's): most commands start otherwise, and are spared the tests.
const QUERY_START = new Set('pda');

/** The package manager whose query of installed packages, naming one the checker reads, was typed last at a prompt; null where none was. */
export function queriedManager(lines: readonly Line[], typed: Typed): PackageManager | null {
  for (let k = typed.at.length - 1; k >= 0; k--) {
    const line = lines[typed.at[k]!]!.trimmed;
    const t = line.startsWith('sudo ') ? line.slice(5).trimStart() : line;
    const m = QUERY_START.has(t[0] ?? ' ') && PACKAGE_NAMED.test(t) ? packageManagers.find((p) => p.queries?.test(t)) : undefined;
    if (m) return m.manager;
  }
  return null;
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
