/**
 * The machine a client reaches its daemon on through SSH, where DOCKER_HOST or the current context names one (ssh://), or the ssh client's
 * error does: the fixes for that daemon run there, not where the client typed docker. (A tcp:// address names no machine to log in to:
 * often a CI job's service.)
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
  /** What named it: DOCKER_HOST, the current context, or only the ssh client's error (no ssh:// address shown). */
  via: 'host' | 'context' | 'ssh';
}

// The address: user, host (an IPv6 literal too), port.
const ADDRESS = /\bssh:\/\/(?:([^@\s/"']+)@)?(\[[\da-f:.]+\]|[\w.-]*[\w-])(?::(\d+))?/i;
// A line of DOCKER_HOST's (its assignment, default's context row, echo's answer: the address alone), not another context's row.
const OF_HOST = /DOCKER_HOST|^ssh:\/\//i;

// The ssh the client ran, as its error quotes it ("command [ssh -o ConnectTimeout=30 -T -l ci -p 2222 -- build01 docker system dial-stdio]").
const DIALED = /\bcommand \[ssh\b(.*?) -- (\S+) docker system dial-stdio\]/;
const OPTION = (flag: string): RegExp => new RegExp(String.raw`(?:^|\s)-${flag} (\S+)`);
// ssh's own error, where it names the host ("ssh: connect to host build01 port 22: Connection refused", "ssh: Could not resolve hostname build01: …").
const SSH_ERROR = /\bssh: (?:connect to host (\S+) port (\d+)|Could not resolve hostname ([^\s:]+)):/;

/** The machine the client's ssh connects to, as the ssh command the client ran or ssh's own error names it, or null. */
function dialed(text: string): DaemonHost | null {
  const d = DIALED.exec(text);
  const e = SSH_ERROR.exec(text);
  const host = d?.[2] ?? e?.[1] ?? e?.[3];
  if (!host) return null;
  const user = d ? (OPTION('l').exec(d[1]!)?.[1] ?? null) : null;
  // ssh's default port needs no -p.
  const port = d ? OPTION('p').exec(d[1]!)?.[1] : e?.[2] === '22' ? undefined : e?.[2];
  return { host, user, ssh: `ssh ${port ? `-p ${port} ` : ''}${user ? `${user}@` : ''}${host}`, via: 'ssh' };
}

/**
 * The machine the last of `lines` (the client's address lines still in force, ascending) that names one names (an ssh:// address), else
 * the one the last ssh error of the client names, or null.
 */
export function daemonHost(lines: readonly Evidence[] | undefined): DaemonHost | null {
  const texts = lines?.map(wholeLine) ?? [];
  const text = texts.findLast((t) => ADDRESS.test(t));
  const m = text ? ADDRESS.exec(text) : null;
  if (!text || !m) return texts.map(dialed).findLast((d) => d !== null) ?? null;
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
