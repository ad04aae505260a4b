import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { diagrams } from '../../../src/components/diagrams/data/index.ts';
import { wideFrom } from '../../../src/components/diagrams/geometry.ts';

/** Every diagram of every language, named "<lang> <name>". */
const all = Object.entries(diagrams).flatMap(([lang, byName]) => Object.entries(byName).map(([name, data]) => [`${lang} ${name}`, data] as const));

describe('diagram sizes', () => {
  // 13 units: diagram.css .dg-text, the labels of boxes and regions.
  test.each(all)('%s: the wide drawing shows only in a column where its 13-unit labels are 12 px or more', (_, data) => {
    expect((13 * wideFrom) / data.width).toBeGreaterThanOrEqual(12);
  });

  test('diagram.css switches drawings at wideFrom', () => {
    const css = readFileSync(new URL('../../../src/components/diagrams/diagram.css', import.meta.url), 'utf8');
    expect(css).toMatch(new RegExp(`@container \\(width < ${wideFrom}px\\) \\{\\s*\\.diagram \\.dg-wide \\{\\s*display: none`));
    expect(css).toMatch(new RegExp(`\\.diagram \\.dg-wide \\{[^}]*min-width: ${wideFrom}px`));
  });
});
