/** The user's rootless daemon shown running: `systemctl --user is-active docker` answering active, and its socket that ls lists. */
import type { Line } from '../clean.ts';
import { ROOTLESS_SOCKET } from '../daemon-address.ts';
import { rank, type Sink } from '../facts.ts';
import { typedIn, type Typed } from '../prompts.ts';

// Typed alone: its one line of answer is the user service's state.
const IS_ACTIVE = /^systemctl --user is-active docker(?:\.service)?$/;
// ls's answer naming the socket: the path alone, or a long row (a socket's starts with "s") ending in it.
const LS = /^ls\b/;
const LISTED = new RegExp(`^(?:s\\S+ .* )?${ROOTLESS_SOCKET.source}$`);

/**
 * Reports the user service answering active (user-daemon-active, and a rootless daemon as a hint) and the user's socket that ls lists
 * (user-socket), each on the line after its command.
 */
export function userDaemon(lines: readonly Line[], sink: Sink, typed: Typed = typedIn(lines)): void {
  for (const i of typed.at) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // Only the next line read, and not a prompt's: a paste may leave the answer out.
    if (!next || typed.is(i + 1)) continue;
    if (IS_ACTIVE.test(line.trimmed) && next.trimmed === 'active') {
      sink.signal('user-daemon-active', next);
      sink.fact('rootless', true, rank.hint, next);
    } else if (LS.test(line.trimmed) && LISTED.test(next.trimmed)) sink.signal('user-socket', next);
  }
}
