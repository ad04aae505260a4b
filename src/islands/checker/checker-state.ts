/** The checker's state: the text being analysed, the reader's answers, and the engine's result for both. Plain TypeScript. */
import { analyzeWith } from '../../engine/core.ts';
import { decodeShare } from '../../engine/share.ts';
import type { Answers, FactKey, Messages, Result } from '../../engine/index.ts';
import { withAnswer } from './answers.ts';
import { debounce } from './debounce.ts';

/** Typing is analysed after this pause; pastes, drops and examples at once. */
const PAUSE_MS = 200;

/** Performance entries around analysis and rendering (the browser test reads them). */
export const timing = { start: 'checker:analyze', measure: 'checker:verdict' } as const;

/** Holds the paste and answers, re-analyses when either changes, and reads a shared link's fragment (also when it changes). */
export class CheckerState {
  text = '';
  answers: Answers = {};
  /** The answers came from a shared link. */
  fromLink = false;
  result: Result;
  readonly #messages: Messages;
  readonly #changed: () => void;
  readonly #later = debounce((text: string) => this.#set({ text }), PAUSE_MS);

  /** `changed` is called after every change (to render again). */
  constructor(messages: Messages, changed: () => void) {
    this.#messages = messages;
    this.#changed = changed;
    this.result = this.#analyse();
  }

  /** New text: `now` for pastes, drops and examples, otherwise after a pause in typing. */
  input = (text: string, now: boolean): void => {
    this.#later.cancel();
    if (now) this.#set({ text });
    else this.#later(text);
  };

  answer = (key: FactKey, value: string | boolean | undefined): void => this.#set({ answers: withAnswer(this.answers, key, value) });

  clear = (): void => {
    this.#later.cancel();
    this.#set({ text: '', answers: {}, fromLink: false });
    // Leaves the page where it is: replaceState changes the address without loading anything.
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  };

  /** Reads the shared link's fragment now and whenever it changes. */
  start(): void {
    this.#readLink();
    addEventListener('hashchange', this.#readLink);
  }

  stop(): void {
    removeEventListener('hashchange', this.#readLink);
    this.#later.cancel();
  }

  #readLink = (): void => {
    const shared = decodeShare(location.hash);
    if (Object.keys(shared).length > 0) this.#set({ answers: shared, fromLink: true });
  };

  #set(change: Partial<Pick<CheckerState, 'text' | 'answers' | 'fromLink'>>): void {
    Object.assign(this, change);
    if ('text' in change || 'answers' in change) this.result = this.#analyse();
    this.#changed();
  }

  #analyse(): Result {
    performance.mark(timing.start);
    return analyzeWith(this.#messages, this.text, this.answers);
  }
}
