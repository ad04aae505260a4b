// The zone records cite their primary source (the tz database), as every data record does; one month table serves every reader of dates.
import { expect, test } from 'vitest';
import { zoneOffsetRange, zoneOffsets } from '../../../src/engine/data/core/zones.ts';
import * as urls from '../../../src/engine/data/urls.ts';
import { monthOf, offsetOf } from '../../../src/engine/moment.ts';

test("the zone abbreviations' offsets and the span of every zone's cite the tz database", () => {
  for (const record of [zoneOffsets, zoneOffsetRange]) expect(urls[record.source]).toMatch(/^https:\/\/(?:data\.iana\.org\/time-zones\/|github\.com\/eggert\/tz\/)/);
  expect([offsetOf('CET'), offsetOf('CST'), offsetOf('source')]).toEqual([60, null, null]);
});

test('monthOf reads the abbreviations ps, syslog and the journal print, and nothing else', () => {
  expect(['Jan', 'Jun', 'Dec', 'jan', 'Foo'].map(monthOf)).toEqual([1, 6, 12, 0, 0]);
});
