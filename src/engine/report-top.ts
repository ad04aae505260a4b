/**
 * The sentences at the top of the report of the checker in any language it writes (report-words.ts): the headline, the certainty
 * sentence under it, and the note of a daemon the settings stop. netcheck indents them by two spaces under its verdict line.
 */
import { headlines, reportWordsPasted } from './messages/report-words.ts';

const words = reportWordsPasted;
// Every language's titles in one set, built once, and their lengths: the test runs on every line of a paste, and a line's length is
// known where looking it up in the set reads the whole line.
const titles = new Set(words.flatMap(headlines));
const lengths = new Set([...titles].map((t) => t.length));

/** Whether a line is one of the headlines: the title of a verdict, or that of a daemon that cannot start. */
export const verdictTitle = (t: string): boolean => lengths.has(t.length) && titles.has(t);

/** Whether a line is a certainty sentence: a confirmed one, or an inferred one by the words around its list. */
export const certain = (t: string): boolean =>
  words.some(
    ({ confirmed, collected, inferred: [head, tail] }) =>
      t === confirmed || t === collected || (t.length > head.length + tail.length && t.startsWith(head) && t.endsWith(tail)),
  );

/** Whether `t` is `before`, then some title, then `after`. */
const around = (t: string, before: string, after: string): boolean => t.length > before.length + after.length && t.startsWith(before) && t.endsWith(after);

/** Whether a line is the note of a daemon the settings stop, by the name of the daemon and the words around the title of the problem, or the undecided note. */
const stoppedNote = (t: string): boolean =>
  words.some(({ stopped: { daemon, words: [before, after], undecided } }) => around(t, ...undecided) || daemon.some((d) => around(t, d + before, after)));

/** Whether a trimmed line is one of the report's top sentences. */
export const topSentence = (t: string): boolean => verdictTitle(t) || certain(t) || stoppedNote(t);
