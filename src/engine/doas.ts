/** doas instead of sudo (Alpine's usual way to run a command as root): where the paste shows it, the fixes use it too. */
import { atPrompt } from './clean.ts';
import type { Line } from './clean.ts';

// doas typed at a prompt, and OpenDoas's password prompt ("doas (alice@alpine) password:").
const TYPED = /^doas(?:\s|$)/;
const ASKED = /^doas \([^()\s]+@[^()\s]+\) password:/;
// sudo where it runs a command as root, or as the user -u names; not sudo's -i or -E, which doas lacks, nor the word in prose.
const SUDO = /(^|[\s;&|(!]|\$\()sudo (?=-u |[^-\s])/gm;

/** Whether the paste shows doas: typed at a prompt, or its password prompt. */
export const doasShown = (lines: readonly Line[]): boolean => lines.some((l) => (atPrompt(l) && TYPED.test(l.trimmed)) || ASKED.test(l.trimmed));

/** Fix `fix` with doas wherever sudo runs a command as root or as another user with -u (doas(1) takes the same -u). */
export const withDoas = (fix: string): string => fix.replace(SUDO, '$1doas ');
