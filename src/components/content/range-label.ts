/** "25.0.4 – 25.0.17" for a range, "27.5.1" for a single release, "24.0.x" when the range is a whole line. */
export function rangeLabel(first: string, last: string): string {
  if (first === last || last.endsWith('.x')) return last;
  return `${first} – ${last}`;
}

/** A stable row id for a Docker range, e.g. "docker-27-5-1". */
export function rowId(first: string): string {
  return `docker-${first.replaceAll('.', '-')}`;
}
