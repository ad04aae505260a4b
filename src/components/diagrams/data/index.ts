import type { Lang } from '../../../i18n/languages.ts';
import type { DiagramData } from '../types.ts';
import { architecture } from './architecture.ts';
import { architectureZhCn } from './architecture.zh-cn.ts';
import { pastaAfter } from './pasta-after.ts';
import { pastaAfterZhCn } from './pasta-after.zh-cn.ts';
import { pastaBefore } from './pasta-before.ts';
import { pastaBeforeZhCn } from './pasta-before.zh-cn.ts';
import { pastaFlag } from './pasta-flag.ts';
import { pastaFlagZhCn } from './pasta-flag.zh-cn.ts';
import { slirpBuiltin } from './slirp-builtin.ts';
import { slirpBuiltinZhCn } from './slirp-builtin.zh-cn.ts';
import { timeline } from './timeline.ts';
import { timelineZhCn } from './timeline.zh-cn.ts';

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

/** The same diagrams in Simplified Chinese. */
const zhCn: Record<DiagramName, DiagramData> = {
  architecture: architectureZhCn,
  'slirp-builtin': slirpBuiltinZhCn,
  'pasta-before': pastaBeforeZhCn,
  'pasta-after': pastaAfterZhCn,
  'pasta-flag': pastaFlagZhCn,
  timeline: timelineZhCn,
};

/** Every translation, by language code; a language published in src/i18n/languages.ts must have an entry here. */
const byLang = { en, 'zh-cn': zhCn } satisfies Record<string, Record<DiagramName, DiagramData>>;

/** Every diagram by language and name. */
export const diagrams: Record<Lang, Record<DiagramName, DiagramData>> = byLang;
