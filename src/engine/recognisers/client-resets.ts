/**
 * The reset as clients other than curl print it (data/core/diagnostics.ts's clientResets: Go, Node.js, Chromium, libpq), read across
 * sections: a Node.js error's fields and stack, which may name the address, start sections of their own. Its signal, client-reset, only shows
 * the symptom's note: telling the user's client from the daemon's or a container's is a guess, and a guess decides no verdict.
 */
import { anyOf, finder } from '../any-of.ts';
import { atPrompt, type Line } from '../clean.ts';
import { clientResets } from '../data/core/diagnostics.ts';
import { quoting, type Sink } from '../facts.ts';
import { typedIn, type Typed } from '../prompts.ts';
import { either, everyIndex, type WordedAt } from './worded-at.ts';

const TEXTS = clientResets.map((r) => r.text);
/** What every line MAYBE finds has: the clients' words for the reset. */
export const clientResetWords = TEXTS;
// One cheap test for every line: the words, and whose output the line is, are looked for only where it passes.
const MAYBE = anyOf(TEXTS);
const resetsIn = finder(TEXTS);
// A loopback address or localhost with a port, which the host's client connected to: "127.0.0.1:9090", "[::1]:8080", "localhost:3000".
const LOOPBACK_PORT = /(?<![\w.])(?:127(?:\.\d{1,3}){3}|\[::1\]|localhost):\d{1,5}(?!\d)/;
// libpq's own forms: its error's host and port ('connection to server at "127.0.0.1", port 5432 failed'), and psql's host option.
const LIBPQ_LOOPBACK = /\bat "(?:127(?:\.\d{1,3}){3}|::1|localhost)", port \d|\bpsql\b.* (?:-h *|--host=)(?:127(?:\.\d{1,3}){3}|::1|localhost)\b/;
// The daemon's own reset, which happens inside RootlessKit's namespace, whose loopback is not the host's: a line dockerd, containerd or
// BuildKit logged (the journal's tag, logrus's fields), the daemon's answer, or its pulls and pushes (a registry's /v2/ API).
const DAEMON_TAG = /\b(?:dockerd|containerd|buildkitd|rootlesskit)\b/;
const DAEMON_WORDS = /\blevel=\w+ .*\bmsg=|from daemon|\berror (?:pulling|pushing)\b|\/v2\/|\bfailed to (?:do request|resolve reference|copy)\b/i;
// A container's or a build's output: compose's service prefix ("web-1  | ", "api_1  | "), BuildKit's step ("#8 12.31 npm error …"),
// and Kubernetes' klog header ("E1204 10:00:00.123456   12345 portforward.go:413] "), whose port-forward runs in a pod's namespace.
const SERVICE_PREFIX = /[\w.-][-_]\d+ +\| /;
const OTHER_OUTPUT = /^#\d+ |^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ [\w.-]+:\d+\] /;
// A command whose output is the daemon's (the client relays its errors), another engine's, or Kubernetes': settings (VAR=value) and
// sudo's options may come first. Without a prompt it is quoted from a script, a make or just recipe or a CI log, or the daemon started
// in the foreground: the lines after it, up to the next prompt, are what it printed. So is a push's first line.
const DAEMON_COMMAND =
  /^(?:[A-Za-z_]\w*=\S* +)*(?:sudo(?: +-\S+(?: +[^\s-]\S*)?)* +)?(?:docker(?:-compose)?|dockerd|podman|nerdctl|buildctl|rootlesskit|dockerd-rootless\.sh|kubectl)(?:\s|$)|^The push refers to repository /;
// Node.js prints the error's object after its message (the stack, then errno, code, syscall, and the address where it has one).
const FOLLOWING = 8;

/** Whether a line is the daemon's, a container's or a build's own, by its prefix, its tag or its words. */
const notClients = (line: Line): boolean =>
  (!!line.prefix && (DAEMON_TAG.test(line.prefix) || SERVICE_PREFIX.test(line.prefix))) ||
  line.text.includes('[rootlesskit:') ||
  OTHER_OUTPUT.test(line.trimmed) ||
  DAEMON_WORDS.test(line.text);

/** Reports the `client-reset` signal where another client's reset names a loopback address or localhost with a port nearby. */
export function clientReset(lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines), typed: Typed = typedIn(lines)): void {
  // The last command typed, and whether what follows it is the daemon's (typed, or quoted without a prompt since, up to line `checked`).
  let command: Line | null = null;
  let daemons = false;
  let checked = 0;
  // Only the lines typed and those with one of the words (`worded`) are read, from which those before a reset are looked at.
  let w = 0;
  for (const i of either(worded, typed.at)) {
    const line = lines[i]!;
    if (typed.is(i)) {
      command = line;
      daemons = DAEMON_COMMAND.test(line.trimmed);
      checked = i + 1;
    }
    while (worded[w]! < i) w++;
    if (worded[w] !== i || !MAYBE.test(line.text)) continue;
    // Only beside a reset: the lines since the prompt, each looked at once, for a daemon's command quoted without one.
    for (; !daemons && checked <= i; checked++) daemons = DAEMON_COMMAND.test(lines[checked]!.trimmed);
    const found = daemons ? [] : resetsIn(line.text);
    if (!found.length || notClients(line)) continue;
    // The line itself, the lines of the error's object after it (up to the next command), and the command that printed it.
    const after = lines.slice(i + 1, i + 1 + FOLLOWING);
    const end = after.findIndex(atPrompt);
    const near = [line, ...(end < 0 ? after : after.slice(0, end)), ...(command && command !== line ? [command] : [])];
    if (near.some((l) => LOOPBACK_PORT.test(l.text) || LIBPQ_LOOPBACK.test(l.text))) sink.signal('client-reset', quoting(line, TEXTS[found[0]!]!));
  }
}
