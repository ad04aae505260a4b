/** The rootless daemon shown down: the client could not reach it at its own socket, and what comes before starting it. */
import { ROOTLESS_SOCKET } from '../daemon-address.ts';
import { wholeLine } from '../facts.ts';
import type { FindingSpec } from '../messages/types.ts';

/** Whether `s` says the client asked the system-wide socket while the user's rootless daemon runs (its finding points the client at it). */
export const askedAside = (s: FindingSpec): boolean => s.id === 'daemon-not-running' && s.params.where === 'user-daemon';

/**
 * Whether `s` says no rootless daemon answered at its own socket (a user's runtime directory, or one under the home directory that a
 * daemon started by hand uses), or the client asked another while it runs: until then, docker version, which every question asks for,
 * fails the same way.
 */
export function rootlessDown(s: FindingSpec): boolean {
  if (s.id !== 'daemon-not-running') return false;
  const { where } = s.params;
  return where === 'manual' || askedAside(s) || (where === 'here' && s.evidence.some((e) => ROOTLESS_SOCKET.test(wholeLine(e))));
}

/**
 * What leads while the rootless daemon is shown down, in order, and the other findings: the missing login session first, since
 * `systemctl --user start docker` needs it, then the daemon's own finding; nothing leads when the daemon is not shown down.
 */
export function downFirst(findings: readonly FindingSpec[]): { first: FindingSpec[]; rest: FindingSpec[] } {
  const down = findings.find(rootlessDown);
  if (!down) return { first: [], rest: [...findings] };
  const first = [...findings.filter((s) => s.id === 'no-user-session'), down];
  return { first, rest: findings.filter((s) => !first.includes(s)) };
}
