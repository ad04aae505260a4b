// Review R141 06: a docker version copied on a phone with every newline and the indentation lost (each key glued to the value before
// it). Kept here, not among the fixtures: property.test.ts's damages (a prefix on every line, a line number before a one-line paste,
// fold -w 72 cutting a key glued to a value) are shapes this cut does not read through yet (task C58).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, 'review-141', name), 'utf8');

test.each([
  ['06-phone-lost-newlines.txt', 'affected', 'inferred', { rootless: true, dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta', portDriver: 'implicit' }],
  ['06b-one-line-slirp4netns-builtin.txt', 'not-affected', 'confirmed', { rootless: true, dockerServerVersion: '28.5.1', rootlesskitVersion: '2.3.5', networkDriver: 'slirp4netns', portDriver: 'builtin' }],
])('%s reads as %s/%s', (name, verdict, certainty, facts) => {
  const r = analyze(paste(name));
  expect([r.verdict, r.certainty]).toEqual([verdict, certainty]);
  expect(r.facts).toMatchObject(facts);
});
