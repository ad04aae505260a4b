import { narrowWidth } from '../geometry.ts';
import type { DiagramLayout } from '../types.ts';
import type { ArchitectureText } from './architecture.ts';

/** Left edge and width of the boxes on the host side and in the child, and the child region's edges: the right margin carries the published-ports line. */
const hostX = 14;
const boxW = 244;
const childLeft = 8;
const childRight = 272;
const childX = 18;
const childW = 236;
/** The vertical line the straight arrows share, through the middle of the boxes. */
const axisX = hostX + boxW / 2;
/** The published-ports line, between the child region and the host region's edge: it enters the namespace beside the loopback. */
const laneX = 279;

/**
 * The architecture stacked for a phone: port driver and parent on top, the child namespace (dockerd, loopback, containers, tap0)
 * below them, the network driver under tap0 and the LAN under the host. The parent's arrow points at the namespace it creates;
 * the published ports run down the right margin and into the namespace at the loopback. Same words and colours as architectureDiagram.
 */
export function architectureNarrow(words: ArchitectureText): DiagramLayout {
  return {
    width: narrowWidth,
    height: 836,
    boxes: [
      { x: 2, y: 2, w: narrowWidth - 4, h: 730, lines: words.host, kind: 'region' },
      { x: hostX, y: 36, w: boxW, h: 76, lines: words.portDriver, tone: 'accent' },
      { x: hostX, y: 152, w: boxW, h: 60, lines: words.parent },
      { x: childLeft, y: 256, w: childRight - childLeft, h: 340, lines: words.child, kind: 'region', tone: 'accent' },
      { x: childX, y: 290, w: childW, h: 60, lines: words.dockerd },
      { x: childX, y: 364, w: childW, h: 56, lines: words.loopbackNarrow ?? words.loopback },
      { x: childX, y: 434, w: childW, h: 56, lines: words.containers },
      { x: childX, y: 504, w: childW, h: 76, lines: words.tap0 },
      { x: hostX, y: 640, w: boxW, h: 76, lines: words.networkDriver, tone: 'accent' },
      { x: axisX - 60, y: 780, w: 120, h: 52, lines: words.lan, tone: 'muted' },
    ],
    arrows: [
      { points: [[axisX, 212], [axisX, 256]], label: words.creates, labelAt: [axisX + 10, 230], labelAnchor: 'start' },
      { points: [[axisX, 580], [axisX, 640]], head: 'both', tone: 'accent', label: words.frames, labelAt: [axisX + 10, 614], labelAnchor: 'start' },
      { points: [[axisX, 716], [axisX, 780]], label: words.sockets, labelAt: [axisX + 10, 752], labelAnchor: 'start' },
      { points: [[hostX + boxW, 74], [laneX, 74], [laneX, 392], [childX + childW, 392]], tone: 'accent', label: words.ports, labelAt: [laneX - 8, 128], labelAnchor: 'end' },
    ],
  };
}
