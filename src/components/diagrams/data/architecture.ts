import { rootlesskitAddressing as net } from '../../../engine/data/index.ts';
import type { DiagramData } from '../types.ts';

/** Diagram 1: the host, RootlessKit's parent and child, the network driver and the port driver (English). */
export const architecture: DiagramData = {
  id: 'architecture',
  width: 820,
  height: 440,
  title: 'Rootless Docker’s network architecture',
  desc: `RootlessKit’s parent stays in the host namespaces and creates a child user and network namespace where dockerd runs. A network driver process on the host moves the child’s tap0 traffic (${net.child}/${net.prefixLength}) to ordinary host sockets; a port driver brings connections to published ports from the host into the child.`,
  caption: 'The parent, the network driver and the host side of the port driver live on the host; dockerd, its listeners and the containers live in the child namespace.',
  text: [
    'RootlessKit’s parent process runs in your user’s ordinary namespaces on the host.',
    'It creates a user namespace (where your UID maps to root) and a network namespace: the child. dockerd-rootless.sh runs dockerd and containerd there.',
    `The child has its own loopback and a tap device, tap0, with ${net.child}/${net.prefixLength}; the gateway is ${net.gateway} and DNS is ${net.dns}.`,
    'A network driver process on the host (slirp4netns or pasta; also vpnkit, lxc-user-nic, gvisor-tap-vsock) reads tap0’s frames and carries the traffic through ordinary host sockets to the LAN and the Internet.',
    'A port driver makes published ports reachable from the host: with builtin, RootlessKit’s parent listens on the host; with implicit, pasta listens by itself.',
  ],
  boxes: [
    { x: 10, y: 190, w: 110, h: 56, lines: ['LAN,', 'Internet'], tone: 'muted' },
    { x: 140, y: 10, w: 670, h: 420, lines: ['Host: your user’s own namespaces'], kind: 'region' },
    { x: 160, y: 50, w: 240, h: 60, lines: [{ text: 'RootlessKit parent', strong: true }, 'stays in the host namespaces'] },
    { x: 160, y: 180, w: 240, h: 76, lines: [{ text: 'Network driver', strong: true }, { text: 'slirp4netns or pasta', mono: true }, 'a process on the host'], tone: 'accent' },
    { x: 160, y: 318, w: 240, h: 76, lines: [{ text: 'Port driver, host side', strong: true }, 'builtin: the parent listens', 'implicit: pasta listens'], tone: 'accent' },
    { x: 500, y: 40, w: 300, h: 375, lines: ['Child: user + network namespace'], kind: 'region', tone: 'accent' },
    { x: 515, y: 75, w: 270, h: 60, lines: [{ text: 'dockerd, containerd', strong: true }, 'listeners for published ports'] },
    { x: 515, y: 180, w: 270, h: 76, lines: [{ text: 'tap0', strong: true }, { text: `${net.child}/${net.prefixLength}`, mono: true }, { text: `gw ${net.gateway} · DNS ${net.dns}`, mono: true }] },
    { x: 515, y: 275, w: 270, h: 44, lines: [{ text: 'lo 127.0.0.1 (its own loopback)', mono: true }] },
    { x: 515, y: 338, w: 270, h: 56, lines: [{ text: 'containers', strong: true }, 'on networks inside the child'] },
  ],
  arrows: [
    { points: [[400, 80], [515, 80]], label: ['creates the', 'namespaces'], labelAt: [450, 58] },
    { points: [[400, 218], [515, 218]], head: 'both', tone: 'accent', label: ['layer-2', 'frames'], labelAt: [450, 196] },
    { points: [[160, 218], [120, 218]], head: 'end', label: ['host', 'sockets'], labelAt: [65, 268] },
    { points: [[400, 356], [460, 356], [460, 297], [515, 297]], tone: 'accent', label: ['published', 'ports'], labelAt: [430, 385] },
  ],
};
