// A reset named in the reader's prose as another's, or as what was before a fix (review R140 01, 28), is not the reader's symptom.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

const fixture = (file: string) => labelledFixtures('synthetic').find((f) => f.file === file)!.text;
const resetNote = (text: string) => analyze(text).findings.find((f) => f.id === 'connection-reset-seen');
const rootlesskit = ' rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  StateDir:         /run/user/1000/dockerd-rootless';

test("a colleague's reset (German: \"ein Kollege … hat\") is not cited as the reader's, whose verdict rules the problem out", () => {
  const r = analyze(fixture('prose-de-colleague-connection-reset-dpkg-passt-2024-02-20-argv.txt'));
  expect(r.verdict).toBe('not-affected');
  expect(r.findings.map((f) => f.id)).not.toContain('connection-reset-seen');
  expect(resetNote(`A friend with the same setup has "Connection reset by peer"; mine works.\n${rootlesskit}`)).toBeUndefined();
});

test('the reset a web page names after "instead of" (a <code> piece of its own) is the state before the fix, not a symptom now', () => {
  expect(resetNote(fixture('html-hljs-instead-of-connection-reset-rootlesskit-2.3.2.txt'))).toBeUndefined();
  expect(resetNote(`curl now says HTTP/1.1 200 OK instead of curl: (56) Recv failure: Connection reset by peer.\n${rootlesskit.replace('2.3.1', '2.3.2')}`)).toBeUndefined();
});

test("the reader's own reset is still cited, beside a colleague's too", () => {
  expect(resetNote(fixture('prose-colleague-and-i-connection-reset-docker-version-2.3.1.txt'))?.evidence[0]?.line).toBe(1);
  expect(resetNote(`I get "Connection reset by peer" on 127.0.0.1:8080.\n${rootlesskit}`)?.evidence[0]?.line).toBe(1);
  expect(resetNote(`My coworker told me to try curl: (56) Recv failure: Connection reset by peer\n${rootlesskit}`)).toBeDefined();
});
