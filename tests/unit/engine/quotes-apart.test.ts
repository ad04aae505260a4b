// Task C31 and review R135: whose a quote is. A lead-in ("@bob wrote:", Discourse's data-username) leads the quotes after it with nothing
// but blank lines between: one person's quote parted by a blank line, or "@a and @b wrote:" over two <blockquote>s (R135 09, 13: the
// second read as the reader's gave "fixed" from another's flag). A <blockquote> cut before its end tag no longer swallows the reader's own
// output typed under it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const fixture = (file: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', file), 'utf8');
// Pastes of two quotes under one lead-in, kept out of the fixtures: the sweeps' damage parts them in ways the checker cannot tell from
// the reader's own quote (a fold cuts a <blockquote> tag; a whole paste quoted as a mail reply loses whose marker is whose).
const pair = (file: string): string => readFileSync(join(import.meta.dirname, 'quotes-apart', file), 'utf8');
/** Every line number a finding or a fact cites. */
const cited = (r: Result): number[] => [...r.findings.flatMap((f) => f.evidence.map((e) => e.line)), ...Object.values(r.evidence).flatMap((es) => (es ?? []).map((e) => e.line))];

test.each([
  // The file, the verdict, and the lines of the quotes, none of which is cited.
  ['github-html-two-blockquotes-bob-and-carol-fixed-then-own-27.3.1.txt', 'affected', [2, 14]],
  ['markdown-bob-quote-parted-by-blank-line-flag-then-own-2.3.1.txt', 'affected', [1, 14]],
])("%s: the quotes after the lead-in are another's, the flag in one of them is not the reader's", (file, verdict, [from, to]) => {
  for (const r of both(pair(file))) {
    expect([r.verdict, r.facts.rootlesskitVersion, r.facts.hostLoToNsLo]).toEqual([verdict, '2.3.1', null]);
    expect(cited(r).filter((n) => n >= from! && n <= to!)).toEqual([]);
  }
});

test.each([
  ['github-html-two-blockquotes-others-fixed-then-own-2.3.1.txt'],
  ['markdown-two-quotes-blank-line-others-fixed-then-own-2.3.1.txt'],
])("%s: a second quote under another's lead-in is not read as the reader's: the checker asks for the reader's own", (file) => {
  for (const r of both(pair(file))) {
    expect([r.verdict, r.facts.rootlesskitVersion, r.facts.networkDriver]).toEqual(['incomplete', null, null]);
  }
});

test.each([
  ['discourse-aside-quote-others-fixed-then-own-2.3.1.txt', 'incomplete', [2, 21]],
  ['github-html-blockquote-cut-then-own-rootlesskit-2.3.1.txt', 'incomplete', [1, 15]],
])("%s: the lead-in's quote is bob's, the reader's own RootlessKit 2.3.1 is read", (file, verdict, [from, to]) => {
  for (const r of both(fixture(file))) {
    expect([r.verdict, r.facts.rootlesskitVersion]).toEqual([verdict, '2.3.1']);
    expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
    expect(cited(r).filter((n) => n >= from! && n <= to!)).toEqual([]);
  }
});

const bobs = '<p>@bob wrote:</p>\n<blockquote>\n<pre><code>$ docker version\n rootlesskit:\n  Version:          2.3.4\n  NetworkDriver:    pasta\n  PortDriver:       implicit\n';
const own = '$ rootlesskit --version\nrootlesskit version 2.3.1\n';

test("a blank line inside a closed quote's <pre> does not end it: what follows up to its end tag is bob's too", () => {
  const r = analyze(`${bobs}\n$ rootlesskit --version\nrootlesskit version 2.3.4\n</code></pre>\n</blockquote>\n<p>Mine:</p>\n<pre><code>${own}</code></pre>`);
  expect([r.verdict, r.facts.rootlesskitVersion, r.evidence.rootlesskitVersion?.map((e) => e.line)]).toEqual(['incomplete', '2.3.1', [15]]);
  expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
});
