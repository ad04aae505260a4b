import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

const fixtures = allFixtures();
const fixtureLines = fixtures.flatMap((f) => f.text.split('\n'));

/** Runs analyze and checks it returned a well-formed result quickly. */
function quick(text: string, ms = 250): void {
  const start = performance.now();
  const r = analyze(text);
  expect(performance.now() - start).toBeLessThan(ms);
  expect(typeof r.verdict).toBe('string');
  expect(Array.isArray(r.findings)).toBe(true);
}

describe('never throws, always finishes', () => {
  test('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => quick(s)), { numRuns: 300 });
  });
  test('shuffled and spliced lines of real output', () => {
    const line = fc.oneof(fc.constantFrom(...fixtureLines), fc.string({ maxLength: 80 }));
    const cut = fc.tuple(fc.constantFrom(...fixtureLines), fc.nat()).map(([l, n]) => l.slice(0, n % (l.length + 1)));
    fc.assert(fc.property(fc.array(fc.oneof(line, cut), { maxLength: 200 }), (lines) => quick(lines.join('\n'))), { numRuns: 300 });
  });
  test('answers of any shape', () => {
    fc.assert(fc.property(fc.anything(), (a) => quick('', 250) === undefined && analyze('', { answers: a as never }) !== null), { numRuns: 200 });
  });
});

describe('adversarial long lines stay linear', () => {
  const n = 60_000;
  test.each([
    ['quotes', '"'.repeat(n)],
    ['braces', '{'.repeat(n)],
    ['brackets', '['.repeat(n)],
    ['json keys', `{${'"a":1,'.repeat(n / 6)}`],
    ['backslashes', `{"a":"${'\\'.repeat(n)}`],
    ['spaces', `a${' '.repeat(n)}b`],
    ['dotted version', `rootlesskit version ${'1.'.repeat(n / 2)}`],
    ['pasta version', `pasta 2024_09_06.${'a'.repeat(n)}`],
    ['debian version', `pasta 0.0~git20240906.${'-'.repeat(n)}`],
    ['key value', `${'Key: '.repeat(n / 5)}x`],
    ['loopback', '127.0.0.1:'.repeat(n / 10)],
    ['ipv6', '[::1]:'.repeat(n / 6)],
    ['env', 'DOCKERD_ROOTLESS_ROOTLESSKIT_NET='.repeat(n / 33)],
    ['argv', `rootlesskit ${'--net '.repeat(n / 6)}`],
    ['pasta argv', `pasta ${'--ns-ifname=tap0 '.repeat(n / 17)}`],
    ['prompt', `${'user@host:~$ '.repeat(n / 13)}x`],
    ['glued headers', `Key: ${'aServer:'.repeat(n / 8)}`],
    ['journal prefix', `Jan 01 12:00:00 ${'h'.repeat(n)}`],
    ['act prefix', `[${'x'.repeat(n)}`],
    ['package', `docker-ce-rootless-extras-${'1.'.repeat(n / 2)}`],
    ['dnf', `${'a.'.repeat(n / 2)}x86_64 1`],
  ])('%s', (_name, line) => quick([line, line, line].join('\n'), 500));
});

describe('the same facts after the damage real pastes carry', () => {
  const damage = fc.record({
    prefix: fc.constantFrom('', 'Jan 01 12:00:00 host systemd[123]: ', '[2024-11-08T10:00:00.123Z] ', '2024-11-08T10:00:00.1234567Z ', '[CI/job 1]   | ', '> '),
    crlf: fc.boolean(),
    blank: fc.boolean(),
    trailing: fc.constantFrom('', ' ', '   ', '\t'),
  });
  for (const f of fixtures) {
    test(f.name, () => {
      const before = analyze(f.text);
      fc.assert(
        fc.property(damage, (d) => {
          const lines = f.text.split('\n').map((l) => `${d.prefix}${l}${l ? d.trailing : ''}`);
          const text = lines.join(d.blank ? '\n\n' : '\n').replace(/\n/g, d.crlf ? '\r\n' : '\n');
          const after = analyze(text);
          expect(after.facts).toEqual(before.facts);
          expect(after.verdict).toBe(before.verdict);
        }),
        { numRuns: 20 },
      );
    });
  }
});

test('a 1 MB paste is analysed quickly, and a longer one is truncated with a finding', () => {
  const base = fixtures.map((f) => f.text).join('\n');
  const mb = base.repeat(Math.ceil(1_048_576 / base.length)).slice(0, 1_048_576);
  quick(mb, 1000);
  const huge = analyze(mb.repeat(3));
  expect(huge.findings.map((f) => f.id)).toContain('input-truncated');
});
