/**
 * The reset as clients other than curl print it (data/core/diagnostics.ts's clientResets: Go, Node.js, Chromium), read across sections:
 * a Node.js error's fields and stack, which may name the address, start sections of their own.
 */
import { finder } from '../any-of.ts';
import { atPrompt, type Line } from '../clean.ts';
import { clientResets } from '../data/core/diagnostics.ts';
import { quoting, type Sink } from '../facts.ts';

const TEXTS = clientResets.map((r) => r.text);
const resetsIn = finder(TEXTS);
// A loopback address or localhost with a port, which the host's client connected to: "127.0.0.1:9090", "[::1]:8080", "localhost:3000".
const LOOPBACK_PORT = /(?<![\w.])(?:127(?:\.\d{1,3}){3}|\[::1\]|localhost):\d{1,5}(?!\d)/;
// The daemon's own reset, which happens inside RootlessKit's namespace, whose loopback is not the host's: a line dockerd, containerd or
// BuildKit logged (the journal's tag, logrus's fields), the daemon's answer, or its pulls and pushes (a registry's /v2/ API).
const DAEMON_TAG = /\b(?:dockerd|containerd|buildkitd|rootlesskit)\b/;
const DAEMON_WORDS = /\blevel=\w+ .*\bmsg=|from daemon|\berror (?:pulling|pushing)\b|\/v2\/|\bfailed to (?:do request|resolve reference|copy)\b/i;
// A command whose errors are the daemon's (the client relays them), or another engine's.
const DAEMON_COMMAND = /^(?:sudo )?(?:docker(?:-compose)?|dockerd|podman|nerdctl|buildctl|rootlesskit|dockerd-rootless\.sh)\b/;
// The daemon started in the foreground, its command quoted without a prompt: the lines after it are its log.
const DAEMON_START = /^(?:sudo )?(?:rootlesskit|dockerd|dockerd-rootless\.sh)(?:\s|$)/;
// Node.js prints the error's object after its message (the stack, then errno, code, syscall, and the address where it has one).
const FOLLOWING = 8;

/** Whether a line is the daemon's own, by its tag or its words. */
const daemons = (line: Line): boolean => (!!line.prefix && DAEMON_TAG.test(line.prefix)) || DAEMON_WORDS.test(line.text);

/** Reports the `connection-reset` symptom where another client's reset names a loopback address or localhost with a port nearby. */
export function clientReset(lines: readonly Line[], sink: Sink): void {
  // The last command typed (or a daemon's start quoted): what printed the lines after it.
  let command: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (atPrompt(line) || DAEMON_START.test(line.trimmed)) command = line;
    const found = resetsIn(line.text);
    if (!found.length || daemons(line) || (command && DAEMON_COMMAND.test(command.trimmed))) continue;
    // The line itself, the lines of the error's object after it (up to the next command), and the command that printed it.
    const after = lines.slice(i + 1, i + 1 + FOLLOWING);
    const end = after.findIndex(atPrompt);
    const near = [line, ...(end < 0 ? after : after.slice(0, end)), ...(command && command !== line ? [command] : [])];
    if (near.some((l) => LOOPBACK_PORT.test(l.text))) sink.signal('connection-reset', quoting(line, TEXTS[found[0]!]!));
  }
}
