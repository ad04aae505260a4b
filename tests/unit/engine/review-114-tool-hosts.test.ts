import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

// Kept beside this test, not among the fixtures: the damage sweeps add prefixes of their own before pdsh's and stern's, which then no
// longer start the line.
const paste = (name: string): string => readFileSync(join(import.meta.dirname, 'review-114', name), 'utf8');

test.each([
  ['pdsh-two-hosts-rootlesskit-differs-reset.txt', 'web01'],
  ['stern-two-pods-rootlesskit-differs.txt', 'dind-0'],
])("%s: the hosts pdsh and stern name before every line are machines of their own, one at a time, not one machine's later output", (name, host) => {
  const r = analyze(paste(name));
  expect(r.verdict).toBe('incomplete');
  expect(r.findings[0]!.id).toBe('machines-apart');
  expect(r.findings[0]!.detail).toContain(host);
});
