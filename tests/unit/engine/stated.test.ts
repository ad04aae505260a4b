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
