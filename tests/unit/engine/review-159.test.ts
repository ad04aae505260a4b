// What review R159 (the checker in the browser, used as a demanding reader would) found in the engine's share links and answers.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { decodeShare, encodeShare } from '../../../src/engine/share.ts';

const opened = (fragment: string) => analyze('', { answers: decodeShare(fragment) });

test("a link's pasta version decides pasta's date: without the date, or with another, it reads as the version says (R159 H1, HIGH)", () => {
  const fedora = 'v=1&rootless=1&docker=27.3.1&pkg=docker&rk=2.3.1&net=pasta&pv=0%5E20240906.g6b38f07-1.fc40.x86_64-pasta';
  // As Copy link makes it, then with its date taken off (the facts list's ×), then with another date.
  for (const fragment of [`${fedora}&pasta=2024-09-06`, fedora, `${fedora}&pasta=2025-01-21`]) {
    const r = opened(fragment);
    expect([fragment, r.verdict, r.facts.pastaDate]).toEqual([fragment, 'not-affected', '2024-09-06']);
  }
  expect(opened('v=1&pv=2024_09_06.6b38f07&net=pasta&rk=2.3.1').verdict).toBe('not-affected');
});

test('a RootlessKit or Docker version of fewer than three parts is no answer: "2.3" is not taken for 2.3.0 (R159 H2, HIGH)', () => {
  for (const rk of ['2', '2.3', '3']) {
    const r = opened(`v=1&net=pasta&rk=${rk}`);
    expect([rk, r.facts.rootlesskitVersion, r.verdict]).toEqual([rk, null, 'incomplete']);
  }
  expect(analyze('', { answers: { networkDriver: 'pasta', rootlesskitVersion: '2.3' } }).facts.rootlesskitVersion).toBeNull();
  // Three parts, or a part left out as "x", are versions as before.
  expect(opened('v=1&net=pasta&rk=2.3.1').verdict).toBe('affected');
  expect(decodeShare(encodeShare({ rootlesskitVersion: '2.3.x', dockerServerVersion: '25.0.5.astra2' }))).toEqual({ rootlesskitVersion: '2.3.x', dockerServerVersion: '25.0.5.astra2' });
});
