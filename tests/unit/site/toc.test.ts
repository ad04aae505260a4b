import { expect, test } from 'vitest';
import { buildToc, isGrouped } from '../../../src/docs/toc.ts';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

test('nests h3 under the preceding h2 and ignores other depths', () => {
  expect(buildToc([h(1, 'title'), h(2, 'a'), h(3, 'a1'), h(4, 'deep'), h(3, 'a2'), h(2, 'b')])).toEqual([
    { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }, { slug: 'a2', text: 'A2', children: [] }] },
    { slug: 'b', text: 'B', children: [] },
  ]);
});

test('keeps an h3 that comes before any h2', () => {
  expect(buildToc([h(3, 'early'), h(2, 'a')]).map((entry) => entry.slug)).toEqual(['early', 'a']);
});

test('is empty without headings', () => {
  expect(buildToc([])).toEqual([]);
});

test('a page is grouped when it has several h2s and every one holds h3s', () => {
  expect(isGrouped(buildToc([h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(3, 'b1'), h(3, 'b2')]))).toBe(true);
  // An h2 that is a section of its own (as on /remediation/, where one h2 holds h3s and the others none) leaves the page ungrouped.
  expect(isGrouped(buildToc([h(2, 'a'), h(3, 'a1'), h(2, 'b')]))).toBe(false);
  expect(isGrouped(buildToc([h(2, 'a'), h(3, 'a1')]))).toBe(false);
  expect(isGrouped(buildToc([h(2, 'a'), h(2, 'b')]))).toBe(false);
  expect(isGrouped([])).toBe(false);
});
