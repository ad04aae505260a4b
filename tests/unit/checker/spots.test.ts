// Review 108 #1, #2: a line button shows the paste line holding what decided (a wrapped argv's piece), with that part to select.
import { expect, test } from 'vitest';
import { spotsOf } from '../../../src/islands/checker/spots.ts';

test("one button per paste line, in the paste's order, each on the line holding the option", () => {
  expect(
    spotsOf([
      { line: 75, text: 'rootlesskit … --port-driver=implicit …', part: { line: 78, text: '--port-driver=implicit' } },
      { line: 20, text: 'Server Version: 27.3.1' },
      { line: 12, text: 'rootlesskit … --port-driver=implicit', part: { line: 12, text: '--port-driver=implicit' } },
      { line: 78, text: 'again' },
    ]),
  ).toEqual([{ line: 12, part: '--port-driver=implicit' }, { line: 20 }, { line: 78, part: '--port-driver=implicit' }]);
});
