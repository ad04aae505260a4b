import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

// Kept beside this test, not among the fixtures: the damage sweeps add prefixes of their own before pdsh's and stern's, which then no
// longer start the line.
const paste = (name: string): string => readFileSync(join(import.meta.dirname, 'review-114', name), 'utf8');

test("the pods stern names before every line are machines of their own, one at a time, not one machine's later output", () => {
  const r = analyze(paste('stern-two-pods-rootlesskit-differs.txt'));
  expect(r.verdict).toBe('incomplete');
  expect(r.findings[0]!.id).toBe('machines-apart');
  expect(r.findings[0]!.detail).toContain('dind-0');
});

test("the hosts pdsh names before every line are machines of their own: the one alone with the reset decides, not the other's later output", () => {
  const r = analyze(paste('pdsh-two-hosts-rootlesskit-differs-reset.txt'));
  expect([r.verdict, r.facts.rootlesskitVersion]).toEqual(['affected', '2.3.1']);
  expect(r.findings.find((f) => f.id === 'machine-with-reset')?.title).toContain('web01');
});
