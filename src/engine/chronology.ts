/** When each line was printed, where the paste says its order is not time: newest-first output, and "now" shown before "before". */
import type { Line } from './clean.ts';
import { rootlesskit, rootlesskitTags } from './data/core/rootlesskit.ts';
import { rank, type Collected, type Observation } from './facts.ts';
import { beforePrompt } from './machines.ts';
import { monthOf } from './moment.ts';
import { quoted } from './others-quote.ts';
import { typedIn, type Typed } from './prompts.ts';
import type { Signal } from './types.ts';
import { atLeast } from './version.ts';

// journalctl -r / --reverse (alone or among single-letter options: -xr), and ps sorted by start, newest first.
const JOURNAL_REVERSED = /\bjournalctl\b.*?\s(?:--reverse|-[a-zA-Z]*r[a-zA-Z]*)(?=\s|$)/;
const PS_NEWEST_FIRST = /\bps\b.*?(?:--sort|\s-k)[= ]?-(?:start_time|lstart|start|stime|pid)\b/;
// A journal's or syslog's time ("Jan 20 14:05:02"), an ISO one ("2025-01-20T14:05:02"), or ps's lstart after a PID ("5110 Mon Jan 20 14:05:01 2025").
const SHORT_TIME = /^(?:\d+ +[A-Z][a-z]{2} +)?([A-Z][a-z]{2}) +(\d{1,2}) (\d\d):(\d\d):(\d\d)(?: (\d{4}))?/;
const ISO_TIME = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)/;
// A heading that says which of two states follows: "now (after upgrading + restart):", "what it was before:", "升级后：" (escaped, so
// that English pages load no Chinese).
const HEADING = /^.{0,60}[:：]$/;
const BEFORE = /\b(?:before|earlier|previously|old|originally)\b|\u4e4b\u524d|\u4ee5\u524d|\u5347\u7ea7\u524d|\u539f\u6765|\u65e7\u7684/i;
const AFTER = /\b(?:after|now|new|currently|later|upgrading|upgraded)\b|\u4e4b\u540e|\u73b0\u5728|\u5347\u7ea7\u540e|\u66f4\u65b0\u540e|\u65b0\u7684/i;
// An introduction that says the output under it is the state before a change ("Before the upgrade it was:", "Before I added the FLAGS
// line, docker version said:", "It used to be:", "升级前："),
// with or without a prompt after it: what the paste showed above it is the state now. Not "same as before the upgrade", nor "as previously",
// nor "previously" after the first word ("the output I posted previously:" says when it was posted, not of which state).
const STATED_BEFORE =
  /(?<!\b(?:as|than) )\b(?:(?:before|prior to) (?:the |my |this )?(?:upgrad|updat|restart|reboot)\w*|before (?:i|we) (?:upgrad|updat|restart|reboot|add|chang|edit|remov|switch)ed|^previously|(?:it|this) used to (?:be|show|say|print|read))\b|(?:\u5347\u7ea7|\u66f4\u65b0)\u4e4b?\u524d|(?:\u4e4b\u524d|\u4ee5\u524d|\u539f\u6765)\u662f/i;
// Fewer newest-first times than this could be a year's turn ("Dec 31", then "Jan 01"), which month and day alone cannot tell.
const MIN_DESCENDING = 3;

/** A comparable number for the time a line starts with (its prefix, or its text), or null. */
function timeOf(line: Line): number | null {
  const text = line.prefix ?? line.trimmed;
  // ISO_TIME and ps's lstart start with a digit, a journal's time with its month's capital and then its blank ("Jan "): other lines are
  // spared the patterns.
  const c = text.charCodeAt(0);
  const digit = c >= 48 && c <= 57;
  if (!digit && !(c >= 65 && c <= 90 && text.charCodeAt(3) === 32)) return null;
  const iso = digit ? ISO_TIME.exec(text) : null;
  if (iso) return Number(iso.slice(1).join(''));
  const short = SHORT_TIME.exec(text);
  const month = short ? monthOf(short[1]!) : 0;
  if (!short || !month) return null;
  return Number(short[6] ?? 0) * 1e10 + month * 1e8 + Number(short[2]) * 1e6 + Number(short.slice(3, 6).join(''));
}

/**
 * Whether output's times (lines `from` to `to` of `lines`) run one way, newest first (`way` -1) or oldest first (1): at least
 * MIN_DESCENDING of them, never turning back, and not all one. Read up to the first time that turns back, which ends the question.
 */
function timesRun(lines: readonly Line[], from: number, to: number, way: 1 | -1): boolean {
  let count = 0;
  let first = 0;
  let last = 0;
  for (let i = from; i < to; i++) {
    const t = timeOf(lines[i]!);
    if (t === null) continue;
    if (count && (t - last) * way < 0) return false;
    if (!count) first = t;
    count++;
    last = t;
  }
  return count >= MIN_DESCENDING && (last - first) * way > 0;
}

/**
 * Each command's output, as the lines of `lines` from `from` to `to` (those after a prompt, up to the next; `typed`: the prompts), with
 * the command; first the lines before any ("" for none shown). Ranges, not copies: a long paste's output runs to tens of thousands of lines.
 */
function outputs(lines: readonly Line[], typed: Typed): { command: string; from: number; to: number }[] {
  const all = [{ command: '', from: 0, to: typed.at[0] ?? lines.length }];
  typed.at.forEach((i, k) => all.push({ command: lines[i]!.trimmed, from: i + 1, to: typed.at[k + 1] ?? lines.length }));
  return all;
}

/** Whether a text ends in a colon, as every heading (HEADING) does. */
const endsInColon = (t: string): boolean => t.endsWith(':') || t.endsWith('\uff1a');

/**
 * Which state line `i` announces, a heading before a prompt (`typed`: those of `lines`) or one that says it shows the state before
 * (STATED_BEFORE, with or without a prompt after it): 0 before, 1 after, or null; and whether it says so.
 */
function phaseOf(lines: readonly Line[], i: number, typed: Typed): { phase: 0 | 1; stated: boolean } | null {
  const t = lines[i]!.trimmed;
  // The heading's colon first: few lines end in one, and the prompt after it is looked for only then.
  if (!endsInColon(t) || !HEADING.test(t) || typed.is(i)) return null;
  if (STATED_BEFORE.test(t)) return AFTER.test(t.replace(STATED_BEFORE, '')) ? null : { phase: 0, stated: true };
  if (!beforePrompt(lines, i, typed)) return null;
  const before = BEFORE.test(t);
  return before === AFTER.test(t) ? null : { phase: before ? 0 : 1, stated: false };
}

// A banner over a part ("=== AFTER (today, after the upgrade) ===", "--- before ---", "## Now", "**Before**"): its words.
const BANNER = /^(?:={2,}|-{2,}|#{1,6}|\*\*) *([^\s=#*-].{0,98}?) *(?:={2,}|-{2,}|\*\*)?:?$/;

/** The state a heading or a banner names, prompt after it or not: 0 before, 1 after, or null where it names neither or both. */
function namedPhase(line: string): 0 | 1 | null {
  // (A mail's quote marks glued to a banner's "=" stay on it: ">>=== AFTER ===".)
  const t = line[0] === '>' ? line.replace(/^(?:> ?)+/, '') : line;
  const words = endsInColon(t) && HEADING.test(t) ? t : '=-#*'.includes(t[0] ?? ' ') ? BANNER.exec(t)?.[1] : undefined;
  if (!words) return null;
  const before = BEFORE.test(words);
  return before === AFTER.test(words) ? null : before ? 0 : 1;
}

/**
 * Where the output that the introduction on line `i` shows ends: at the first prompt after it, from which on the lines are the state now
 * again; or `lines.length` where a prompt follows the introduction (after blank lines), whose command then shows that state.
 */
function introduced(lines: readonly Line[], i: number, typed: Typed): number {
  let j = i + 1;
  while (j < lines.length && !lines[j]!.trimmed) j++;
  if (typed.is(j)) return lines.length;
  // The first prompt after line j, halving: a long paste may have many prompts and many such introductions.
  let [lo, hi] = [0, typed.at.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (typed.at[mid]! > j) hi = mid;
    else lo = mid + 1;
  }
  return typed.at[lo] ?? lines.length;
}

/**
 * The order in time of the lines whose order the paste states otherwise (line number → a key that sorts them by time): each output
 * printed newest first (journalctl -r, ps sorted newest first, or times that fall), reversed; output whose times rise, as it stands; and where a heading after the paste's
 * first says "before" while an earlier one said "after" (or the first says it shows the state before, after lines of the state now),
 * the parts under them swapped back. Lines not in the map keep their place.
 */
export function chronology(lines: readonly Line[], typed: Typed = typedIn(lines)): Map<number, number> {
  const when = new Map<number, number>();
  for (const { command, from, to } of outputs(lines, typed)) {
    if (from === to) continue;
    if (JOURNAL_REVERSED.test(command) || PS_NEWEST_FIRST.test(command) || timesRun(lines, from, to, -1)) {
      const [first, last] = [lines[from]!.n, lines[to - 1]!.n];
      for (let i = from; i < to; i++) when.set(lines[i]!.n, first + last - lines[i]!.n);
      // Output whose times rise is in time order as it stands: its lines keep their place, now known to be time's (review R158 M2: a
      // journal's last start decides, not "the later of two argvs shown").
    } else if (timesRun(lines, from, to, 1)) for (let i = from; i < to; i++) when.set(lines[i]!.n, lines[i]!.n);
  }
  // Each part runs from its heading to the next one (an introduction of the state before with no prompt after it, to the prompt after its
  // output: see introduced); the lines before the first heading are in none, unless it says it shows the state before: they are now.
  let heads: { i: number; phase: 0 | 1; stated: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = phaseOf(lines, i, typed);
    if (head) heads.push({ i, ...head });
  }
  // Where those do not name both states, headings and banners that do, with no prompt after them: "=== AFTER ===" over one output and
  // "=== BEFORE ===" over the other (review R148 02: the state before, shown last, was taken as the state now).
  if (!(heads.some((h) => h.phase === 0) && heads.some((h) => h.phase === 1))) {
    const named: typeof heads = [];
    for (let i = 0; i < lines.length; i++) {
      const phase = typed.is(i) ? null : namedPhase(lines[i]!.trimmed);
      if (phase !== null) named.push({ i, phase, stated: false });
    }
    if (named.some((h) => h.phase === 0) && named.some((h) => h.phase === 1)) heads = named;
  }
  const parts: { phase: 0 | 1; from: number; to: number }[] = [];
  if (heads[0]?.stated && heads[0].i > 0) parts.push({ phase: 1, from: 0, to: heads[0].i });
  heads.forEach(({ i, phase, stated }, k) => {
    const to = heads[k + 1]?.i ?? lines.length;
    const end = stated ? Math.min(introduced(lines, i, typed), to) : to;
    parts.push({ phase, from: i, to: end });
    if (end < to) parts.push({ phase: 1, from: end, to });
  });
  const after = parts.findIndex((p) => p.phase === 1);
  if (after < 0 || !parts.slice(after).some((p) => p.phase === 0)) return when;
  // A stable sort, the parts "before" first: each part's keys lie past the earlier parts', in its own order (reversed output kept so).
  const span = lines.at(-1)!.n + 1;
  parts
    .toSorted((a, b) => a.phase - b.phase)
    .forEach((p, k) => {
      for (let i = p.from; i < p.to; i++) when.set(lines[i]!.n, k * span + (when.get(lines[i]!.n) ?? lines[i]!.n));
    });
  return when;
}

/**
 * Whether a line is a heading of the state after ("Now:", "Done, upgraded to 27.5.1 and restarted:"), with or without a prompt after it:
 * where it follows a quote, the output shown under it tells what it holds (dropQuotedBefore).
 */
const afterHeading = (t: string): boolean => endsInColon(t) && HEADING.test(t) && AFTER.test(t) && !BEFORE.test(t) && !STATED_BEFORE.test(t);

// What a check that worked prints under curl: the status line (-i), the status alone (-w '%{http_code}'), or the page.
const WORKED = /^(?:HTTP\/[\d.]+ [23]\d\d\b|[23]\d\d$|<!doctype html|<html\b)/i;
// The symptom's signals: a reset, from curl or from another client.
const RESETS: readonly Signal[] = ['connection-reset', 'client-reset'];

/**
 * Whether an observation shows a state where loopback ports work: pasta given the flag, a RootlessKit that gives it, or another network
 * driver or the builtin port driver (FACTS.md sections 1, 3 and 4: only pasta with the implicit port driver resets).
 */
const fixedState = (o: Observation): boolean =>
  (o.key === 'hostLoToNsLo' && o.value === true) ||
  (o.key === 'networkDriver' && o.value !== 'pasta') ||
  (o.key === 'portDriver' && o.value === 'builtin') ||
  (o.key === 'rootlesskitVersion' && atLeast(String(o.value), rootlesskit.hostLoToNsLo.version, rootlesskitTags.versions) === true);

/**
 * Drops what `>`-quoted lines show where unquoted output above them shows the same fact: a reply's quote under the reader's own lines, or
 * between them (a mail answered inline), of the message it answers, which no "… wrote:" led in (review R147 10: another's RootlessKit
 * 2.3.1, quoted under the reader's 2.3.2, gave "affected"); not where the quote shows it more directly.
 */
export function dropQuotedAfter(lines: readonly Line[], sink: Collected): void {
  const inQuote = new Set<number>();
  for (const l of lines) if (quoted(l)) inQuote.add(l.n);
  if (!inQuote.size) return;
  // Where the reader's own output first shows each fact, at each rank: a quote that shows it more directly (a version the program printed
  // under an installed package's) is the state after, quoted back in an answer (podman#22383).
  const own = new Map<string, number>();
  for (const o of sink.observations) {
    const key = `${o.key} ${o.rank}`;
    if (!inQuote.has(o.evidence.line) && o.evidence.line < (own.get(key) ?? Infinity)) own.set(key, o.evidence.line);
  }
  const shownAbove = (o: Observation): boolean => {
    for (let r = o.rank; r <= rank.running; r++) if (o.evidence.line > (own.get(`${o.key} ${r}`) ?? Infinity)) return true;
    return false;
  };
  sink.observations = sink.observations.filter((o) => !(inQuote.has(o.evidence.line) && shownAbove(o)));
}

/**
 * Drops what a `>`-quoted line shows (the reader's own output quoted again: "As I posted above:") where a later heading of the state after
 * ("Done, upgraded to 27.5.1 and restarted:", "Now:") has output under it that shows the same fact, at any rank: the quote is the state
 * before (review R135 17: docker version's RootlessKit 2.3.1, quoted, beat rootlesskit --version's 2.3.2 after the upgrade; 16: a nested
 * quote's pasta disagreed with slirp4netns "Now:"). Its reset goes too, where the output after shows a check that worked or the fixed state,
 * and no reset (task C42: a reset quoted from the reader's earlier post beside a working curl "Now:" was still the symptom seen).
 */
export function dropQuotedBefore(lines: readonly Line[], sink: Collected): void {
  // The first heading of the state after that follows a quoted line, and the quoted lines before it; none in most pastes.
  const before = new Set<number>();
  let heading = -1;
  for (let i = 0; i < lines.length && heading < 0; i++) {
    if (quoted(lines[i]!)) before.add(lines[i]!.n);
    else if (before.size && afterHeading(lines[i]!.trimmed)) heading = lines[i]!.n;
  }
  if (heading < 0) return;
  const later = sink.observations.filter((o) => o.evidence.line > heading);
  const after = new Set(later.map((o) => o.key));
  sink.observations = sink.observations.filter((o) => !(before.has(o.evidence.line) && after.has(o.key)));
  // The quote's reset is the symptom before too, where the output after shows a check that worked or the fixed state, and no reset.
  if (RESETS.some((s) => (sink.lastSeen.get(s) ?? 0) > heading)) return;
  const worked = lines.some((l, k) => l.n > heading && /\bcurl\b/.test(l.trimmed) && WORKED.test(lines[k + 1]?.trimmed ?? ''));
  if (!worked && !later.some(fixedState)) return;
  for (const s of RESETS) {
    const kept = sink.signals.get(s)?.filter((e) => !before.has(e.line));
    if (!kept || kept.length === sink.signals.get(s)!.length) continue;
    if (kept.length) sink.signals.set(s, kept);
    else sink.signals.delete(s);
    if (kept.length) sink.lastSeen.set(s, Math.max(...kept.map((e) => e.line)));
    else sink.lastSeen.delete(s);
  }
}
