/**
 * Output quoted from someone else in a thread (an issue's body, another user's post, the guide's example), introduced as such: "Quote
 * from @x:", "@x wrote:", "On …, x wrote:", "The guide says …:", GitHub's "_Originally posted by @x_" after it, or a Discourse
 * [quote="x"] … [/quote] (its cooked <aside data-username="x"> clean.ts reads as "@x wrote:"); a Q&A answer ("A (accepted):",
 * "\u56de\u590d #1\uff1a") to the question again or the paste's end; an example's block of lines ("… so pasta looks like this:",
 * "\u5e94\u8be5\u957f\u8fd9\u6837\uff1a"). A lead-in leads the quotes that follow it with nothing but blank lines between: one
 * person's quote parted, or "@a and @b wrote:" over two (review R135 09, 13: a second quote read as the reader's gave "fixed" from
 * another's flag). Not the reader's machine where the reader's own output follows (core.ts decides that).
 */
import type { Line } from './clean.ts';

// Whose words: a user named (@x, Reddit's u/x), the thread's first poster, or the guide, its documentation or an issue; not the reader's own,
// nor "this issue" and "they", which readers say of their own trouble ("This issue shows up for me too", "They asked me to post …").
const SOURCE = String.raw`(?:@[\w.-]+|u\/[\w-]+|OP|(?:the|this(?! issue)) (?:guide|docs?|documentation|manual|README|wiki|article|blog(?: post)?|issue|original post|answer)|someone|somebody|he|she)`;
const VERB = String.raw`(?:says?|said|writes|posted|replied|shows?|showed|suggests?)`;
// A line introducing another's words: "Quote from @x:", "Quoting x:", "… wrote:" (not "I wrote:"), "@x said:", "The guide says … like this:".
// The source is the subject of the verb before the colon: at most three words between them, none the reader ("Following the guide, I
// upgraded and docker version now shows:"), and no such verb after it ("I did what the guide suggests; docker info now shows:").
const INTRO = new RegExp(
  String.raw`^(?:quote from|quoting|quoted from)\b|^(?!.*\b(?:I|we) wrote\b).*\bwrote:?$|(?:^|\s)${SOURCE}\b(?:[ ,]+(?!(?:I|I'm|we|me|my|our)\b)[\w'-]+){0,3}?[ ,]+${VERB}\b(?![^:]*\b${VERB}\b)[^:]{0,80}:$`,
  'i',
);
// GitHub's note under a comment quoted into a new issue: "_Originally posted by @x in https://github.com/…_".
const ORIGIN = /^_?originally posted by @/i;
const BB_OPEN = /^\[quote(?:=[^\]]*)?\]/i;
const BB_CLOSE = /\[\/quote\]$/i;
// A Q&A answer's marker opening a line: Stack Exchange's "A:", "A (accepted):", "2 Answers", "answered Jan 5 at 9:02"; in Chinese
// "\u56de\u590d #1" (reply #1), "\uff08\u5df2\u91c7\u7eb3\uff09" (accepted), "2 \u4e2a\u56de\u7b54" (2 answers), "\u7f51\u53cb\u56de\u7b54" (a user's answer).
// Escaped, so that English pages load no Chinese.
const ANSWER =
  /^(?:A(?: \((?:accepted|selected)\))?:|(?:\d+ [Aa]nswers?|[Aa]ccepted [Aa]nswer)$|answered (?:[A-Z][a-z]{2} \d|\d|yesterday|today)|\u56de\u590d ?#\d|[(\uff08]?\u5df2\u91c7\u7eb3|\d+ ?\u4e2a\u56de\u7b54|\u7f51\u53cb\u56de\u7b54)/;
// The question asked again ("Q:", "\u95ee\uff1a"), which ends an answer: what follows is the asker's.
const QUESTION = /^(?:Q|\u95ee)[:\uff1a]/;
// A sentence introducing an example of what a setup should be, not what the writer runs: "… should look like:", "Add … so pasta looks
// like this:" (not "So now pasta looks like this:", which says what came of it), "With pasta the rootlesskit process looks like",
// "for example:", "e.g.:", "\u5e94\u8be5\u957f\u8fd9\u6837\uff1a" (should look like this), "\u7c7b\u4f3c\u8fd9\u6837\uff1a" (like this),
// "\u4f8b\u5982\uff1a" (for example). A bare "pasta looks like this:" is the reader's listing, as is one with "I", "my", "we" or
// \u6211 ("With the upgrade in, my pasta looks like this:", "\u73b0\u5728\u6211\u7684 pasta \u8fdb\u7a0b\u7c7b\u4f3c\u8fd9\u6837\uff1a").
const EXAMPLE =
  /(?:\b(?:should|would|will|must) (?:then )?look like(?: this)?|^with\b.*\blooks? like(?: this)?|\w,? so (?:that )?\S+ looks? like(?: this)?|\b(?:for example|for instance|e\.g\.),?|\u5e94\u8be5\u957f\u8fd9\u6837|\u5e94\u8be5\u662f\u8fd9\u6837|\u7c7b\u4f3c\u8fd9\u6837|\u4f8b\u5982)[:\uff1a]?$/i;
const OWN = /\b(?:I|I'm|my|we|our|mine)\b|\u6211/i;
// The characters an answer's marker opens with, and those an example's introduction ends with (or " like"): a line without them is
// searched for neither, as nearly every line of a long paste is.
// (Chinese ones as code points: a minifier writes an escape in a string as the character, and English pages load no Chinese.)
const ANSWER_FIRST = new Set([...'Aa0123456789(', ...String.fromCodePoint(0xff08, 0x56de, 0x5df2, 0x7f51)]);
const INTRO_LAST = new Set(':\uff1a');

/**
 * Whether a line keeps a quote's markers in its prefix (clean.ts strips them where only some lines have them), perhaps after a log's
 * prefix or before a prompt (">     $ "): a ">" at its start or after a blank, not a prompt's ("me@host:~> "). Found without a pattern:
 * every line of a journal has a prefix.
 */
export function quoted(line: Line): boolean {
  const p = line.prefix;
  if (!p) return false;
  for (let k = p.indexOf('>'); k !== -1; k = p.indexOf('>', k + 1)) if (k === 0 || p[k - 1] === ' ' || p[k - 1] === '\t') return true;
  return false;
}

/** The last line number of paste a line holds: that of its last piece if it was joined. */
const lastN = (line: Line): number => line.pieces?.at(-1)?.n ?? line.n;

/** The indexes of `lines` quoted from another and introduced as such; none in most pastes. */
export function othersQuoted(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  // The last line of a quote introduced by no one: its lines are looked at one by one, as any others (a whole paste quoted has answers).
  let plain = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    if (t[0] === '[' && BB_OPEN.test(t)) {
      let end = i;
      while (end < lines.length - 1 && !BB_CLOSE.test(lines[end]!.trimmed)) end++;
      for (let k = i; k <= end; k++) out.add(k);
      i = end;
      continue;
    }
    if (i > plain && quoted(lines[i]!)) {
      let end = i;
      while (end < lines.length - 1 && quoted(lines[end + 1]!)) end++;
      const intro = (i > 0 && INTRO.test(lines[i - 1]!.trimmed)) || INTRO.test(t) || ORIGIN.test(lines[end + 1]?.trimmed ?? '');
      if (intro) {
        for (let k = i; k <= end; k++) out.add(k);
        i = end;
        continue;
      }
      plain = end;
    }
    if (ANSWER_FIRST.has(t[0]!) && ANSWER.test(t)) {
      let end = i;
      while (end < lines.length - 1 && !QUESTION.test(lines[end + 1]!.trimmed)) end++;
      for (let k = i; k <= end; k++) out.add(k);
      i = end;
    } else if (i < lines.length - 1 && (INTRO_LAST.has(t.at(-1)!) || t.endsWith(' like')) && EXAMPLE.test(t) && !OWN.test(t.slice(t.search(/[.!?;](?=\s)[^.!?;]*$|[\u3002\uff01\uff1f\uff1b][^\u3002\uff01\uff1f\uff1b]*$/) + 1))) {
      // The example's block: the lines under the introduction (a blank between them allowed), to the next blank.
      let end = i + 1;
      while (end < lines.length - 1 && lines[end + 1]!.n === lastN(lines[end]!) + 1) end++;
      for (let k = i + 1; k <= end; k++) out.add(k);
      i = end;
    }
  }
  return out;
}
