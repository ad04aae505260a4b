import type { Point, TextLine } from './types.ts';

/** Line height of diagram text in SVG units. */
export const lineHeight = 16;

/** The `points` attribute of an SVG polyline. */
export function pointsAttr(points: readonly Point[]): string {
  return points.map(([x, y]) => `${x},${y}`).join(' ');
}

/** The middle of a polyline's longest segment: a good default spot for its label. */
export function labelSpot(points: readonly Point[]): Point {
  let best: Point = points[0] ?? [0, 0];
  let bestLength = -1;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1] ?? [0, 0];
    const [bx, by] = points[i] ?? [0, 0];
    const length = Math.hypot(bx - ax, by - ay);
    if (length > bestLength) {
      bestLength = length;
      best = [(ax + bx) / 2, (ay + by) / 2];
    }
  }
  return best;
}

/** A text line's content and styling, whichever form it was written in. */
export function lineParts(line: TextLine): { text: string; mono: boolean; strong: boolean } {
  return typeof line === 'string' ? { text: line, mono: false, strong: false } : { text: line.text, mono: line.mono ?? false, strong: line.strong ?? false };
}

/** Baseline y of the first of `count` lines centred vertically in a box from `top` with height `height`. */
export function firstBaseline(top: number, height: number, count: number): number {
  return top + height / 2 - ((count - 1) * lineHeight) / 2 + 4.5;
}

/** Width in SVG units of every narrow layout: the content column of a 320 px phone, so its text is drawn at full size there (diagram.css). */
export const narrowWidth = 288;

/**
 * Column width in CSS px from which a diagram shows its wide drawing instead of the narrow one (a container query in diagram.css): from
 * here the 13-unit labels of the 820-unit drawings, and the 11-unit labels of the 640-unit timeline, are 12 px or more.
 */
export const wideFrom = 760;
