import type { Lang } from '../../../i18n/languages.ts';
import type { DiagramData } from '../types.ts';
import { architecture } from './architecture.ts';
import { pastaAfter } from './pasta-after.ts';
import { pastaBefore } from './pasta-before.ts';
import { pastaFlag } from './pasta-flag.ts';
import { slirpBuiltin } from './slirp-builtin.ts';
import { timeline } from './timeline.ts';

/** The English diagrams by name; a translation adds a record with the same names. */
const en = {
  architecture,
  'slirp-builtin': slirpBuiltin,
  'pasta-before': pastaBefore,
  'pasta-after': pastaAfter,
  'pasta-flag': pastaFlag,
  timeline,
} satisfies Record<string, DiagramData>;

export type DiagramName = keyof typeof en;

/** Every diagram by language and name. */
export const diagrams: Record<Lang, Record<DiagramName, DiagramData>> = { en };
