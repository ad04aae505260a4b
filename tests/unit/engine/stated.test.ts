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
