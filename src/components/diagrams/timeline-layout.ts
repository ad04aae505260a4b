import type { DiagramLabel, DiagramMarker, DiagramArrow, Tone, TextLine } from './types.ts';

/** One dated event on a lane; events with a label get a leader line and text, the rest are dots. */
export interface TimelineEvent {
  date: string;
  lane: number;
  label?: readonly TextLine[];
  tone: Tone;
}

export interface TimelineGeometry {
  left: number;
  right: number;
  laneY: readonly number[];
  /** First and last day of the axis, YYYY-MM-DD. */
  from: string;
  to: string;
}

/** Days since the epoch for a YYYY-MM-DD date. */
function day(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** The x position of `date` on the axis. */
export function xOf(date: string, g: TimelineGeometry): number {
  return g.left + ((day(date) - day(g.from)) / (day(g.to) - day(g.from))) * (g.right - g.left);
}

/** Rough width of one line in character cells: a CJK character or full-width sign fills about two. */
function cells(text: string): number {
  let count = 0;
  for (const char of text) count += /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(char) ? 2 : 1;
  return count;
}

/** Rough rendered width of a small label: the longest line at about 6.4 units per character cell. */
function labelWidth(lines: readonly TextLine[]): number {
  return Math.max(...lines.map((line) => cells(typeof line === 'string' ? line : line.text))) * 6.4;
}

/** Offsets from the lane of the first baseline of a two-line label, nearest rows first: above, below, further above, further below. */
const rows = [-30, 22, -62, 54] as const;

/**
 * Markers, leader lines and labels for `events`, placing each label in the first row where it does not overlap
 * the previous label of that row (or the row that frees up soonest).
 */
export function layoutTimeline(events: readonly TimelineEvent[], g: TimelineGeometry): { markers: DiagramMarker[]; labels: DiagramLabel[]; arrows: DiagramArrow[] } {
  const markers: DiagramMarker[] = [];
  const labels: DiagramLabel[] = [];
  const arrows: DiagramArrow[] = [];
  const rowEnds = new Map<string, number>();
  const sorted = events.toSorted((a, b) => a.date.localeCompare(b.date));
  for (const event of sorted) {
    const x = xOf(event.date, g);
    const y = g.laneY[event.lane] ?? 0;
    markers.push({ x, y, r: event.label ? 5 : 3, tone: event.label ? event.tone : 'muted' });
    if (!event.label) continue;
    const width = labelWidth(event.label);
    const cx = Math.min(Math.max(x, g.left + width / 2), g.right - width / 2);
    const start = cx - width / 2;
    const free = rows.find((row) => (rowEnds.get(`${event.lane}:${row}`) ?? -Infinity) + 8 <= start);
    const row = free ?? rows.reduce((best, r) => ((rowEnds.get(`${event.lane}:${r}`) ?? 0) < (rowEnds.get(`${event.lane}:${best}`) ?? 0) ? r : best));
    rowEnds.set(`${event.lane}:${row}`, cx + width / 2);
    const above = row < 0;
    const textTop = y + row - 11;
    const textBottom = y + row + 16 + 3;
    arrows.push({ points: [[x, above ? y - 6 : y + 6], [x, above ? textBottom : textTop]], head: 'none', tone: 'muted' });
    labels.push({ x: cx, y: y + row, lines: event.label, anchor: 'middle', tone: event.tone, size: 'small' });
  }
  return { markers, labels, arrows };
}
