import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { en } from '../../../src/engine/index.ts';
import { engineIn } from '../../../src/islands/checker/engine.ts';
import { warmUp } from '../../../src/islands/checker/warm-up.ts';
import { warmUpTexts } from '../../../src/islands/checker/warm-up-texts.ts';
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

test("the warm-up goes on from the samples to a paste made of the first as readers' come: stated in English and Chinese, flattened, in a journal", () => {
  const samples = ['Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1', 'docker info'];
  const texts = warmUpTexts(samples);
  expect(texts.slice(0, 2)).toEqual(samples);
  const pasted = texts[2]!.split('\n');
  // The English statement is read as one (not merely scanned), and so is the Chinese one.
  for (const stated of pasted.slice(0, 2)) expect(engineIn(en, words).analyse(stated).facts).toMatchObject({ networkDriver: 'pasta', rootlesskitVersion: '2.3.2' });
  expect(pasted).toContain('Server: Docker Engine - Community   Engine:    Version:          27.3.1');
  expect(pasted.at(-1)).toBe('Dec 03 12:00:00 host dockerd-rootless.sh[1234]:   Version:          27.3.1');
  expect(warmUpTexts([])).toEqual([]);
});
