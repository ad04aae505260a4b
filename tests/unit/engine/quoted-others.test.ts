import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
/** Every line number a finding or a fact cites. */
const cited = (r: Result): number[] => [...r.findings.flatMap((f) => f.evidence.map((e) => e.line)), ...Object.values(r.evidence).flatMap((es) => (es ?? []).map((e) => e.line))];

test.each([
  // The quote's lines (and, for a02, its reset) are another's: no disagreement with them, and none of them cited.
  ['quote-from-other-rk-2.3.1-then-own-docker-version-2.3.2.txt', [3, 11]],
  ['guide-example-argv-quoted-then-own-ps-without-flag.txt', [3, 3]],
  ['discourse-bbcode-quote-pasta-then-own-slirp4netns.txt', [1, 10]],
  ['said-quote-argv-with-flag-then-own-pgrep-without.txt', [1, 2]],
  ['op-said-quote-then-own-slirp4netns.txt', [3, 8]],
])("%s: another's output quoted as such is set aside beside the reader's own", (name, [from, to]) => {
  const r = analyze(fixture(name));
  expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
  expect(r.findings.map((f) => f.id)).not.toContain('connection-reset-seen');
  expect(cited(r).filter((n) => n >= from! && n <= to!)).toEqual([]);
});

test.each([
  ['wrote-quote-only-then-same-here-kept.txt', 5],
  ['mail-reply-wrote-all-quoted-own-output-kept.txt', 9],
  ['wrote-quote-only-then-same-here-without-slirp4netns-kept.txt', 5],
])('%s: a quote with no output of the reader\'s own beside it is read as the reader\'s', (name, line) => {
  const r = analyze(fixture(name));
  expect(r.facts.rootlesskitVersion).toBe('2.3.1');
  expect(r.evidence.rootlesskitVersion?.map((e) => e.line)).toEqual([line]);
});

test.each([
  'question-quotes-anothers-debug-log-from-an-issue-nothing-installed.txt',
  'lead-in-their-debug-log-in-an-issue-quote-alone.txt',
  'wrote-quote-only-reader-has-not-set-it-up-yet.txt',
])("%s: a quote led in as another's own output, or beside a reader who has set nothing up, is never the reader's", (name) => {
  for (const r of [analyze(fixture(name)), analyzeWith(zhCn, fixture(name))]) {
    expect(r.verdict).toBe('incomplete');
    expect([r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.hostLoToNsLo]).toEqual([null, null, null]);
    expect(cited(r)).toEqual([]);
  }
});

test("pasta's version written as inline code in prose, as pasta --version prints it, is read as pasta's", () => {
  const r = analyze(fixture('issue-template-pasta-version-as-inline-code.txt'));
  expect(r.facts.pastaVersion).toBe('0.0~git20250217.a1e48a0-1~bpo12+1');
  expect(r.evidence.pastaDate?.map((e) => e.line)).toEqual([34]);
  // Not passt's package named in prose, nor a version in other words.
  for (const prose of ['Debian trixie provides `passt 0.0~git20250503.587980c-2`, which is new enough.', 'I think I have pasta 2025_02_17.a1e48a0 or so.', 'I ran `pasta --version` on it.'])
    expect(analyze(prose).facts.pastaVersion).toBeNull();
});

test("pasta's version as inline code is the reader's only where the line says so, and a typed pasta --version beats it", () => {
  const rk = '$ docker info | grep -A3 rootlesskit\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n';
  // A statement of what the reader runs is read (review 115 p/39); a plan, a threshold or a question is not.
  expect(analyze(`I'm on Fedora 41, \`pasta 2024_10_30.ee7d0b6\` from the repos.\n${rk}`).facts.pastaVersion).toBe('2024_10_30.ee7d0b6');
  for (const prose of ['I plan to upgrade to `pasta 2024_12_11.09478d5` next week.', 'Is this only with `pasta 2024_10_30.ee7d0b6` and newer?', 'The fix is in `pasta 2024_10_30.ee7d0b6` and later.'])
    expect(analyze(`${prose}\n${rk}`).facts.pastaVersion).toBeNull();
  // The label comes after the typed output, so only its weaker rank keeps the typed version.
  const r = analyze(`$ pasta --version\npasta 2023_12_30.f091893\n${rk}passt from the Ubuntu archive: \`pasta 2024_10_30.ee7d0b6\``);
  expect(r.facts.pastaVersion).toBe('2023_12_30.f091893');
  expect(r.verdict).toBe('not-affected');
});

test('a port driver inferred from docker version leaving PortDriver out is called inferred where values disagree, in both languages', () => {
  const text = fixture('before-after-slirp-builtin-then-pasta-port-driver-omitted.txt');
  const detail = (r: Result): string => r.findings.find((f) => f.id === 'facts-disagree')!.detail;
  expect(detail(analyze(text))).toContain('Port driver implicit (inferred), builtin (running daemon)');
  expect(detail(analyzeWith(zhCn, text))).toContain('implicit（推断）、builtin（正在运行的守护进程）');
});

test('a comment quoted into a new issue, "Originally posted by @x" under it, is set aside beside the reader\'s own output', () => {
  const quote = '> ```\n>  rootlesskit:\n>   Version:          2.3.1\n>   NetworkDriver:    pasta\n> ```\n\n_Originally posted by @jdoe in https://github.com/moby/moby/issues/1#issuecomment-2_';
  const r = analyze(`${quote}\n\nMine:\n\n\`\`\`\n rootlesskit:\n  Version:          2.3.4\n  NetworkDriver:    pasta\n\`\`\`\n`);
  expect(r.verdict).toBe('fixed');
  expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
});

test.each([
  // A Q&A answer's example of pasta with the flag, below the asker's own without it (review R135 20, 22).
  ['stackexchange-accepted-answer-pasta-argv-with-flag-below-own-argv-without.txt', 'affected', 'confirmed', [15, 15]],
  ['zh-accepted-reply-pasta-argv-should-look-like-below-own-tree-without-flag.txt', 'affected', 'inferred', [20, 22]],
  // The answer's drop-in and example argv with pasta, below the asker's docker version with slirp4netns (review R135 23).
  ['stackexchange-answer-pasta-drop-in-and-example-argv-below-docker-version-slirp4netns.txt', 'not-affected', 'confirmed', [17, 27]],
])("%s: an answer's lines are another's, not the asker's setup", (name, verdict, certainty, [from, to]) => {
  const r = analyze(fixture(name));
  expect([r.verdict, r.certainty]).toEqual([verdict, certainty]);
  expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
  expect(cited(r).filter((n) => n >= from! && n <= to!)).toEqual([]);
});

test("an example's argv (\"so pasta looks like this:\") is not the running pasta; the reader's own listing is", () => {
  const own = (intro: string): string =>
    `$ rootlesskit --version\nrootlesskit version 2.3.1\n$ pgrep -a pasta\n2236 pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2229\n\n${intro}\n\npasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 2229\n`;
  for (const intro of ['Add --host-lo-to-ns-lo so pasta looks like this:', 'It should look like this:', 'For example:', '\u6b63\u5e38\u7684 pasta \u8fdb\u7a0b\u5e94\u8be5\u957f\u8fd9\u6837\uff1a'])
    expect(analyze(own(intro)).facts.hostLoToNsLo, intro).toBe(false);
  for (const intro of ['With the upgrade in, my pasta looks like this:', 'So now pasta looks like this:', '\u73b0\u5728\u6211\u7684 pasta \u8fdb\u7a0b\u7c7b\u4f3c\u8fd9\u6837\uff1a'])
    expect(analyze(own(intro)).facts.hostLoToNsLo, intro).toBe(true);
});

test("an answer quoting the asker's argv, which nothing else shows, is read as the asker's", () => {
  const r = analyze(fixture('stackexchange-answer-quotes-askers-pasta-argv-without-flag.txt'));
  expect([r.verdict, r.certainty, r.facts.hostLoToNsLo]).toEqual(['affected', 'confirmed', false]);
});

test.each([
  // The question shows no argv: an answer's example (under "should look like:", inline "e.g. `pasta …`") or its own lines still are not the asker's.
  ['stackexchange-lone-answer-pasta-should-look-like-with-flag-question-without-argv.txt', 'incomplete', [11, 15]],
  ['stackexchange-two-answers-unmarked-argv-with-flag-question-without-argv.txt', 'incomplete', [10, 17]],
  ['answered-footer-inline-example-pasta-argv-with-flag-question-without-argv.txt', 'affected', [21, 26]],
  // The command an answer suggests and the output it predicts.
  ['stackexchange-answer-suggests-restart-predicts-rootlesskit-2.3.2-question-without-version.txt', 'incomplete', [11, 21]],
  // Stack Overflow's page source: the answer's <div class="answer …" itemprop="acceptedAnswer">.
  ['stackoverflow-page-source-answer-argv-with-flag-question-rootlesskit-2.3.1.txt', 'incomplete', [13, 21]],
])("%s: an answer's own lines are not the asker's, even where the question shows nothing of what they show", (name, verdict, [from, to]) => {
  const r = analyze(fixture(name));
  expect(r.verdict).toBe(verdict);
  expect(r.facts.hostLoToNsLo).toBeNull();
  expect(r.facts.rootlesskitVersion).not.toBe('2.3.2');
  expect(cited(r).filter((n) => n >= from! && n <= to!)).toEqual([]);
});

test.each([
  ['stackexchange-op-edit-after-answer-upgraded-rootlesskit-2.3.2-flag.txt', 13],
  ['zh-reply-then-op-update-upgraded-rootlesskit-2.3.2.txt', 13],
])("%s: the asker's update after an answer (\"EDIT (OP):\", 更新（楼主）) is the asker's again", (name, line) => {
  const r = analyze(fixture(name));
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.hostLoToNsLo]).toEqual(['fixed', '2.3.2', true]);
  expect(r.evidence.rootlesskitVersion?.map((e) => e.line)).toEqual([line]);
});

test("an update is the asker's after an answer only where it says so; an answer's own \"Edit:\" or 补充 stays the answer's", () => {
  const paste = (update: string): string =>
    `Q: curl to 127.0.0.1 resets\n$ curl http://127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n\nA (accepted): RootlessKit 2.3.1 never passes --host-lo-to-ns-lo; upgrade it.\n\n${update}\n$ rootlesskit --version\nrootlesskit version 2.3.2\n`;
  for (const update of ['Update: tried the accepted answer, now:', 'UPDATE 2 (OP): upgraded, now:', 'EDIT from the asker:', '\u7b2c 1 \u6761\u9644\u8a00\uff1a', '\u9898\u4e3b\u8865\u5145\uff1a'])
    expect(analyze(paste(update)).facts.rootlesskitVersion, update).toBe('2.3.2');
  for (const update of ['Edit: after the upgrade you get', 'UPDATE 2:', '\u8865\u5145\uff1a\u5347\u7ea7\u4ee5\u540e\u662f\u8fd9\u6837'])
    expect(analyze(paste(update)).facts.rootlesskitVersion, update).toBeNull();
});

test.each([
  ['stackexchange-answer-then-plain-edit-after-restarting-docker-info-says-2.3.2.txt', '2.3.2'],
  ['stackexchange-answer-own-edit-as-noted-docker-info-says-2.3.2-stays-answers.txt', '2.3.1'],
])("%s: a plain update after an answer is the asker's where it reports what the machine shows now, not where it speaks of the advice", (name, version) => {
  expect(analyze(fixture(name)).facts.rootlesskitVersion).toBe(version);
});

test('a plain "Update:" or "EDIT:" after an answer is the asker\'s in the first person or where a command now shows something; the answer\'s advice is not', () => {
  const paste = (update: string): string =>
    `Q: curl to 127.0.0.1 resets\n$ curl http://127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n\nA (accepted): RootlessKit 2.3.1 never passes --host-lo-to-ns-lo; upgrade it.\n\n${update}\n$ rootlesskit --version\nrootlesskit version 2.3.2\n`;
  for (const update of ['Update: now rootlesskit --version shows:', 'EDIT: I upgraded docker-ce-rootless-extras and restarted:', 'Edit - my rootlesskit is now:'])
    expect(analyze(paste(update)).facts.rootlesskitVersion, update).toBe('2.3.2');
  for (const update of ['Edit: you also need to restart the daemon, after which rootlesskit --version shows:', 'EDIT: I forgot to mention the restart:', 'Update: as mentioned below, after upgrading it says:'])
    expect(analyze(paste(update)).facts.rootlesskitVersion, update).toBeNull();
});

// Task C46: the answerer's own "EDIT: I upgraded my own box …" above the answer's footer was taken for the asker's update.
test("a plain update above the answer's footer is the answer's own edit; one that says it is the asker's stays the asker's", () => {
  const paste = (update: string): string =>
    `Q: curl to 127.0.0.1 resets\n$ curl http://127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n\nA (accepted): RootlessKit 2.3.1 never passes --host-lo-to-ns-lo; upgrade it.\n\n${update}\n$ rootlesskit --version\nrootlesskit version 2.3.2\n\nShare\nImprove this answer\nFollow\nanswered Jan 5 at 10:02\n`;
  for (const update of ['EDIT: I upgraded my own box to 2.3.2 and it works:', 'Update: now rootlesskit --version shows:'])
    expect(analyze(paste(update)).facts.rootlesskitVersion, update).toBeNull();
  expect(analyze(paste('EDIT (OP): I upgraded and restarted:')).facts.rootlesskitVersion).toBe('2.3.2');
});

test.each([
  ['stackexchange-answer-your-ps-shows-askers-argv-kept.txt', 'inferred', false],
  ['stackoverflow-page-source-answer-blockquotes-askers-argv-kept.txt', 'confirmed', false],
  ['own-my-pasta-looks-like-this-then-answer-inline-example-with-flag.txt', 'inferred', false],
  ['stackexchange-edit-in-question-before-answer-stays-askers.txt', 'inferred', false],
  ['stackexchange-op-edit-quotes-own-earlier-argv-kept.txt', 'inferred', false],
  ['stackexchange-answer-own-edit-predicts-rootlesskit-2.3.2-stays-answers.txt', 'inferred', null],
])("%s: the asker's lines, quoted by an answer or by the asker, stay the asker's", (name, certainty, flag) => {
  const r = analyze(fixture(name));
  expect([r.verdict, r.certainty, r.facts.rootlesskitVersion, r.facts.hostLoToNsLo]).toEqual(['affected', certainty, '2.3.1', flag]);
});

test("an example or a prediction is never the reader's setup, though the reader shows nothing of what it shows; the reader's own run given as an example is", () => {
  const rk = '$ rootlesskit --version\nrootlesskit version 2.3.1\n';
  const argv = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 2229';
  for (const text of [
    `${rk}\nIt should look like this:\n\n${argv}\n`,
    `${rk}\nYou should then see:\n\n${argv}\n`,
    `${rk}\nThe daemon needs the flag, e.g. \`${argv}\`.\n`,
    `${rk}\nStart it with something like \`rootlesskit --net=pasta --port-driver=implicit dockerd\`.\n`,
    `${rk}\ndocker info should then show \`NetworkDriver: pasta\`.\n`,
  ])
    expect([analyze(text).facts.hostLoToNsLo, analyze(text).facts.networkDriver], text).toEqual([null, null]);
  // "My pasta looks like this:", and a command of the reader's own steps given "e.g." or "For example:".
  expect(analyze(`${rk}\nMy pasta looks like this:\n\n${argv}\n`).facts.hostLoToNsLo).toBe(true);
  expect(analyze(`${rk}\nI run it, e.g. \`${argv}\`.\n`).facts.hostLoToNsLo).toBe(true);
  expect(analyze(`${rk}\n1. Run a container, e.g. \`docker run -d -p 127.0.0.1:8080:80 nginx\`\n`).signals).toContain('published-loopback');
});

test.each([
  // Stack Overflow's "answered <date>" copied alone, the answerer's card under it: the answer above it ends there.
  ['so-rendered-answered-date-alone-closes-answer-above-argv-with-flag.txt', [16, 22]],
  // Right under the question's "asked …" and card nothing above can be an answer: the date opens the one below it.
  ['so-rendered-answered-date-after-question-card-opens-answer-below.txt', [15, 20]],
])("%s: an answer's \"answered <date>\" bounds it, and its pgrep row with the flag is not the asker's", (name, [from, to]) => {
  const r = analyze(fixture(name));
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.hostLoToNsLo]).toEqual(['affected', '2.3.1', null]);
  expect(cited(r).filter((n) => n >= from! && n <= to!)).toEqual([]);
});

test('an answer opened by "A (accepted):" ends at its "answered <date>" and card: an update after them with no mark of the asker\'s is the asker\'s', () => {
  const r = analyze(fixture('stackexchange-answer-answered-date-then-unmarked-update-upgraded-rootlesskit-2.3.2-flag.txt'));
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.hostLoToNsLo]).toEqual(['fixed', '2.3.2', true]);
  expect(r.evidence.rootlesskitVersion?.map((e) => e.line)).toEqual([16]);
});

test.each([
  // After a blank line that sets apart the reader's output at prompts, after the reader's lead-in, or, no start found, all but that output.
  ['own-output-then-copied-answer-footer-no-start-mark.txt', [9, 15]],
  ['own-output-lead-in-then-copied-answer-footer.txt', [10, 16]],
  ['own-output-run-into-copied-answer-footer-no-blank.txt', [0, 0]],
])("%s: an answer copied above its footer with no mark where it starts leaves the reader's own output before it", (name, [from, to]) => {
  const r = analyze(fixture(name));
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.portDriver]).toEqual(['affected', '2.3.1', 'pasta', 'implicit']);
  expect(r.findings.map((f) => f.id)).toContain('connection-reset-seen');
  expect(cited(r).filter((n) => n >= from! && n <= to!)).toEqual([]);
});

test('a lead-in ("someone answered:") starts the answer above a footer; a date under nothing but the reader\'s output opens the answer below it', () => {
  const argv = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 2079';
  const answer = `Upgrade to 2.3.2; pgrep -a pasta then shows:\n\n2087 ${argv}\n`;
  const rk = 'rootlesskit:\n Version: 2.3.1\n NetworkDriver: pasta\n PortDriver: implicit\n';
  for (const text of [`${rk}someone answered:\n${answer}Share\nImprove this answer\nFollow\n`, `$ docker info\n${rk}answered Jan 5 at 10:02\njdoe\n\n${answer}`])
    expect([analyze(text).verdict, analyze(text).facts.hostLoToNsLo], text).toEqual(['affected', null]);
});

test.each([
  ['quoted-reset-before-now-rootlesskit-2.3.2-curl-200.txt', false],
  ['quoted-reset-before-now-curl-http-200-only.txt', false],
  ['this-issue-shows-up-own-pasta-quoted-then-upgraded.txt', false],
  ['quoted-reset-before-now-rootlesskit-2.3.2-still-resets.txt', true],
  ['quoted-reset-before-now-uname-only-reset-kept.txt', true],
])("%s: a reset quoted from the reader's earlier post is the state before where the output under \"Now:\" shows a check that worked or the fixed state", (name, seen) => {
  const r = analyze(fixture(name));
  expect(r.findings.some((f) => f.id === 'connection-reset-seen')).toBe(seen);
  expect(analyzeWith(zhCn, fixture(name)).findings.some((f) => f.id === 'connection-reset-seen')).toBe(seen);
});
