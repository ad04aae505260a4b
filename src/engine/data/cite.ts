/** Turns the engine's records (core/), which name their source, into the records pages read, which carry its URL. */
import type { Source } from './types.ts';
import * as urls from './urls.ts';

/** A core record with its source as the URL. */
export function withUrl<T extends { source: Source }>(record: T): Omit<T, 'source'> & { source: string } {
  return { ...record, source: urls[record.source] };
}

/** A core record with its source as the URL, and what it means. */
export function described<T extends { source: Source }>(record: T, what: string): Omit<T, 'source'> & { source: string; what: string } {
  return { ...withUrl(record), what };
}
