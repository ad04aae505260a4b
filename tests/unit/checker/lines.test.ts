import { describe, expect, test } from 'vitest';
import { lineRange, scrollTopFor } from '../../../src/islands/checker/lines.ts';

describe('lineRange', () => {
  const text = 'first\nsecond\r\nthird\rfourth';

  test.each([
    [1, 'first'],
    [2, 'second'],
    [3, 'third'],
    [4, 'fourth'],
  ])('line %i is "%s" (LF, CRLF and CR all end a line, as in the engine)', (line, expected) => {
    const range = lineRange(text, line);
    expect(range).not.toBeNull();
    expect(text.slice(range!.start, range!.end)).toBe(expected);
  });

  test('an empty line has an empty range at its start', () => {
    expect(lineRange('a\n\nb', 2)).toEqual({ start: 2, end: 2 });
  });

  test.each([0, -1, 1.5, 5])('line %s does not exist', (line) => {
    expect(lineRange(text, line)).toBeNull();
  });

  test('the only line of a text without breaks is the whole text', () => {
    expect(lineRange('docker version', 1)).toEqual({ start: 0, end: 14 });
  });
});

describe('scrollTopFor', () => {
  test('centres a line in the box', () => {
    // Line 21 starts 400 px down; a 200 px box centres its 20 px line at 400 - 90.
    expect(scrollTopFor(21, 20, 200)).toBe(310);
  });

  test('never scrolls above the top', () => {
    expect(scrollTopFor(1, 20, 200)).toBe(0);
    expect(scrollTopFor(3, 20, 200)).toBe(0);
  });
});
