/** dnf's versionlocks on the packages the upgrade installs: dnf4's list ("docker-ce-3:27.3.1-1.fc41.*") and dnf5's ("Package name: docker-ce"). */
import { atPrompt } from '../clean.ts';
import { dnfLock as lock, upgradedPackages } from '../data/core/diagnostics.ts';
import type { Recogniser } from '../facts.ts';

const NAME = `(?:${upgradedPackages.join('|')})`;
// The name, then an epoch, version and release, then the glob: a lock's form only (no listing of installed packages ends in it).
const DNF4 = new RegExp(`^${NAME}-(?:\\d+:)?\\d[\\w.+~^]*-[\\w.+~^]+${lock.glob.replace('.', '\\.').replace('*', '\\*')}$`);
const DNF5 = new RegExp(`^${lock.dnf5Name}${NAME}$`);
/** What a section it reports from has in a line: the command (dnf5's list follows it) or dnf4's glob. */
export const dnfLockWords = [lock.command, lock.glob];

/** Reports each line that shows one of those packages locked by dnf's versionlock as the signal dnf-lock. */
export const dnfLocks: Recogniser = (lines, sink) => {
  let listing = false;
  for (const line of lines) {
    const t = line.trimmed;
    // dnf5's form names a package only in versionlock's list, up to the next command.
    if (atPrompt(line) || t.includes(`dnf ${lock.command}`) || t.includes(`dnf5 ${lock.command}`)) listing = t.includes(lock.command);
    if (DNF4.test(t) || (listing && DNF5.test(t))) sink.signal('dnf-lock', line);
  }
};
