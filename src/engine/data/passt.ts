/** passt releases, milestones, commits and packages with what they change, for pages; the engine reads the numbers from core/passt.ts. */
import { described, withUrl } from './cite.ts';
import { passt, passtChangeCommit, passtDebian12, passtTag, passtUbuntu2404, tagDate } from './core/passt.ts';
import type { PasstRelease, Threshold } from './types.ts';
import * as urls from './urls.ts';

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

/** passt releases at which the loopback behaviour, the flag or RootlessKit compatibility changes. */
export const passtMilestones = {
  mapHostLoopback: described(passtTag('2024_08_21.1d6142f', 'passtManPage'), 'First release with `--map-host-loopback`.'),
  lastGoodDefault: described(passt.lastGoodDefault, 'Last release whose default delivers host-loopback connections to the namespace loopback.'),
  change: described(passt.change, 'Spliced inbound connections go to the namespace\'s external address; `--host-lo-to-ns-lo` added (marked deprecated).'),
  unDeprecated: described(passtTag('2025_02_17.a1e48a0', 'passtCommitUndeprecate'), '`--host-lo-to-ns-lo` no longer marked deprecated.'),
  brokenWithRootlesskit: described(passt.brokenWithRootlesskit, 'pasta exits at start-up under RootlessKit: "Dual stack forward, but IPv6 not enabled".'),
  brokenFixed: described(passt.brokenFixed, 'Fixes the dual-stack start-up failure.'),
  semanticsRefined: described(
    passt.semanticsRefined,
    'With `--host-lo-to-ns-lo` a connection to a host loopback address reaches the same address in the namespace (`127.0.0.2` stays `127.0.0.2`); `--no-splice` with it is an error.',
  ),
} as const satisfies Record<string, PasstMilestone>;

/** The passt commits the guide dates, each with its address. */
export const passtCommits = {
  change: withUrl(passtChangeCommit),
  unDeprecate: { date: '2025-02-06', source: urls.passtCommitUndeprecate },
} as const;

/** Distribution packages of passt whose version the site names. */
export const passtPackages = {
  debian12: described(passtDebian12, 'Debian 12 passt; older than RootlessKit\'s documented minimum and prints "unknown version".'),
} as const;

/** A `pasta --version` first line as a distribution prints it, with the package it came from where known. */
export interface PastaVersionString {
  distribution: string;
  printed: string;
  package?: string;
  /** Where the package version is shown, when that is another source than the printed string's. */
  packageSource?: string;
  /** True where the string was read from the binary rather than seen printed on a user's machine. */
  inferred?: boolean;
  source: string;
}

/** How `pasta --version` reads on different distributions: the version string is whatever the packager set. */
export const pastaVersionStrings: readonly PastaVersionString[] = [
  { distribution: 'upstream, Arch Linux', printed: 'pasta 2025_03_20.32f6212', source: urls.passtTags },
  { distribution: 'git build (two commits after a tag)', printed: 'pasta 2025_01_21.4f2c8e7-2-gdd6a685', source: urls.rootlesskitPr482 },
  { distribution: 'Debian 13', printed: 'pasta 0.0~git20250503.587980c-2+deb13u1', inferred: true, source: urls.debianPasst },
  { distribution: 'Debian 12', printed: 'pasta unknown version', package: passtPackages.debian12.version, source: urls.debianPasst },
  { distribution: 'Ubuntu 24.04', printed: 'pasta unknown version', package: passtUbuntu2404.version, packageSource: urls[passtUbuntu2404.source], source: urls.ubuntuPasst },
  { distribution: 'Fedora 40', printed: 'pasta 0^20240906.g6b38f07-1.fc40.x86_64-pasta', package: 'passt-0^20240906.g6b38f07-1.fc40.x86_64', source: urls.fedoraPasst },
  { distribution: 'Chimera Linux', printed: 'pasta 2024.12.11', source: urls.chimeraCports },
  // Alpine builds with VERSION set to the upstream tag, but versions the package by the dotted date and its release.
  { distribution: 'Alpine Linux', printed: 'pasta 2025_02_17.a1e48a0', package: 'passt-2025.02.17-r0', inferred: true, source: urls.alpinePasst },
];

/** Package version patterns that carry a passt release date. */
export const passtPackageFormats = [
  { family: 'Debian, Ubuntu', pattern: '0.0~gitYYYYMMDD.<hash>-N' },
  { family: 'Fedora, RHEL', pattern: '0^YYYYMMDD.g<hash>-N.fcNN' },
  { family: 'Arch Linux', pattern: 'YYYY_MM_DD.<hash>-N' },
  { family: 'Alpine Linux', pattern: 'YYYY.MM.DD-rN' },
] as const;

/** One row of the pasta-only reproduction: RootlessKit's exact options, a server bound to 127.0.0.1 in the namespace. */
export interface PastaReproductionRow {
  build: string;
  flag: boolean;
  /** The RootlessKit releases that produce this argv. */
  rootlesskit: string;
  fromLoopback: CurlOutcome;
  fromOtherAddress: CurlOutcome;
}

/** What curl printed, and whether the server answered. */
export interface CurlOutcome {
  text: string;
  answered: boolean;
}

const answered = (text: string): CurlOutcome => ({ text, answered: true });
const failed = (text: string): CurlOutcome => ({ text, answered: false });

/** The reproduction that pins the cause on passt's spliced-path change. */
export const pastaReproduction: { rows: readonly PastaReproductionRow[]; source: string } = {
  source: urls.passtCommitChange,
  rows: [
    { build: '2025_01_21.4f2c8e7-2-gdd6a685', flag: false, rootlesskit: '≤ 2.3.1', fromLoopback: failed('curl: (56) Connection reset by peer'), fromOtherAddress: failed('curl: (56) reset') },
    { build: '2025_01_21.4f2c8e7-2-gdd6a685', flag: true, rootlesskit: '≥ 2.3.2', fromLoopback: answered('200 OK'), fromOtherAddress: failed('curl: (56) reset') },
    { build: '2024_09_06.6b38f07', flag: false, rootlesskit: 'any', fromLoopback: answered('200 OK'), fromOtherAddress: failed('curl: (52) empty reply') },
  ],
};
