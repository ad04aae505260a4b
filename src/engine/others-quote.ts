/**
 * Output quoted from someone else in a thread (an issue's body, another user's post, the guide's example), introduced as such: "Quote
 * from @x:", "@x wrote:", "On …, x wrote:", "The guide says …:", GitHub's "_Originally posted by @x_" after it, or a Discourse
 * [quote="x"] … [/quote] (its cooked <aside data-username="x"> clean.ts reads as "@x wrote:"). A lead-in leads the quotes that
 * follow it with nothing but blank lines between: one person's quote parted, or "@a and @b wrote:" over two (review R135 09, 13: a
 * second quote read as the reader's gave "fixed" from another's flag). Not the reader's machine where the reader's own output follows
 * (core.ts decides that).
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

/** The indexes of `lines` quoted from another and introduced as such; none in most pastes. */
export function othersQuoted(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    if (t[0] === '[' && BB_OPEN.test(t)) {
      let end = i;
      while (end < lines.length - 1 && !BB_CLOSE.test(lines[end]!.trimmed)) end++;
      for (let k = i; k <= end; k++) out.add(k);
      i = end;
    } else if (quoted(lines[i]!)) {
      let end = i;
      while (end < lines.length - 1 && quoted(lines[end + 1]!)) end++;
      const intro = (i > 0 && INTRO.test(lines[i - 1]!.trimmed)) || INTRO.test(t) || ORIGIN.test(lines[end + 1]?.trimmed ?? '');
      if (intro) for (let k = i; k <= end; k++) out.add(k);
      i = end;
    }
  }
  return out;
}
