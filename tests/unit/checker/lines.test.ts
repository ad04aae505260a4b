import { describe, expect, test } from 'vitest';
import { lineRange, partRange, scrollLeftFor, scrollTopFor } from '../../../src/islands/checker/lines.ts';

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

// Review 108 #1: the field does not wrap, so an option far into a long line is shown by selecting it and scrolling to it.
describe('partRange', () => {
  const text = 'docker info\n+ exec rootlesskit --net=pasta --port-driver=implicit\n--port-driver=builtin';

  test("selects the part within its line, not another line's", () => {
    const range = partRange(text, lineRange(text, 2)!, '--port-driver=');
    expect(text.slice(range!.start, range!.end + 8)).toBe('--port-driver=implicit');
    expect(range!.start).toBe(text.indexOf('--port-driver=implicit'));
  });

  test('a part the line does not hold (smart quotes made plain, a wrap within it) selects nothing', () => {
    expect(partRange(text, lineRange(text, 1)!, '--net=pasta')).toBeNull();
  });
});

describe('scrollLeftFor', () => {
  test('centres a part in the box', () => {
    // A 100 px part 1,000 px in, in a 300 px box: 100 px on each side of it.
    expect(scrollLeftFor(1000, 100, 300)).toBe(900);
  });

  test('a part wider than the box starts at its left edge; one near the start does not scroll', () => {
    expect(scrollLeftFor(1000, 500, 300)).toBe(1000);
    expect(scrollLeftFor(50, 40, 300)).toBe(0);
  });
});
