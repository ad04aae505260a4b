/**
 * The sentences at the top of the checker's report in any language it writes (report-words.ts): the verdict's title, the certainty
 * sentence under it, and the note of a daemon the settings stop. netcheck indents them by two spaces under its verdict line.
 */
import { reportWordsPasted } from './messages/report-words.ts';

const words = reportWordsPasted;
// Every language's titles in one set, built once, and their lengths: the test runs on every line of a paste, and a line's length is
// known where looking it up in the set reads the whole line.
const titles = new Set(words.flatMap((l) => Object.values(l.titles)));
const lengths = new Set([...titles].map((t) => t.length));

/** Whether a line is one of the verdicts' titles. */
export const verdictTitle = (t: string): boolean => lengths.has(t.length) && titles.has(t);

/** Whether a line is a certainty sentence: a confirmed one, or an inferred one by the words around its list. */
export const certain = (t: string): boolean =>
  words.some(
    ({ confirmed, collected, inferred: [head, tail] }) =>
      t === confirmed || t === collected || (t.length > head.length + tail.length && t.startsWith(head) && t.endsWith(tail)),
  );

/** Whether a line is the note of a daemon the settings stop, by its daemon's name and the words around the problem's title. */
const stoppedNote = (t: string): boolean =>
  words.some(({ stopped: { daemon, words: [before, after] } }) =>
    daemon.some((d) => t.length > d.length + before.length + after.length && t.startsWith(d + before) && t.endsWith(after)),
  );

/** Whether a trimmed line is one of the report's top sentences. */
export const topSentence = (t: string): boolean => verdictTitle(t) || certain(t) || stoppedNote(t);
