import { describe, expect, test } from 'vitest';
import { anyOf, finder, kindsOf, literal } from '../../../src/engine/any-of.ts';

test('anyOf finds every line with one of the words (words sharing a start, regex characters), some with a word from its first vowel on, and no other', () => {
  const re = anyOf(['port driver', 'port drivers', 'pasta failed', '[rootlesskit:parent]', 'a.b', '']);
  for (const line of ['the port driver', 'port drivers', 'Error: pasta failed with', 'x [rootlesskit:parent] y', 'a.b']) expect(re.test(line), line).toBe(true);
  for (const line of ['a sort driver', 'asta failed', 'ootlesskit:parent]']) expect(re.test(line), line).toBe(true);
  for (const line of ['port-driver', 'pasta fail', 'rootlesskit:parent', 'axb', '']) expect(re.test(line), line).toBe(false);
  expect(['', 'x'].map((line) => anyOf(['']).test(line) || anyOf([]).test(line))).toEqual([false, false]);
});

test('anyOf looks for a short word and a name in capitals from a vowel too, and for a flag whole', () => {
  // A word led by a consonant made every position of a line test it (task C52): "sudo" is looked for from "udo", DOCKER_HOST= from
  // "OCKER_HOST="; "--host" from "ost" would be found in every line with "localhost".
  const re = anyOf(['sudo', 'DOCKER_HOST=', '--host']);
  for (const line of ['sudo -i', 'export DOCKER_HOST=unix://', 'dockerd --host=fd://', 'ludo', 'OCKER_HOST=']) expect(re.test(line), line).toBe(true);
  for (const line of ['localhost', 'sud', 'DOCKER_HOST', '-host']) expect(re.test(line), line).toBe(false);
});

test('finder lists every word a text has, also words that overlap, share a start or start another, and no other', () => {
  const words = ['Cannot connect to the Docker daemon', 'Docker daemon at unix:///docker.sock', 'error during connect', 'error during connect: ', '] error: ', 'x error: '];
  const find = finder(words);
  const found = (text: string): string[] => find(text).map((i) => words[i]!).sort();
  expect(found('Cannot connect to the Docker daemon at unix:///docker.sock. Is the docker daemon running?')).toEqual([words[0], words[1]].sort());
  expect(found('error during connect: Get "http://…": open //./pipe/docker_engine')).toEqual([words[2], words[3]].sort());
  expect(found('[rootlesskit:parent] error: failed; [rootlesskit:child ] error: again')).toEqual(['] error: ']);
  expect(found('error during connec, a error: , Docker daemon at unix:///run/docker.sock')).toEqual([]);
  expect(found('')).toEqual([]);
});

test('kindsOf tells which lists a text has a word of, as anyOf finds each: words that overlap, share a start or start a word of another list', () => {
  const lists = [['port driver', 'pasta failed'], ['port drivers', '[rootlesskit:parent]'], ['Docker daemon at', 'a.b', ''], [], ['connect to the Docker daemon']];
  const kinds = kindsOf(lists);
  const texts = ['the port driver', 'port drivers', 'a sort driver', 'Cannot connect to the Docker daemon at unix:///', 'x [rootlesskit:parent] pasta failed', 'axb a.b', 'port-driver', ''];
  for (const text of texts) expect(kinds(text), text).toBe(lists.reduce((bits, words, i) => (anyOf(words).test(text) ? bits | (1 << i) : bits), 0));
  expect(texts.map(kinds)).toEqual([0b1, 0b11, 0b1, 0b10100, 0b11, 0b100, 0, 0]);
});

describe('literal', () => {
  // zypper's Status has "(" and ")" (task C48: only the first of each was escaped), apt-mark's answers "." and dind's image "/".
  test.each(['out-of-date (version ', ' installed) (x)', 'set on hold.', 'a.b.c', '[a] {1} a+b*c? ^$ a|b \\d', 'docker.io/library/docker'])('%j matches itself only', (s) => {
    const re = new RegExp(`^${literal(s)}$`);
    expect([re.test(s), re.test(`${s}x`), re.test(s.replace(/[^\w\s]/g, 'x'))]).toEqual([true, false, false]);
  });
});
