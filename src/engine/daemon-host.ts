/**
 * The machine a client reaches its daemon on through SSH, where DOCKER_HOST or the current context names one (ssh://): the fixes for that
 * daemon run there, not where the client typed docker. (A tcp:// address names no machine to log in to: often a CI job's service.)
 */
import { wholeLine } from './facts.ts';
import type { SnippetWords } from './messages/types.ts';
import type { Evidence } from './types.ts';

/** A daemon's machine as the client's address names it, and what pointed the client there. */
export interface DaemonHost {
  host: string;
  /** The SSH user, where the address names one. */
  user: string | null;
  /** The command that opens a shell there. */
  ssh: string;
  via: 'host' | 'context';
}

// The address: user, host (an IPv6 literal too), port.
const ADDRESS = /\bssh:\/\/(?:([^@\s/"']+)@)?(\[[\da-f:.]+\]|[\w.-]*[\w-])(?::(\d+))?/i;
// A line of DOCKER_HOST's (its assignment, default's context row, echo's answer: the address alone), not another context's row.
const OF_HOST = /DOCKER_HOST|^ssh:\/\//i;

/** The machine the last of `lines` (the client's address lines still in force, ascending) that names one names, or null. */
export function daemonHost(lines: readonly Evidence[] | undefined): DaemonHost | null {
  const text = lines?.map(wholeLine).findLast((t) => ADDRESS.test(t));
  const m = text ? ADDRESS.exec(text) : null;
  if (!text || !m) return null;
  const user = m[1] ?? null;
  // ssh takes an IPv6 address without the URL's brackets.
  const host = m[2]!.replace(/^\[|\]$/g, '');
  const ssh = `ssh ${m[3] ? `-p ${m[3]} ` : ''}${user ? `${user}@` : ''}${host}`;
  return { host, user, ssh, via: OF_HOST.test(text) ? 'host' : 'context' };
}

// A line that runs where the client is: a comment, docker's own commands (through DOCKER_HOST, settings before them or not), where the
// client points, and ssh itself.
const CLIENT_LINE = /^(?:#|$|(?:[A-Z_]+=\S* +)*docker |echo "?\$DOCKER_HOST|(?:export |unset )DOCKER_HOST|ssh )/;

/** Fix `fix` with a first comment saying to run it on the daemon's machine `at` (and how to get there), where a line of it runs on a machine's own. */
export const onDaemonHost = (fix: string, at: DaemonHost | null, w: SnippetWords): string =>
  at && fix.split('\n').some((l) => !CLIENT_LINE.test(l.trim())) ? `# ${w.onDaemonHost(at)}\n${fix}` : fix;
