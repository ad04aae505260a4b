/**
 * dnf's versionlocks on the packages the upgrade installs: dnf4's list ("docker-ce-3:27.3.1-1.fc41.*") and dnf5's ("Package name:
 * docker-ce"), and what versionlock add answers (both); and what versionlock delete answers, which releases them.
 */
import { atPrompt } from '../clean.ts';
import { dnfLock as lock, upgradedPackages } from '../data/core/diagnostics.ts';
import type { Recogniser } from '../facts.ts';

const NAME = `(?:${upgradedPackages.join('|')})`;
const escape = (s: string): string => s.replace(/[.*"]/g, (c) => `\\${c}`);
// The name, then an epoch, version and release, then the glob: a lock's form only (no listing of installed packages ends in it).
const DNF4_LOCK = `${NAME}-(?:\\d+:)?\\d[\\w.+~^]*-[\\w.+~^]+${escape(lock.glob)}`;
const DNF4 = new RegExp(`^(?:${escape(lock.added.dnf4)})?${DNF4_LOCK}$`);
const DNF5 = new RegExp(`^${lock.dnf5Name}${NAME}$`);
const DNF5_ADDED = new RegExp(`^${escape(lock.added.dnf5)}${NAME} = \\S+"\\.$`);
const DNF4_DELETED = new RegExp(`^${escape(lock.deleted.dnf4)}${DNF4_LOCK}$`);
/** What a section it reports from has in a line: the command (dnf5's list follows it) or dnf4's glob. */
export const dnfLockWords = [lock.command, lock.glob];

/** Reports each line that shows one of those packages locked by dnf's versionlock as the signal dnf-lock, and each lock deleted as lock-released. */
export const dnfLocks: Recogniser = (lines, sink) => {
  // dnf5's form names a package in versionlock's list (up to the next command), or in an entry that delete answers it removed.
  let listing = false;
  let deleting = false;
  for (const line of lines) {
    const t = line.trimmed;
    if (atPrompt(line) || t.includes(`dnf ${lock.command}`) || t.includes(`dnf5 ${lock.command}`)) [listing, deleting] = [t.includes(lock.command), false];
    if (t === lock.deleted.dnf5) deleting = true;
    if (DNF4.test(t) || DNF5_ADDED.test(t) || (listing && !deleting && DNF5.test(t))) sink.signal('dnf-lock', line);
    else if (DNF4_DELETED.test(t) || (deleting && DNF5.test(t))) sink.signal('lock-released', line);
  }
};
