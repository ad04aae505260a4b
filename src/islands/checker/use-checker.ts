/** The checker's state: the text being analysed, the reader's answers, and the engine's result for both. */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { analyze, decodeShare, type Answers, type FactKey, type Messages, type Result } from '../../engine/index.ts';
import { withAnswer } from './answers.ts';
import { debounce } from './debounce.ts';

/** Typing is analysed after this pause; pastes, drops and examples at once. */
const PAUSE_MS = 200;

/** Performance entries around analysis and rendering (the browser test reads them). */
export const timing = { start: 'checker:analyze', measure: 'checker:verdict' } as const;

export interface CheckerState {
  text: string;
  answers: Answers;
  /** The answers came from a shared link. */
  fromLink: boolean;
  result: Result;
  input(text: string, now: boolean): void;
  answer(key: FactKey, value: string | boolean | undefined): void;
  clear(): void;
}

/** Holds the paste and answers, analyses them, and reads a shared link's fragment (also when it changes). */
export function useChecker(messages: Messages): CheckerState {
  const [text, setText] = useState('');
  const [answers, setAnswers] = useState<Answers>({});
  const [fromLink, setFromLink] = useState(false);
  const later = useMemo(() => debounce(setText, PAUSE_MS), []);

  const result = useMemo(() => {
    performance.mark(timing.start);
    return analyze(text, { answers, messages });
  }, [text, answers, messages]);
  // Layout effects run once the new result is in the document, so the measure spans analysis and rendering.
  useLayoutEffect(() => {
    performance.measure(timing.measure, timing.start);
  }, [result]);

  useEffect(() => {
    const read = (): void => {
      const shared = decodeShare(location.hash);
      if (Object.keys(shared).length === 0) return;
      setAnswers(shared);
      setFromLink(true);
    };
    read();
    addEventListener('hashchange', read);
    return () => {
      removeEventListener('hashchange', read);
      later.cancel();
    };
  }, [later]);

  return {
    text,
    answers,
    fromLink,
    result,
    input: (next, now) => {
      later.cancel();
      if (now) setText(next);
      else later(next);
    },
    answer: (key, value) => setAnswers((current) => withAnswer(current, key, value)),
    clear: () => {
      later.cancel();
      setText('');
      setAnswers({});
      setFromLink(false);
      // Leaves the page where it is: replaceState changes the address without loading anything.
      if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    },
  };
}
