/**
 * A setup stated in a sentence as the reader's own, in Chinese, Japanese or Korean (stated-zh.ts) or English (stated-en.ts): each clause that is
 * nothing but a tool and its version, a driver, or a command's output quoted, read where nothing before it in its sentence makes it another's.
 */
import { wraps, type Line } from '../clean.ts';
import type { Sink } from '../facts.ts';
import { SYSTEM, writtenAnswers } from '../written.ts';
import type { Grammar } from './stated-clause.ts';
import { english, englishLine } from './stated-en.ts';
import { chinese } from './stated-zh.ts';

/** What every line this reads has: a word of one of its clauses (版本, 输出, 显示, 驱动, 是, Driver, rootless), or a tool's name in English. */
export const statedWords = ['\u7248\u672c', '\u8f93\u51fa', '\u663e\u793a', '\u9a71\u52a8', '\u662f', 'Driver', 'rootless', ...english.words];

// Chinese, Japanese kana, or their full-width punctuation ("NetworkDriver: slirp4netns\uff0cPortDriver: builtin").
const CJK = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
// Korean, whose clauses stated-zh.ts reads too, where the line is no English sentence ("My rootlesskit is 2.3.1 (한국어)" stays English).
const HANGUL = /[\uac00-\ud7af]/;
// A sentence ends at a full stop, a question or exclamation mark or a semicolon (ASCII ones before a blank or the line's end, as a
// version's dots have none).
const SENTENCE_END = /[\u3002\uff01\uff1f\uff1b]|[.!?;](?=\s|$)/;
const QUESTION = /^[\uff1f?]$/;
// A colon before a blank, or a full-width one, and the blanks before it (where a bracket's clauses were taken out).
const COLON = / *(?::\s|\uff1a)/;

/** One clause of a sentence, and the clauses of what a bracket after it holds. */
interface Clause {
  text: string;
  at: number;
  inner: { text: string; at: number }[];
  /** A comma or a bracket's close ends it, not the sentence's end. */
  closed?: boolean;
}

/** Reads a setup the reader states in sentences: only clauses that state it, in a sentence with nothing before them but such clauses, the reader's label or a system. */
export const stated = (lines: readonly Line[], sink: Sink): void => {
  for (const line of lines) {
    const t = line.trimmed;
    const grammar = CJK.test(t) ? chinese : englishLine(t) ? english : HANGUL.test(t) ? chinese : null;
    // A line that is a list written by hand ("docker 27.3.1，rootlesskit 2.3.1，pasta", "我的环境：…") is written.ts's, offered as answers,
    // after a quote's or a log's prefix too.
    if (!grammar || Object.keys(writtenAnswers([{ ...line, prefix: undefined }])).length) continue;
    // A line as long as a hard wrap's piece may go on on the next: its last clause, unended, may be cut ("pasta 2025_06_11" of
    // "2025_06_11.0293c6f", "2.3.2" of "2.3.2？").
    const cut = wraps((line.prefix ?? '').length + line.text.length);
    let from = 0;
    // Whether the sentence before was the reader's: an English one's clauses with no word of their own ("Docker 27.3.1.") go on with it.
    let own = false;
    while (from < t.length) {
      const end = SENTENCE_END.exec(t.slice(from));
      const to = end ? from + end.index : t.length;
      // An aside is blanked, not cut, so that what is read keeps its place in the line; it is read where the sentence is the reader's.
      const asides: [string, number][] = [];
      const blank = (aside: string, at: number): string => (asides.push([aside, from + at]), ' '.repeat(aside.length));
      const sentence = grammar.aside ? t.slice(from, to).replace(grammar.aside, blank) : t.slice(from, to);
      own = !(end && QUESTION.test(end[0])) && !grammar.notOwn.test(sentence) && readSentence(grammar, sentence, from, line, sink, cut && !end, own);
      if (own) for (const [aside, at] of asides) grammar.readAside?.(aside, at, line, sink);
      from = to + (end ? end[0].length : 0);
    }
  }
};

/**
 * Reads the clauses of one sentence (at `offset` in the line) from its start, up to the first that states nothing; `cut`: the sentence
 * ends the line unended, perhaps cut there, and its last clause is not read; `own`: the sentence before was the reader's. Says whether
 * the sentence was the reader's to its end.
 */
function readSentence(grammar: Grammar, sentence: string, offset: number, line: Line, sink: Sink, cut: boolean, own: boolean): boolean {
  const all = clauses(sentence, grammar.joins);
  for (const [k, clause] of all.entries()) {
    if (cut && k === all.length - 1 && !clause.closed) return false;
    const labelled = grammar.label.exec(clause.text);
    const text = labelled ? clause.text.slice(labelled[0].length) : clause.text;
    const at = offset + clause.at + (labelled ? labelled[0].length : 0);
    own ||= labelled !== null;
    const quoted = labelled?.[1] !== undefined;
    // A clause that states the setup up to a colon, what follows being what happens ("… w/ pasta (rootlesskit 2.3.1): -p 127.0.0.1:… resets").
    const colon = COLON.exec(text);
    const head = colon ? text.slice(0, colon.index) : '';
    const unread = !grammar.read(text, at, line, sink, quoted, own) && !(head && grammar.read(head, at, line, sink, quoted, own));
    if (unread) {
      if (!SYSTEM.test(text)) return false;
      continue;
    }
    own = true;
    // A bracket after a stated clause says more of it: docker version's keys quoted ("（docker version 里 NetworkDriver: pasta）").
    for (const inner of clause.inner) {
      const shown = grammar.shownIn.exec(inner.text);
      const rest = shown ? inner.text.slice(shown[0].length) : inner.text;
      if (!grammar.read(rest, offset + inner.at + (shown ? shown[0].length : 0), line, sink, true, true)) break;
    }
  }
  return own;
}

/** The clauses of a sentence, split at its commas and at `joins`; a bracket's clauses go with the clause before it. */
function clauses(sentence: string, joins: RegExp | undefined): Clause[] {
  const out: Clause[] = [];
  let current: Clause = { text: '', at: 0, inner: [] };
  let depth = 0;
  let inner = { text: '', at: 0 };
  // A clause's text ends at a comma, or at the bracket after it (what is in the bracket unclosed at the end is left out).
  const close = (closed: boolean): void => {
    if (current.text.trim() || current.inner.length) out.push({ ...current, text: current.text.trim(), at: current.at + current.text.length - current.text.trimStart().length, closed });
  };
  let opened = false;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    const comma = c === '\uff0c' || c === '\u3001' || c === ',';
    if (joins) joins.lastIndex = i;
    const join = depth === 0 && joins?.exec(sentence);
    if (depth === 0 && (c === '\uff08' || c === '(')) {
      depth = 1;
      opened = true;
      inner = { text: '', at: i + 1 };
    } else if (depth === 1 && (c === '\uff09' || c === ')' || comma)) {
      const text = inner.text.trim();
      if (text) current.inner.push({ text, at: inner.at + inner.text.length - inner.text.trimStart().length });
      inner = { text: '', at: i + 1 };
      if (!comma) depth = 0;
    } else if (depth === 1) inner.text += c;
    else if (comma || join) {
      close(true);
      const skip = join ? join[0].length - 1 : 0;
      current = { text: '', at: i + 1 + skip, inner: [] };
      i += skip;
      opened = false;
    } else current.text += c;
  }
  close(opened);
  return out;
}
