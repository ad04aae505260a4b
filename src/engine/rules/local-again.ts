/** Whether the client still asks a daemon on another machine where the paste has pointed it back at this one. */
import type { Line } from '../clean.ts';
import { addEvidence, rank, type Collected, type Observation } from '../facts.ts';
import type { Evidence, FactKey, Signal } from '../types.ts';
import { sessionSpans } from './sessions.ts';
import { firstAfter, within, type Span } from './spans.ts';

// What the shell here tells of pasta: this machine's, not the daemon's while the client asks another machine.
const PASTA_HERE: readonly FactKey[] = ['pastaVersion', 'pastaDate', 'pastaInstalled', 'pastaAcceptsHostLoToNsLo'];
// What any machine's shell tells of its own tools, the daemon's or not.
const HOST_TOOLS: readonly FactKey[] = [...PASTA_HERE, 'slirp4netnsVersion', 'dockerClientVersion'];

/**
 * Keeps remote-daemon (with the lines of a DOCKER_HOST naming another machine) only while one of them is still in force after the
 * paste's last word on it: DOCKER_HOST until unset or pointed at a unix socket, whatever the context; the current context until this
 * machine's context is made current; the ssh client's error until this machine's context is made current, or, where no other context
 * was last made current before it (so the error is DOCKER_HOST's), until either. A command that asks another daemon for itself alone is
 * none of them once the next command is typed, if it printed nothing the checker reads (an error, say; what it did print is that daemon's,
 * which stays the one asked). While one is in force, a pasta shown through ssh or in a VM (a hint), or typed in a shell session on
 * another machine (sessions.ts), is the daemon host's, and this machine's pasta gives way to it; else the other way round, unless the
 * daemon's own output was all typed in sessions, and another machine's flag test decides nothing. (The markers it reads: remote-host,
 * remote-dial, remote-once, host-local, context-local, context-other, and the sessions'.) `prompted`: the lines typed at a prompt, ascending.
 */
export function dropRemoteBeforeLocal(sink: Collected, prompted: readonly Line[]): void {
  const typed = prompted.map((l) => l.n);
  const last = (id: Signal): number => sink.lastSeen.get(id) ?? 0;
  const linesOf = (id: Signal): number[] => (sink.signals.get(id) ?? []).map((e) => e.line);
  const onceFrom = linesOf('remote-once');
  // What was read, in order: sorted only where a one-off asks it.
  const seen = onceFrom.length ? sink.observations.map((o) => o.evidence.line).sort((a, b) => a - b) : [];
  // Each one-off's lines up to the next command typed, where nothing it printed was read.
  const once = onceFrom.flatMap((from): Span[] => {
    const to = typed[firstAfter(typed, from)];
    return to !== undefined && (seen[firstAfter(seen, from)] ?? Infinity) >= to ? [[from, to]] : [];
  });
  // The last line of a signal that a one-off's span does not hold.
  const lasting = (id: Signal): number => linesOf(id).findLast((line) => !within(once, line)) ?? 0;
  // Another context made current (or shown current) after this machine's last was, before the ssh client's error: the error is its.
  const other = Math.max(last('context-other'), sink.signals.get('remote-daemon')?.[0]?.line ?? 0);
  const contextErr = other > last('context-local') && other < last('remote-dial');
  const inForce = [
    lasting('remote-host') > last('host-local') && 'remote-host',
    last('remote-daemon') > last('context-local') && 'remote-daemon',
    lasting('remote-dial') > Math.max(contextErr ? 0 : last('host-local'), last('context-local')) && 'remote-dial',
  ] as const;
  const lines: Evidence[] = [];
  for (const e of inForce.flatMap((id) => (id ? (sink.signals.get(id) ?? []) : [])).sort((a, b) => a.line - b.line)) addEvidence(lines, e);
  if (lines.length) sink.signals.set('remote-daemon', lines);
  else sink.signals.delete('remote-daemon');
  const remote = lines.length > 0;
  const sessions = sessionSpans(sink, prompted);
  const inside = (o: Observation): boolean => within(sessions, o.evidence.line);
  // With the client here, the daemon's machine is the one its own output was typed on: in a session if all of it was (ssh'd to the server
  // to run everything there), else here. Its own: what the running daemon shows, or else its RootlessKit, packages and settings.
  const running = sink.observations.filter((o) => o.rank === rank.running);
  const own = running.length ? running : sink.observations.filter((o) => o.rank >= rank.config && !HOST_TOOLS.includes(o.key));
  const away = remote || !own.length || !own.every(inside);
  // Another machine's: shown through ssh or in a VM (a hint), or typed on the side of the sessions that is not the daemon's.
  const theirs = (o: Observation): boolean => o.rank === rank.hint || inside(o) === away;
  const mine = (o: Observation): boolean => !theirs(o);
  const shown = (whose: typeof mine): boolean => sink.observations.some((o) => PASTA_HERE.includes(o.key) && whose(o));
  const mineShown = shown(mine);
  const gone = remote
    ? shown(theirs) && mine
    : (o: Observation): boolean => theirs(o) && (o.key === 'pastaAcceptsHostLoToNsLo' || mineShown);
  if (gone) sink.observations = sink.observations.filter((o) => !PASTA_HERE.includes(o.key) || !gone(o));
}
