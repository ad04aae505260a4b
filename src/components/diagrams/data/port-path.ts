import type { DiagramData, TextLine } from '../types.ts';
import { portPathNarrow } from './port-path-narrow.ts';

/** The words of one "what happens to curl 127.0.0.1:8080" diagram; the layout is shared. */
export interface PortPathText {
  id: string;
  title: string;
  desc: string;
  caption: string;
  text: readonly string[];
  hostListener: readonly TextLine[];
  crossing: readonly TextLine[];
  nsConnect: readonly TextLine[];
  nsListener: readonly TextLine[];
  accept: readonly TextLine[];
  outcome: readonly TextLine[];
  note?: readonly TextLine[];
}

/** Words shared by every port-path diagram of one language: the two regions, the client, the container and the first arrow. */
export interface PortPathFrame {
  host: readonly TextLine[];
  namespace: readonly TextLine[];
  client: readonly TextLine[];
  container: readonly TextLine[];
  connect: readonly TextLine[];
}

/** Words shared by every port-path diagram (English). */
const portPathFrameEn: PortPathFrame = {
  host: ['Host'],
  namespace: ['RootlessKit child namespace'],
  client: [{ text: 'curl 127.0.0.1:8080', mono: true }, 'a process on the host'],
  container: ['container, port 80'],
  connect: ['connect'],
};

/**
 * Lays out one port path: client → host listener → into the namespace → listener → container; `reset` draws the RST instead of the accept.
 * The narrow drawing is portPathNarrow's. `shared` carries the words every port-path diagram of a language has in common (English by default).
 */
export function portPathDiagram(words: PortPathText, result: 'ok' | 'reset', shared: PortPathFrame = portPathFrameEn): DiagramData {
  const ok = result === 'ok';
  const crossingTop = 204 - 10 - (words.crossing.length - 1) * 16;
  return {
    id: words.id,
    width: 820,
    height: 360,
    title: words.title,
    desc: words.desc,
    caption: words.caption,
    text: words.text,
    boxes: [
      { x: 10, y: 10, w: 300, h: 340, lines: shared.host, kind: 'region' },
      { x: 500, y: 10, w: 310, h: 340, lines: shared.namespace, kind: 'region', tone: 'accent' },
      { x: 30, y: 50, w: 260, h: 56, lines: shared.client },
      { x: 30, y: 168, w: 260, h: 72, lines: words.hostListener, tone: 'accent' },
      { x: 520, y: 168, w: 260, h: 72, lines: words.nsConnect, tone: ok ? 'ok' : 'bad' },
      { x: 520, y: 50, w: 260, h: 56, lines: words.nsListener },
      { x: 520, y: 280, w: 260, h: 44, lines: shared.container, tone: ok ? 'default' : 'muted' },
    ],
    arrows: [
      { points: [[160, 106], [160, 168]], label: shared.connect, labelAt: [170, 141], labelAnchor: 'start' },
      { points: [[290, 204], [520, 204]], tone: 'accent', label: words.crossing, labelAt: [405, crossingTop] },
      ok
        ? { points: [[650, 168], [650, 106]], tone: 'ok', label: words.accept, labelAt: [660, 134], labelAnchor: 'start' }
        : { points: [[650, 168], [650, 106]], tone: 'bad', dashed: true, head: 'none', label: words.accept, labelAt: [660, 134], labelAnchor: 'start' },
      { points: [[780, 78], [798, 78], [798, 302], [780, 302]], tone: ok ? 'default' : 'muted', dashed: !ok },
      ...(ok ? [] : [{ points: [[520, 228], [290, 228]] as const, tone: 'bad' as const, dashed: true, label: ['RST'], labelAt: [405, 246] as const }]),
    ],
    labels: [
      { x: 160, y: 282, lines: words.outcome, anchor: 'middle', tone: ok ? 'ok' : 'bad' },
      ...(words.note ? [{ x: 405, y: 300, lines: words.note, anchor: 'middle' as const, tone: 'muted' as const, size: 'small' as const }] : []),
    ],
    narrow: portPathNarrow(words, result, shared),
  };
}
