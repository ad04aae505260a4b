import { narrowWidth } from '../geometry.ts';
import { layoutTimeline, xOf, type TimelineEvent, type TimelineGeometry } from '../timeline-layout.ts';
import type { DiagramArrow, DiagramLabel, DiagramLayout } from '../types.ts';

/** Baseline of the year names along the top, and of the first lane's title. */
const yearsY = 18;
const firstTitleY = 44;
/** From a lane's title down to its axis, and from one lane's title to the next: room for layoutTimeline's two rows of labels above and below. */
const titleToAxis = 86;
const laneStep = 180;
/** How far a lane's year lines reach above and below its axis. */
const bandHalf = 74;

/**
 * The timeline stacked for a phone: the same axis from `firstYear` to the end of `lastYear`, one lane under the other, each with its
 * title above it and its own year lines; the events are placed by layoutTimeline as in the wide drawing.
 */
export function timelineNarrow(events: readonly TimelineEvent[], lanes: readonly string[], firstYear: number, lastYear: number): DiagramLayout {
  const laneY = lanes.map((_, i) => firstTitleY + i * laneStep + titleToAxis);
  const geometry: TimelineGeometry = { left: 12, right: narrowWidth - 12, laneY, from: `${firstYear}-01-01`, to: `${lastYear + 1}-01-01` };
  const years = Array.from({ length: lastYear - firstYear + 2 }, (_, i) => firstYear + i);
  const laid = layoutTimeline(events, geometry);

  const axes: DiagramArrow[] = laneY.map((y) => ({ points: [[geometry.left, y], [geometry.right, y]], head: 'none', tone: 'muted' }));
  const yearLines: DiagramArrow[] = laneY.flatMap((y) =>
    years.map((year): DiagramArrow => {
      const x = xOf(`${year}-01-01`, geometry);
      return { points: [[x, y - bandHalf], [x, y + bandHalf]], head: 'none', tone: 'muted', dashed: true };
    }),
  );
  const yearLabels: DiagramLabel[] = years.slice(0, -1).map((year) => ({ x: xOf(`${year}-07-01`, geometry), y: yearsY, lines: [String(year)], anchor: 'middle', tone: 'muted' }));
  const laneTitles: DiagramLabel[] = lanes.map((lane, i) => ({ x: geometry.left + 4, y: (laneY[i] ?? 0) - titleToAxis, lines: [{ text: lane, strong: true }] }));

  return {
    width: narrowWidth,
    height: (laneY.at(-1) ?? 0) + bandHalf + 8,
    arrows: [...yearLines, ...axes, ...laid.arrows],
    markers: laid.markers,
    labels: [...yearLabels, ...laneTitles, ...laid.labels],
  };
}
