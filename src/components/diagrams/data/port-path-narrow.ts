import { lineHeight, narrowWidth } from '../geometry.ts';
import type { DiagramArrow, DiagramLabel, DiagramLayout } from '../types.ts';
import type { PortPathFrame, PortPathText } from './port-path.ts';

/** Left edge and width of every box; the regions get 12 units of margin around them. */
const boxX = 16;
const boxW = narrowWidth - 2 * boxX;

/** Where the path crosses from the host into the namespace, and where the reset comes back: right of the region titles, which sit top-left. */
const crossX = 232;
const resetX = 256;

/**
 * The port path stacked for a phone: the host region on top (client → host listener, outcome), the crossing between the regions,
 * then the namespace region (connect → listener → container). Same words and colours as portPathDiagram.
 */
export function portPathNarrow(words: PortPathText, result: 'ok' | 'reset', shared: PortPathFrame): DiagramLayout {
  const ok = result === 'ok';
  const hostBottom = 264;
  const crossingLast = hostBottom + 20 + (words.crossing.length - 1) * lineHeight;
  const nsTop = crossingLast + 14;
  const connectTop = nsTop + 34;
  const listenerTop = connectTop + 72 + 48;
  const containerTop = listenerTop + 56 + 36;
  const noteTop = containerTop + 44 + 24;
  const nsBottom = words.note ? noteTop + (words.note.length - 1) * lineHeight + 14 : containerTop + 44 + 16;
  const acceptLabelY = connectTop + 72 + 28 - ((words.accept.length - 1) * lineHeight) / 2;

  const arrows: DiagramArrow[] = [
    { points: [[144, 94], [144, 134]], label: shared.connect, labelAt: [154, 118], labelAnchor: 'start' },
    { points: [[crossX, 206], [crossX, connectTop]], tone: 'accent', label: words.crossing, labelAt: [crossX - 10, hostBottom + 20], labelAnchor: 'end' },
    ok
      ? { points: [[144, connectTop + 72], [144, listenerTop]], tone: 'ok', label: words.accept, labelAt: [154, acceptLabelY], labelAnchor: 'start' }
      : { points: [[144, connectTop + 72], [144, listenerTop]], tone: 'bad', dashed: true, head: 'none', label: words.accept, labelAt: [154, acceptLabelY], labelAnchor: 'start' },
    { points: [[144, listenerTop + 56], [144, containerTop]], tone: ok ? 'default' : 'muted', dashed: !ok },
    ...(ok ? [] : [{ points: [[resetX, connectTop], [resetX, 206]], tone: 'bad', dashed: true, label: ['RST'], labelAt: [resetX + 6, hostBottom + 24], labelAnchor: 'start' } satisfies DiagramArrow]),
  ];
  const labels: DiagramLabel[] = [
    { x: 128, y: 232, lines: words.outcome, anchor: 'middle', tone: ok ? 'ok' : 'bad' },
    ...(words.note ? [{ x: 144, y: noteTop, lines: words.note, anchor: 'middle', tone: 'muted', size: 'small' } satisfies DiagramLabel] : []),
  ];

  return {
    width: narrowWidth,
    height: nsBottom + 4,
    boxes: [
      { x: 4, y: 4, w: narrowWidth - 8, h: hostBottom - 4, lines: shared.host, kind: 'region' },
      { x: 4, y: nsTop, w: narrowWidth - 8, h: nsBottom - nsTop, lines: shared.namespace, kind: 'region', tone: 'accent' },
      { x: boxX, y: 38, w: boxW, h: 56, lines: shared.client },
      { x: boxX, y: 134, w: boxW, h: 72, lines: words.hostListener, tone: 'accent' },
      { x: boxX, y: connectTop, w: boxW, h: 72, lines: words.nsConnect, tone: ok ? 'ok' : 'bad' },
      { x: boxX, y: listenerTop, w: boxW, h: 56, lines: words.nsListener },
      { x: boxX, y: containerTop, w: boxW, h: 44, lines: shared.container, tone: ok ? 'default' : 'muted' },
    ],
    arrows,
    labels,
  };
}
