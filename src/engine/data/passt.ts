import { references } from './references.ts';
import type { PasstRelease, Threshold } from './types.ts';

/** Date part of a passt tag `YYYY_MM_DD.<commit>` as YYYY-MM-DD. */
const tagDate = (tag: string): string => tag.slice(0, 10).replaceAll('_', '-');
const release = (tag: string): PasstRelease => ({
  tag,
  date: tagDate(tag),
  source: `https://passt.top/passt/tag/?h=${tag}`,
});

/** passt release tags around the change, oldest first. */
export const passtReleases: readonly PasstRelease[] = [
  '2024_08_14.61c0b0d', '2024_08_21.1d6142f', '2024_09_06.6b38f07', '2024_10_30.ee7d0b6',
  '2024_11_21.238c69f', '2024_11_27.c0fbc7e', '2024_12_11.09478d5', '2025_01_21.4f2c8e7',
  '2025_02_17.a1e48a0', '2025_03_20.32f6212', '2025_04_15.2340bbf', '2025_05_03.587980c',
  '2025_05_07.eea8a76', '2025_05_12.8ec1341', '2025_06_06.754c6d7', '2025_06_11.0293c6f',
  '2025_08_05.309eefd', '2025_09_11.6cbcccc', '2025_09_19.623dbf6', '2025_12_08.e8b56a3',
  '2025_12_09.c3f1ba7', '2025_12_10.d04c480', '2025_12_15.b40f5cd', '2025_12_23.2ba9fd5',
  '2026_01_17.81c97f6', '2026_01_20.386b5f5', '2026_05_07.1afd4ed', '2026_05_26.038c51e',
  '2026_06_11.a9c61ff', '2026_07_16.090d739',
].map(release);

/** A passt release that marks a change, with the date the checker compares against. */
export interface PasstMilestone extends Threshold {
  /** Same as `version`'s date part: passt versions are compared by date. */
  date: string;
}

const milestone = (tag: string, what: string, source: string): PasstMilestone => ({ version: tag, date: tagDate(tag), what, source });

/** passt releases at which the loopback behaviour, the flag or RootlessKit compatibility changes. */
export const passtMilestones = {
  mapHostLoopback: milestone('2024_08_21.1d6142f', 'First release with --map-host-loopback.', references.passtManPage.url),
  lastGoodDefault: milestone('2024_09_06.6b38f07', 'Last release whose default delivers host-loopback connections to the namespace loopback.', references.passtCommitChange.url),
  change: milestone('2024_10_30.ee7d0b6', 'Spliced inbound connections go to the namespace\'s external address; --host-lo-to-ns-lo added (marked deprecated).', references.passtCommitChange.url),
  unDeprecated: milestone('2025_02_17.a1e48a0', '--host-lo-to-ns-lo no longer marked deprecated.', references.passtCommitUndeprecate.url),
  brokenWithRootlesskit: milestone('2026_05_07.1afd4ed', 'pasta exits at start-up under RootlessKit: "Dual stack forward, but IPv6 not enabled".', references.rootlesskit591.url),
  brokenFixed: milestone('2026_05_26.038c51e', 'Fixes the dual-stack start-up failure.', references.passtCommitDualStack.url),
  semanticsRefined: milestone('2026_07_16.090d739', 'With --host-lo-to-ns-lo each host loopback address maps to the same address in the namespace; --no-splice with it is an error.', references.passtCommitSemantics.url),
} as const;

/** Commits that matter, by full or abbreviated hash. */
export const passtCommits = {
  change: { hash: 'b4dace8f462b346ae2135af1f8d681a99a849a5f', date: '2024-10-18', author: 'David Gibson', source: references.passtCommitChange.url },
  unDeprecate: { hash: 'a5cca995', date: '2025-02-06', author: 'Stefano Brivio', source: references.passtCommitUndeprecate.url },
  semantics: { hash: '26f2130', source: references.passtCommitSemantics.url },
  dualStack: { hash: '666ef9e', source: references.passtCommitDualStack.url },
} as const;

/** Distribution packages of passt whose version the site names. */
export const passtPackages = {
  debian12: { version: '0.0~git20230309.7c7625d-1', what: 'Debian 12 passt; older than RootlessKit\'s documented minimum and prints "unknown version".', source: references.rootlesskitNetworkDoc.url },
} as const;
