// A web page's tags, even where a hard wrap cut one at a line's end, are no part of the values the page shows.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

const page = labelledFixtures('synthetic').find((f) => f.file === 'html-hljs-instead-of-connection-reset-rootlesskit-2.3.2.txt')!.text;
const fold = (width: number) => page.split('\n').map((l) => l.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? '').join('\n');

test("a syntax highlighter's tag cut at a line's end (\"<span class=\\\"hljs-num\", \"</spa\") is no docker version value", () => {
  for (const width of [72, 83, 84, 85, 86, 87, 88, 89]) {
    const facts = analyze(fold(width)).facts;
    expect([facts.dockerServerVersion, facts.rootlesskitVersion], `at ${width}`).not.toContainEqual(expect.stringContaining('<'));
    // From 83 columns on, the cut falls after the value: the versions read whole.
    if (width > 72) expect(facts, `at ${width}`).toMatchObject({ dockerServerVersion: '27.5.1', rootlesskitVersion: '2.3.2' });
  }
});
