/** A date as the data writes it: ISO ("2024-10-30") or in a passt tag ("2024_10_30"), not part of a longer number. */
export const datePattern = /(?<!\d)\d{4}([-_])\d{2}\1\d{2}(?!\d)/g;

/** A piece of text: a date, or the text between dates. */
export interface DateRun {
  text: string;
  date: boolean;
}

/** Splits text at its dates, so that each date can be kept on one line. */
export function dateRuns(text: string): DateRun[] {
  const runs: DateRun[] = [];
  let at = 0;
  for (const match of text.matchAll(datePattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), date: false });
    runs.push({ text: match[0], date: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), date: false });
  return runs;
}
