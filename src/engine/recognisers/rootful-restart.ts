/** sudo systemctl restart docker typed: the system's service restarted, which is the rootful daemon whatever the reader meant. */
import type { Line } from '../clean.ts';
import type { Sink } from '../facts.ts';
import { typedIn, type Typed } from '../prompts.ts';

const ROOTFUL_RESTARTED = /^sudo systemctl (?:try-|reload-or-)?restart docker(?:\.service)?$/;

/** Reports rootful-restarted on each line typed at a prompt that restarts the system's docker service (review R154 02). */
export function rootfulRestart(lines: readonly Line[], sink: Sink, typed: Typed = typedIn(lines)): void {
  for (const i of typed.at) {
    const line = lines[i]!;
    if (line.trimmed.startsWith('sudo systemctl') && ROOTFUL_RESTARTED.test(line.trimmed)) sink.signal('rootful-restarted', line);
  }
}
