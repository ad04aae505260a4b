import { expect, test } from 'vitest';
import { buildToc } from '../../../src/docs/toc.ts';

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
