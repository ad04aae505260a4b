/** Time zones as systemd and ps print them: the abbreviations whose offset is certain, and the offsets any zone may have. */
import type { Source } from '../types.ts';

/**
 * Minutes east of UTC of each zone abbreviation that names one offset only (tzdata's): CST, IST, AST and the like name several and are
 * left out, so a time in them has no known zone.
 */
export const zoneOffsets = {
  minutes: {
    UTC: 0, UCT: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180, MSK: 180,
    JST: 540, KST: 540, HKT: 480, AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
    EST: -300, EDT: -240, MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, AKDT: -480, HST: -600,
  } as Readonly<Record<string, number>>,
  source: 'tzAbbreviations',
} as const satisfies { minutes: Readonly<Record<string, number>>; source: Source };

/** The offsets, in minutes east of UTC, a time of unknown zone may have: from UTC−12 to UTC+14 (tzdata's furthest zones). */
export const zoneOffsetRange = { min: -720, max: 840, source: 'tzEtcetera' } as const satisfies { min: number; max: number; source: Source };
