/** Where a paste's shell sessions on another machine begin and end: what is typed in them is that machine's. */
import type { Line } from '../clean.ts';
import type { Collected } from '../facts.ts';
import type { Signal } from '../types.ts';
import type { Span } from './spans.ts';

// The user and host a prompt names ("alice@laptop:~$ ", "[alice@laptop ~]$ "), if it names them.
const PROMPT_AT = /[\w.-]+@[\w.-]+(?=[:\s\]$#%>])/;
const promptAt = (line: Line | undefined): string | undefined => (line?.prefix ? PROMPT_AT.exec(line.prefix)?.[0] : undefined);

/** A shell opened in the paste: an ssh session or not, and the user@host of the prompt it was opened at, if known. */
interface Opened {
  session: boolean;
  at: string | undefined;
  /** The prompt of the first line typed in it; null where that names none (a later one that does may be a container's). */
  inner?: string | null;
}

/**
 * The outermost stretches of `typed` (commands typed at a prompt, ascending) and the output after them that were on another machine
 * through ssh, from the markers: session-start (ssh opening a shell), shell-start (a shell opened on the same machine: sudo -i, su,
 * machinectl shell), session-end (a typed exit), session-closed (ssh's "Connection to … closed."), session-failed (ssh's error),
 * shell-failed (sudo's or su's refusal), ssh-once (ssh running a command, whose closing line ends nothing). Where a prompt names its user
 * and host, it is back at the shell opened at that prompt, leaving those opened since (a shell that opened none, a session dropped without
 * an exit), and an exit typed there leaves the shell first typed in at it: none if there is none (a container's), nor where the next prompt
 * is the same (a shell it did not see opened). At other prompts an exit leaves the latest shell opened. ssh's closing line ends the latest
 * session unless a typed exit just did; its error ends one, and sudo's or su's refusal a shell, only while it opens.
 */
export function sessionSpans(sink: Collected, typed: readonly Line[]): Span[] {
  if (!sink.signals.has('session-start')) return [];
  const kinds = new Map<number, Signal>();
  for (const id of ['session-start', 'shell-start', 'session-end', 'session-closed', 'session-failed', 'shell-failed', 'ssh-once'] as const)
    for (const e of sink.signals.get(id) ?? []) kinds.set(e.line, id);
  const untyped = [...kinds].filter(([, id]) => id === 'session-closed' || id === 'session-failed' || id === 'shell-failed');
  const events = [...typed.map((line, k) => ({ n: line.n, k })), ...untyped.map(([n]) => ({ n, k: -1 }))].sort((a, b) => a.n - b.n);
  const spans: Span[] = [];
  // Open shells, innermost last, and where in it the one opened at each prompt is (a line typed at a prompt leaves those opened since, so
  // there is one at most; a search per line would be quadratic).
  const open: Opened[] = [];
  const openedAt = new Map<string, number>();
  // Where in it the shells typed in at each prompt are, innermost last (two nested may share one: root's in root's).
  const typedAt = new Map<string, number[]>();
  let depth = 0;
  let from = 0;
  // What the last command typed did: opened a session or a shell, left one, or anything else.
  let last: 'session' | 'shell' | 'once' | 'left' | 'other' = 'other';
  /** Leaves the innermost `count` shells at line `n`; whether a session was among them. */
  const leave = (n: number, count: number): boolean => {
    let left = false;
    for (; count > 0 && open.length; count--) {
      const shell = open.pop()!;
      if (shell.at !== undefined) openedAt.delete(shell.at);
      if (shell.inner) typedAt.get(shell.inner)!.pop();
      if (!shell.session) continue;
      left = true;
      if (--depth === 0) spans.push([from, n]);
    }
    return left;
  };
  /** Leaves the shells down to the innermost session, at line `n`. */
  const leaveSession = (n: number): boolean => depth > 0 && leave(n, open.length - open.findLastIndex((o) => o.session));
  for (const { n, k } of events) {
    const kind = kinds.get(n);
    if (k < 0) {
      if (kind === 'session-closed' ? last !== 'left' && last !== 'once' : last === (kind === 'session-failed' ? 'session' : 'shell')) {
        if (kind === 'shell-failed') leave(n, 1);
        else leaveSession(n);
        last = 'left';
      }
      continue;
    }
    const at = promptAt(typed[k]);
    const back = at === undefined ? -1 : (openedAt.get(at) ?? -1);
    if (back >= 0) leave(n, open.length - back);
    const top = open.at(-1);
    // The first line typed in a shell tells the prompt it names, or that it names none.
    if (top && top.inner === undefined) {
      top.inner = at ?? null;
      if (at !== undefined) typedAt.set(at, [...(typedAt.get(at) ?? []), open.length - 1]);
    }
    last = kind === 'ssh-once' ? 'once' : 'other';
    if (kind === 'session-start' || kind === 'shell-start') {
      const session = kind === 'session-start';
      if (at !== undefined) openedAt.set(at, open.length);
      open.push({ session, at });
      if (session && depth++ === 0) from = n;
      last = session ? 'session' : 'shell';
    } else if (kind === 'session-end' && (at === undefined || promptAt(typed[k + 1]) !== at)) {
      const inside = at === undefined ? open.length - 1 : (typedAt.get(at)?.at(-1) ?? -1);
      if (inside >= 0 && leave(n, open.length - inside)) last = 'left';
    }
  }
  if (depth > 0) spans.push([from, Infinity]);
  return spans;
}
