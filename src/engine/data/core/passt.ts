/** The passt releases and packages the engine compares against (with what they mean, for pages: ../passt.ts). */
import type { Source, Versioned } from '../types.ts';

/** A passt release tag (`YYYY_MM_DD.<commit>`) with its date: passt versions are compared by date. */
export interface PasstTag extends Versioned {
  date: string;
}

/** Date part of a passt tag `YYYY_MM_DD.<commit>` as YYYY-MM-DD. */
export const tagDate = (tag: string): string => tag.slice(0, 10).replaceAll('_', '-');

/** A passt tag record. */
export const passtTag = (version: string, source: Source): PasstTag => ({ version, date: tagDate(version), source });

/** passt releases at which the loopback behaviour or RootlessKit compatibility changes. */
export const passt = {
  lastGoodDefault: passtTag('2024_09_06.6b38f07', 'passtCommitChange'),
  change: passtTag('2024_10_30.ee7d0b6', 'passtCommitChange'),
  brokenWithRootlesskit: passtTag('2026_05_07.1afd4ed', 'rootlesskit591'),
  brokenFixed: passtTag('2026_05_26.038c51e', 'passtCommitDualStack'),
  semanticsRefined: passtTag('2026_07_16.090d739', 'passtCommitSemantics'),
} as const;

/** The commit that changed the spliced path, and when. */
export const passtChangeCommit = { hash: 'b4dace8f462b346ae2135af1f8d681a99a849a5f', date: '2024-10-18', source: 'passtCommitChange' } as const;

/** Debian 12's passt, older than RootlessKit's documented minimum. */
export const passtDebian12 = { version: '0.0~git20230309.7c7625d-1', source: 'rootlesskitNetworkDoc' } as const satisfies Versioned;

/** Ubuntu 24.04's passt, whose version rootlesskit#511 shows. */
export const passtUbuntu2404 = { version: '0.0~git20240220.1e6f92b-1', source: 'rootlesskit511' } as const satisfies Versioned;

/**
 * passt as a stable release ships it, by the operating system docker info names (or its packages' suffix tells): older than the change,
 * so such a machine is not affected unless passt was upgraded by other means.
 */
export const releasePasst: readonly { release: string; os: readonly string[]; version: string; source: Source }[] = [
  { release: 'Debian 12', os: ['Debian GNU/Linux 12', 'Debian 12'], version: passtDebian12.version, source: passtDebian12.source },
  { release: 'Ubuntu 24.04', os: ['Ubuntu 24.04'], version: passtUbuntu2404.version, source: passtUbuntu2404.source },
];
