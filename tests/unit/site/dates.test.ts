import { expect, test } from 'vitest';
import { dateRuns } from '../../../src/components/content/dates.ts';

/** The runs as DatedText marks them up: "[kept whole]". */
const shown = (text: string) => dateRuns(text).map((run) => (run.date ? `[${run.text}]` : run.text)).join('');

test.each([
  ['opened 2024-11-08, Debian 12', 'opened [2024-11-08], Debian 12'],
  ['passt 2024_10_30.ee7d0b6 and 2025_01_21', 'passt [2024_10_30].ee7d0b6 and [2025_01_21]'],
  ['于 2025-01-20 合并', '于 [2025-01-20] 合并'],
  ['2025-01-22', '[2025-01-22]'],
])('ISO dates and the dates of passt tags are kept whole: %s', (text, expected) => {
  expect(shown(text)).toBe(expected);
});

test.each(['2024-10_30', '0^20240906.g6b38f07', '12024-10-301', 'no date'])('neither a mixed separator nor a longer number is a date: %s', (text) => {
  expect(shown(text)).toBe(text);
});
