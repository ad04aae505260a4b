import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const header = (severity: string): string => `Package: passt\nVersion: 0.0~git20230309.7c7625d-1\n${severity}\n\nDear Maintainer,`;

test("a Debian bug report's pseudo-header names the installed passt: read as a package's, what runs after a restart, never confirmed", () => {
  const r = analyze(header('Severity: normal'));
  expect([r.facts.pastaDate, r.certainty]).toEqual(['2023-03-09', 'inferred']);
  expect(analyze(header('Severity: wishlist')).facts.pastaDate).toBe('2023-03-09');
});

test('the same fields without a severity of the bug tracker (apt show of a version only offered, another tool) are not an installed package', () => {
  expect(analyze(header('Section: net')).facts.pastaDate).toBeNull();
  expect(analyze(header('Severity: low')).facts.pastaDate).toBeNull();
});
