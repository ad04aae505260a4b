/** The passt releases and packages the engine compares against (descriptions for pages: ../passt.ts). */
import * as urls from '../urls.ts';
import type { Versioned } from '../types.ts';

/** A passt release tag (`YYYY_MM_DD.<commit>`) with its date: passt versions are compared by date. */
export interface PasstTag extends Versioned {
  date: string;
}

/** Date part of a passt tag `YYYY_MM_DD.<commit>` as YYYY-MM-DD. */
export const tagDate = (tag: string): string => tag.slice(0, 10).replaceAll('_', '-');

const tag = (version: string, source: string): PasstTag => ({ version, date: tagDate(version), source });

/** passt releases at which the loopback behaviour or RootlessKit compatibility changes. */
export const passt = {
  lastGoodDefault: tag('2024_09_06.6b38f07', urls.passtCommitChange),
  change: tag('2024_10_30.ee7d0b6', urls.passtCommitChange),
  brokenWithRootlesskit: tag('2026_05_07.1afd4ed', urls.rootlesskit591),
  brokenFixed: tag('2026_05_26.038c51e', urls.passtCommitDualStack),
  semanticsRefined: tag('2026_07_16.090d739', urls.passtCommitSemantics),
} as const;

/** The commit that changed the spliced path, and when. */
export const passtChangeCommit = { hash: 'b4dace8f462b346ae2135af1f8d681a99a849a5f', date: '2024-10-18', source: urls.passtCommitChange } as const;

/** Debian 12's passt, older than RootlessKit's documented minimum. */
export const passtDebian12 = { version: '0.0~git20230309.7c7625d-1', source: urls.rootlesskitNetworkDoc } as const;
