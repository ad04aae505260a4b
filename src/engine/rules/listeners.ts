import type { Line } from '../clean.ts';
import type { Merged } from '../facts.ts';
import type { Typed } from '../prompts.ts';
import type { Evidence, Signal } from '../types.ts';

/**
 * Infers RootlessKit's port manager from a socket RootlessKit holds on the host (only a port driver that forwards ports itself opens
 * one), where the paste shows neither driver nor a call to the port manager, and no socket pasta holds (another runtime). Mutates `m`.
 */
export function inferPortManager(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>): void {
  const held = signals.get('rootlesskit-listener');
  const f = m.facts;
  if (!held || signals.has('pasta-listener') || f.networkDriver !== null || f.portDriver !== null || f.portManager !== null) return;
  f.portManager = true;
  m.inferred.add('portManager');
  m.evidence.portManager = held;
}

// A socket's address and port as ss, netstat and lsof list a listening one (the first such pair on the line is its own), and as docker
// ps ("127.0.0.1:8080->80/tcp") and docker port ("80/tcp -> 127.0.0.1:8080") show a published port's host side.
const ADDRESS = String.raw`((?:\d{1,3}\.){3}\d{1,3}|\[[\da-fA-F:.]*\]|\*|::)`;
const LISTENING = new RegExp(`${ADDRESS}:(\\d{1,5})(?=\\s|$)`);
const PUBLISHED = new RegExp(`${ADDRESS}:(\\d{1,5})->\\d|-> ${ADDRESS}:(\\d{1,5})\\b`, 'g');
const PUBLICATIONS: readonly Signal[] = ['published-loopback', 'published-secondary-loopback', 'published-ipv6-loopback', 'published-all'];
// The ways each tool writes every address.
const ANY_ADDRESS = new Set(['*', '0.0.0.0', '[::]', '::']);
const endpoint = (address: string, port: string): string => `${ANY_ADDRESS.has(address) ? '*' : address}:${port}`;

// A command typed for Podman (after sudo), and ps's header, which starts a table of its own.
const PODMAN = /^(?:sudo +)?podman\s/;
const PS_HEADER = /^(?:CONTAINER ID|NAMES)\s/;

/**
 * Whether line `n` of `lines` publishes Podman's port, not Docker's: podman run's own line, or a row podman ps or podman port printed
 * (under it, with no blank line, nor another table's header, between). Rootless Podman runs pasta too, which forwards its ports (FACTS.md
 * section 3).
 */
export function podmanPublishes(lines: readonly Line[], typed: Typed, n: number): boolean {
  let k = lines.findIndex((l) => l.n === n);
  if (k < 0) return false;
  // The paste's own step between lines: 2 where a blank line follows every line (a paste's damage), and a blank line of its own more.
  let step = Infinity;
  // (Pieces of one paste line share its number: a web page's tags cut it.)
  for (let i = 1; i < lines.length && step > 1; i++) step = Math.min(step, lines[i]!.n - lines[i - 1]!.n || Infinity);
  // Up to the command: over the rows before it, and ps's header, which only the command may stand right above.
  const joined = (i: number): boolean => i > 0 && lines[i]!.n - lines[i - 1]!.n <= step;
  while (!typed.is(k) && !PS_HEADER.test(lines[k]!.trimmed) && joined(k)) k--;
  if (!typed.is(k) && PS_HEADER.test(lines[k]!.trimmed) && joined(k)) k--;
  return typed.is(k) && PODMAN.test(lines[k]!.trimmed);
}

/**
 * Reads pasta as the network driver from a socket pasta holds on the host at an address and port Docker shows published (the process
 * seen running with Docker's port), and infers the implicit port driver: only with it does pasta open a container's port itself (with
 * builtin, RootlessKit does). Where the paste shows neither driver; a port Podman publishes (`podman`: whether a line does) is none of
 * Docker's. Mutates `m`.
 */
export function inferPastaFromHeldPort(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>, podman: (n: number) => boolean): void {
  const held = signals.get('pasta-listener');
  const f = m.facts;
  if (!held || f.networkDriver !== null || f.portDriver !== null) return;
  // pasta's -t auto binds the host's side of every port on all addresses, whatever address the container's port was published on
  // inside the namespace (FACTS.md sections 2 and 3: passt tcp.c's tcp_port_rebind(), and a reproduction).
  const published = new Set(
    PUBLICATIONS.flatMap((id) => signals.get(id) ?? []).filter((e) => !podman(e.line)).flatMap((e) => [...e.text.matchAll(PUBLISHED)].flatMap((p) => [endpoint(p[1] ?? p[3]!, p[2] ?? p[4]!), `*:${p[2] ?? p[4]}`])),
  );
  const docker = held.filter((e) => {
    const own = LISTENING.exec(e.text);
    return !!own && published.has(endpoint(own[1]!, own[2]!));
  });
  if (!docker.length) return;
  f.networkDriver = 'pasta';
  f.portDriver = 'implicit';
  m.inferred.add('portDriver');
  m.evidence.networkDriver = m.evidence.portDriver = docker;
}
