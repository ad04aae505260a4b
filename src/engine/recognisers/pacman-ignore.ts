/**
 * pacman.conf's IgnorePkg naming one of the packages the upgrade installs, and pacman -Syu's warning that it skipped one ("warning:
 * rootlesskit: ignoring package upgrade (2.3.1-1 => 2.3.4-1)"): pacman -Syu leaves it as it is (review R161 M1).
 */
import { upgradedPackages } from '../data/core/diagnostics.ts';
import type { Recogniser } from '../facts.ts';

const NAME = `(?:${upgradedPackages.join('|')})`;
// Not the line pacman.conf ships commented out ("#IgnorePkg   ="), which comments leave out anyway.
const IGNORE_PKG = new RegExp(`^IgnorePkg\\s*=.*(?:\\s|=)${NAME}(?:\\s|$)`);
const SKIPPED = new RegExp(`^warning: ${NAME}: ignoring package upgrade `);
/** What a section it reports from has in a line. */
export const pacmanIgnoreWords = ['IgnorePkg', 'ignoring package upgrade'];

/** Reports each line that shows pacman ignoring one of those packages as the signal pacman-ignore. */
export const pacmanIgnores: Recogniser = (lines, sink) => {
  for (const line of lines) if (IGNORE_PKG.test(line.trimmed) || SKIPPED.test(line.trimmed)) sink.signal('pacman-ignore', line);
};
