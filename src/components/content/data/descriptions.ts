import {
  passtMilestones,
  references,
  type Reference,
  type ReferenceKey,
  type RootlesskitRelease,
} from '../../../engine/data/index.ts';
import type { Lang } from '../../../i18n/languages.ts';
import { milestoneTextZhCn, referenceTextZhCn, rootlesskitNotesZhCn, versionSourceZhCn } from './descriptions.zh-cn.ts';

/** The prose that comes with the data module's records, in one language: what pages print next to versions and sources. */
export interface Descriptions {
  /** A reference's link text and what it establishes. */
  reference: (key: ReferenceKey) => { title: string; establishes: string };
  /** What the site says about a RootlessKit release, or undefined where it says nothing. */
  rootlesskitNote: (release: RootlesskitRelease) => string | undefined;
  /** What a passt milestone changed. */
  milestone: (key: keyof typeof passtMilestones) => string;
  /** Where a pasta binary came from (a row of the version strings table). */
  versionSource: (distribution: string) => string;
  /** A list of names written in data with ", " ("Debian, Ubuntu"), in this language's list punctuation. */
  list: (names: string) => string;
  /** Between a name and what follows it (": " in English). */
  separator: string;
}

const all: Record<ReferenceKey, Reference> = references;

/** English: the data module's own text. */
const en: Descriptions = {
  reference: (key) => ({ title: all[key].title, establishes: all[key].establishes }),
  rootlesskitNote: (release) => release.note,
  milestone: (key) => passtMilestones[key].what,
  versionSource: (distribution) => distribution,
  list: (names) => names,
  separator: ': ',
};

/** Simplified Chinese, from ./descriptions.zh-cn.ts; a RootlessKit note the English has but the Chinese lacks fails the build. */
const zhCn: Descriptions = {
  reference: (key) => ({ title: referenceTextZhCn[key].title ?? all[key].title, establishes: referenceTextZhCn[key].establishes }),
  rootlesskitNote: (release) => {
    if (release.note === undefined) return undefined;
    const note = rootlesskitNotesZhCn[release.version];
    if (note === undefined) throw new Error(`RootlessKit ${release.version} has a note but no Chinese one in descriptions.zh-cn.ts`);
    return note;
  },
  milestone: (key) => milestoneTextZhCn[key],
  versionSource: (distribution) => versionSourceZhCn[distribution] ?? distribution,
  list: (names) => names.replaceAll(', ', '、'),
  separator: '：',
};

/** The descriptions by page language; a language published in src/i18n/languages.ts must have an entry. */
const byLang = { en, 'zh-cn': zhCn } satisfies Record<string, Descriptions>;
export const descriptionsByLang: Record<Lang, Descriptions> = byLang;
