/** Docker's static install shown by what the paste runs from, or lists in, a home's bin directory. */
import { atPrompt, type Line } from '../clean.ts';

// A home's bin directory as a command names it, and the static install's own programs in it (the docker-rootless-extras tarball's
// rootlesskit and dockerd-rootless.sh, the docker tarball's dockerd): a docker client alone there may be any download.
const HOME_BIN = '(?:~|\\$HOME|\\$\\{HOME\\}|/home/[^\\s/]+|/root)/bin';
const RUN = new RegExp(`(?:^|[\\s;&|(])${HOME_BIN}/(?:rootlesskit|dockerd|dockerd-rootless\\.sh)(?=\\s|$)`);
const LIST = new RegExp(`^ls(?: -\\w+)* ${HOME_BIN}/?$`);
// The two programs a listing of the static install names, each a word of its own.
const LISTED = [/(?:^|\s)rootlesskit(?=\s|$)/, /(?:^|\s)dockerd-rootless\.sh(?=\s|$)/];

/** Whether a command typed runs RootlessKit or the daemon from a home's bin, or an ls of it lists both rootlesskit and dockerd-rootless.sh. */
export function homeBinShown(lines: readonly Line[]): boolean {
  let listing: Line[] | null = null;
  for (const line of [...lines, null]) {
    const typed = line === null || atPrompt(line);
    if (typed && listing && LISTED.every((word) => listing!.some((l) => word.test(l.trimmed)))) return true;
    if (line === null) return false;
    if (!typed) {
      listing?.push(line);
      continue;
    }
    if (RUN.test(line.trimmed)) return true;
    listing = LIST.test(line.trimmed) ? [] : null;
  }
  return false;
}
