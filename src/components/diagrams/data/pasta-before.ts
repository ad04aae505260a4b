import { fact } from '../../content/fact-text.ts';
import { portPathDiagram } from './port-path.ts';

const lastGood = fact('passtLastGood');

/** Diagram 3: pasta before the change: spliced connections reach the namespace's loopback (English). */
export const pastaBefore = portPathDiagram(
  {
    id: 'pasta-before',
    title: `-p 127.0.0.1:8080:80 with pasta up to ${lastGood}`,
    desc: `pasta’s auto-scan listens on port 8080 on every host address. A connection to the host’s 127.0.0.1 is local, so pasta splices it into the namespace and connects to 127.0.0.1:8080 there, where dockerd listens. The request succeeds.`,
    caption: `pasta up to ${lastGood}: the spliced path delivers host-loopback connections to the namespace’s loopback.`,
    text: [
      'dockerd listens on 127.0.0.1:8080 inside the namespace; pasta’s auto-scan sees it and listens on port 8080 on all host addresses.',
      'curl on the host connects to 127.0.0.1:8080; pasta accepts it.',
      'The connection came from the host’s loopback, so pasta takes the spliced path: it opens a socket inside the namespace.',
      `Up to ${lastGood}, that socket connects to 127.0.0.1:8080 in the namespace. dockerd’s listener accepts it and forwards to the container. curl gets its response.`,
    ],
    hostListener: [{ text: 'pasta', strong: true }, 'auto-scan listener', { text: '0.0.0.0:8080', mono: true }],
    crossing: ['spliced path: socket', 'opened in the namespace'],
    nsConnect: [{ text: 'pasta connects to', strong: true }, { text: '127.0.0.1:8080', mono: true }],
    nsListener: ['dockerd listens on', { text: '127.0.0.1:8080', mono: true }],
    accept: ['accepted'],
    outcome: [{ text: '200 OK', strong: true }],
  },
  'ok',
);
