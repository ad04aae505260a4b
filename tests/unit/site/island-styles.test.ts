import { describe, expect, test } from 'vitest';
import { hoistIslandStyle, islandStyle } from '../../../src/integrations/island-styles.ts';

describe('hoistIslandStyle', () => {
  test('moves the island style from the body to the end of <head>', () => {
    const html = `<html><head><title>x</title></head><body><div>${islandStyle}<astro-island></astro-island></div></body></html>`;
    expect(hoistIslandStyle(html)).toBe(
      `<html><head><title>x</title>${islandStyle}</head><body><div><astro-island></astro-island></div></body></html>`,
    );
  });

  test('leaves pages without an island, or with the style already in <head>, unchanged', () => {
    const plain = '<html><head></head><body><p>text</p></body></html>';
    const hoisted = `<html><head>${islandStyle}</head><body></body></html>`;
    expect(hoistIslandStyle(plain)).toBe(plain);
    expect(hoistIslandStyle(hoisted)).toBe(hoisted);
  });
});
