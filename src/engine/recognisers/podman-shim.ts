/** podman-docker's docker: docker version typed, and podman version's layout printed ("Client: Podman Engine"). */
import type { Line } from '../clean.ts';
import type { Sink } from '../facts.ts';
import { typedIn, type Typed } from '../prompts.ts';

const DOCKER_VERSION = /^(?:sudo )?docker +version\b/;
/** podman version's first line, which podman-docker's docker prints for docker version. */
export const PODMAN_CLIENT = /^Client: +Podman\b/;

/**
 * Reports podman-answered on podman version's first line printed right after docker version was typed: this machine's docker is Podman's,
 * and asking for docker version again would print the same.
 */
export function podmanShim(lines: readonly Line[], sink: Sink, typed: Typed = typedIn(lines)): void {
  for (const i of typed.at) {
    const next = lines[i + 1];
    if (next?.trimmed.startsWith('Client:') && !next.prefix && PODMAN_CLIENT.test(next.trimmed) && DOCKER_VERSION.test(lines[i]!.trimmed)) sink.signal('podman-answered', next);
  }
}
