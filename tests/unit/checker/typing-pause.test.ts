import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { en } from '../../../src/engine/index.ts';
import { sharePattern } from '../../../src/engine/share.ts';
import { CheckerState } from '../../../src/islands/checker/checker-state.ts';
import { engineIn } from '../../../src/islands/checker/engine.ts';
import { en as words } from '../../../src/islands/checker/result-strings-en.ts';

// Review 108 #6: editing a 1.5 MB paste re-ran the whole analysis at every 200 ms pause, stalling the page each time.
describe('typing in a big paste is not analysed at every short pause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** The checker's state, with the number of analyses it has run (each new result). */
  const counted = () => {
    const engine = engineIn(en, words);
    const state = new CheckerState({ empty: engine.analyse(''), link: new RegExp(sharePattern()), changed: () => undefined, need: () => undefined });
    state.use(engine);
    const results = new Set([state.result]);
    return { state, analyses: () => results.add(state.result).size - 1 };
  };

  test('a 1.5 MB journal edited with 300 ms pauses is analysed once, after the reader stops', () => {
    const { state, analyses } = counted();
    // Cheap lines: the analysis runs for real; what counts is how often.
    const big = 'Dec 04 21:11:03 host dockerd-rootless.sh[1234]: level=info msg="ok"\n'.repeat(23_000);
    expect(big.length).toBeGreaterThan(1_500_000);
    state.input(big, true);
    expect(analyses()).toBe(1);
    for (let key = 1; key <= 8; key++) {
      state.input(big + 'x'.repeat(key), false);
      vi.advanceTimersByTime(300);
    }
    expect(analyses()).toBe(1);
    vi.advanceTimersByTime(5_000);
    expect(analyses()).toBe(2);
    expect(state.text).toBe(big + 'x'.repeat(8));
  });

  test('a usual paste is still analysed 200 ms after the last key', () => {
    const { state, analyses } = counted();
    state.input('Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1', false);
    vi.advanceTimersByTime(199);
    expect(analyses()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(analyses()).toBe(1);
  });
});
