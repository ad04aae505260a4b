// What the hundred-and-fourth review found in the reading of a finding quoted alone (flush left, or in a forum's "> " quote), and in the
// certainty of a port manager only a refused bind hints at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, decodeShare, decodeSignals, encodeShare } from '../../../src/engine/index.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, 'review-104', name), 'utf8');
const lines = (name: string, key: 'networkDriver' | 'rootless') => analyze(paste(name)).evidence[key]?.map((e) => e.line);

describe("a finding of the checker's quoted alone is its report, not the user's setup: its suggested command sets no MTU", () => {
  test('flush left, its indentation lost (a chat, a copy from a rendered page), between the user\'s docker version and pasta --version', () => {
    expect(analyze(paste('q03-flush-finding.txt')).facts).toMatchObject({ mtu: null, networkDriver: 'pasta', rootlesskitVersion: '2.3.1' });
    expect(lines('q03-flush-finding.txt', 'networkDriver')).toEqual([14]);
    expect(lines('q03-flush-finding.txt', 'rootless')).toEqual([11]);
  });
  test('quoted in a forum, "> " before each of its lines, before the user\'s new docker version', () => {
    expect(analyze(paste('q04-forum-quote.txt')).facts).toMatchObject({ mtu: null, rootlesskitVersion: '2.3.2' });
    expect(lines('q04-forum-quote.txt', 'networkDriver')).toEqual([26]);
  });
  test('the Chinese finding quoted in a forum under a quoted sentence of the user\'s', () => {
    expect(analyze(paste('q13-quote-gt-lowercase-zh.txt')).facts.mtu).toBeNull();
    expect(lines('q13-quote-gt-lowercase-zh.txt', 'networkDriver')).toEqual([23]);
  });
});

test('a port refused on 10.0.2.100 alone hints at the port manager from moby\'s code, not from a port driver seen: the verdict is inferred, in a link too', () => {
  const r = analyze(paste('b04-bind-100-no-driver.txt'));
  expect(r).toMatchObject({ verdict: 'not-affected', certainty: 'inferred', unseen: ['portManager'] });
  const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
  expect(analyze('', { answers: decodeShare(link), signals: decodeSignals(link) })).toMatchObject({ verdict: 'not-affected', certainty: 'inferred' });
});
