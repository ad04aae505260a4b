import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { en } from '../../../src/engine/index.ts';
import { engineIn } from '../../../src/islands/checker/engine.ts';
import { warmUp } from '../../../src/islands/checker/warm-up.ts';
import { en as words } from '../../../src/islands/checker/result-strings-en.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('the engine runs over each example while the page is idle, then says it is warm', () => {
  const done = vi.fn();
  const analyse = vi.fn(engineIn(en, words).analyse);
  warmUp(analyse, ['docker version', 'pasta 2025_02_17.a1e48a0'], done);
  expect(done).not.toHaveBeenCalled();
  vi.runAllTimers();
  expect(analyse.mock.calls).toEqual([['docker version'], ['pasta 2025_02_17.a1e48a0']]);
  expect(done).toHaveBeenCalledOnce();
});

test("stopped (the reader's own paste came first), it runs nothing more", () => {
  const done = vi.fn();
  const stop = warmUp(engineIn(en, words).analyse, ['docker version', 'docker info'], done);
  stop();
  vi.runAllTimers();
  expect(done).not.toHaveBeenCalled();
});
