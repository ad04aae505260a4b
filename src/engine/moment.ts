/** A time a paste shows, with its zone where the paste gives one, and the order of two such times where it can be known. */
import { zoneOffsetRange, zoneOffsets } from './data/core/zones.ts';

/** A local time "YYYY-MM-DDTHH:MM:SS" and its offset in minutes east of UTC, null where no zone is shown or it is not certain. */
export interface Moment {
  local: string;
  offset: number | null;
  /** The zone as shown, where it names no one offset ("CST"): two times in the same one are in the same offset. */
  zone?: string;
}

// "+0100", "+01:00", "+01", "-0330": a numeric offset, as pacman writes it and systemd prints a zone without an abbreviation.
const NUMERIC = /^([+-])(\d\d):?(\d\d)?$/;

/** The offset a zone names (numeric, or an abbreviation of one offset only), else null. */
export function offsetOf(zone: string | undefined): number | null {
  const m = zone ? NUMERIC.exec(zone) : null;
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  return zone && Object.hasOwn(zoneOffsets.minutes, zone) ? zoneOffsets.minutes[zone]! : null;
}

// The months as ps, syslog and the journal abbreviate them.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The month (1 to 12) an English abbreviation names ("Jan" is 1), or 0 where it names none. */
export const monthOf = (abbreviation: string): number => MONTHS.indexOf(abbreviation) + 1;

/** A moment from a date, a time ("HH:MM" gets ":00") and a zone as shown (or none). */
export const moment = (date: string, time: string, zone?: string): Moment => {
  const offset = offsetOf(zone);
  return { local: `${date}T${time.length === 5 ? `${time}:00` : time}`, offset, ...(offset === null && zone ? { zone } : {}) };
};

/** A moment from a date written with the month's English abbreviation ("Jan"), as ps, syslog and dnf write it; null for another word. */
export function monthMoment(year: string, month: string, day: string, time: string, zone?: string): Moment | null {
  const n = monthOf(month);
  return n ? moment(`${year}-${String(n).padStart(2, '0')}-${day.padStart(2, '0')}`, time, zone) : null;
}

/** The earliest and the latest instant (milliseconds) a moment may be: one where its zone is known, else the span of every zone's. */
function instants({ local, offset }: Moment): [number, number] {
  const utc = Date.parse(`${local}Z`);
  return offset === null ? [utc - zoneOffsetRange.max * 60_000, utc - zoneOffsetRange.min * 60_000] : [utc - offset * 60_000, utc - offset * 60_000];
}

/**
 * Whether `a` comes after `b` (1), at the same time (0), before (-1), or which cannot be known (null): a time without a zone, or in one
 * that names several offsets, may be in any, so its order is known only against times outside all the instants it may be, or in the same.
 */
export function order(a: Moment, b: Moment): 1 | -1 | 0 | null {
  // The same abbreviation on both, as one machine prints its own zone: their local times compare as they are (review 118).
  if (a.zone !== undefined && a.zone === b.zone) return a.local > b.local ? 1 : a.local < b.local ? -1 : 0;
  const [aFirst, aLast] = instants(a);
  const [bFirst, bLast] = instants(b);
  if (aFirst > bLast) return 1;
  if (aLast < bFirst) return -1;
  return aFirst === aLast && bFirst === bLast ? 0 : null;
}
