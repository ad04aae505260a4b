import { narrowWidth } from '../geometry.ts';
import { layoutTimeline, type TimelineEvent } from '../timeline-layout.ts';
import type { DiagramLayout } from '../types.ts';

/** The timeline for a phone: the wide drawing's stacked lanes laid out by layoutTimeline at narrowWidth units, so its labels show at their full 11 px on a 320 px phone. */
export function timelineNarrow(events: readonly TimelineEvent[], lanes: readonly string[], firstYear: number, lastYear: number): DiagramLayout {
  return layoutTimeline({ width: narrowWidth, lanes, events, firstYear, lastYear });
}
