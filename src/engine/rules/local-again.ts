/** Whether the client still asks a daemon on another machine where the paste has pointed it back at this one. */
import { addEvidence, rank, type Collected, type Observation } from '../facts.ts';
import type { Evidence, FactKey, Signal } from '../types.ts';

// What the shell here tells of pasta: this machine's, not the daemon's while the client asks another machine.
const PASTA_HERE: readonly FactKey[] = ['pastaVersion', 'pastaDate', 'pastaInstalled', 'pastaAcceptsHostLoToNsLo'];

/**
 * Keeps remote-daemon (with the lines of a DOCKER_HOST naming another machine) only while one of them is still in force after the
 * paste's last word on it: DOCKER_HOST until unset or pointed at a unix socket, whatever the context; the current context until this
 * machine's context is made current; the ssh client's error until this machine's context is made current, or, where no other context
 * was last made current before it (so the error is DOCKER_HOST's), until either. While one is in force, a pasta shown through ssh (or in
 * a VM: a hint) is the daemon host's, and this machine's pasta gives way to it; else the other way round. (The markers it reads:
 * remote-host, remote-dial, remote-once, host-local, context-local, context-other, session-start, session-end.) `typed`: the lines of commands typed at a prompt.
 */
export function dropRemoteBeforeLocal(sink: Collected, typed: readonly number[]): void {
  const last = (id: Signal): number => sink.lastSeen.get(id) ?? 0;
  // A command that asks another daemon for itself alone is over at the next command typed, if it printed nothing the checker reads (an
  // error, say; what it did print is that daemon's, which stays the one asked): DOCKER_HOST's and the ssh client's lines up to there are its.
  const once = (line: number): boolean =>
    (sink.signals.get('remote-once') ?? []).some((e) => {
      const end = typed.find((n) => n > e.line) ?? 0;
      return e.line <= line && line < end && !sink.observations.some((o) => o.evidence.line > e.line && o.evidence.line < end);
    });
  // Another context made current (or shown current) after this machine's last was, before the ssh client's error: the error is its.
  const other = Math.max(last('context-other'), sink.signals.get('remote-daemon')?.[0]?.line ?? 0);
  const contextErr = other > last('context-local') && other < last('remote-dial');
  const inForce = [
    last('remote-host') > last('host-local') && !once(last('remote-host')) && 'remote-host',
    last('remote-daemon') > last('context-local') && 'remote-daemon',
    last('remote-dial') > Math.max(contextErr ? 0 : last('host-local'), last('context-local')) && !once(last('remote-dial')) && 'remote-dial',
  ] as const;
  const lines: Evidence[] = [];
  for (const e of inForce.flatMap((id) => (id ? (sink.signals.get(id) ?? []) : [])).sort((a, b) => a.line - b.line)) addEvidence(lines, e);
  if (lines.length) sink.signals.set('remote-daemon', lines);
  else sink.signals.delete('remote-daemon');
  // Whose pasta gives way: this machine's to the other's, while the client asks that one; else the other's (shown through ssh or in a
  // VM) to this one's, where this one's is shown.
  // Another machine's: shown through ssh or in a VM (a hint), or typed in a shell session there.
  const ends = (sink.signals.get('session-end') ?? []).map((e) => e.line);
  const sessions = (sink.signals.get('session-start') ?? []).map((e) => [e.line, ends.find((n) => n > e.line) ?? Infinity] as const);
  const theirs = (o: Observation): boolean => o.rank === rank.hint || sessions.some(([from, to]) => o.evidence.line > from && o.evidence.line < to);
  const mine = (o: Observation): boolean => !theirs(o);
  const shown = (whose: typeof mine): boolean => sink.observations.some((o) => PASTA_HERE.includes(o.key) && whose(o));
  // With the client here, another machine's flag test decides nothing (its version is a hint where this one's is not shown).
  const away = lines.length
    ? shown(theirs) && mine
    : (o: Observation): boolean => theirs(o) && (o.key === 'pastaAcceptsHostLoToNsLo' || shown(mine));
  if (away) sink.observations = sink.observations.filter((o) => !PASTA_HERE.includes(o.key) || !away(o));
}
