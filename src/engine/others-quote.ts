/**
 * Output quoted from someone else in a thread (an issue's body, another user's post, the guide's example), introduced as such: "Quote
 * from @x:", "@x wrote:", "On …, x wrote:", "The guide says …:", GitHub's "_Originally posted by @x_" after it, or a Discourse
 * [quote="x"] … [/quote] (its cooked <aside data-username="x"> clean.ts reads as "@x wrote:"); a Q&A answer ("A (accepted):",
 * "\u56de\u590d #1\uff1a") to the question again or the paste's end; an example's block of lines ("… so pasta looks like this:",
 * "\u5e94\u8be5\u957f\u8fd9\u6837\uff1a"). A lead-in leads the quotes that follow it with nothing but blank lines between: one
 * person's quote parted, or "@a and @b wrote:" over two (review R135 09, 13: a second quote read as the reader's gave "fixed" from
 * another's flag). Not the reader's machine where the reader's own output follows (core.ts decides that). An answer's own lines (to the
 * asker's update, "EDIT (OP):"; above Stack Overflow's "Improve this answer", or its "answered <date>" alone), an example's block and a
 * prediction ("you should then see:", "should show `…`") are never the reader's, though nothing else shows what they show (task C36: a
 * lone answer's argv gave "fixed").
 */
import type { Line } from './clean.ts';
import { typedIn, type Typed } from './prompts.ts';

// Whose words: a user named (@x, Reddit's u/x), the thread's first poster, or the guide, its documentation or an issue; not the reader's own,
// nor "this issue" and "they", which readers say of their own trouble ("This issue shows up for me too", "They asked me to post …").
const SOURCE = String.raw`(?:@[\w.-]+|u\/[\w-]+|OP|(?:the|this(?! issue)) (?:(?:upstream|original|linked) )?(?:guide|docs?|documentation|manual|README|wiki|article|blog(?: post)?|issue|original post|answer)|someone|somebody|he|she)`;
const VERB = String.raw`(?:says?|said|writes|posted|replied|shows?|showed|suggests?)`;
// A line introducing another's words: "Quote from @x:", "Quoting x:", "From the upstream issue:" (after a sentence or an answer's mark too:
// "This is moby#48838. Quoting the issue:"), "… wrote:" (not "I wrote:"), "@x said:", "The guide says … like this:".
// The source is the subject of the verb before the colon: at most three words between them, none the reader ("Following the guide, I
// upgraded and docker version now shows:"), and no such verb after it ("I did what the guide suggests; docker info now shows:").
// A mail client's line over the message a reply quotes, in the language it speaks: its verb for "wrote" (Danish's and Norwegian's "Den
// … skrev Mette <m@…>:", German's "schrieb", French's "a écrit :", Dutch's "schreef", …), or the writer's address before the colon.
const MAIL_REPLY = String.raw`(?:\b(?:skrev|schrieb|schreef|escribió|escreveu|a écrit|ha scritto|napisał(?:\(a\))?|napsal(?:\(a\))?)|(?<![\p{L}])написал(?:\(а\))?|\u5199\u9053)(?: [^:\uff1a]{0,120})? ?[:\uff1a]$|<[^\s<>@]+@[^\s<>]+>\)? ?[:\uff1a]$`;
// In Chinese: a blogger, the thread's first poster, another, or an article posted or said it ("\u535a\u4e3b\u8d34\u7684\u8f93\u51fa\u662f\u8fd9\u6837\u7684\uff1a", the blogger's
// output looks like this), without the reader ("\u6211") in between (review R153 08).
const SOURCE_ZH = String.raw`(?:^|[\uff0c\u3002\s])(?:\u535a\u4e3b|\u697c\u4e3b|\u4f5c\u8005|\u539f\u5e16|\u522b\u4eba|\u6709\u4eba|\u4ed6|\u5979|(?:\u8fd9\u7bc7|\u90a3\u7bc7|\u539f)?(?:\u535a\u5ba2|\u6587\u7ae0|\u5e16\u5b50|\u6587\u6863|\u6559\u7a0b))(?![^\uff0c\u3002\uff1a:]*\u6211)[^\uff0c\u3002\uff1a:]{0,12}?(?:\u8d34|\u7ed9|\u53d1|\u5199|\u8bf4)[^\uff0c\u3002\uff1a:]{0,12}[\uff1a:]$`;
const INTRO = new RegExp(
  String.raw`(?:^|[.!?:] )(?:quote from|quoting|quoted from|from (?:the |that )?(?:upstream |original |linked )?(?:issue|thread|bug report))\b|^(?!.*\b(?:I|we) wrote\b).*\bwrote:?$|${MAIL_REPLY}|(?:^|\s)${SOURCE}\b(?:[ ,]+(?!(?:I|I'm|we|me|my|our)\b)[\w'-]+){0,3}?[ ,]+${VERB}\b(?![^:]*\b${VERB}\b)[^:]{0,80}:$|${SOURCE_ZH}`,
  'iu',
);
// A lead-in that says the output is another's own, posted elsewhere ("somebody posted their debug log in rootlesskit#612:", "@x wrote
// in the issue:"): never the reader's, though nothing else shows what it shows (review R139 03: a planner's quote gave "fixed").
const DISOWN = /\b(?:their|his|her|some(?:one|body)|issue|thread)\b|#\d/i;
// Another person in the reader's sentence ("a colleague with the same setup has …", German's "ein Kollege"), or "instead of": what they
// name after it is another's symptom, or the state before a change ("200 OK instead of curl: (56) …"), unless the reader comes after
// it ("my colleague and I both get …").
const ELSEWHERE = /\b(?:colleague|co-?worker|friend|teammate|some(?:one|body)|Kolleg(?:e|in)|instead of)\b/i;
const FIRST_PERSON = /\b(?:I|we|me|us|ich|wir|mir)\b/;

/** Whether the sentence before `at` in a line says that what is named at `at` is another's, or what was before a change. */
export function elsewhere(t: string, at: number): boolean {
  const after = t.slice(0, at).split(/[.!?]\s/).at(-1)!.split(ELSEWHERE);
  return after.length > 1 && !FIRST_PERSON.test(after.at(-1)!);
}

// The reader saying there is no setup of theirs yet ("nothing is installed", "haven't set it up yet", "haven't installed anything"); not
// "I haven't set up slirp4netns", which says what else they have not.
const NO_SETUP = /\bnothing(?: is)? installed|\b(?:haven.t|have not|not) (?:set (?:it |this |that )?up|installed)(?: it)? yet\b|\b(?:haven.t|have not) (?:set up|installed) anything/i;

/** Whether a line of the reader's says they have nothing set up yet, so that no quote of another's is theirs. */
export const noSetup = (lines: readonly Line[], others: ReadonlySet<number>): boolean => lines.some((l, i) => !others.has(i) && NO_SETUP.test(l.trimmed));

// GitHub's note under a comment quoted into a new issue: "_Originally posted by @x in https://github.com/…_".
const ORIGIN = /^_?originally posted by @/i;
const BB_OPEN = /^\[quote(?:=[^\]]*)?\]/i;
const BB_CLOSE = /\[\/quote\]$/i;
// A Q&A answer's marker opening a line: Stack Exchange's "A:", "A (accepted):", "A (score 3):", "Answer:", "2 Answers" (clean.ts writes
// its page source's answer as "A:", its question as "Q:"); in Chinese
// "\u56de\u590d #1" (reply #1), "\uff08\u5df2\u91c7\u7eb3\uff09" (accepted), "2 \u4e2a\u56de\u7b54" (2 answers), "\u7f51\u53cb\u56de\u7b54" (a user's answer).
// Escaped, so that English pages load no Chinese.
const ANSWER =
  /^(?:A(?: \([^()]{1,40}\))?:|Answer(?: \d+)?:|(?:\d+ [Aa]nswers?|[Aa]ccepted [Aa]nswer)$|\u56de\u590d ?#\d|[(\uff08]?\u5df2\u91c7\u7eb3|\d+ ?\u4e2a\u56de\u7b54|\u7f51\u53cb\u56de\u7b54)/;
// The question asked again ("Q:", "\u95ee\uff1a"), which ends an answer: what follows is the asker's.
const QUESTION = /^(?:Q|\u95ee)[:\uff1a]/;
// The asker writing again after an answer, which ends it too, where the line says it is the asker's: "EDIT (OP):", "Update from the asker:",
// "OP's update:", an update that speaks of the answer or of having done it ("Update: tried the accepted answer, now:", "EDIT 2: did that,
// ps now shows:"); in Chinese the asker's own update or addition ("\u66f4\u65b0\uff08\u697c\u4e3b\uff09\uff1a", "\u9898\u4e3b\u8865\u5145",
// V2EX's "\u7b2c 1 \u6761\u9644\u8a00", which only the asker writes) or one done as a reply said ("\u66f4\u65b0\uff1a\u6309\u56de\u590d #1 \u2026").
// A bare "Edit:" or "\u8865\u5145\uff1a" in an answer is the answer's own.
const ASKER_AGAIN =
  /^(?:(?:update|edit)\s*\d*\s*(?:\(?(?:by |from )?(?:the )?(?:OP|asker|author)\b|[:-].*\b(?:your answer|(?:the|that|this) (?:accepted )?(?:answer|suggestion)|answer above|(?:tried|did) (?:it|that|this)\b|(?:it|that|this) (?:worked|helped)|thanks for))|(?:OP|asker)(?:'s)? (?:update|edit)\b|(?:\u66f4\u65b0|\u8865\u5145)\s*\d*\s*(?:[(\uff08](?:\u697c\u4e3b|\u9898\u4e3b|OP)|[:\uff1a].*\u6309(?:\u7167)?(?:\u697c\u4e0a|\u56de\u590d|\u56de\u7b54|\u7b54\u6848))|(?:\u697c\u4e3b|\u9898\u4e3b)(?:\u66f4\u65b0|\u8865\u5145)|\u7b2c ?\d+ ?\u6761\u9644\u8a00)/i;
// Stack Overflow's footer under an answer copied from its page ("Share", "Improve this answer", "Follow" on a line or on three, "edited …",
// "answered …"): the answer is above it, from the last of the page's other marks. The question's ("Improve this question", "asked …"),
// its list's heading ("Sorted by:") and a lead-in are such marks.
const FOOTER = /^(?:Share )?Improve this answer(?: Follow)?$/;
const FOOTER_MORE = /^(?:Share|Follow|(?:edited|answered) (?:[A-Z][a-z]{2} \d|\d|yesterday|today).*)$/;
const POST_MARK = /^(?:(?:Share )?Improve this (?:answer|question)\b|(?:asked|answered) (?:[A-Z][a-z]{2} \d|\d|yesterday|today)|Sorted by:)/;
// "answered Mar 3, 2025 at 10:12" copied without the rest of the footer: the date under the answer above it, where one can be; the
// answerer's card under it ("jdoe's user avatar", the name, the reputation and badges: "12.3k33 gold badges45 silver badges").
const ANSWERED = /^answered (?:[A-Z][a-z]{2} \d|\d|yesterday|today)/;
const CARD = /^(?:.{1,40}'s user avatar|[\w.@-]+(?: [\w.@-]+)?|[\d,.]+k?(?:\d* ?(?:gold|silver|bronze) badges?)*)$/;
// The reader's lead-in to an answer copied under it: "someone answered:", "The accepted answer says:", "the top answer suggests:".
const ANSWER_LEAD_IN = /\banswer(?:ed|s)?:$|\banswer (?:says|said|suggests|was|is):$/i;
// A plain update after an answer that reports what the asker's machine shows now, in the first person or by what a command now says
// ("Update: now ps shows …", "EDIT: after restarting, `docker info` says …", "Update: I upgraded …"); not one with the answer's advice
// ("Edit: you also need …", "EDIT: as noted in the comments, …"), nor a bare "UPDATE 2:" (an answerer may show a run of their own).
const PLAIN_UPDATE = /^(?:update|edit)\s*\d*\s*[:-]\s*\S/i;
const REPORTS =
  /\b(?:I|we)(?:'ve| have)? (?:upgraded|updated|restarted|rebooted|reinstalled|installed|tried|ran|did|followed|switched|added|set)\b|\b(?:my|our)\b.*\b(?:shows?|says|prints|reports|lists|is|now)\b|\b(?:now|after \w+ing)\b.*\b(?:shows?|says|prints|reports|lists|gives|returns)\b/i;
const ADVICE = /\byou(?:r|'ll|'d|'re)?\b|\bas (?:noted|mentioned|pointed out|suggested)\b|\bin the comments\b/i;
// A sentence introducing an example of what a setup should be, not what the writer runs: "… should look like:", "Add … so pasta looks
// like this:" (not "So now pasta looks like this:", which says what came of it), "With pasta the rootlesskit process looks like",
// "\u5e94\u8be5\u957f\u8fd9\u6837\uff1a" (should look like this), or what it should print: "docker info should show:", "you should then
// see:"; never the reader's. "For example:", "e.g.:", "\u7c7b\u4f3c\u8fd9\u6837\uff1a" (like this), "\u4f8b\u5982\uff1a" (for example) (its
// second group) may give the reader's own run ("# For example:" over the command of steps to reproduce): a quote's, the reader's where
// nothing else the reader shows says what it says. A bare "pasta looks like this:" is the reader's listing, as is one with "I", "my",
// "we" or \u6211 ("With the upgrade in, my pasta looks like this:", "\u73b0\u5728\u6211\u7684 pasta \u8fdb\u7a0b\u7c7b\u4f3c\u8fd9\u6837\uff1a").
const EXAMPLE =
  /(?:\b(?:should|would|will|must) (?:then )?look like(?: this)?|\bshould (?:then )?(?:show|print|say|output|list|display|return|read)(?: (?:something )?like)?(?: this)?|\byou(?:'ll| will| should) (?:then )?(?:see|get)(?: (?:something )?like)?(?: this)?|^with\b.*\blooks? like(?: this)?|\w,? so (?:that )?\S+ looks? like(?: this)?|\u5e94\u8be5\u957f\u8fd9\u6837|\u5e94\u8be5\u662f\u8fd9\u6837|(\b(?:for example|for instance|e\.g\.),?|\u7c7b\u4f3c\u8fd9\u6837|\u4f8b\u5982))[:\uff1a]?$/i;
const OWN = /\b(?:I|I'm|my|we|our|mine)\b|\u6211/i;
// A prediction written inline, before its inline code ("you should then see `NetworkDriver: pasta`", "docker info should show `…`"), or
// an example (its group: "e.g. `pasta --host-lo-to-ns-lo …`", "something like `rootlesskit --net=pasta …`", "for instance"), which may be
// the reader's own run ("e.g. `podman run -p 5432:5432 …`" in steps to reproduce).
const INLINE =
  /\b(?:you(?:'ll| will| should) (?:then )?(?:see|get)|should (?:then )?(?:show|print|say|output|list|display|return|read)|(e\.g\.|for (?:example|instance)|something like|such as))[,:]? *`/i;
const ARGV = /^(?:pasta|rootlesskit|\/proc\/self\/exe) -/;
// What the answerer says is the asker's ("your ps shows:", "you posted them in a comment:"): the block under it is a quote, not an example.
const ASKERS = /\byour\b|\byou (?:posted|pasted|showed|shared|quoted|wrote|said)\b/i;
// The characters an answer's marker opens with, and those an example's introduction ends with (or " like"): a line without them is
// searched for neither, as nearly every line of a long paste is.
// (Chinese ones as code points: a minifier writes an escape in a string as the character, and English pages load no Chinese.)
const ANSWER_FIRST = new Set([...'Aa0123456789(', ...String.fromCodePoint(0xff08, 0x56de, 0x5df2, 0x7f51)]);
const INTRO_LAST = new Set(':\uff1a');
// The first two characters of the page's marks and of a question ("Started …" is tried for neither).
const MARK_FIRST = new Set(['Im', 'Sh', 'as', 'an', 'So', 'Q:', String.fromCodePoint(0x95ee, 0xff1a)]);

/** Whether a line after an answer is the asker's again: said so, or a plain update that reports what the asker's machine shows now. */
const askerAgain = (t: string): boolean => ASKER_AGAIN.test(t) || (PLAIN_UPDATE.test(t) && REPORTS.test(t) && !ADVICE.test(t));

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

// A reply's lead-in to the message it answers: "On …, x wrote:", "@x wrote:" (a Discourse quote's <aside> too, as clean.ts writes it), a
// mail client's in another language.
const WROTE = new RegExp(String.raw`\bwrote:?$|${MAIL_REPLY}`, 'iu');

/**
 * Whether a quote of `others` (othersQuoted's indexes into `lines`) is led in by "… wrote:": the message a reply answers, which was
 * written before the reply (review R135 12: a mail's quote of yesterday's RootlessKit under today's).
 */
export function repliedTo(lines: readonly Line[], others: ReadonlySet<number>): boolean {
  for (const i of others) if (!others.has(i - 1) && ((i > 0 && WROTE.test(lines[i - 1]!.trimmed)) || WROTE.test(lines[i]!.trimmed))) return true;
  return false;
}

/** The last line number of paste a line holds: that of its last piece if it was joined. */
const lastN = (line: Line): number => line.pieces?.at(-1)?.n ?? line.n;

/** The index of the last line of the block under line `i`: to the next blank (one blank between it and `i` allowed). */
function blockEnd(lines: readonly Line[], i: number): number {
  let end = i + 1;
  while (end < lines.length - 1 && lines[end + 1]!.n === lastN(lines[end]!) + 1) end++;
  return end;
}

/** Whether the last sentence of `t` has the reader in it ("With the upgrade in, my pasta looks like this:"). */
const own = (t: string): boolean => OWN.test(t.slice(t.search(/[.!?;](?=\s)[^.!?;]*$|[\u3002\uff01\uff1f\uff1b][^\u3002\uff01\uff1f\uff1b]*$/) + 1));

/**
 * Whose the block under line `t` is where `t` introduces an example: never the reader's, or another's (a "for example:", which may be
 * the reader's own); null where it does not, or where it is the reader's ("my pasta looks like this:").
 */
function introducesExample(t: string): 'never' | 'theirs' | null {
  const m = INTRO_LAST.has(t.at(-1)!) || t.endsWith(' like') ? EXAMPLE.exec(t) : null;
  return m && !own(t) ? (m[1] ? 'theirs' : 'never') : null;
}

/**
 * Whose line `t` is where it gives an example or a prediction inline and what comes before it in its sentence does not have the reader:
 * never the reader's where it predicts, or where its example is pasta's or RootlessKit's argv, which no run of the reader's types.
 */
function inlineExample(t: string): 'never' | 'theirs' | null {
  const m = INLINE.exec(t);
  if (!m || own(t.slice(0, m.index).replace(/e\.g\./gi, 'eg'))) return null;
  return m[1] && !ARGV.test(t.slice(m.index + m[0].length)) ? 'theirs' : 'never';
}

/** Another's lines, and those that are never the reader's. */
export interface Others {
  /** Quoted from another (a quote, a quote in an answer): the reader's own where nothing else the reader shows says what they say. */
  readonly theirs: Set<number>;
  /** An answer's own lines, an example's block, a line with an example or a prediction inline: never the reader's. */
  readonly never: Set<number>;
}

/**
 * The indexes of `lines` quoted from another and introduced as such, and those of an answer's own lines and of examples, which are never
 * the reader's; none in most pastes.
 */
export function othersQuoted(lines: readonly Line[]): Others {
  const theirs = new Set<number>();
  const never = new Set<number>();
  // The lines from..to of an answer: its quotes and a block under "your …:" are the asker's lines quoted, the others the answerer's own.
  // Where `prompted` is given (no start was found), the output typed at a prompt is kept as the reader's: each block from its prompt.
  // A quote the answer leads in as another's own, posted elsewhere ("Quoting the issue:", DISOWN), is not the asker's either (review R150 20).
  const answer = (from: number, to: number, prompted: Typed | null = null): void => {
    let disowned = false;
    for (let k = from; k <= to; k++) {
      const t = lines[k]!.trimmed;
      const quote = quoted(lines[k]!) || t[0] === '>';
      if (!quote) disowned = INTRO_LAST.has(t.at(-1)!) && INTRO.test(t) && DISOWN.test(t);
      if (prompted?.is(k)) k = Math.min(blockTo(k), to);
      else if (quote) (disowned ? never : theirs).add(k);
      else if (k < to && INTRO_LAST.has(t.at(-1)!) && ASKERS.test(t) && !introducesExample(t)) {
        never.add(k);
        const end = Math.min(blockEnd(lines, k), to);
        for (let j = k + 1; j <= end; j++) theirs.add(j);
        k = end;
      } else never.add(k);
    }
  };
  // The lines typed at a prompt, found only where an answer's start is looked for.
  let typed: Typed | null = null;
  // How far apart the numbers of two lines with no blank line between them are: 2 where blank lines part nearly every line (a chat tool
  // or a blog double-spaces a paste), else 1; found only where an answer's start or end is looked for.
  let step = 0;
  // Whether line `k + 1` follows line `k` with no blank line between (in a double-spaced paste, none but its own).
  const next = (k: number): boolean => {
    if (!step) {
      let two = 0;
      for (let j = 1; j < lines.length; j++) if (lines[j]!.n - lastN(lines[j - 1]!) === 2) two++;
      step = two * 2 > lines.length - 1 ? 2 : 1;
    }
    return k + 1 < lines.length && lines[k + 1]!.n - lastN(lines[k]!) <= step;
  };
  // The last line of the block that line `k` is in, to the next blank line.
  const blockTo = (k: number): number => {
    while (next(k)) k++;
    return k;
  };
  // Whether the block of lines to line `k` (from the last blank line before it, after line `mark`) holds output typed at a prompt: a
  // command typed in it, with output after it (a journal's line may open the block, where another's output ran on without a blank line).
  const promptedBlock = (k: number, mark: number): boolean => {
    typed ??= typedIn(lines);
    if (typed.is(k)) return false;
    for (let top = k - 1; top > mark && next(top); top--) if (typed.is(top)) return true;
    return false;
  };
  // The last search for a footer below: up to the line where it stopped, and whether that was a footer (a run of updates searches once).
  let below = { to: -1, footer: false };
  /** Whether the answer's footer follows line `i` before the question again, another answer or the asker's own mark: a plain update there is the answer's. */
  const footerBelow = (i: number): boolean => {
    if (i >= below.to) {
      let k = i + 1;
      let t = '';
      for (; k < lines.length; k++) if (QUESTION.test((t = lines[k]!.trimmed)) || ANSWER.test(t) || ASKER_AGAIN.test(t) || FOOTER.test(t) || ANSWERED.test(t)) break;
      below = { to: k, footer: FOOTER.test(t) || ANSWERED.test(t) };
    }
    return below.footer;
  };
  // Where an answer above a footer on line `i` starts, after line `mark`: after the page's last mark (the card under a question's
  // "asked …" with it), a question, a lead-in, or a block of output typed at a prompt that a blank line sets apart, with no command typed
  // below it (else the reader's output may run on into the answer); `found` false where it runs up from the paste's start.
  const answerStart = (i: number, mark: number): { from: number; found: boolean; question: boolean } => {
    typed ??= typedIn(lines);
    let below = false;
    // Line `mark` itself too: a question's mark leaves the card under it and the lines of the question.
    for (let k = i - 1; k >= 0 && k >= mark; k--) {
      const t = lines[k]!.trimmed;
      if (POST_MARK.test(t) || QUESTION.test(t) || INTRO.test(t) || ANSWER_LEAD_IN.test(t)) {
        let from = k + 1;
        if (t.startsWith('asked ') || t.startsWith('answered ')) while (from < i && from < k + 4 && next(from - 1) && CARD.test(lines[from]!.trimmed)) from++;
        return { from, found: true, question: QUESTION.test(t) };
      }
      if (k > mark && !below && !next(k) && promptedBlock(k, mark)) return { from: k + 1, found: true, question: false };
      below ||= typed.is(k);
    }
    return { from: mark + 1, found: mark >= 0, question: false };
  };
  // Whether any of lines from..to (an answer's, no start found) is outside the blocks of output typed at a prompt, which stay the reader's.
  const unprompted = (from: number, to: number): boolean => {
    typed ??= typedIn(lines);
    for (let k = from; k <= to; k = blockTo(k) + 1) if (!typed.is(k)) return true;
    return false;
  };
  // The last line of a footer from line `i` on: the rest of Stack Overflow's footer, and the answerer's card under "answered …".
  const footerEnd = (i: number): number => {
    let end = i;
    while (end < lines.length - 1 && FOOTER_MORE.test(lines[end + 1]!.trimmed)) end++;
    if (!ANSWERED.test(lines[end]!.trimmed)) return end;
    for (let card = end + 3; end < card && next(end) && CARD.test(lines[end + 1]!.trimmed); ) end++;
    return end;
  };
  // The last line of a quote introduced by no one: its lines are looked at one by one, as any others (a whole paste quoted has answers).
  let plain = -1;
  // The last line of the last answer or of the page's marks (-1: none): an answer above a footer starts after it.
  let mark = -1;
  let whose: 'never' | 'theirs' | null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    if (t[0] === '[' && BB_OPEN.test(t)) {
      let end = i;
      while (end < lines.length - 1 && !BB_CLOSE.test(lines[end]!.trimmed)) end++;
      for (let k = i; k <= end; k++) theirs.add(k);
      i = end;
      continue;
    }
    if (i > plain && quoted(lines[i]!)) {
      let end = i;
      while (end < lines.length - 1 && quoted(lines[end + 1]!)) end++;
      const intro = (i > 0 && INTRO.test(lines[i - 1]!.trimmed)) || INTRO.test(t) || ORIGIN.test(lines[end + 1]?.trimmed ?? '');
      if (intro) {
        const set = DISOWN.test(lines[i - 1]?.trimmed ?? '') ? never : theirs;
        for (let k = i; k <= end; k++) set.add(k);
        i = end;
        mark = i;
        continue;
      }
      plain = end;
    }
    const footer = (t.endsWith(' answer') || t.endsWith(' Follow')) && FOOTER.test(t);
    const dated = !footer && t[0] === 'a' && ANSWERED.test(t);
    const above = footer || dated ? answerStart(i, mark) : null;
    // A date alone closes an answer only where the lines above it can be one: not the question's, nor none, nor only the reader's output.
    if (above && (footer || (!above.question && above.from < i && (above.found || unprompted(above.from, i - 1))))) {
      // Above the footer, from where the answer starts; the rest of the footer with it. Where no start is found, the reader's output
      // typed at a prompt is not set aside with the answer.
      const end = footerEnd(i);
      answer(above.from, end, above.found ? null : (typed ??= typedIn(lines)));
      i = mark = end;
    } else if (dated || (ANSWER_FIRST.has(t[0]!) && ANSWER.test(t))) {
      // To the question again, the asker's update, or the answer's footer. A plain update above that footer ("EDIT: I upgraded my own
      // box to 2.3.2 …") is the answer's own: Stack Overflow shows an answer's edits above it, the asker's in the question or below it.
      let end = i;
      for (let next; end < lines.length - 1 && !QUESTION.test((next = lines[end + 1]!.trimmed)) && !(askerAgain(next) && (ASKER_AGAIN.test(next) || !footerBelow(end + 1))); end++)
        if (((next.endsWith(' answer') || next.endsWith(' Follow')) && FOOTER.test(next)) || (next[0] === 'a' && ANSWERED.test(next))) {
          end = footerEnd(end + 1);
          break;
        }
      answer(i, end);
      i = mark = end;
    } else if (MARK_FIRST.has(t.slice(0, 2)) && (POST_MARK.test(t) || QUESTION.test(t))) mark = i;
    else if (i < lines.length - 1 && (whose = introducesExample(t))) {
      const end = blockEnd(lines, i);
      for (let k = i + 1; k <= end; k++) (whose === 'never' ? never : theirs).add(k);
      i = end;
    } else if (t.indexOf('`') >= 0 && (whose = inlineExample(t))) (whose === 'never' ? never : theirs).add(i);
  }
  return { theirs, never };
}
