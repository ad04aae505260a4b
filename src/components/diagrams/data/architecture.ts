import { dockerThresholds, rootlesskitAddressing as net } from '../../../engine/data/index.ts';
import type { DiagramData, TextLine } from '../types.ts';
import { architectureNarrow } from './architecture-narrow.ts';

/** The words of the architecture diagram in one language: one entry per box and arrow; the layouts are architectureDiagram's and architectureNarrow's. */
export interface ArchitectureText {
  title: string;
  desc: string;
  caption: string;
  text: readonly string[];
  lan: readonly TextLine[];
  host: readonly TextLine[];
  parent: readonly TextLine[];
  networkDriver: readonly TextLine[];
  portDriver: readonly TextLine[];
  child: readonly TextLine[];
  dockerd: readonly TextLine[];
  tap0: readonly TextLine[];
  loopback: readonly TextLine[];
  /** The loopback box in the narrow drawing, where it is narrower; `loopback` when not given. */
  loopbackNarrow?: readonly TextLine[];
  containers: readonly TextLine[];
  creates: readonly TextLine[];
  frames: readonly TextLine[];
  sockets: readonly TextLine[];
  ports: readonly TextLine[];
}

/** tap0's address, gateway and DNS, from the data module (the same in every language). */
export const tap0Lines: readonly TextLine[] = [
  { text: 'tap0', strong: true },
  { text: `${net.child}/${net.prefixLength}`, mono: true },
  { text: `gw ${net.gateway} · DNS ${net.dns}`, mono: true },
];

/** The host, RootlessKit's parent and child, the network driver and the port driver, side by side; the narrow drawing stacks them. */
export function architectureDiagram(words: ArchitectureText): DiagramData {
  return {
    id: 'architecture',
    width: 820,
    height: 440,
    title: words.title,
    desc: words.desc,
    caption: words.caption,
    text: words.text,
    boxes: [
      { x: 10, y: 190, w: 110, h: 56, lines: words.lan, tone: 'muted' },
      { x: 140, y: 10, w: 670, h: 420, lines: words.host, kind: 'region' },
      { x: 160, y: 50, w: 240, h: 60, lines: words.parent },
      { x: 160, y: 180, w: 240, h: 76, lines: words.networkDriver, tone: 'accent' },
      { x: 160, y: 318, w: 240, h: 76, lines: words.portDriver, tone: 'accent' },
      { x: 500, y: 40, w: 300, h: 375, lines: words.child, kind: 'region', tone: 'accent' },
      { x: 515, y: 75, w: 270, h: 60, lines: words.dockerd },
      { x: 515, y: 180, w: 270, h: 76, lines: words.tap0 },
      { x: 515, y: 275, w: 270, h: 44, lines: words.loopback },
      { x: 515, y: 338, w: 270, h: 56, lines: words.containers },
    ],
    arrows: [
      { points: [[400, 80], [515, 80]], label: words.creates, labelAt: [450, 58] },
      { points: [[400, 218], [515, 218]], head: 'both', tone: 'accent', label: words.frames, labelAt: [450, 196] },
      { points: [[160, 218], [120, 218]], head: 'end', label: words.sockets, labelAt: [65, 268] },
      { points: [[400, 356], [460, 356], [460, 297], [515, 297]], tone: 'accent', label: words.ports, labelAt: [430, 385] },
    ],
    narrow: architectureNarrow(words),
  };
}

/** The Docker release whose dockerd-rootless.sh passes --detach-netns by default (the one that also added the gvisor-tap-vsock fallback); it moves dockerd out of the child's network namespace. */
export const detachNetnsFrom = dockerThresholds.gvisorFallback.version;

/** Diagram 1: the host, RootlessKit's parent and child, the network driver and the port driver (English). */
export const architecture: DiagramData = architectureDiagram({
  title: 'Rootless Docker’s network architecture',
  desc: `RootlessKit’s parent stays in the host namespaces and creates a child user and network namespace where dockerd runs. A network driver process on the host moves the child’s tap0 traffic (${net.child}/${net.prefixLength}) to ordinary host sockets; a port driver brings connections to published ports from the host into the child.`,
  caption: 'The parent, the network driver and the host side of the port driver live on the host; dockerd, its listeners and the containers live in the child namespace.',
  text: [
    'RootlessKit’s parent process runs in your user’s ordinary namespaces on the host.',
    `It creates a user namespace (where your UID maps to root) and a network namespace: the child. dockerd-rootless.sh runs dockerd and containerd there, unless RootlessKit runs with --detach-netns (the default from Docker ${detachNetnsFrom}), which keeps dockerd in the host’s network namespace.`,
    `The child has its own loopback and a tap device, tap0, with ${net.child}/${net.prefixLength}; the gateway is ${net.gateway} and DNS is ${net.dns}.`,
    'A network driver process on the host (slirp4netns or pasta; also vpnkit, lxc-user-nic, gvisor-tap-vsock) reads tap0’s frames and carries the traffic through ordinary host sockets to the LAN and the Internet.',
    'A port driver makes published ports reachable from the host: with builtin, RootlessKit’s parent listens on the host; with implicit, pasta listens by itself.',
  ],
  lan: ['LAN,', 'Internet'],
  host: ['Host: your user’s own namespaces'],
  parent: [{ text: 'RootlessKit parent', strong: true }, 'stays in the host namespaces'],
  networkDriver: [{ text: 'Network driver', strong: true }, { text: 'slirp4netns or pasta', mono: true }, 'a process on the host'],
  portDriver: [{ text: 'Port driver, host side', strong: true }, 'builtin: the parent listens', 'implicit: pasta listens'],
  child: ['Child: user + network namespace'],
  dockerd: [{ text: 'dockerd, containerd', strong: true }, 'listeners for published ports'],
  tap0: tap0Lines,
  loopback: [{ text: 'lo 127.0.0.1 (its own loopback)', mono: true }],
  loopbackNarrow: [{ text: 'lo 127.0.0.1', mono: true }, '(its own loopback)'],
  containers: [{ text: 'containers', strong: true }, 'on networks inside the child'],
  creates: ['creates the', 'namespaces'],
  frames: ['layer-2', 'frames'],
  sockets: ['host', 'sockets'],
  ports: ['published', 'ports'],
});
