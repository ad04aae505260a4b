/** Where a paste's shell sessions on another machine begin and end: what is typed in them is that machine's. */
import type { Line } from '../clean.ts';
import type { Collected } from '../facts.ts';
import type { Signal } from '../types.ts';
import type { Span } from './spans.ts';

// The host a prompt names ("alice@laptop:~$ ", "[alice@laptop ~]$ "), if it names one.
const PROMPT_HOST = /[\w.-]+@([\w.-]+)(?=[:\s\]$#%>])/;
const hostOf = (line: Line | undefined): string | undefined => (line?.prefix ? PROMPT_HOST.exec(line.prefix)?.[1] : undefined);

/**
 * The outermost stretches of `typed` (commands typed at a prompt, ascending) and the output after them that were on another machine
 * through ssh, from the markers: session-start (ssh opening a shell), shell-start (a shell opened on the same machine: sudo -i, su,
 * machinectl shell), session-end (a typed exit), session-closed (ssh's "Connection to … closed."), session-failed (ssh's error). An exit
 * leaves the latest shell opened; one after which the prompt names the same host leaves no ssh session, and one after which it names
 * another leaves the latest; ssh's closing line ends the latest unless a typed exit just did; its error ends one only while it opens;
 * and a session is over (or never opened) where the next prompt names the host it was opened from.
 */
export function sessionSpans(sink: Collected, typed: readonly Line[]): Span[] {
  const kinds = new Map<number, Signal>();
  for (const id of ['session-start', 'shell-start', 'session-end', 'session-closed', 'session-failed'] as const)
    for (const e of sink.signals.get(id) ?? []) kinds.set(e.line, id);
  if (!sink.signals.has('session-start')) return [];
  const events = [...typed.map((line, k) => ({ n: line.n, k })), ...[...kinds].filter(([, id]) => id === 'session-closed' || id === 'session-failed').map(([n]) => ({ n, k: -1 }))];
  events.sort((a, b) => a.n - b.n);
  const spans: Span[] = [];
  // Open shells, innermost last: true for an ssh session.
  const open: boolean[] = [];
  let depth = 0;
  let from = 0;
  // What the last command typed did: opened a session (and from which host's prompt), left one, or anything else.
  let last: 'opened' | 'left' | 'other' = 'other';
  let openedFrom: string | undefined;
  const leave = (n: number, all: boolean): boolean => {
    while (open.length) {
      const session = open.pop()!;
      if (session && --depth === 0) spans.push([from, n]);
      if (session || !all) return session;
    }
    return false;
  };
  const leaveSession = (n: number): boolean => depth > 0 && leave(n, true);
  for (const { n, k } of events) {
    const kind = kinds.get(n);
    if (k < 0) {
      if (kind === 'session-closed' ? last !== 'left' : last === 'opened') {
        leaveSession(n);
        last = 'left';
      }
      continue;
    }
    const host = hostOf(typed[k]);
    if (last === 'opened' && host && host === openedFrom) leaveSession(n);
    last = 'other';
    if (kind === 'session-start') {
      open.push(true);
      if (depth++ === 0) from = n;
      last = 'opened';
      openedFrom = host;
    } else if (kind === 'shell-start') open.push(false);
    else if (kind === 'session-end') {
      const next = hostOf(typed[k + 1]);
      // Where both prompts name a host: on the same one, the exit left a shell opened there (if any); on another, the latest session.
      if (host === undefined || next === undefined) last = leave(n, false) ? 'left' : 'other';
      else if (host !== next) last = leaveSession(n) ? 'left' : 'other';
      else if (open.at(-1) === false) open.pop();
    }
  }
  if (depth > 0) spans.push([from, Infinity]);
  return spans;
}
