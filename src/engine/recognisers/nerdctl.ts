/** nerdctl, or rootless containerd's setup tool, typed at a user's prompt: the rootless daemon is containerd's (nerdctl's README). */
import { atPrompt } from '../clean.ts';
import { nerdctl } from '../data/core/containerd.ts';
import type { Recogniser } from '../facts.ts';

// The command, at the start of what was typed (a path before it too); not with sudo, which asks the system-wide containerd.
const TYPED = new RegExp(String.raw`^(?:\S*/)?(?:${nerdctl.client}|containerd-rootless-setuptool\.sh)(?:\s|$)`);

/** What every line `nerdctlTyped` reads has (core.ts gives it no other line). */
export const nerdctlWords = [nerdctl.client, 'containerd-rootless-setuptool'];

/** Reports nerdctl or containerd-rootless-setuptool.sh typed at a prompt that is not root's. */
export const nerdctlTyped: Recogniser = (lines, sink) => {
  for (const line of lines) if (TYPED.test(line.trimmed) && atPrompt(line) && !line.prefix!.trimEnd().endsWith('#')) sink.signal('containerd-rootless', line);
};
