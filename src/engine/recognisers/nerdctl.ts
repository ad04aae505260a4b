/**
 * nerdctl, or rootless containerd's setup tool, typed at a user's prompt, or a line containerd-rootless.sh logged: the rootless daemon is
 * containerd's (nerdctl's README and docs/rootless.md).
 */
import { atPrompt } from '../clean.ts';
import { nerdctl } from '../data/core/containerd.ts';
import type { Recogniser } from '../facts.ts';

// The command, at the start of what was typed (a path before it too); not with sudo, which asks the system-wide containerd.
const TYPED = new RegExp(String.raw`^(?:\S*/)?(?:${nerdctl.client}|containerd-rootless-setuptool\.sh)(?:\s|$)`);
// The journal's prefix of a line the user service's script logged ("containerd-rootless.sh[2211]: ").
const LOGGED = /\bcontainerd-rootless\.sh\[\d+\]: ?$/;

/** What every line `nerdctlTyped` reads has (core.ts gives it no other line). */
export const nerdctlWords = [nerdctl.client, 'containerd-rootless'];

/** Reports nerdctl or containerd-rootless-setuptool.sh typed at a prompt that is not root's, or a line containerd-rootless.sh logged. */
export const nerdctlTyped: Recogniser = (lines, sink) => {
  for (const line of lines) {
    const typed = TYPED.test(line.trimmed) && atPrompt(line) && !line.prefix!.trimEnd().endsWith('#');
    if (typed || (!!line.prefix && LOGGED.test(line.prefix))) sink.signal('containerd-rootless', line);
  }
};
