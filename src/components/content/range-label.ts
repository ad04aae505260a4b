/** "25.0.4 – 25.0.17" for a range, "27.5.1" for a single release, "24.0.x" when the range is a whole line. */
export function rangeLabel(first: string, last: string): string {
  if (first === last || last.endsWith('.x')) return last;
  return `${first} – ${last}`;
}

/** A stable row id for a Docker range, e.g. "docker-27-5-1": its first release, hyphens for dots. */
export function rowId(first: string): string {
  return `docker-${first.replaceAll('.', '-')}`;
}

/** A stable row id for a RootlessKit release, e.g. "rootlesskit-2-3-2". */
export function rootlesskitRowId(version: string): string {
  return `rootlesskit-${version.replaceAll('.', '-')}`;
}

/** A stable row id for a passt milestone: its tag's date, e.g. "passt-2024-10-30". */
export function passtRowId(date: string): string {
  return `passt-${date}`;
}
