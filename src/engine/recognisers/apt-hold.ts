/** apt-mark's holds on Docker's packages: the names `apt-mark showhold` lists, and dpkg -l's rows of held, installed packages. */
import { aptHold as hold } from '../data/core/diagnostics.ts';
import { atPrompt } from '../clean.ts';
import type { Recogniser } from '../facts.ts';

// One of Docker's packages, with apt's architecture where it prints one.
const DOCKER = '(docker-ce(?:-cli|-rootless-extras)?)(?::[a-z0-9]+)?';
const LISTED = new RegExp(`^${DOCKER}$`);
const DPKG_ROW = new RegExp(`^${hold.dpkgRow.state} +${DOCKER} `);
// What showhold prints: package names; any other line ends its list.
const PACKAGE = /^[a-z0-9][a-z0-9+.-]*(?::[a-z0-9]+)?$/;

/** Reports each line that shows one of Docker's packages held by apt-mark as the signal apt-hold. */
export const aptHolds: Recogniser = (lines, sink) => {
  let listing = false;
  for (const line of lines) {
    const t = line.trimmed;
    // (The command typed without a prompt starts a list too: pastes often leave the prompt out.)
    const showhold = t.includes(hold.showhold.command);
    if (showhold || atPrompt(line)) listing = showhold;
    else if (listing ? LISTED.test(t) : DPKG_ROW.test(t)) sink.signal('apt-hold', line);
    else if (listing && !PACKAGE.test(t)) listing = false;
  }
};
