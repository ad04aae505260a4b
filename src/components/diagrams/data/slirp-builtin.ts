import { portPathDiagram } from './port-path.ts';

/** Diagram 2: -p 127.0.0.1:8080:80 with slirp4netns and the builtin port driver (English). */
export const slirpBuiltin = portPathDiagram(
  {
    id: 'slirp-builtin',
    title: '-p 127.0.0.1:8080:80 with slirp4netns and the builtin port driver',
    desc: 'RootlessKit’s parent listens on 127.0.0.1:8080 on the host and hands each connection to its child, which connects to 127.0.0.1:8080 inside the namespace, where dockerd listens. slirp4netns is not on this path. The request succeeds.',
    caption: 'slirp4netns + builtin: RootlessKit itself carries the connection into the namespace and connects to loopback there, so the address never changes.',
    text: [
      'curl on the host connects to 127.0.0.1:8080.',
      'RootlessKit’s parent accepts it: with the builtin port driver it is the process listening on the host, on 127.0.0.1:8080.',
      'The parent passes the connection to RootlessKit’s child inside the namespace.',
      'The child connects to 127.0.0.1:8080 in the namespace, where dockerd’s listener for the published port accepts it and forwards to the container’s port 80.',
      'slirp4netns only carries the namespace’s own outbound traffic; it is not involved. curl gets its response.',
    ],
    hostListener: [{ text: 'RootlessKit parent', strong: true }, 'port driver builtin', { text: 'listens 127.0.0.1:8080', mono: true }],
    crossing: ['RootlessKit hands the', 'connection to its child'],
    nsConnect: [{ text: 'RootlessKit child', strong: true }, 'connects to', { text: '127.0.0.1:8080', mono: true }],
    nsListener: ['dockerd listens on', { text: '127.0.0.1:8080', mono: true }],
    accept: ['accepted'],
    outcome: [{ text: '200 OK', strong: true }],
    note: ['slirp4netns (tap0)', 'is not on this path'],
  },
  'ok',
);
