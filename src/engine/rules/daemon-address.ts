/** Where a client that could not connect looked for the daemon, read from its error. */

// The address after the client's words ("… daemon at tcp://docker:2375.", "… docker API at ssh://me@host"), or the URL of the
// request that failed ('error during connect: Post "https://docker:2376/v1.24/auth": …'). Unix sockets have no host.
const ADDRESS = /(?:daemon at |docker API at |error during connect: [A-Z]+ "?)((?:tcp|ssh|https?):\/\/(?:[^\s@/]+@)?(\[[\da-f:.]+\]|[\w.-]*[\w-])(?::\d+)?)/i;
// This machine: a rootless daemon can listen on TCP too (dockerd-rootless.sh -H tcp://127.0.0.1:2376), reached as any local one.
const LOOPBACK = /^(?:localhost|127\.[\d.]+|\[::1?\]|0\.0\.0\.0)$/i;

/**
 * The network address in a client's error if it is not this machine's: "service" for the host name docker, where the docker
 * image's client looks by default (a CI job's docker:dind service), "remote" for any other; null for a socket or loopback.
 */
export function daemonElsewhere(text: string): { where: 'service' | 'remote'; address: string } | null {
  const m = ADDRESS.exec(text);
  if (!m || LOOPBACK.test(m[2]!)) return null;
  return { where: m[2]!.toLowerCase() === 'docker' ? 'service' : 'remote', address: m[1]! };
}
