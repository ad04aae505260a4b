import { lineHeight, lineParts } from './geometry.ts';
import type { DiagramArrow, DiagramLabel, DiagramLayout, DiagramMarker, TextLine, Tone } from './types.ts';

/** One dated event on a lane; events with a label get a leader line and text, the rest are dots. */
export interface TimelineEvent {
  date: string;
  lane: number;
  label?: readonly TextLine[];
  tone: Tone;
}

/** A timeline to draw: its width in SVG units, the lane titles, the events, and the years the axis spans (all of them). */
export interface TimelineSpec {
  width: number;
  lanes: readonly string[];
  events: readonly TimelineEvent[];
  firstYear: number;
  lastYear: number;
}

/** The time axis: `from` sits at x = left and `to` at x = right; dates are YYYY-MM-DD. */
export interface TimelineAxis {
  left: number;
  right: number;
  from: string;
  to: string;
}

/** A rectangle in SVG units. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Size, and generous extent above and below the baseline, of normal and small diagram text (diagram.css .dg-text and .dg-small). */
const fonts = {
  normal: { size: 13, ascent: 12.5, descent: 4 },
  small: { size: 11, ascent: 10, descent: 3.5 },
} as const;

/** Clear space kept around every label: from other labels, lines and the drawing's edge. */
const gap = 4;
/** From a lane's axis to the nearest edge of its labels: clears the 5-unit dot and leaves a visible leader. */
const nearest = 12;
/** How far inside a label's edge its leader may meet it. */
const inset = 4;
/** Space between the axis ends and the drawing's edges. */
const margin = 8;
/** From one lane's lowest label to the next lane's title. */
const laneSpace = 16;
/** The most rows of labels on either side of a lane. */
const maxRows = 5;
/** How many placements the search may try for one lane and row count before it tries one row more. */
const budget = 20_000;

/** `n` to two decimals, to keep the markup short. */
function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Days since the epoch for a YYYY-MM-DD date. */
function day(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/** The x position of `date` on the axis. */
function xOf(date: string, axis: TimelineAxis): number {
  return axis.left + ((day(date) - day(axis.from)) / (day(axis.to) - day(axis.from))) * (axis.right - axis.left);
}

/** Width of a character in em, on the wide side of common fonts (DejaVu Sans): CJK and full-width 1, monospace 0.61, m w # @ % 0.92, capitals 0.78, narrow letters and punctuation 0.36, the rest 0.64. */
function charEm(char: string, mono: boolean): number {
  if (/[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(char)) return 1;
  if (mono) return 0.61;
  if (/[mwMW#@%]/u.test(char)) return 0.92;
  if (/[ijlftrI .,:;!|'()[\]/\-]/u.test(char)) return 0.36;
  if (/[A-Z]/u.test(char)) return 0.78;
  return 0.64;
}

/** Estimated rendered width of one line of text at font `size`, rounded up so the real text fits inside it (bold counts 10% wider). */
export function lineWidth(line: TextLine, size: number): number {
  const { text, mono, strong } = lineParts(line);
  let em = 0;
  for (const char of text) em += charEm(char, mono);
  return em * size * (strong ? 1.1 : 1);
}

/** The box a label's text covers, estimated from its lines, size and anchor. */
export function labelBox(label: DiagramLabel): Box {
  const font = fonts[label.size ?? 'normal'];
  const width = Math.max(...label.lines.map((line) => lineWidth(line, font.size)));
  const anchor = label.anchor ?? 'start';
  const left = anchor === 'start' ? label.x : anchor === 'end' ? label.x - width : label.x - width / 2;
  return { left, top: label.y - font.ascent, right: left + width, bottom: label.y + (label.lines.length - 1) * lineHeight + font.descent };
}

/** Whether two boxes come closer than `space` to each other. */
export function boxesMeet(a: Box, b: Box, space = 0): boolean {
  return a.left < b.right + space && b.left < a.right + space && a.top < b.bottom + space && b.top < a.bottom + space;
}

/** Whether the segment from `a` to `b` comes closer than `space` to the box (tested on the segment's bounding box, exact for the level and upright lines of a timeline). */
export function segmentMeetsBox(a: readonly [number, number], b: readonly [number, number], box: Box, space = 0): boolean {
  return boxesMeet({ left: Math.min(a[0], b[0]), right: Math.max(a[0], b[0]), top: Math.min(a[1], b[1]), bottom: Math.max(a[1], b[1]) }, box, space);
}

/** The parts of the upright line at `x` from `top` to `bottom` that keep `gap` clear of every box in `boxes`. */
export function cutAround(x: number, top: number, bottom: number, boxes: readonly Box[]): [number, number][] {
  const holes = boxes
    .filter((box) => box.left - gap < x && x < box.right + gap)
    .map((box) => [box.top - gap, box.bottom + gap] as const)
    .toSorted((a, b) => a[0] - b[0]);
  const parts: [number, number][] = [];
  let from = top;
  for (const [start, end] of holes) {
    if (start > from) parts.push([from, Math.min(start, bottom)]);
    from = Math.max(from, end);
  }
  if (from < bottom) parts.push([from, bottom]);
  return parts.filter(([a, b]) => b - a > 1);
}

/** A label placed against its lane's axis at y = 0: the label, the box it covers, its upright leader from the dot, and what the spot costs. */
export interface Placed {
  label: DiagramLabel;
  box: Box;
  leader: { x: number; from: number; to: number };
  cost: number;
}

/** How many of the year lines at `yearXs` a label box comes within `gap` of. */
function crossesYear(box: Box, yearXs: readonly number[]): number {
  return yearXs.filter((yx) => box.left - gap < yx && yx < box.right + gap).length;
}

/** Every spot for a label on the dot at `x` within `rows` rows a side, cheapest first (nearest row, above before below, then least shifted); with `strict`, only spots clear of the year lines unless it fits nowhere between them. */
function spots(lines: readonly TextLine[], tone: Tone, x: number, rows: number, pitch: number, yearXs: readonly number[], minX: number, maxX: number, strict: boolean): Placed[] {
  const font = fonts.small;
  const height = font.ascent + (lines.length - 1) * lineHeight + font.descent;
  const anchors: [NonNullable<DiagramLabel['anchor']>, number][] = [
    ['middle', x],
    ['start', x - inset],
    ['end', x + inset],
    ['start', minX],
    ['end', maxX],
    ...yearXs.flatMap((yx): [NonNullable<DiagramLabel['anchor']>, number][] => [['start', yx + gap], ['end', yx - gap]]),
  ];
  const all: Placed[] = [];
  for (let rank = 0; rank < 2 * rows; rank++) {
    const above = rank % 2 === 0;
    const step = Math.floor(rank / 2) * pitch;
    const top = above ? -nearest - step - height : nearest + step;
    for (const [anchor, at] of anchors) {
      const label: DiagramLabel = { x: at, y: top + font.ascent, lines, anchor, tone, size: 'small' };
      const box = labelBox(label);
      const reach = Math.min(inset, (box.right - box.left) / 2);
      if (box.left < minX - 0.01 || box.right > maxX + 0.01 || x < box.left + reach - 0.01 || x > box.right - reach + 0.01) continue;
      if (all.some((p) => Math.abs(p.box.left - box.left) < 0.01 && p.box.top === box.top)) continue;
      const leader = above ? { x, from: -6, to: box.bottom + 2 } : { x, from: 6, to: box.top - 2 };
      all.push({ label, box, leader, cost: rank * 100 + Math.abs((box.left + box.right) / 2 - x) * 0.3 + crossesYear(box, yearXs) * 1000 });
    }
  }
  const clear = all.filter((p) => crossesYear(p.box, yearXs) === 0);
  return (strict && clear.length > 0 ? clear : all).toSorted((a, b) => a.cost - b.cost);
}

/** Whether `spot` keeps clear of every placed label and leader, and its leader of every placed label. */
function fitsAmong(spot: Placed, placed: readonly Placed[]): boolean {
  const leaderMeets = (p: Placed, box: Box) => segmentMeetsBox([p.leader.x, p.leader.from], [p.leader.x, p.leader.to], box, 2);
  return placed.every((p) => !boxesMeet(spot.box, p.box, gap) && !leaderMeets(spot, p.box) && !leaderMeets(p, spot.box));
}

/** The labels of one lane placed with no two meeting and no leader crossing a label, clear of the year lines where they can be, in the fewest rows a side; relative to the lane's axis at y = 0. */
function placeLane(events: readonly { x: number; lines: readonly TextLine[]; tone: Tone }[], yearXs: readonly number[], minX: number, maxX: number): Placed[] {
  const height = Math.max(0, ...events.map((e) => fonts.small.ascent + (e.lines.length - 1) * lineHeight + fonts.small.descent));
  const pitch = height + gap;
  for (const strict of [true, false]) for (let rows = 1; rows <= maxRows; rows++) {
    const options = events.map((e) => spots(e.lines, e.tone, e.x, rows, pitch, yearXs, minX, maxX, strict));
    let tries = 0;
    /** Depth-first: the cheapest spot for label `i` that leaves room for all the later ones. */
    const search = (i: number, placed: Placed[]): Placed[] | undefined => {
      if (i === options.length) return placed;
      for (const spot of options[i] ?? []) {
        if (++tries > budget) return undefined;
        if (!fitsAmong(spot, placed)) continue;
        const done = search(i + 1, [...placed, spot]);
        if (done) return done;
      }
      return undefined;
    };
    const done = search(0, []);
    if (done) return done;
  }
  throw new Error(`timeline: no room for the labels ${events.map((e) => JSON.stringify(lineParts(e.lines.at(-1) ?? '').text)).join(', ')} in ${maxRows} rows a side; widen the drawing or label fewer events`);
}

/** The whole timeline `spec.width` units wide: year names on top, then each lane's title over its axis, dots and placeLane's labels; dashed year lines run through all lanes, stopping short of every text. */
export function layoutTimeline(spec: TimelineSpec): DiagramLayout {
  const axis: TimelineAxis = { left: margin, right: spec.width - margin, from: `${spec.firstYear}-01-01`, to: `${spec.lastYear + 1}-01-01` };
  const years = Array.from({ length: spec.lastYear - spec.firstYear + 2 }, (_, i) => spec.firstYear + i);
  const yearXs = years.map((year) => round(xOf(`${year}-01-01`, axis)));
  const sorted = spec.events.toSorted((a, b) => a.date.localeCompare(b.date));

  const yearsY = fonts.normal.ascent + 2;
  const yearLabels: DiagramLabel[] = years.slice(0, -1).map((year) => ({ x: round(xOf(`${year}-07-01`, axis)), y: yearsY, lines: [String(year)], anchor: 'middle', tone: 'muted' }));
  const linesTop = yearsY + fonts.normal.descent + gap;

  const titles: DiagramLabel[] = [];
  const labels: DiagramLabel[] = [];
  const markers: DiagramMarker[] = [];
  const leaders: DiagramArrow[] = [];
  const axes: DiagramArrow[] = [];
  let y = linesTop + gap;
  spec.lanes.forEach((title, lane) => {
    const titleY = y + fonts.normal.ascent;
    titles.push({ x: axis.left + gap, y: round(titleY), lines: [{ text: title, strong: true }] });
    const events = sorted.filter((event) => event.lane === lane);
    const labelled = events.flatMap((event) => (event.label ? [{ x: round(xOf(event.date, axis)), lines: event.label, tone: event.tone }] : []));
    const placed = placeLane(labelled, yearXs, gap / 2, spec.width - gap / 2);
    const above = Math.min(-nearest, ...placed.map((p) => p.box.top));
    const below = Math.max(nearest, ...placed.map((p) => p.box.bottom));
    const laneY = round(titleY + fonts.normal.descent + gap - above);
    axes.push({ points: [[axis.left, laneY], [axis.right, laneY]], head: 'none', tone: 'muted' });
    for (const event of events) markers.push({ x: round(xOf(event.date, axis)), y: laneY, r: event.label ? 5 : 3, tone: event.label ? event.tone : 'muted' });
    for (const p of placed) {
      labels.push({ ...p.label, x: round(p.label.x), y: round(p.label.y + laneY) });
      leaders.push({ points: [[p.leader.x, round(laneY + p.leader.from)], [p.leader.x, round(laneY + p.leader.to)]], head: 'none', tone: 'muted' });
    }
    y = laneY + below + laneSpace;
  });

  const height = Math.ceil(y);
  const linesBottom = height - gap;
  const obstacles = [...titles, ...labels].map(labelBox);
  const yearLines: DiagramArrow[] = yearXs.flatMap((x) =>
    cutAround(x, linesTop, linesBottom, obstacles).map(([top, bottom]): DiagramArrow => ({ points: [[x, round(top)], [x, round(bottom)]], head: 'none', tone: 'muted', dashed: true })),
  );

  return {
    width: spec.width,
    height,
    arrows: [...yearLines, ...axes, ...leaders],
    markers,
    labels: [...yearLabels, ...titles, ...labels],
  };
}
