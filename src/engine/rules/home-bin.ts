/** Docker's static install shown by what the paste runs from, or lists in, a home's bin directory. */
import { atPrompt, type Line } from '../clean.ts';

// A home's bin directory as a command names it, and the daemon's programs there that only the static install puts in it (the docker
// tarball's dockerd, the docker-rootless-extras tarball's dockerd-rootless.sh): a RootlessKit or a docker client there alone may be any
// download, beside a daemon that runs another RootlessKit.
const HOME_BIN = '(?:~|\\$HOME|\\$\\{HOME\\}|/home/[^\\s/]+|/root)/bin';
const RUN = new RegExp(`(?:^|[\\s;&|(])${HOME_BIN}/(?:dockerd|dockerd-rootless\\.sh)(?=\\s|$)`);
const LIST = new RegExp(`^ls(?: -\\w+)* ${HOME_BIN}/?$`);
// Where which, command -v or type found one of them: the path alone, or "dockerd is /home/u/bin/dockerd" (review R152 15).
const FOUND = new RegExp(`^(?:dockerd(?:-rootless\\.sh)? is )?${HOME_BIN}/(?:dockerd|dockerd-rootless\\.sh)$`);
// The two programs a listing of the static install names, each a word of its own.
const LISTED = [/(?:^|\s)rootlesskit(?=\s|$)/, /(?:^|\s)dockerd-rootless\.sh(?=\s|$)/];

/**
 * Whether a command typed runs the daemon or its script from a home's bin, which, command -v or type finds one there, or an ls of it lists
 * both rootlesskit and dockerd-rootless.sh.
 */
export function homeBinShown(lines: readonly Line[]): boolean {
  let listing: Line[] | null = null;
  for (const line of [...lines, null]) {
    const typed = line === null || atPrompt(line);
    if (typed && listing && LISTED.every((word) => listing!.some((l) => word.test(l.trimmed)))) return true;
    if (line === null) return false;
    if (!typed) {
      const t = line.trimmed;
      if ((t.endsWith('/dockerd') || t.endsWith('.sh')) && FOUND.test(t)) return true;
      listing?.push(line);
      continue;
    }
    if (RUN.test(line.trimmed)) return true;
    listing = LIST.test(line.trimmed) ? [] : null;
  }
  return false;
}
