import { expect, test } from 'vitest';
import { assertNoPagefindErrors } from '../../../src/integrations/pagefind.ts';

test('a Pagefind step with errors stops the build, naming the step and every error', () => {
  expect(() => assertNoPagefindErrors('addDirectory', ['bad html in a.html', 'bad html in b.html'])).toThrow(
    /Pagefind addDirectory failed:\nbad html in a\.html\nbad html in b\.html/,
  );
});

test('a Pagefind step without errors passes', () => {
  expect(() => assertNoPagefindErrors('writeFiles', [])).not.toThrow();
});
