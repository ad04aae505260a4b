/** doas instead of sudo (Alpine's usual way to run a command as root): typed at a prompt, or its password prompt, shown in the paste. */
import { atPrompt } from '../clean.ts';
import type { Recogniser } from '../facts.ts';

// doas typed at a prompt, and OpenDoas's password prompt ("doas (alice@alpine) password:").
const TYPED = /^doas(?:\s|$)/;
const ASKED = /^doas \([^()\s]+@[^()\s]+\) password:/;

/** What every line `doasShown` reads has (core.ts gives it no other line). */
export const doasWords = ['doas'];

/** Reports doas typed at a prompt, or its password prompt. */
export const doasShown: Recogniser = (lines, sink) => {
  for (const line of lines) if ((TYPED.test(line.trimmed) && atPrompt(line)) || ASKED.test(line.trimmed)) sink.signal('doas-shown', line);
};
