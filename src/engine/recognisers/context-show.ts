/** `docker context show`: the client's current context, by name, on the line after the command. */
import type { Line } from '../clean.ts';
import { setupContext } from '../data/core/docker.ts';
import { rank, type Sink } from '../facts.ts';
import { typedIn, type Typed } from '../prompts.ts';

// Typed alone (not piped, nor asked of another host): its one line of answer is the current context's name.
const SHOW = /^docker context show$/;

/** Reports a rootless client, as a hint, where `docker context show` answers with the context the rootless setup tool creates. */
export function contextShow(lines: readonly Line[], sink: Sink, typed: Typed = typedIn(lines)): void {
  for (const i of typed.at) {
    const line = lines[i]!;
    const next = lines[i + 1];
    // Only the very next line of the paste, and not a prompt's: a paste may leave the answer out.
    const answer = next && next.n === line.n + 1 && !next.prefix && next.trimmed === setupContext.name;
    if (answer && SHOW.test(line.trimmed)) sink.fact('rootless', true, rank.hint, next);
  }
}
