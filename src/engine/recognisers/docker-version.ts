/** `docker version` as text: client and server versions, and the rootlesskit / slirp4netns server components. */
import type { Line } from '../clean.ts';
import { docker } from '../data/core/docker.ts';
import { networkDrivers, portDrivers, type NetworkDriver, type PortDriver } from '../data/core/network.ts';
import { rank, type Recogniser, type Sink } from '../facts.ts';
import { dockerHeader } from '../sections.ts';
import { atLeast } from '../version.ts';

const COMPONENT = /^([A-Za-z][\w.-]*):$/;
const KEY_VALUE = /^([A-Za-z]\w*): +(\S.*)$/;

/** One `Server:` block: its Engine version line, whether a rootlesskit component appeared, whether it was cut. */
interface ServerBlock {
  engine: Line | null;
  version: string | null;
  rootlesskit: boolean;
  cut: boolean;
}

/** Reads client/server versions and the rootlesskit component; a complete server block without one is rootful. */
export const dockerVersion: Recogniser = (lines, sink) => {
  let side: 'client' | 'server' | null = null;
  let component: string | null = null;
  let server: ServerBlock | null = null;
  for (const line of lines) {
    const t = line.trimmed;
    const header = dockerHeader(t);
    if (header) {
      endServer(server, sink);
      // Podman prints the same layout ("Client: Podman Engine"); its versions are not Docker's.
      side = header.platform.includes('Podman') ? null : header.side;
      component = null;
      server = side === 'server' ? { engine: null, version: null, rootlesskit: false, cut: false } : null;
      // The server's platform name: Docker's own engine packages call themselves "Docker Engine - Community".
      if (side === 'server' && header.platform.includes('Docker Engine - Community')) sink.fact('dockerPackaging', 'docker', rank.hint, line);
      continue;
    }
    if (line.cut) {
      if (server) server.cut = true;
      continue;
    }
    const c = t.endsWith(':') ? COMPONENT.exec(t) : null;
    if (c) {
      component = c[1]!;
      // A snippet (docker version | grep -A4 rootlesskit) starts at the component itself.
      if (!side && component === 'rootlesskit') {
        side = 'server';
        server = { engine: null, version: null, rootlesskit: false, cut: false };
      }
      if (server && component === 'rootlesskit') {
        server.rootlesskit = true;
        sink.fact('rootless', true, rank.running, line);
      }
      continue;
    }
    const kv = side && t.includes(': ') ? KEY_VALUE.exec(t) : null;
    if (!kv || !side) continue;
    const [, key, value] = kv as unknown as [string, string, string];
    if (side === 'client') {
      // Only the client's own Version, before any plugin block ("Plugins:" / "buildx: …") starts.
      if (component === null && key === 'Version') sink.fact('dockerClientVersion', value, rank.binary, line);
      if (key === 'Version') component = key;
    } else if (server) {
      read(component, key, value, line, server, sink);
    }
  }
  endServer(server, sink);
};

function read(component: string | null, key: string, value: string, line: Line, server: ServerBlock, sink: Sink): void {
  if (component === 'Engine' && key === 'Version') {
    server.engine = line;
    server.version = value;
    sink.fact('dockerServerVersion', value, rank.running, line);
  } else if (component === 'rootlesskit') {
    if (key === 'Version') sink.fact('rootlesskitVersion', value, rank.running, line);
    if (key === 'NetworkDriver' && networkDrivers.includes(value as NetworkDriver)) sink.fact('networkDriver', value as NetworkDriver, rank.running, line);
    if (key === 'PortDriver' && portDrivers.includes(value as PortDriver)) sink.fact('portDriver', value as PortDriver, rank.running, line);
  } else if (component === 'slirp4netns' && key === 'Version') {
    sink.fact('slirp4netnsVersion', value, rank.running, line);
  }
}

function endServer(server: ServerBlock | null, sink: Sink): void {
  if (server?.engine && !server.rootlesskit && !server.cut && atLeast(server.version, docker.rootlessSupport.version)) {
    sink.fact('rootless', false, rank.running, server.engine);
  }
}
