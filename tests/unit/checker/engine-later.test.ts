import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { en } from '../../../src/engine/index.ts';
import { sharePattern } from '../../../src/engine/share.ts';
import { CheckerState } from '../../../src/islands/checker/checker-state.ts';
import { engineIn, type Engine } from '../../../src/islands/checker/engine.ts';
import { EngineLoader, SLOW_MS } from '../../../src/islands/checker/engine-loader.ts';
import { en as words } from '../../../src/islands/checker/result-strings-en.ts';

const engine = engineIn(en, words);
const affected = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n';

describe('what the reader does before the engine is there waits for it', () => {
  const waiting = () => {
    const need = vi.fn();
    const state = new CheckerState({ empty: engine.analyse(''), link: new RegExp(sharePattern()), changed: () => undefined, need });
    return { state, need };
  };

  test('a paste keeps the empty result and asks for the engine; once it is there, the paste gets its verdict', () => {
    const { state, need } = waiting();
    const empty = state.result;
    state.input(affected, true);
    expect(state.result).toBe(empty);
    expect(state.waiting).toBe(true);
    expect(need).toHaveBeenCalled();
    state.use(engine);
    expect(state.waiting).toBe(false);
    expect(state.text).toBe(affected);
    expect(state.result.verdict).toBe('affected');
  });

  test('answers and pastes are done in the order they came', () => {
    const { state } = waiting();
    state.answer('networkDriver', 'slirp4netns');
    state.input('docker version', true);
    state.answer('networkDriver', 'pasta');
    state.use(engine);
    expect(state.answers).toEqual({ networkDriver: 'pasta' });
    expect(state.text).toBe('docker version');
    expect(state.result.facts.networkDriver).toBe('pasta');
  });
});

describe('loading the engine', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A loader whose load the test settles by hand. */
  const loader = () => {
    const loads: { resolve: (engine: Engine) => void; reject: (error: Error) => void }[] = [];
    const loaded = vi.fn();
    const load = () => new Promise<Engine>((resolve, reject) => loads.push({ resolve, reject }));
    return { it: new EngineLoader(load, () => undefined, loaded), loads, loaded };
  };

  test('loads once however often it is asked, and a fast load is not told', async () => {
    const { it, loads, loaded } = loader();
    it.want();
    it.need();
    it.want();
    expect(loads).toHaveLength(1);
    vi.advanceTimersByTime(SLOW_MS - 1);
    loads[0]!.resolve(engine);
    await vi.runAllTimersAsync();
    expect(it.status).toBe('quiet');
    expect(loaded).toHaveBeenCalledExactlyOnceWith(engine);
    it.need();
    expect(loads).toHaveLength(1);
  });

  test('a slow load is told, a failed one too; a sign of use does not try again, a need does and is told at once', async () => {
    const { it, loads, loaded } = loader();
    it.want();
    vi.advanceTimersByTime(SLOW_MS);
    expect(it.status).toBe('slow');
    loads[0]!.reject(new Error('offline'));
    await vi.runAllTimersAsync();
    expect(it.status).toBe('failed');
    it.want();
    expect(loads).toHaveLength(1);
    it.need();
    expect(loads).toHaveLength(2);
    expect(it.status).toBe('slow');
    loads[1]!.resolve(engine);
    await vi.runAllTimersAsync();
    expect(it.status).toBe('quiet');
    expect(loaded).toHaveBeenCalledExactlyOnceWith(engine);
  });
});
