import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { expected, fixtureSets, labelledFixtures } from '../../fixtures/fixtures.ts';

// Every labelled column is checked, so a new row (or column) in a LABELS.tsv is tested without code changes.
for (const set of fixtureSets) {
  describe(`${set} fixtures match LABELS.tsv`, () => {
    for (const row of labelledFixtures(set)) {
      test(row.file, () => {
        const r = analyze(row.text);
        for (const [column, cell] of Object.entries(row.labels)) {
          if (cell === '*' || column === 'file' || column === 'source') continue;
          if (column === 'verdict') expect(r.verdict, column).toBe(cell);
          else if (column === 'certainty') expect(r.certainty, column).toBe(cell);
          else if (column === 'findings') expect(r.findings.map((f) => f.id), column).toEqual(expect.arrayContaining(cell.split(',')));
          else expect(r.facts[column as keyof typeof r.facts], column).toBe(expected(cell));
        }
      });
    }
  });
}
