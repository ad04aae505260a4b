import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { timeline } from '../../../src/components/diagrams/data/timeline.ts';
import { timelineZhCn } from '../../../src/components/diagrams/data/timeline.zh-cn.ts';
import { narrowWidth, wideFrom } from '../../../src/components/diagrams/geometry.ts';
import { boxesMeet, cutAround, labelBox, layoutTimeline, lineWidth, segmentMeetsBox, type TimelineEvent } from '../../../src/components/diagrams/timeline-layout.ts';
import type { DiagramLayout } from '../../../src/components/diagrams/types.ts';

/** Every way the estimated text of a drawing collides: two texts meeting, a line through a text, a dot under a text, a text past the edge. */
function collisions(layout: DiagramLayout): string[] {
  const texts = (layout.labels ?? []).map((label) => ({ name: label.lines.map((line) => (typeof line === 'string' ? line : line.text)).join(' '), box: labelBox(label) }));
  const found: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) if (boxesMeet(a.box, b.box)) found.push(`"${a.name}" meets "${b.name}"`);
    for (const arrow of layout.arrows ?? [])
      for (let k = 1; k < arrow.points.length; k++) {
        const [from, to] = [arrow.points[k - 1], arrow.points[k]];
        if (from && to && segmentMeetsBox(from, to, a.box)) found.push(`${arrow.dashed ? 'year line' : 'line'} ${JSON.stringify(arrow.points)} crosses "${a.name}"`);
      }
    for (const dot of layout.markers ?? []) {
      const r = dot.r ?? 4;
      if (boxesMeet(a.box, { left: dot.x - r, right: dot.x + r, top: dot.y - r, bottom: dot.y + r })) found.push(`dot at ${dot.x} under "${a.name}"`);
    }
    if (a.box.left < 0 || a.box.right > layout.width || a.box.top < 0 || a.box.bottom > layout.height) found.push(`"${a.name}" is cut off`);
  });
  return found;
}

describe('the timeline diagram', () => {
  const drawings = { 'en wide': timeline, 'en narrow': timeline.narrow, 'zh-cn wide': timelineZhCn, 'zh-cn narrow': timelineZhCn.narrow };

  test.each(Object.entries(drawings))('%s: no text meets another, a line or a dot, and none is cut off', (_, layout) => {
    expect(collisions(layout)).toEqual([]);
  });

  test.each(Object.entries(drawings))('%s: every release is a dot and every label is 11-unit text', (_, layout) => {
    expect(layout.markers?.length).toBe(timeline.markers?.length);
    const small = (layout.labels ?? []).filter((label) => label.size === 'small');
    expect(small.length).toBe((timeline.markers ?? []).filter((dot) => dot.r === 5).length);
  });

  test.each([['en', timeline], ['zh-cn', timelineZhCn]] as const)('%s: the wide drawing shows only in a column where its 11-unit labels are 12 px or more', (_, drawing) => {
    expect((11 * wideFrom) / drawing.width).toBeGreaterThanOrEqual(12);
    expect(drawing.narrow.width).toBe(narrowWidth);
  });
});

describe('layoutTimeline', () => {
  const words = ['fix', 'the fix', 'last old default', 'flag un-deprecated', 'moby#48838 opened', 'gvisor-tap-vsock', '回环泄漏修复', '破坏 RootlessKit'];
  /** Labelled events on one lane at least `spacing` days apart from 2024 to 2026, with random words under a date. */
  const lane = (lane: number, spacing: number) =>
    fc.uniqueArray(fc.integer({ min: 0, max: Math.floor(1095 / spacing) - 1 }), { maxLength: 5 }).chain((slots) =>
      fc.tuple(...slots.map((slot) => fc.tuple(fc.constant(slot * spacing + 1), fc.constantFrom(...words), fc.boolean()))).map((picked) =>
        picked.map(([offset, what, labelled]): TimelineEvent => {
          const date = new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
          return labelled ? { date, lane, tone: 'accent', label: [{ text: date, mono: true }, what] } : { date, lane, tone: 'muted' };
        }),
      ),
    );

  test('places labels at least 40 days apart on a phone and 20 on a desktop with nothing colliding', () => {
    for (const [width, spacing] of [[narrowWidth, 40], [640, 20]] as const) {
      fc.assert(
        fc.property(lane(0, spacing), lane(1, spacing), (a, b) => {
          expect(collisions(layoutTimeline({ width, lanes: ['passt', 'RootlessKit'], events: [...a, ...b], firstYear: 2024, lastYear: 2026 }))).toEqual([]);
        }),
        { seed: 4604, numRuns: 200 },
      );
    }
  });

  test('stacks the lanes under the year names, each title above its own labels', () => {
    const layout = layoutTimeline({ width: 640, lanes: ['a', 'b'], events: [{ date: '2025-06-01', lane: 1, tone: 'ok', label: ['x'] }], firstYear: 2025, lastYear: 2025 });
    const [year, titleA, titleB, label] = (layout.labels ?? []).map(labelBox);
    expect(year && titleA && titleB && label && year.bottom < titleA.top && titleA.bottom < titleB.top && titleB.bottom < label.top).toBe(true);
  });

  test('cuts a year line around the texts it would cross', () => {
    expect(cutAround(50, 0, 100, [{ left: 40, right: 60, top: 20, bottom: 30 }, { left: 0, right: 10, top: 50, bottom: 60 }, { left: 45, right: 55, top: 90, bottom: 120 }])).toEqual([
      [0, 16],
      [34, 86],
    ]);
  });

  test('estimates widths on the wide side: CJK at 1 em, monospace at 0.61 em', () => {
    expect(lineWidth('回环', 11)).toBe(22);
    expect(lineWidth({ text: '2024-11-08', mono: true }, 11)).toBeCloseTo(67.1);
    expect(lineWidth({ text: 'Docker', strong: true }, 13)).toBeGreaterThan(lineWidth('Docker', 13));
  });
});
