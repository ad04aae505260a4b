/** The checker's state: the text being analysed, the reader's answers, and the engine's result for both. Plain TypeScript. */
import type { Answers, FactKey, Result, Signal } from '../../engine/index.ts';
import { withAnswer, withoutAnswers } from './answers.ts';
import { ownResult, type Own } from './carry-result.ts';
import { debounce } from './debounce.ts';
import type { Engine } from './engine.ts';
import { pauseFor } from './pause.ts';

/** Performance entries around analysis and rendering (the browser test reads them). */
export const timing = { start: 'checker:analyze', measure: 'checker:verdict' } as const;

/** What a CheckerState starts from and calls. */
export interface CheckerStart {
  /** The result of nothing pasted, answered or linked, made at build time: shown until the engine is there. */
  empty: Result;
  /** What a fragment meant as a shared link matches (share.ts's sharePattern), to load the engine at once for one. */
  link: RegExp;
  /** Called after every change (to render again). */
  changed: () => void;
  /** Called when something waits for the engine (see use). */
  need: () => void;
}

/**
 * Holds the paste and answers, re-analyses when either changes, and reads a shared link's fragment (also when it changes). Until the
 * engine is there (use), what the reader does and a link to read wait for it, in their order, and the empty result stands.
 */
export class CheckerState {
  text = '';
  answers: Answers = {};
  /** The answers that are still as a shared link gave them (an answer of the reader's own replaces one). */
  linked: ReadonlySet<FactKey> = new Set();
  /** The signals a shared link carried: they stand in for a paste's until the reader pastes or types (or clears). */
  signals: readonly Signal[] = [];
  /** The link's result is the reader's own, carried by their own navigation (see carry-result.ts): not a shared one. */
  own: Own | undefined;
  /** The address carried a fragment that looks like a shared link but could not be read, or not all of it. */
  badLink = false;
  result: Result;
  engine: Engine | undefined;
  /** The answers taken from what the text says, written by hand (answerAll), until the reader answers one of them again. */
  #written = new Set<FactKey>();
  /** What waits for the engine, in the order it came. */
  #waiting: (() => void)[] = [];
  readonly #link: RegExp;
  readonly #changed: () => void;
  readonly #need: () => void;
  // Typing is analysed after a pause that grows with the text (pause.ts); pastes, drops and examples at once.
  readonly #later = debounce((text: string) => this.#set({ text }), (text: string) => pauseFor(text.length));

  /** What the text says, written by hand, to offer as answers: not what the reader answered otherwise, but in place of a link's. */
  get offer(): Answers | undefined {
    const written = Object.entries(this.result.written ?? {}).filter(([key]) => !(key in this.answers) || this.linked.has(key as FactKey));
    return written.length > 0 ? Object.fromEntries(written) : undefined;
  }

  constructor({ empty, link, changed, need }: CheckerStart) {
    this.result = empty;
    this.#link = link;
    this.#changed = changed;
    this.#need = need;
  }

  /** Whether something the reader did waits for the engine. */
  get waiting(): boolean {
    return this.#waiting.length > 0;
  }

  /** Takes the engine, then does what waited for it. */
  use(engine: Engine): void {
    this.engine = engine;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const action of waiting) action();
  }

  /** Keeps `action` for the engine, and asks for it, when it is not there yet; says whether it did. */
  #wait(action: () => void): boolean {
    if (this.engine) return false;
    this.#waiting.push(action);
    this.#need();
    return true;
  }

  /** New text: `now` for pastes, drops and examples, otherwise after a pause in typing. */
  input = (text: string, now: boolean): void => {
    if (this.#wait(() => this.input(text, now))) return;
    this.#later.cancel();
    // The address no longer shows a shared result: reloading it or switching language must not bring the old one back.
    if (this.linked.size > 0 || this.signals.length > 0 || this.badLink) {
      this.#dropFragment();
      // The link's facts and symptoms were the sharer's machine's: the reader's own text shows their own, which they would not decide
      // (nor bring fixes for values this machine never showed). The reader's own answers stay.
      this.answers = withoutAnswers(this.answers, this.linked);
      this.linked = new Set();
      this.signals = [];
      this.badLink = false;
      this.own = undefined;
    }
    // Answers taken from what was written by hand go with that text: the new text offers its own.
    if (this.#written.size > 0) {
      this.answers = withoutAnswers(this.answers, this.#written);
      this.#written = new Set();
    }
    if (now) this.#set({ text });
    else this.#later(text);
  };

  answer = (key: FactKey, value: string | boolean | undefined): void => {
    if (this.#wait(() => this.answer(key, value))) return;
    this.#written.delete(key);
    const linked = new Set(this.linked);
    const was = linked.delete(key);
    this.#set({ answers: withAnswer(this.answers, key, value), linked });
    if (was) this.#relink();
  };

  /** Takes several answers at once (what the reader wrote by hand), each in place of a shared link's. */
  answerAll = (answers: Answers): void => {
    if (this.#wait(() => this.answerAll(answers))) return;
    const linked = new Set([...this.linked].filter((key) => !(key in answers)));
    const fewer = linked.size < this.linked.size;
    this.#written = new Set([...this.#written, ...(Object.keys(answers) as FactKey[])]);
    this.#set({ answers: { ...this.answers, ...answers }, linked });
    if (fewer) this.#relink();
  };

  clear = (): void => {
    if (this.#wait(this.clear)) return;
    this.#later.cancel();
    this.#written = new Set();
    this.#set({ text: '', answers: {}, linked: new Set(), signals: [], badLink: false, own: undefined });
    this.#dropFragment();
  };

  /** Leaves the page where it is: replaceState changes the address without loading anything (or firing hashchange). */
  #dropFragment(): void {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  }

  /**
   * After the reader took away or answered otherwise a fact of the link, keeps the address to the others and its signals (replaceState, as
   * in dropFragment): a reload or a share of the address must not bring back what the reader removed. Only while the address holds a link.
   */
  #relink(): void {
    if (!this.#link.test(location.hash)) return;
    if (this.linked.size === 0 && this.signals.length === 0) return this.#dropFragment();
    const kept = Object.fromEntries([...this.linked].map((key) => [key, this.answers[key]]));
    history.replaceState(history.state, '', `#${this.engine!.encodeShare(kept, [], this.signals)}`);
  }

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
    // A plain anchor waits for nothing.
    if (!this.#link.test(location.hash) || this.#wait(this.#readLink)) return;
    const { decodeShare, decodeSignals, shareDamaged } = this.engine!;
    const own = ownResult();
    const shared = decodeShare(location.hash);
    const signals = decodeSignals(location.hash);
    const keys = Object.keys(shared) as FactKey[];
    const badLink = shareDamaged(location.hash);
    // A link's answers replace all others, those taken from the text too.
    if (keys.length > 0 || signals.length > 0) {
      this.#written = new Set();
      this.#set({ answers: shared, linked: new Set(keys), signals, badLink, own });
    } else if (badLink) {
      // A link that cannot be read replaces the one before it, but not the reader's own answers (a plain anchor replaces nothing).
      this.#set({ answers: withoutAnswers(this.answers, this.linked), linked: new Set(), signals: [], badLink });
    }
  };

  #set(change: Partial<Pick<CheckerState, 'text' | 'answers' | 'linked' | 'signals' | 'badLink' | 'own'>>): void {
    Object.assign(this, change);
    if ('text' in change || 'answers' in change || 'signals' in change) this.result = this.#analyse();
    this.#changed();
  }

  #analyse(): Result {
    performance.mark(timing.start);
    return this.engine!.analyse(this.text, this.answers, this.signals);
  }
}
