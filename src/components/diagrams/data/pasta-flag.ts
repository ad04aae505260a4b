import { fact } from '../../content/fact-text.ts';
import { portPathDiagram } from './port-path.ts';

const fixed = fact('rlkFixed', { v: true });

/** Diagram 5: pasta with --host-lo-to-ns-lo, as RootlessKit passes it from the fixed release (English). */
export const pastaFlag = portPathDiagram(
  {
    id: 'pasta-flag',
    title: `-p 127.0.0.1:8080:80 with pasta and --host-lo-to-ns-lo (RootlessKit ${fixed} and later)`,
    desc: 'With --host-lo-to-ns-lo, pasta’s spliced socket connects to the namespace’s loopback again, 127.0.0.1:8080, where dockerd listens. The request succeeds.',
    caption: `RootlessKit ${fixed} and later probe pasta and pass --host-lo-to-ns-lo: host-loopback connections reach the namespace’s loopback again.`,
    text: [
      `RootlessKit ${fixed} or later runs “pasta --host-lo-to-ns-lo --version” at start-up; it succeeds, so the flag is added to pasta’s arguments.`,
      'curl on the host connects to 127.0.0.1:8080; pasta accepts it and takes the spliced path.',
      'Because of the flag, the socket inside the namespace connects to 127.0.0.1:8080, the namespace’s loopback.',
      'dockerd’s listener accepts it and forwards to the container. curl gets its response.',
    ],
    hostListener: [{ text: 'pasta', strong: true }, 'auto-scan listener', { text: '0.0.0.0:8080', mono: true }],
    crossing: ['spliced path with', '--host-lo-to-ns-lo:', 'loopback stays loopback'],
    nsConnect: [{ text: 'pasta connects to', strong: true }, { text: '127.0.0.1:8080', mono: true }],
    nsListener: ['dockerd listens on', { text: '127.0.0.1:8080', mono: true }],
    accept: ['accepted'],
    outcome: [{ text: '200 OK', strong: true }],
  },
  'ok',
);
