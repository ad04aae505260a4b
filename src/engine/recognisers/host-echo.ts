/** `echo $DOCKER_HOST`: the client's address, on the line after the command. */
import type { Line } from '../clean.ts';
import type { Sink } from '../facts.ts';
import { typedIn, type Typed } from '../prompts.ts';
import { REMOTE_ENDPOINT } from './env.ts';

// Typed alone (not piped): its one line of answer is the variable's value.
const ECHO = /^(?:echo +(["']?)\$\{?DOCKER_HOST\}?\1|printenv +DOCKER_HOST)$/;
// The answer: one address, nothing else on the line.
const ADDRESS = /^\S+$/;

/** Reports remote-host on the answer of `echo $DOCKER_HOST` that names another machine (ssh://, tcp:// not on the loopback), as its assignment does. */
export function hostEcho(lines: readonly Line[], sink: Sink, typed: Typed = typedIn(lines)): void {
  for (const i of typed.at) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // Only the very next line of the paste, and not a prompt's: a paste may leave the answer out.
    const answer = next && next.n === line.n + 1 && !next.prefix && ADDRESS.test(next.trimmed) && REMOTE_ENDPOINT.test(next.trimmed);
    if (answer && ECHO.test(line.trimmed)) sink.signal('remote-host', next);
  }
}
