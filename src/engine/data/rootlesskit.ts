import { references } from './references.ts';
import type { RootlesskitRelease, Threshold } from './types.ts';

const releases = references.rootlesskitReleases.url;
const tag = (v: string): string => `${releases}/tag/v${v}`;

/** RootlessKit release tags from the first with pasta onwards, oldest first (tag dates). */
export const rootlesskitReleases: readonly RootlesskitRelease[] = [
  { version: '2.0.0', date: '2024-01-15', source: tag('2.0.0'), note: 'First release with the pasta network driver.' },
  { version: '2.0.1', date: '2024-02-06', source: tag('2.0.1') },
  { version: '2.0.2', date: '2024-03-06', source: tag('2.0.2') },
  { version: '2.1.0', date: '2024-04-26', source: tag('2.1.0') },
  { version: '2.2.0', date: '2024-07-17', source: tag('2.2.0') },
  { version: '2.3.0', date: '2024-08-18', source: tag('2.3.0') },
  { version: '2.3.1', date: '2024-08-18', source: tag('2.3.1'), note: 'Last release without the fix.' },
  { version: '2.3.2', date: '2025-01-20', source: tag('2.3.2'), note: 'First release that passes --host-lo-to-ns-lo to pasta.' },
  { version: '2.3.3', date: '2025-03-10', source: tag('2.3.3') },
  { version: '2.3.4', date: '2025-03-10', source: tag('2.3.4') },
  { version: '2.3.5', date: '2025-05-08', source: tag('2.3.5') },
  { version: '2.3.6', date: '2025-12-18', source: tag('2.3.6') },
  { version: '3.0.0', date: '2026-04-10', source: tag('3.0.0'), note: 'gvisor-tap-vsock built in; builtin port driver propagates TCP source addresses when the userland proxy is disabled.' },
  { version: '3.0.1', date: '2026-05-27', source: tag('3.0.1') },
  { version: '3.0.2', date: null, source: tag('3.0.2'), note: 'Release notes not verified.' },
  { version: '3.1.0', date: '2026-08-04', source: tag('3.1.0'), note: 'Blocks the host-loopback path under --disable-host-loopback (PR #612).' },
  { version: '3.2.0', date: '2026-09-19', source: tag('3.2.0'), note: 'net/pasta: fix IPv6 support (PR #620).' },
];

/** RootlessKit versions at which behaviour relevant to the checker changes. */
export const rootlesskitThresholds = {
  pastaDriver: { version: '2.0.0', date: '2024-01-15', what: 'First RootlessKit with the pasta network driver.', source: tag('2.0.0') },
  hostLoToNsLo: { version: '2.3.2', date: '2025-01-20', what: 'RootlessKit probes pasta and passes --host-lo-to-ns-lo when it is accepted.', source: references.rootlesskitPr482.url },
  sourceAddressBuiltin: { version: '3.0.0', date: '2026-04-10', what: 'The builtin port driver propagates the client source address for TCP when the userland proxy is disabled.', source: references.rootlesskitPortDoc.url },
  hostLoopbackBlocked: { version: '3.1.0', date: '2026-08-04', what: '--disable-host-loopback also blocks the namespace from reaching host loopback through pasta\'s spliced path.', source: references.rootlesskitPr612.url },
  pastaIpv6: { version: '3.2.0', date: '2026-09-19', what: 'IPv6 support of the pasta driver fixed.', source: references.rootlesskitPr620.url },
} as const satisfies Record<string, Threshold>;

/** The pasta version RootlessKit documents as its minimum, and the one it recommends. */
export const rootlesskitPastaRequirements = {
  minimum: { version: '2023_06_25.32660ce', what: 'Minimum pasta documented by RootlessKit.', source: references.rootlesskitNetworkDoc.url },
  recommended: { version: '2023_12_04.b86afe3', what: 'Recommended pasta documented by RootlessKit.', source: references.rootlesskitNetworkDoc.url },
} as const satisfies Record<string, Threshold>;
