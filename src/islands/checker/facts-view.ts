/** The facts a result holds, as rows to list: name, shown value, and where each came from. */
import type { FactKey, Facts, Result } from '../../engine/index.ts';
import { spotsOf, type Spot } from './spots.ts';
import type { CheckerStrings } from './strings.ts';

export interface FactRow {
  key: FactKey;
  label: string;
  value: string;
  /** Lines of the paste it was read from, in the paste's order (none for answers and pure inferences). */
  spots: Spot[];
  answered: boolean;
  /** An answer that came from a shared link. */
  linked: boolean;
  inferred: boolean;
}

/** A fact's value in words: yes/no for flags, the packager's name, else as printed. */
export function factValue(key: FactKey, value: NonNullable<Facts[FactKey]>, s: CheckerStrings): string {
  if (typeof value === 'boolean') return value ? s.yes : s.no;
  if (key === 'dockerPackaging') return s.packaging[value as keyof CheckerStrings['packaging']];
  return String(value);
}

/** Every known fact of `result`, in the order the strings list fact names; `linked`: the answers that came from a shared link. */
export function factRows(result: Result, s: CheckerStrings, linked: ReadonlySet<FactKey> = new Set()): FactRow[] {
  const rows: FactRow[] = [];
  for (const key of Object.keys(s.facts) as FactKey[]) {
    const value = result.facts[key];
    if (value === null) continue;
    rows.push({
      key,
      label: s.facts[key],
      value: factValue(key, value, s),
      spots: spotsOf(result.evidence[key] ?? []),
      answered: result.answered.includes(key),
      linked: result.answered.includes(key) && linked.has(key),
      inferred: result.inferred.includes(key),
    });
  }
  return rows;
}
