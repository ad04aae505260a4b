/** Reads a fixture directory's LABELS.tsv: one row per file, `*` = not checked, `null` = must be null. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelRow {
  file: string;
  text: string;
  labels: Record<string, string>;
}

export const fixturesDir = join(import.meta.dirname, '../../fixtures');

/** The rows of `<dir>/LABELS.tsv`, each with the fixture's text. */
export function readLabels(dir: string): LabelRow[] {
  const [header, ...rows] = readFileSync(join(dir, 'LABELS.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  const columns = header!.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    const labels = Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '*']));
    return { file: labels.file!, text: readFileSync(join(dir, labels.file!), 'utf8'), labels };
  });
}

/** The expected value of a label cell: null, a boolean, or the string itself. */
export function expected(cell: string): string | boolean | null {
  if (cell === 'null') return null;
  if (cell === 'true' || cell === 'false') return cell === 'true';
  return cell;
}
