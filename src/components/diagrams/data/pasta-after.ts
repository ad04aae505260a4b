import { rootlesskitAddressing as net } from '../../../engine/data/index.ts';
import { fact } from '../../content/fact-text.ts';
import { portPathDiagram } from './port-path.ts';

const change = fact('passtChange');
const lastUnfixed = fact('rlkLastUnfixed', { v: true });

/** Diagram 4: pasta from the change, without --host-lo-to-ns-lo: the connection goes to the external address and is reset (English). */
export const pastaAfter = portPathDiagram(
  {
    id: 'pasta-after',
    title: `-p 127.0.0.1:8080:80 with pasta from ${change}, without --host-lo-to-ns-lo`,
    desc: `pasta still accepts the connection on the host, but its spliced socket now connects to the namespace’s external address ${net.child}:8080. Nothing listens there, because dockerd’s listener is bound to 127.0.0.1, so the namespace’s kernel answers with a reset and curl reports “Connection reset by peer”.`,
    caption: `pasta from ${change} with RootlessKit up to ${lastUnfixed}: the spliced connection goes to ${net.child}, where nothing listens, and is reset.`,
    text: [
      'dockerd listens on 127.0.0.1:8080 inside the namespace; pasta’s auto-scan listens on port 8080 on all host addresses.',
      'curl on the host connects to 127.0.0.1:8080; pasta accepts it, so the TCP handshake on the host succeeds.',
      'pasta takes the spliced path and opens a socket inside the namespace.',
      `From ${change}, that socket connects to the namespace’s external address, ${net.child}:8080, not to its loopback.`,
      `Nothing listens on ${net.child}:8080: the listener is bound to 127.0.0.1 only. The kernel in the namespace answers with RST.`,
      'The reset reaches curl on the host, which reports “curl: (56) Recv failure: Connection reset by peer”.',
    ],
    hostListener: [{ text: 'pasta', strong: true }, 'auto-scan listener', { text: '0.0.0.0:8080', mono: true }],
    crossing: ['spliced path: socket', 'opened in the namespace'],
    nsConnect: [{ text: 'pasta connects to', strong: true }, { text: `${net.child}:8080`, mono: true }],
    nsListener: ['dockerd listens on', { text: '127.0.0.1:8080 only', mono: true }],
    accept: ['no listener on', { text: `${net.child}:8080`, mono: true }],
    outcome: [{ text: 'curl: (56) Recv failure:', mono: true }, { text: 'Connection reset by peer', mono: true }],
  },
  'reset',
);
