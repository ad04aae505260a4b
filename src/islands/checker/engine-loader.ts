/** Loading the engine when the reader starts rather than with the page, and what the reader is told meanwhile. Plain TypeScript. */
import type { Engine } from './engine.ts';

/** What the reader is told while the engine is not there: nothing yet, that it is coming, or that it could not load. */
export type Loading = 'quiet' | 'slow' | 'failed';

// A load is told once it takes longer than this, so that a fast one shows nothing (no flash).
export const SLOW_MS = 300;

/**
 * Loads the engine once, whoever asks and however often: `want` on a sign that the reader is about to use it (focus, a pointer, a drop),
 * `need` when what they did waits for it. After a failure only `need` tries again (a sign alone would retry on every move), and a retry
 * is told at once. `changed` follows `status`; `loaded` gets the engine.
 */
export class EngineLoader {
  status: Loading = 'quiet';
  #state: 'idle' | 'loading' | 'loaded' | 'stopped' = 'idle';
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #load: () => Promise<Engine>;
  readonly #changed: () => void;
  readonly #loaded: (engine: Engine) => void;

  constructor(load: () => Promise<Engine>, changed: () => void, loaded: (engine: Engine) => void) {
    this.#load = load;
    this.#changed = changed;
    this.#loaded = loaded;
  }

  want = (): void => {
    if (this.status !== 'failed') this.need();
  };

  need = (): void => {
    if (this.#state !== 'idle') return;
    this.#state = 'loading';
    if (this.status === 'failed') this.#tell('slow');
    else this.#timer = setTimeout(() => this.#tell('slow'), SLOW_MS);
    this.#load().then(
      (engine) => this.#settle(() => this.#loaded(engine), 'loaded'),
      () => this.#settle(() => this.#tell('failed'), 'idle'),
    );
  };

  /** Ignores a load that ends later (the island is gone). */
  stop(): void {
    this.#state = 'stopped';
    clearTimeout(this.#timer);
  }

  #settle(then: () => void, state: 'loaded' | 'idle'): void {
    if (this.#state === 'stopped') return;
    clearTimeout(this.#timer);
    this.#state = state;
    if (state === 'loaded') this.status = 'quiet';
    then();
  }

  #tell(status: Loading): void {
    this.status = status;
    this.#changed();
  }
}
