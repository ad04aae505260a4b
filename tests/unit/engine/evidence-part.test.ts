// Review 108 #1, #2: a fact's evidence named only its line. On a 336-character journal argv, the checker selected the whole line and the
// field (which does not wrap) showed its start, never the option that decided; in a paste hard-wrapped at 60 columns, every option
// pointed at the join's first line. Evidence now names what decided and the paste line that holds it.
import { expect, test } from 'vitest';
import { formatHuman } from '../../../src/cli/format.ts';
import { words } from '../../../src/cli/words.ts';
import { analyze } from '../../../src/engine/index.ts';
import type { Result } from '../../../src/engine/types.ts';
import { longArgv, wrappedArgv } from '../../fixtures/journal-argv.ts';

/** Each fact's first evidence as the paste line and text it points at. */
const parts = (r: Result, keys: (keyof Result['facts'])[]) => Object.fromEntries(keys.map((k) => [k, r.evidence[k]![0]!.part]));

test('a long journal argv: each option fact names its option, on that line', () => {
  const r = analyze(longArgv);
  expect(r.facts.portDriver).toBe('implicit');
  expect(parts(r, ['networkDriver', 'portDriver', 'detachNetns'])).toEqual({
    networkDriver: { line: 2, text: '--net=pasta' },
    portDriver: { line: 2, text: '--port-driver=implicit' },
    detachNetns: { line: 2, text: '--detach-netns' },
  });
});

test('a hard-wrapped argv: each option fact names the paste line its piece came from, not the first line of the join', () => {
  const r = analyze(wrappedArgv);
  expect([r.facts.networkDriver, r.facts.portDriver]).toEqual(['pasta', 'implicit']);
  expect(parts(r, ['networkDriver', 'mtu', 'disableHostLoopback', 'portDriver', 'detachNetns'])).toEqual({
    networkDriver: { line: 4, text: '--net=pasta' },
    mtu: { line: 4, text: '--mtu=65520' },
    disableHostLoopback: { line: 5, text: '--disable-host-loopback' },
    portDriver: { line: 6, text: '--port-driver=implicit' },
    detachNetns: { line: 7, text: '--detach-netns' },
  });
});

test('a command continued with backslashes: the option names the line it was written on', () => {
  const r = analyze('$ ps -ef\nalice 2231 1 0 rootlesskit \\\n  --net=slirp4netns \\\n  --port-driver=slirp4netns \\\n  dockerd');
  expect(r.evidence.portDriver![0]!.part).toEqual({ line: 4, text: '--port-driver=slirp4netns' });
});

test('the report names the paste line holding the option, for the facts and for the evidence of the findings', () => {
  const report = formatHuman(analyze(wrappedArgv), 'https://example.org/', words.en);
  expect(report).toMatch(/Port driver +implicit \(line 6\)/);
  expect(report).toMatch(/> line 4: rootlesskit --state-dir/);
});
