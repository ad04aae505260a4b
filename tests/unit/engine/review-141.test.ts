// Review R141 06: a docker version copied on a phone with every newline and the indentation lost (each key glued to the value before
// it), and 07: a mail from a phone hard-wrapped at 40 columns, pasta's argv cut inside "--host-lo-to-ns-lo". Kept here, not among the
// fixtures: property.test.ts's damages (a prefix on every line, a line number before a one-line paste, ip addr inserted among a narrow
// wrap's lines) are shapes these joins do not read through yet (tasks C58, C59).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, 'review-141', name), 'utf8');

test.each([
  ['06-phone-lost-newlines.txt', 'affected', 'inferred', { rootless: true, dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta', portDriver: 'implicit' }],
  ['06b-one-line-slirp4netns-builtin.txt', 'not-affected', 'confirmed', { rootless: true, dockerServerVersion: '28.5.1', rootlesskitVersion: '2.3.5', networkDriver: 'slirp4netns', portDriver: 'builtin' }],
  // (The prose's "rootless kit version 2.3.4" is not read yet: a parenthesis quoting the command's answer follows it.)
  ['07-phone-wrapped40.txt', 'fixed', 'confirmed', { networkDriver: 'pasta', hostLoToNsLo: true }],
])('%s reads as %s/%s', (name, verdict, certainty, facts) => {
  const r = analyze(paste(name));
  expect([r.verdict, r.certainty]).toEqual([verdict, certainty]);
  expect(r.facts).toMatchObject(facts);
});

// Folded at any width from a phone's to a terminal's, none makes a fact up: a wrap's pieces are joined where most lines fill it (40 to 71
// columns), and a docker version's value cut with the next key glued on ("2.3.1Api", "27.3.1API") is read without it.
test.each(['06-phone-lost-newlines.txt', '06b-one-line-slirp4netns-builtin.txt', '07-phone-wrapped40.txt'])('%s folded at 40 to 80 columns makes no fact up', (name) => {
  const text = paste(name);
  const whole = analyze(text).facts;
  for (let width = 40; width <= 80; width++) {
    const { facts } = analyze(text.split('\n').map((l) => l.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? '').join('\n'));
    for (const [key, value] of Object.entries(facts)) if (value !== null) expect(value, `${width}: ${key}`).toEqual(whole[key as keyof typeof facts]);
  }
});
