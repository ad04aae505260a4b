// Review R135 M2 (task C34): a setup stated in one line of Chinese prose ("rootlesskit 版本是 2.3.1，pasta --version 输出 pasta …。") gave
// nothing. Each clause that states a version or a driver is now read, where nothing before it in its sentence makes it another's.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import type { Result } from '../../../src/engine/types.ts';

/** Each fact's first evidence as the text that decided it. */
const parts = (r: Result, keys: (keyof Result['facts'])[]) => Object.fromEntries(keys.map((k) => [k, r.evidence[k]?.[0]?.part?.text ?? null]));

test('versions stated clause by clause, a full stop glued to the last: each fact names its own clause', () => {
  const r = analyze('我的环境：Arch Linux，docker 27.3.1（rootless），rootlesskit 版本是 2.3.1，pasta --version 输出 pasta 2025_02_17.a1e48a0。');
  expect([r.facts.rootlesskitVersion, r.facts.pastaDate, r.facts.dockerClientVersion, r.facts.rootless]).toEqual(['2.3.1', '2025-02-17', '27.3.1', true]);
  expect(parts(r, ['rootlesskitVersion', 'pastaVersion'])).toEqual({
    rootlesskitVersion: 'rootlesskit 版本是 2.3.1',
    pastaVersion: 'pasta --version 输出 pasta 2025_02_17.a1e48a0',
  });
});

test("docker version's keys quoted in full-width brackets after a stated driver, parted by a full-width comma, decide the verdict", () => {
  const r = analyze('我这边没遇到这个问题。rootlesskit 版本是 2.3.1，网络驱动是 slirp4netns（docker version 里 NetworkDriver: slirp4netns，PortDriver: builtin），pasta 根本没装。');
  expect([r.verdict, r.certainty, r.facts.networkDriver, r.facts.portDriver]).toEqual(['not-affected', 'confirmed', 'slirp4netns', 'builtin']);
});

test("another's versions, a condition, the past, a question, and an issue form's fields or a list (setups written by hand, offered as answers) state no fact", () => {
  for (const text of [
    '看了 issue，说是 rootlesskit 2.3.2 修复了，docker 27.5.1 开始自带 rootlesskit 2.3.2。',
    '如果 rootlesskit 版本是 2.3.1，pasta --version 输出 pasta 2025_02_17.a1e48a0，就会 reset。',
    '我之前 rootlesskit 版本是 2.3.1，升级到 2.3.2 就好了。',
    '楼主的环境：rootlesskit 版本是 2.3.1，网络驱动是 pasta。',
    'rootlesskit 版本是 2.3.2？',
    'rootlesskit 版本是 2.3.2，就没有这个问题。',
    'docker版本：27.3.1\nrootlesskit版本：2.3.1\n网络驱动：pasta',
    'docker 27.3.1，rootlesskit 2.3.1，pasta',
  ]) {
    const r = analyze(text);
    expect([text, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.pastaDate, r.facts.dockerClientVersion]).toEqual([text, null, null, null, null]);
  }
});

// Task C35: the same setup stated in English sentences ("My rootlesskit version is 2.3.1 and pasta is 2025_01_21.", "I'm running rootless
// Docker 27.3.1 with pasta") gave nothing. Its clauses are read as the Chinese ones are, with the same guardrails in English.
test('English clauses of the reader\'s setup: each fact names its own clause, and a clause with no word of its own goes on with the sentence before', () => {
  const r = analyze('My rootlesskit version is 2.3.1 and pasta is 2025_01_21. Docker 27.3.1.\nNetworkDriver is pasta.');
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.pastaDate, r.facts.dockerClientVersion, r.facts.networkDriver]).toEqual(['affected', '2.3.1', '2025-01-21', '27.3.1', 'pasta']);
  expect(parts(r, ['rootlesskitVersion', 'pastaVersion', 'dockerClientVersion', 'networkDriver'])).toEqual({
    rootlesskitVersion: 'My rootlesskit version is 2.3.1',
    pastaVersion: 'pasta is 2025_01_21',
    dockerClientVersion: 'Docker 27.3.1',
    networkDriver: 'NetworkDriver is pasta',
  });
});

test('a lead-in, "here", a command\'s output quoted and docker\'s keys named after it state the setup', () => {
  const cases: [string, Partial<Result['facts']>][] = [
    ["I'm running rootless Docker 27.3.1 with pasta", { rootless: true, dockerClientVersion: '27.3.1', networkDriver: 'pasta' }],
    ['rootlesskit 2.3.1 here', { rootlesskitVersion: '2.3.1' }],
    ['rootlesskit --version says rootlesskit version 2.3.1', { rootlesskitVersion: '2.3.1' }],
    ['`pasta --version` prints pasta 2025_02_17.a1e48a0', { pastaDate: '2025-02-17' }],
    ['docker version shows PortDriver: implicit', { portDriver: 'implicit' }],
    ["I'm on Ubuntu 24.04 with rootless Docker 27.3.1, using slirp4netns.", { dockerClientVersion: '27.3.1', networkDriver: 'slirp4netns' }],
  ];
  for (const [text, facts] of cases) expect([text, analyze(text).facts]).toMatchObject([text, facts]);
});

test("the reader's output beats their own word: docker version's RootlessKit 2.3.1 over a stated 2.3.2, pasta's stated version still read", () => {
  const r = analyze('My rootlesskit version is 2.3.2 and pasta is 2025_01_21.\n\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta');
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.pastaDate]).toEqual(['affected', '2.3.1', '2025-01-21']);
});

test("another's setup stated in a quote under their lead-in is set aside where the reader states their own (others-quote.ts)", () => {
  const r = analyze("@mira wrote:\n> I'm running rootless Docker 27.3.1 with pasta.\n> My rootlesskit version is 2.3.1.\n\nMy rootlesskit version is 2.3.2 and NetworkDriver is pasta.");
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.dockerClientVersion, r.facts.rootless]).toEqual(['fixed', '2.3.2', 'pasta', null, null]);
});

test("English: a condition, a fix or a threshold, a plan, another's word, the past, a question, a negative, a driver with no lead-in and a list state no fact", () => {
  for (const text of [
    "If you're on rootlesskit 2.3.1 with pasta, it resets.",
    'Unless your NetworkDriver is pasta, it works.',
    'It was fixed in rootlesskit 2.3.2.',
    'Since Docker 27.5.1 rootlesskit is 2.3.2.',
    'pasta requires rootlesskit 2.3.2 at least.',
    'rootlesskit >= 2.3.2 is fine.',
    'Docker 28.0.1 bundles rootlesskit 2.3.2.',
    "I'll upgrade to Docker 28.0.1.",
    'Should I update to rootlesskit 2.3.2?',
    'I tried downgrading to rootlesskit 2.3.1.',
    'He says rootlesskit is 2.3.1.',
    "The OP's rootlesskit version is 2.3.1.",
    'The changelog says pasta is 2025_01_21.',
    'My rootlesskit was 2.3.1 before.',
    'I used to run Docker 27.3.1 with pasta.',
    'Previously my rootlesskit is 2.3.1.',
    'Is rootlesskit 2.3.1 affected?',
    "I'm not using pasta.",
    "NetworkDriver isn't slirp4netns.",
    'With pasta, rootlesskit 2.3.1 resets.',
    'docker 27.3.1, rootlesskit 2.3.1, pasta',
  ]) {
    const r = analyze(text);
    expect([text, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.pastaDate, r.facts.dockerClientVersion]).toEqual([text, null, null, null, null]);
  }
});

// Review R136 (task C35b): English setups with an aside ("according to `rootlesskit --version`", "from the distro", "on Arch", "if that
// matters", "EDIT:"), a lead-in of another form ("Currently on", "Mine is", "on Docker 26.1.4 rootless") or RootlessKit's options quoted
// in prose were still unread.
test('an aside around a clause, "Currently on", "Mine is", "… rootless" and the options quoted after a lead-in state the setup', () => {
  const cases: [string, Partial<Result['facts']>][] = [
    ["I'm running rootless Docker 27.3.1 with pasta on Arch (set via the usual override.conf).", { dockerServerVersion: '27.3.1', networkDriver: 'pasta' }],
    ['My rootlesskit is 2.3.4 according to `rootlesskit --version`.', { rootlesskitVersion: '2.3.4' }],
    ['Currently on rootless Docker 27.4.1 with pasta. pasta is 2024_12_11.09478d5 from the distro.', { rootlesskitVersion: '2.3.1', pastaDate: '2024-12-11' }],
    ['Mine is rootlesskit 2.0.2 on Docker 26.1.4 rootless (the static tarball), started with --net=pasta --port-driver=implicit via DOCKERD_ROOTLESS_ROOTLESSKIT_NET.', { rootlesskitVersion: '2.0.2', dockerServerVersion: '26.1.4', networkDriver: 'pasta', portDriver: 'implicit' }],
    ['EDIT: `pasta --version` prints `pasta 0^20250919.g623dbf6-1.fc42.x86_64-pasta` if that matters.', { pastaDate: '2025-09-19' }],
    ['For context, my rootlesskit is 2.3.4 from the distro package.', { rootlesskitVersion: '2.3.4' }],
    // Arch's own Docker build bundles its own RootlessKit: the system is told, and RootlessKit is asked, not taken from Docker's release.
    ["I'm running rootless Docker 27.3.1 with pasta on Arch.", { operatingSystem: 'Arch Linux', networkDriver: 'pasta', rootlesskitVersion: null }],
  ];
  for (const [text, facts] of cases) expect([text, analyze(text).facts]).toMatchObject([text, facts]);
  const r = analyze('Mine is rootlesskit 2.0.2 on Docker 26.1.4 rootless, started with --net=pasta --port-driver=implicit.');
  expect(parts(r, ['rootlesskitVersion', 'dockerServerVersion', 'networkDriver'])).toEqual({
    rootlesskitVersion: 'rootlesskit 2.0.2',
    dockerServerVersion: 'on Docker 26.1.4 rootless',
    networkDriver: 'started with --net=pasta --port-driver=implicit',
  });
});

test("English asides and lead-ins keep the guardrails: another's word, a question, a plan, the past and options with no lead-in state no fact", () => {
  for (const text of [
    'my rootlesskit is 2.3.1 according to him.',
    'EDIT: rootlesskit is 2.3.4 according to the changelog.',
    'My rootlesskit is 2.3.1 if that matters?',
    'If that matters, my rootlesskit is 2.3.1.',
    "Currently on rootless Docker 27.4.1, I'll upgrade soon.",
    'Update: I upgraded to rootlesskit 2.3.4.',
    'pasta is 2024_12_11.09478d5 from the docs.',
    'Mine was rootlesskit 2.3.1 on Docker 27.3.1 rootless.',
    'Yours is rootlesskit 2.3.1 on Docker 27.3.1 rootless.',
    '@bob said his 2.3.6 works too.',
    'Started with --net=pasta --port-driver=implicit.',
  ]) {
    const r = analyze(text);
    expect([text, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.pastaDate, r.facts.dockerClientVersion]).toEqual([text, null, null, null, null]);
  }
});

// Review R136 02 and 05 whole, as tests rather than fixtures: property.test.ts's damage parts a sentence from what decides it. A hard wrap
// (fold -w 72) leaves 02's "my own box: rootless Docker 28.1.1" on a line without the "a while ago" that makes its sentence not read; a
// word wrap before an argv's flags (fold -s) takes 05's "--net=pasta --port-driver=implicit" for an argv and breaks it from its lead-in.
test('"My rootlesskit is 2.3.4 according to `rootlesskit --version`." decides, not the question about 2.3.1 before it', () => {
  const r = analyze(
    [
      'Quick question before I file anything: is rootlesskit 2.3.1 affected by the localhost port reset thing (moby#48838)? I read somewhere that the fix landed in 2.3.2.',
      '',
      'For context, my own box: rootless Docker 28.1.1 from docker-ce, network driver pasta (I set DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta and PORT_DRIVER=implicit a while ago). My rootlesskit is 2.3.4 according to `rootlesskit --version`. So far -p 127.0.0.1:5432:5432 works fine for me, I just want to know whether the people on my team who are still on older versions need to do anything.',
    ].join('\n'),
  );
  expect([r.verdict, r.certainty, r.facts.rootlesskitVersion, r.facts.networkDriver]).toEqual(['fixed', 'confirmed', '2.3.4', 'pasta']);
  expect(parts(r, ['rootlesskitVersion'])).toEqual({ rootlesskitVersion: 'My rootlesskit is 2.3.4' });
});

test("the reader's \"Mine is …, started with --net=pasta --port-driver=implicit\" decides, beside another's setup quoted and told", () => {
  const r = analyze(
    [
      'Re: rootless docker + pasta, ports on localhost not reachable',
      '',
      '> @alice wrote: my rootlesskit is 2.3.5 and everything works, did you try upgrading?',
      '',
      "Thanks, but upgrading isn't straightforward here, this is a locked-down Debian-based image we get from IT. @bob said his 2.3.6 works too.",
      '',
      'Mine is rootlesskit 2.0.2 on Docker 26.1.4 rootless (the static tarball), started with --net=pasta --port-driver=implicit via DOCKERD_ROOTLESS_ROOTLESSKIT_NET / _PORT_DRIVER. `pasta --version` prints `pasta 2024_11_21.238c69f` (we build passt ourselves).',
      '',
      'curl -v http://127.0.0.1:3000 gives "Recv failure: Connection reset by peer" every time.',
    ].join('\n'),
  );
  expect([r.verdict, r.certainty, r.facts.rootlesskitVersion, r.facts.dockerServerVersion, r.facts.networkDriver, r.facts.portDriver, r.facts.pastaDate]).toEqual([
    'affected',
    'confirmed',
    '2.0.2',
    '26.1.4',
    'pasta',
    'implicit',
    '2024-11-21',
  ]);
  expect(r.evidence.rootlesskitVersion!.map((e) => e.line)).toEqual([7]);
});

// Review R136 06 whole, as a test rather than a fixture: share.test.ts's link round trip gives it the port driver implicit where the paste
// itself leaves the port driver unknown.
test('"My setup: Debian 12 (bookworm), rootless Docker 27.3.1 from download.docker.com with pasta": RootlessKit 2.3.1 from the daemon\'s release', () => {
  const r = analyze(
    [
      "Is 2.3.1 affected? I keep reading about moby#48838 but I can't reproduce it.",
      "",
      "My setup: Debian 12 (bookworm), rootless Docker 27.3.1 from download.docker.com with pasta (override.conf sets DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta and DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit). `pasta --version` just prints `pasta unknown version`, and dpkg says:",
      "",
      "    ii  passt          0.0~git20230309.7c7625d-1 amd64        user-mode networking daemons for virtual machines and namespaces",
      "",
      "`docker run -p 127.0.0.1:8080:80 nginx` and `curl 127.0.0.1:8080` work fine for me. Am I just lucky?",
    ].join('\n'),
  );
  expect([r.verdict, r.facts.dockerServerVersion, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.pastaDate]).toEqual(['not-affected', '27.3.1', '2.3.1', 'pasta', '2023-03-09']);
});

// Task C40: the English guards were single words as common as "like", "last", "no" and "ago", and left the reader's own sentence
// unread ("set up a while ago", "no custom flags"). Each is now the phrase that makes a sentence another's, an example, the past or a negative.
test('a common word is no guard: "set up a while ago", "no custom flags", "the last build", "I like it" leave the sentence the reader\'s', () => {
  const cases: [string, Partial<Result['facts']>][] = [
    ['My own box: rootless Docker 28.1.1, set up a while ago, rootlesskit 2.3.1, pasta.', { rootless: true, dockerServerVersion: '28.1.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' }],
    ["I'm running rootless Docker 27.3.1 with pasta, no custom flags.", { dockerServerVersion: '27.3.1', networkDriver: 'pasta' }],
    ['My rootlesskit is 2.3.1 (the last build Debian has).', { rootlesskitVersion: '2.3.1' }],
    ['rootlesskit 2.3.1 here, and I like pasta.', { rootlesskitVersion: '2.3.1' }],
  ];
  for (const [text, facts] of cases) expect([text, analyze(text).facts]).toMatchObject([text, facts]);
});

test('the narrowed guards hold: a likeness or an example, a negative of the driver or the version, a sentence opened in the past', () => {
  for (const text of [
    'My rootlesskit is 2.3.1 or something like that.',
    'My rootlesskit is 2.3.4, looks like.',
    'My NetworkDriver is pasta, like this:',
    'rootlesskit 2.3.1 here, no pasta.',
    'Docker 27.3.1 here, no rootlesskit.',
    'A month ago, rootlesskit 2.3.1 here.',
    'My rootlesskit is no longer 2.3.1.',
  ]) {
    const r = analyze(text);
    expect([text, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.pastaDate, r.facts.dockerClientVersion]).toEqual([text, null, null, null, null]);
  }
});

// Task C40: "my rootlesskit 2.3.1" with no verb, and the system before the tools ("Currently on Arch with rootlesskit 2.3.1 and pasta"),
// were unread.
test('"my rootlesskit 2.3.1", "our pasta 2025_02_17" and "Currently on Arch with rootlesskit 2.3.1 and pasta" state the setup', () => {
  const cases: [string, Partial<Result['facts']>][] = [
    ['my rootlesskit 2.3.1', { rootlesskitVersion: '2.3.1' }],
    ['our pasta 2025_02_17', { pastaDate: '2025-02-17' }],
    ['Currently on Arch with rootlesskit 2.3.1 and pasta', { operatingSystem: 'Arch Linux', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' }],
    ['Currently on Fedora with rootlesskit 2.3.1 and pasta.', { rootlesskitVersion: '2.3.1', networkDriver: 'pasta' }],
  ];
  for (const [text, facts] of cases) expect([text, analyze(text).facts]).toMatchObject([text, facts]);
  expect(parts(analyze('Currently on Arch with rootlesskit 2.3.1 and pasta.'), ['operatingSystem', 'rootlesskitVersion'])).toEqual({ operatingSystem: 'Arch', rootlesskitVersion: 'with rootlesskit 2.3.1' });
});

test('a tool\'s version that names a thing ("my rootlesskit 2.3.1 question") or a fix on a system ("on Arch with 2.3.2 it is fixed") states no setup', () => {
  for (const text of ['my rootlesskit 2.3.1 question', 'Back to our pasta 2025_02_17 issue, any news?', 'on Arch with 2.3.2 it is fixed', 'On Arch with rootlesskit 2.3.2 it is fixed.']) {
    const r = analyze(text);
    expect([text, r.facts.rootlesskitVersion, r.facts.operatingSystem, r.facts.pastaDate]).toEqual([text, null, null, null]);
  }
});

// Task C46: in a chat log, a helper's "I'm on rootlesskit 2.3.4 …" was read as the asker's setup, and "no problems" guarded every sentence
// for it (review R136 25); the log is about the machine of the one who opened it.
test("in a chat log only the sentences of the speaker who opened it state the setup; another's are theirs, and a lone speaker's are read", () => {
  const helper = "I'm on rootlesskit 2.3.4 with pasta 2025_03_20.32f6212.";
  const logs = [
    `[10:02] <jonas> I'm on rootlesskit 2.3.1.\n[10:03] <mkr> ${helper}\n`,
    `Jonas Weber  10:02 AM\nI'm on rootlesskit 2.3.1.\nMika R  10:03 AM\n${helper}\n`,
    `[10:02] Jonas:\nI'm on rootlesskit 2.3.1.\n[10:03] Mika:\n${helper}\n`,
  ];
  for (const log of logs) expect([log, analyze(log).facts.rootlesskitVersion, analyze(log).facts.pastaDate]).toEqual([log, '2.3.1', null]);
  const alone = "I'm on rootlesskit 2.3.4 with pasta 2025_03_20.32f6212, no problems.";
  expect(analyze(`[10:03] <mkr> ${alone}\n`).facts.rootlesskitVersion).toBe('2.3.4');
  expect(analyze(alone).facts.pastaDate).toBe('2025-03-20');
});

// Task C53: a helper's "I upgraded to rootlesskit 2.3.2" told the asker that they had upgraded since.
test("in a chat log another speaker's upgrade is theirs; the asker's own still counts", () => {
  const since = (text: string) => analyze(text).findings.find((f) => f.id === 'affected')?.detail.includes('since upgraded to RootlessKit 2.3.2');
  const asked = "[10:02] <jonas> ports on 127.0.0.1 reset\n[10:03] <jonas> I'm on rootlesskit 2.3.1, using pasta.\n";
  expect(since(`${asked}[10:05] <mkr> I upgraded to rootlesskit 2.3.2 last week and it works for me.\n`)).toBe(false);
  expect(since(`Jonas Weber  10:02 AM\nI'm on rootlesskit 2.3.1, using pasta.\nMika R  10:04 AM\nI've upgraded to rootlesskit 2.3.2 and it works for me.\n`)).toBe(false);
  expect(since(`${asked}[10:05] <mkr> 2.3.2 has the fix.\n[10:40] <jonas> I upgraded to rootlesskit 2.3.2 and restarted, same reset.\n`)).toBe(true);
});

// Task C53: a helper's own version, shown as output ("rootlesskit version 2.3.4") or in a "mine:" list ("rootlesskit 2.3.4", a package
// list's line), outranked the asker's stated 2.3.1 and gave fixed.
test("in a chat log another speaker's version never outranks the asker's; the asker's own output is read", () => {
  const asked = "[10:02] <jonas> ports on 127.0.0.1 reset\n[10:03] <jonas> I'm on rootlesskit 2.3.1, using pasta.\n";
  for (const helper of ['[10:05] <mkr> $ rootlesskit --version\n[10:05] <mkr> rootlesskit version 2.3.4\n', '[10:05] <mkr> mine:\n[10:05] <mkr> rootlesskit 2.3.4\n']) {
    const r = analyze(asked + helper);
    expect([helper, r.verdict, r.facts.rootlesskitVersion]).toEqual([helper, 'affected', '2.3.1']);
  }
  const slack = "Jonas Weber  10:02 AM\nI'm on rootlesskit 2.3.1, using pasta.\nMika R  10:04 AM\nmine:\nrootlesskit 2.3.4\n";
  expect([analyze(slack).verdict, analyze(slack).facts.rootlesskitVersion]).toEqual(['affected', '2.3.1']);
  expect(analyze('[10:02] <jonas> ports on 127.0.0.1 reset\n[10:03] <mkr> mine is rootlesskit 2.3.4.\n[10:04] <jonas> rootlesskit version 2.3.1\n').facts.rootlesskitVersion).toBe('2.3.1');
  // A helper who speaks first and asks: the output after is still read.
  expect(analyze('[10:00] <mkr> jonas: paste rootlesskit --version\n[10:01] <jonas> rootlesskit version 2.3.1\n').facts.rootlesskitVersion).toBe('2.3.1');
});

// Task C61: a helper who opened the log by asking ("<mkr> jonas: paste …") was taken for the asker, so the asker's output was dropped
// below the helper's words; and a fact the asker shows none of (pasta's version) was taken from a helper's output.
test("in a chat log the asker is whom an opening message addresses; another speaker's fact the asker lacks is theirs", () => {
  const opened = [
    '[10:00] <mkr> jonas: paste rootlesskit --version, mine is rootlesskit 2.3.4\n[10:01] <jonas> rootlesskit version 2.3.1\n',
    'Mika R  10:00 AM\n@Jonas paste rootlesskit --version, mine is rootlesskit 2.3.4\nJonas Weber  10:01 AM\nrootlesskit version 2.3.1\n',
  ];
  for (const log of opened) expect([log, analyze(log).facts.rootlesskitVersion]).toEqual([log, '2.3.1']);
  const asked = '[10:02] <jonas> ports on 127.0.0.1 reset\n[10:03] <jonas> rootlesskit version 2.3.1\n';
  for (const helper of ['[10:05] <mkr> $ pasta --version\n[10:05] <mkr> pasta 2025_03_20.32f6212\n', '[10:05] <mkr> mine:\n[10:05] <mkr> - pasta 2025_03_20.32f6212\n']) {
    expect([helper, analyze(asked + helper).facts.pastaDate]).toEqual([helper, null]);
  }
  // The asker answering the helper by name later stays the asker.
  expect(analyze(`${asked}[10:04] <mkr> pasta --version?\n[10:05] <jonas> mkr: here\n[10:05] <jonas> pasta 2025_01_21.4f2c8e7\n`).facts.pastaDate).toBe('2025-01-21');
});

// Task C61: a Slack or IRC log that lost its newlines is one paste line. Slack's "Name  10:42 AM" heads (two blanks of their own) were
// not cut apart, and every piece was taken for one speaker's.
test("a chat log that lost its newlines keeps each message's speaker", () => {
  const slack = ['Jonas Weber  10:02 AM', "I'm on rootlesskit 2.3.1, using pasta.", 'Mika R  10:04 AM', 'mine is rootlesskit 2.3.4, using pasta 2025_03_20.32f6212.'];
  const irc = ["[10:02] <jonas> I'm on rootlesskit 2.3.1, using pasta.", '[10:05] <mkr> $ rootlesskit --version', '[10:05] <mkr> rootlesskit version 2.3.4'];
  for (const log of [slack, irc].map((l) => l.join('  '))) {
    const r = analyze(log);
    expect([log, r.verdict, r.facts.rootlesskitVersion, r.facts.pastaDate]).toEqual([log, 'affected', '2.3.1', null]);
  }
  // Two speakers' docker version on the one paste line, which no machine tells apart: the asker's.
  const version = (v: string) => ` rootlesskit:\n  Version:          ${v}\n  NetworkDriver:    pasta\n  PortDriver:       implicit`;
  const two = `Alice Chen  10:42 AM\nhere's my docker version\n${version('2.3.1')}\nBob K  10:44 AM\nmine:\n${version('2.3.4')}`;
  expect(analyze(two.split('\n').join('  ')).facts.rootlesskitVersion).toBe('2.3.1');
  // An IRC log's indented output, cut before each key, leaves its speaker alone after the time ("[10:07] <jonas>"): still the asker's.
  const info = ['[10:05] <jonas> Client:', '[10:05] <jonas>  Version:    27.3.1', '[10:06] <mkr> and docker version?'];
  const part = ['[10:07] <jonas>  rootlesskit:', '[10:07] <jonas>   Version:          2.3.1', '[10:07] <jonas>   NetworkDriver:    pasta'];
  expect(analyze([...info, ...part].join('  ')).facts.rootlesskitVersion).toBe('2.3.1');
});

// Task C53: Matrix's speakers. Element's exported chat ("<date>, <time> - <sender>: <message>", element-web's PlainTextExport.ts) and a
// bridge's relay of Matrix users into IRC ("<m-relay> <kai:matrix.org> …") were read as no speaker's, or all as one's.
test("in Element's exported chat and a Matrix bridge's relay, only the sender who opened it states the setup", () => {
  const helper = "I'm on rootlesskit 2.3.4 with pasta 2025_03_20.32f6212.";
  const logs = [
    `4/15/2025, 4:48:51\u202fPM - Jonas Weber: I'm on rootlesskit 2.3.1.\n4/15/2025, 4:50:02\u202fPM - @mkr:matrix.org: ${helper}\n`,
    `15.4.2025, 16:48:51 - @jonas:matrix.org: I'm on rootlesskit 2.3.1.\n15.4.2025, 16:50:02 - Mika: hi\n${helper}\n`,
    `17:11:39 <m-relay> <jonas:matrix.org> I'm on rootlesskit 2.3.1.\n17:12:02 <m-relay> <mkr:matrix.org> ${helper}\n`,
    `[17:11] <m-relay> <jonas:matrix.org> I'm on rootlesskit 2.3.1.\n[17:12] <m-relay> <mkr:matrix.org> ${helper}\n`,
    `<jonas[m]> I'm on rootlesskit 2.3.1.\n<mkr[m]> ${helper}\n`,
    `17:11:39 <jonas> I'm on rootlesskit 2.3.1.\n17:12:02 <mkr> ${helper}\n`,
  ];
  for (const log of logs) expect([log, analyze(log).facts.rootlesskitVersion, analyze(log).facts.pastaDate]).toEqual([log, '2.3.1', null]);
  // A lone sender's own words are read; two senders' output is two machines', named by their senders.
  expect(analyze(`4/15/2025, 4:50:02 PM - @mkr:matrix.org: ${helper}\n`).facts.pastaDate).toBe('2025-03-20');
  const split = analyze('15.4.2025, 16:48:51 - Alice: mine\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n15.4.2025, 16:50:02 - Bob: mine\n rootlesskit:\n  Version:          2.3.4\n  NetworkDriver:    pasta\n');
  expect(split.findings.find((f) => f.id === 'machines-apart')?.detail).toContain('2.3.1 for Alice, 2.3.4 for Bob');
});

// Task C61: a relayed Matrix user before output's indentation ("<m-relay> <jonas:matrix.org>  Version: …") stayed on the line.
test("a bridge's relay and the Matrix user it relays are taken off before output's indentation", () => {
  const part = ' rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n  PortDriver:       implicit';
  for (const head of ['[10:05] <m-relay> <jonas:matrix.org> ', '17:11:39 <m-relay> <@jonas:matrix.org> ', '<br-m> <jonas:matrix.org> ']) {
    const r = analyze(`${head}docker version says:\n${part.split('\n').map((l) => head + l).join('\n')}\n`);
    expect([head, r.facts.rootlesskitVersion, r.facts.networkDriver]).toEqual([head, '2.3.1', 'pasta']);
  }
});

// Task C61: Element's export in a locale that writes the year first (sv-SE "2025-04-15 16:48:51", zh-CN "2025/4/15 16:48:51", en-CA
// "2025-04-15, 4:48:51 p.m.") lost its date to a log's ISO timestamp, and its sender stayed on every line.
test("Element's exported chat with its date year first: only the sender who opened it states the setup", () => {
  const helper = "I'm on rootlesskit 2.3.4 with pasta 2025_03_20.32f6212.";
  for (const [a, b] of [['2025-04-15 16:48:51', '2025-04-15 16:50:02'], ['2025/4/15 16:48:51', '2025/4/15 16:50:02'], ['2025-04-15, 4:48:51 p.m.', '2025-04-15, 4:50:02 p.m.']]) {
    const r = analyze(`${a} - Jonas Weber: I'm on rootlesskit 2.3.1.\n${b} - @mkr:matrix.org: ${helper}\n`);
    expect([a, r.facts.rootlesskitVersion, r.facts.pastaDate]).toEqual([a, '2.3.1', null]);
  }
});

// Review R141 11 (task C57): "我的 rootlesskit 是 2.3.1，pasta 是 2025_01_21.4f2c8e7-2-gdd6a685" gave nothing: a bare "我的" was no label,
// and pasta's version was no clause of the kind.
test('Chinese: "我的", "我用的", "我装的", "我这里的" label the reader\'s clause, and "pasta 是 …" states pasta\'s version as it prints it', () => {
  const r = analyze('我的 rootlesskit 是 2.3.1，pasta 是 2025_01_21.4f2c8e7-2-gdd6a685（自己编译的）。');
  expect([r.facts.rootlesskitVersion, r.facts.pastaVersion, r.facts.pastaDate]).toEqual(['2.3.1', '2025_01_21.4f2c8e7-2-gdd6a685', '2025-01-21']);
  expect(parts(r, ['rootlesskitVersion', 'pastaVersion'])).toEqual({ rootlesskitVersion: 'rootlesskit 是 2.3.1', pastaVersion: 'pasta 是 2025_01_21.4f2c8e7-2-gdd6a685' });
  const cases: [string, Partial<Result['facts']>][] = [
    ['我用的 rootlesskit 是 2.3.1', { rootlesskitVersion: '2.3.1' }],
    ['我装的 pasta 是 2025_02_17.a1e48a0', { pastaDate: '2025-02-17' }],
    ['我这里的 docker 是 27.3.1', { dockerClientVersion: '27.3.1' }],
    ['我的rootlesskit是2.3.1', { rootlesskitVersion: '2.3.1' }],
  ];
  for (const [text, facts] of cases) expect([text, analyze(text).facts]).toMatchObject([text, facts]);
});

test('Chinese: the reader\'s label keeps the guards: a negative, a question, a plan or an upgrade state no fact', () => {
  for (const text of [
    '我的 rootlesskit 不是 2.3.1',
    '我的 rootlesskit 是 2.3.1 吗',
    '我用的 pasta 是 2025_02_17.a1e48a0，会受影响吗',
    '我的 rootlesskit 是 2.3.1，受影响吗？',
    'rootlesskit 版本是 2.3.1，打算换成 2.3.4。',
    '我这里的 docker 是 27.3.1，计划换成 28.0.1。',
    '我的 pasta 会升级到 2025_02_17',
  ]) {
    const r = analyze(text);
    expect([text, r.facts.rootlesskitVersion, r.facts.pastaDate, r.facts.dockerClientVersion]).toEqual([text, null, null, null]);
  }
});

// Review R141 12 (task C57): Japanese lines went to the Chinese grammar, which knew none of their words.
test('Japanese: "rootlesskit は 2.3.4 です", "rootlesskit のバージョンは 2.3.1 で、pasta は 2025_02_17 です" state the setup; a question, a negative, a plan do not', () => {
  const cases: [string, Partial<Result['facts']>][] = [
    ['rootlesskit は 2.3.4 です（rootlesskit --version で確認済み）。', { rootlesskitVersion: '2.3.4' }],
    ['私の rootlesskit のバージョンは 2.3.1 で、pasta は 2025_02_17 です。', { rootlesskitVersion: '2.3.1', pastaDate: '2025-02-17' }],
    ['pasta は 2025_02_17 です', { pastaDate: '2025-02-17' }],
  ];
  for (const [text, facts] of cases) expect([text, analyze(text).facts]).toMatchObject([text, facts]);
  for (const text of [
    'rootlesskit は 2.3.1 ですか？',
    'rootlesskit は 2.3.1、pasta は 2025_02_17 でしょうか。',
    'rootlesskit のバージョンは 2.3.1 ではありません。',
    'rootlesskit は 2.3.1、pasta は 2025_02_17 じゃないです。',
    'pasta は 2025_02_17、rootlesskit は来週 2.3.4 にアップグレードします。',
    'rootlesskit は 2.3.1、2.3.4 にする予定です。',
  ]) {
    const r = analyze(text);
    expect([text, r.facts.rootlesskitVersion, r.facts.pastaDate]).toEqual([text, null, null]);
  }
});

// Review R141 07(b) (task C57): a phone's autocorrect writes "rootless kit", and a greeting before it ended the sentence's reading.
test('English: autocorrect\'s "rootless kit", "Rootless Kit", "rootless-kit" after a greeting state RootlessKit\'s version; its guards hold', () => {
  const cases: [string, Partial<Result['facts']>][] = [
    ['Hi, rootless kit version 2.3.4 here (I checked).', { rootlesskitVersion: '2.3.4' }],
    ['my rootless kit is 2.3.1', { rootlesskitVersion: '2.3.1' }],
    ['Hello, My Rootless Kit is 2.3.1.', { rootlesskitVersion: '2.3.1' }],
    ['my rootless-kit is 2.3.1', { rootlesskitVersion: '2.3.1' }],
  ];
  for (const [text, facts] of cases) expect([text, analyze(text).facts]).toMatchObject([text, facts]);
  for (const text of ['Hi all, is Rootless Kit 2.3.1 affected?', 'My rootless-kit was 2.3.1 before.', 'If your rootless kit is 2.3.1, upgrade.']) {
    expect([text, analyze(text).facts.rootlesskitVersion, analyze(text).facts.slirp4netnsVersion]).toEqual([text, null, null]);
  }
});

// Task C63: "rootlesskit 2.3.4，打算下周装" was read as pacman -Q's "name version" row (packages.ts), its plan glued on after the version.
test('a plan or a wish in Chinese or Japanese states no version, even glued to it; the statement beside no plan still does', () => {
  for (const text of [
    'rootlesskit 2.3.4，打算下周装',
    'rootlesskit 2.3.4，下周装',
    '我的 rootlesskit 是 2.3.1，想换成 2.3.4',
    '我的 rootlesskit 是 2.3.1，明天升到 2.3.4',
    'rootlesskit は 2.3.1 です、2.3.4 にするつもりです',
    'pasta は 2025_01_21 を使用していますが、rootlesskit は来週 2.3.4 を入れたいです',
  ]) {
    const r = analyze(text);
    expect([text, r.facts.rootlesskitVersion, r.facts.pastaDate]).toEqual([text, null, null]);
  }
  expect(analyze('我的 rootlesskit 是 2.3.1，pasta 是 2025_01_21.4f2c8e7').facts).toMatchObject({ rootlesskitVersion: '2.3.1', pastaDate: '2025-01-21' });
  expect(analyze('rootlesskit 2.3.4-1').facts.rootlesskitVersion).toBe('2.3.4');
});

test('Japanese "を使っています" and Korean "입니다", "사용 중", "쓰고 있습니다" state the setup; a question, a negative, a plan or another\'s do not', () => {
  const cases: [string, Partial<Result['facts']>][] = [
    ['rootlesskit 2.3.4 を使っています。pasta は 2025_01_21.4f2c8e7 を使用しています。', { rootlesskitVersion: '2.3.4', pastaDate: '2025-01-21' }],
    ['rootlesskit 2.3.4 を使ってます', { rootlesskitVersion: '2.3.4' }],
    ['제 rootlesskit 버전은 2.3.1이고, pasta는 2025_01_21.4f2c8e7 사용 중입니다.', { rootlesskitVersion: '2.3.1', pastaDate: '2025-01-21' }],
    ['rootlesskit 버전은 2.3.1입니다', { rootlesskitVersion: '2.3.1' }],
    ['rootlesskit 2.3.1을 쓰고 있습니다', { rootlesskitVersion: '2.3.1' }],
    // An English sentence with a Korean word in it is still English.
    ['My rootlesskit is 2.3.1 (감사합니다)', { rootlesskitVersion: '2.3.1' }],
  ];
  for (const [text, facts] of cases) expect([text, analyze(text).facts]).toMatchObject([text, facts]);
  for (const text of [
    'rootlesskit 2.3.4 を使っていますか？',
    'rootlesskit 2.3.4 を使っていません',
    'rootlesskit 2.3.4 を使っていました',
    '友達は rootlesskit 2.3.4 を使っています',
    'rootlesskit 버전은 2.3.1입니까?',
    'rootlesskit 버전은 2.3.1이 아닙니다',
    'rootlesskit 버전은 2.3.1이고, 다음 주에 2.3.4로 업그레이드할 예정입니다',
    'rootlesskit 버전은 2.3.1이고, 영향이 있을까요',
    'rootlesskit 버전이 2.3.1이면 영향을 받나요?',
    '친구는 rootlesskit 2.3.1을 쓰고 있습니다',
    '이전에는 rootlesskit 2.3.1 사용 중이었습니다',
  ]) {
    const r = analyze(text);
    expect([text, r.facts.rootlesskitVersion, r.facts.pastaDate]).toEqual([text, null, null]);
  }
});
