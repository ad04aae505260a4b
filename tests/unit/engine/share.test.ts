import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, decodeShare, encodeShare } from '../../../src/engine/index.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

describe('share links', () => {
  test('encodes known facts in a fixed order', () => {
    expect(encodeShare({ dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta', portDriver: 'implicit', pastaDate: '2025-01-21' })).toBe(
      'v=1&docker=27.3.1&rk=2.3.1&net=pasta&port=implicit&pasta=2025-01-21',
    );
  });

  test('leaves out inferred facts (the engine derives them again) and nulls', () => {
    expect(encodeShare({ dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1', rootless: null }, ['rootlesskitVersion'])).toBe('v=1&docker=27.3.1');
  });

  test('decodes with or without "#", ignoring unknown keys and invalid values', () => {
    expect(decodeShare('#v=1&docker=27.3.1&net=pasta&hl=1&rootless=0&mtu=1500&evil=<script>&rk=2.3.1%3Cx%3E&pasta=2025-13-40&port=builtinx')).toEqual({
      dockerServerVersion: '27.3.1',
      networkDriver: 'pasta',
      hostLoToNsLo: true,
      rootless: false,
      mtu: 1500,
    });
    expect(decodeShare('v=2&docker=27.3.1')).toEqual({});
    expect(decodeShare('docker=27.3.1')).toEqual({});
    expect(decodeShare('v=1&docker=%E0%A4%A')).toEqual({});
    expect(decodeShare('v=1&pv=0.0~git20250503.587980c-2%2Bdeb13u1')).toEqual({ pastaVersion: '0.0~git20250503.587980c-2+deb13u1' });
  });

  test('never throws on arbitrary fragments', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => typeof decodeShare(s) === 'object'));
    fc.assert(fc.property(fc.string(), (s) => typeof decodeShare(`v=1&${s}`) === 'object'));
  });

  test('a link reproduces the verdict and certainty of every fixture', () => {
    for (const { name, text } of allFixtures()) {
      const r = analyze(text);
      const again = analyze('', { answers: decodeShare(`#${encodeShare(r.facts, r.inferred)}`) });
      expect([name, again.verdict, again.certainty]).toEqual([name, r.verdict, r.certainty]);
    }
  });
});
