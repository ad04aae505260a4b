/** RootlessKit releases and versions with what they change, for pages; the engine reads the numbers from core/rootlesskit.ts. */
import { described } from './cite.ts';
import { rootlesskit, rootlesskitPasta, rootlesskitTags } from './core/rootlesskit.ts';
import type { RootlesskitRelease, Threshold, Versioned } from './types.ts';
import * as urls from './urls.ts';

const tag = (v: string): string => `${urls[rootlesskitTags.source]}/tag/v${v}`;

/** Tag date of each release in core/rootlesskit.ts (null: not verified). */
const tagDates: Readonly<Record<string, string | null>> = {
  '2.0.0': '2024-01-15',
  '2.0.1': '2024-02-06',
  '2.0.2': '2024-03-06',
  '2.1.0': '2024-04-26',
  '2.2.0': '2024-07-17',
  '2.3.0': '2024-08-18',
  '2.3.1': '2024-08-18',
  '2.3.2': '2025-01-20',
  '2.3.3': '2025-03-10',
  '2.3.4': '2025-03-10',
  '2.3.5': '2025-05-08',
  '2.3.6': '2025-12-18',
  '3.0.0': '2026-04-10',
  '3.0.1': '2026-05-27',
  '3.0.2': null,
  '3.1.0': '2026-08-04',
  '3.2.0': '2026-09-19',
};

/** What the site says about some releases. */
const notes: Readonly<Record<string, string>> = {
  '2.0.0': 'First release with the pasta network driver.',
  '2.3.1': 'Last release without the fix.',
  '2.3.2': 'First release that passes `--host-lo-to-ns-lo` to pasta.',
  '3.0.0': '`gvisor-tap-vsock` built in; builtin port driver propagates TCP source addresses when the userland proxy is disabled.',
  '3.0.2': 'Release notes not verified.',
  '3.1.0': 'Blocks the host-loopback path under `--disable-host-loopback` (PR #612); the `pesto` port driver (PR #616).',
  '3.2.0': '`net/pasta`: fix IPv6 support (PR #620).',
};

/** RootlessKit release tags from the first with pasta onwards, oldest first (tag dates); throws for a release without a date entry. */
export const rootlesskitReleases: readonly RootlesskitRelease[] = rootlesskitTags.versions.map((version) => {
  const date = tagDates[version];
  if (date === undefined) throw new Error(`RootlessKit ${version}: no tag date entry`);
  return { version, date, source: tag(version), ...(notes[version] ? { note: notes[version] } : {}) };
});

/** A threshold as pages read it: described, and dated by its release tag (throws when the tag date is not known). */
function dated<T extends Versioned>(threshold: T, what: string) {
  const date = rootlesskitReleases.find((r) => r.version === threshold.version)?.date;
  if (!date) throw new Error(`RootlessKit ${threshold.version}: no tag date`);
  return { ...described(threshold, what), date };
}

/** RootlessKit versions at which behaviour relevant to the checker changes, dated by their release tags. */
export const rootlesskitThresholds = {
  pastaDriver: { ...dated(rootlesskit.pastaDriver, 'First RootlessKit with the pasta network driver.'), source: tag(rootlesskit.pastaDriver.version) },
  hostLoToNsLo: dated(rootlesskit.hostLoToNsLo, 'RootlessKit probes pasta and passes --host-lo-to-ns-lo when it is accepted.'),
  sourceAddressBuiltin: dated(rootlesskit.sourceAddressBuiltin, 'The builtin port driver propagates the client source address for TCP when the userland proxy is disabled.'),
  hostLoopbackBlocked: dated(rootlesskit.hostLoopbackBlocked, '--disable-host-loopback also blocks the namespace from reaching host loopback through pasta\'s spliced path.'),
  pastaIpv6: dated(rootlesskit.pastaIpv6, 'IPv6 support of the pasta driver fixed.'),
  pestoPortDriver: { ...dated(rootlesskit.pestoPortDriver, 'The pesto port driver (experimental, with pasta): RootlessKit adds each published port to pasta itself, through pesto.'), source: tag(rootlesskit.pestoPortDriver.version) },
  // RootlessKit v3; its first release is 3.0.0, the same release as sourceAddressBuiltin, but a separate fact.
  gvisorBuiltIn: { ...dated({ version: '3.0.0', source: 'rootlesskitReleases' }, 'The gvisor-tap-vsock network driver is built into (embedded in) RootlessKit.'), source: tag('3.0.0') },
} as const satisfies Record<string, Threshold>;

/** The setup named in rootless-containers/rootlesskit#591, the report of the passt release that stopped dockerd from starting (passtMilestones.brokenWithRootlesskit). */
export const rootlesskit591Report = {
  docker: '29.5.0',
  rootlesskit: '3.0.0',
  source: urls.rootlesskit591,
} as const;

/** The pasta version RootlessKit documents as its minimum, and the one it recommends. */
export const rootlesskitPastaRequirements = {
  minimum: described(rootlesskitPasta.minimum, 'Minimum pasta documented by RootlessKit.'),
  recommended: described(rootlesskitPasta.recommended, 'Recommended pasta documented by RootlessKit.'),
  pesto: described({ version: '2026_05_07.1afd4ed', source: 'rootlesskitPortDoc' }, 'The passt RootlessKit documents as the oldest for the pesto port driver.'),
} as const satisfies Record<string, Threshold>;

/** The RootlessKit releases whose pasta argument list is verified (pkg/network/pasta/pasta.go); later ones are not. */
export const rootlesskitPastaArgv = {
  verifiedFrom: '2.3.2',
  verifiedTo: '3.0.1',
  source: urls.rootlesskitPasta,
} as const;

/** The RootlessKit commit that added the probe and the flag, and when it was merged. */
export const rootlesskitFixCommit = {
  date: '2025-01-16',
  merged: '2025-01-20',
  source: urls.rootlesskitCommitFix,
} as const;
