/** Where a client that could not connect looked for the daemon, read from its error. */

/**
 * A daemon looked for over the network (a CI job's service by its name, another host, one through SSH, or this machine's
 * loopback), Docker Desktop's (a Windows pipe, or a socket on a Mac or Docker Desktop's on Linux), Podman's (its API socket, or a
 * Podman machine's pipe), or a rootless daemon's in root's runtime directory.
 */
export type DaemonElsewhere =
  | {
      where: 'service' | 'remote' | 'ssh' | 'loopback';
      /** As the client printed it: "tcp://docker:2375", "https://docker:2376", "http://docker.example.com". */
      address: string;
    }
  | { where: 'desktop'; os: DesktopOs; address: string }
  /** Podman's API socket, root's (/run/podman) or a user's (/run/user/<uid>/podman). */
  | { where: 'podman'; rootful: boolean; address: string }
  /** A Podman machine's pipe on Windows ("npipe:////./pipe/podman-machine-default"). */
  | { where: 'podman-machine'; address: string }
  /** A rootless daemon's socket in root's runtime directory, where none runs: rootless Docker refuses root. */
  | { where: 'root-runtime'; address: string };

/** Docker Desktop's own socket directory on a Mac, which its documentation names; other tools' sockets there are their VMs'. */
export const DESKTOP_MAC = '/.docker/run/docker.sock';

/** Where Docker Desktop (or, on Windows, Docker Engine for Windows containers) runs. */
export type DesktopOs = 'windows' | 'mac' | 'linux';

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
// A Podman machine's pipe on Windows, where it listens when Docker's is taken (Podman's Windows tutorial).
const PODMAN_MACHINE = /(?:npipe:\/\/)?(?:\/\/\.\/|\\\\\.\\)pipe[/\\]podman-machine-[\w-]+/;
// A rootless daemon's socket in root's runtime directory, as DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock gives it for root.
const ROOT_RUNTIME = 'unix:///run/user/0/docker.sock';
// The Python SDK's name for an SSH daemon in its error (docker-py's client.py; the Python docker-compose prints it).
const SDK_SSH = 'http+docker://ssh';
// The words before the address in the client's error.
const TRIED = 'Docker daemon at ';

/** A line up to its second client error: a tool that tries several sockets in turn lists an error for each, the first where it was pointed. */
export function firstTried(line: string): string {
  const first = line.indexOf(TRIED);
  const second = first < 0 ? -1 : line.indexOf(TRIED, first + 1);
  return second > 0 ? line.slice(0, second) : line;
}

/** A rootless daemon's socket, in a user's runtime directory (not root's, where none runs). */
export const ROOTLESS_SOCKET = /\/(?:var\/)?run\/user\/[1-9]\d*\/docker\.sock/;
/** Podman's API socket, which answers Docker's API (Podman's systemd notes): root's /run/podman/podman.sock, a user's in /run/user/<uid>. */
export const PODMAN_SOCKET = /\/(?:var\/)?run\/(user\/\d+\/)?podman\/podman\.sock/;
// Docker's pipes on Windows as a client prints them ("npipe:////./pipe/dockerDesktopLinuxEngine", "open //./pipe/docker_engine:", in
// the URL of its request, "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/…", or the Python SDK's "http+docker://localnpipe") or Docker
// Desktop's daemon does ("open \\.\pipe\docker_engine_linux:"); a socket in a Mac's home (Docker Desktop's, as its documentation
// says, /Users/<user>/.docker/run/docker.sock, or another VM's, but not Lima's ~/.lima/<instance>/sock/docker.sock, whose docker template
// runs rootless Docker, unless the instance is its docker-rootful template's; on Linux that path can be a rootless daemon's runtime
// directory), and
// Docker Desktop's on Linux (~/.docker/desktop/docker.sock). Paths are matched a bounded number of segments at a time, so that a
// long line costs linear time.
const DESKTOP =
  /(?:npipe:\/\/)?(?:\/\/\.\/|\\\\\.\\|%2F%2F\.%2F)pipe(?:[/\\]|%2F)docker\w*|http\+docker:\/\/localnpipe|(?:unix:\/\/)?(\/Users\/[^\s/]+(?!\/\.lima\/(?!docker-rootful\/))(?:\/[\w.-]+){0,3}|(?:\/[\w.-]+){1,3}\/\.docker\/desktop)\/docker\.sock/i;

/**
 * The network address in a client's error, and what it is: "service" for the name docker (where the docker image's client looks by
 * default) or any other name without a dot that did not resolve (a CI service's name or alias), "ssh" for ssh:// or the client's
 * stand-in for it, "loopback" for this machine's, "remote" for any other host, "desktop" for Docker's Windows pipes and the
 * sockets of Docker Desktop (or a Mac's other VMs), "podman" for Podman's API socket, "podman-machine" for a Podman machine's pipe,
 * "root-runtime" for a rootless socket in root's runtime directory; null for another socket or no address.
 */
export function daemonElsewhere(line: string): DaemonElsewhere | null {
  const text = firstTried(line);
  const machine = PODMAN_MACHINE.exec(text);
  if (machine) return { where: 'podman-machine', address: machine[0] };
  const podman = PODMAN_SOCKET.exec(text);
  if (podman) return { where: 'podman', rootful: !podman[1], address: podman[0] };
  const desktop = DESKTOP.exec(text);
  if (desktop) {
    const os = desktop[1] ? (desktop[1].startsWith('/Users/') ? 'mac' : 'linux') : 'windows';
    return { where: 'desktop', os, address: desktop[0].replace(/%2F/gi, '/') };
  }
  if (text.includes(SDK_SSH)) return { where: 'ssh', address: SDK_SSH };
  if (text.includes(ROOT_RUNTIME)) return { where: 'root-runtime', address: ROOT_RUNTIME };
  const m = ADDRESS.exec(text);
  if (!m) return null;
  const address = m[1]!;
  const host = m[2]!.toLowerCase();
  const place = (where: 'service' | 'remote' | 'ssh' | 'loopback'): DaemonElsewhere => ({ where, address });
  if (address.toLowerCase().startsWith('ssh:') || host === SSH_STAND_IN) return place('ssh');
  if (LOOPBACK.test(host)) return place('loopback');
  const unresolved = LOOKUP.exec(text)?.[1]?.toLowerCase() === host && !host.includes('.') && !host.startsWith('[');
  return place(host === 'docker' || unresolved ? 'service' : 'remote');
}
