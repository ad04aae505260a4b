import { statSync } from 'node:fs';
import { fileForPath } from './server.ts';

const origin = 'http://site.invalid';

/** What the link checker knows about a build: where it lives, its base, and the ids on each HTML file. */
export interface LinkTargets {
  dir: string;
  base: string;
  idsByFile: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * Why `href`, found on the page served at `pageUrl`, is broken; null when it resolves or points off-site.
 * Internal URLs must carry the base, name an existing file (a directory URL needs its trailing slash), and any #fragment must be an id on the target.
 */
export function brokenLinkReason(href: string, pageUrl: string, targets: LinkTargets): string | null {
  const url = new URL(href, origin + pageUrl);
  if (url.origin !== origin) return null;
  if (!href.startsWith('#') && !href.startsWith(targets.base)) return `does not start with the base ${targets.base}`;
  const file = fileForPath(targets.dir, targets.base, url.pathname);
  if (file === null || !statSync(file, { throwIfNoEntry: false })?.isFile()) return 'no such page or file';
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment !== '' && !targets.idsByFile.get(file)?.has(fragment)) return `no element with id "${fragment}"`;
  return null;
}
