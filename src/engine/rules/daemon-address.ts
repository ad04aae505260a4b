/** Where a client that could not connect looked for the daemon, read from its error. */

/** A daemon looked for over the network: a CI job's service by its name, another host, one through SSH, or this machine's loopback. */
export interface DaemonElsewhere {
  where: 'service' | 'remote' | 'ssh' | 'loopback';
  /** As the client printed it: "tcp://docker:2375", "https://docker:2376", "http://docker.example.com". */
  address: string;
}

// The address after the client's words ("… daemon at tcp://docker:2375.", "… docker API at ssh://me@host"), or the URL of the
// request that failed ('error during connect: Post "https://docker:2376/v1.24/auth": …'): scheme, user, host (an IPv6 literal
// with its zone too; a fully qualified name's dot only before a port, as the sentence's own ends it), port. Unix sockets and Windows
// pipes have no host.
const ADDRESS = /(?:daemon at |docker API at |error during connect: [A-Z]+ "?)((?:tcp|ssh|https?):\/\/(?:[^\s/]*@)?(\[[\da-f:.]+(?:%[\w.]+)?\]|[\w.-]*[\w-])(?:\.(?=:))?(?::\d+)?)/i;
// This machine's loopback, in the ways an address can spell it.
const LOOPBACK = /^(?:localhost(?:\.localdomain)?|127\.[\d.]+|\[(?:::1?|(?:0:){7}1|::ffff:127\.[\d.]+)\]|0\.0\.0\.0)$/i;
// The client's stand-in for the host of an ssh:// address (docker/cli#7229): never a host anyone set.
const SSH_STAND_IN = 'docker.example.com';
// The name the resolver did not know ("dial tcp: lookup docker on 127.0.0.11:53: no such host").
const LOOKUP = /dial tcp: lookup ([^\s:]+)/;

/**
 * The network address in a client's error, and what it is: "service" for the name docker (where the docker image's client looks by
 * default) or any other name without a dot that did not resolve (a CI service's name or alias), "ssh" for ssh:// or the client's
 * stand-in for it, "loopback" for this machine's, "remote" for any other host; null for a socket, a pipe or no address.
 */
export function daemonElsewhere(text: string): DaemonElsewhere | null {
  const m = ADDRESS.exec(text);
  if (!m) return null;
  const address = m[1]!;
  const host = m[2]!.toLowerCase();
  const place = (where: DaemonElsewhere['where']): DaemonElsewhere => ({ where, address });
  if (address.toLowerCase().startsWith('ssh:') || host === SSH_STAND_IN) return place('ssh');
  if (LOOPBACK.test(host)) return place('loopback');
  const unresolved = LOOKUP.exec(text)?.[1]?.toLowerCase() === host && !host.includes('.') && !host.startsWith('[');
  return place(host === 'docker' || unresolved ? 'service' : 'remote');
}
