/** The RootlessKit releases and thresholds the engine compares against (with what they mean, for pages: ../rootlesskit.ts). */
import type { Source, Versioned } from '../types.ts';

/** RootlessKit releases from the first with pasta onwards, oldest first: where a +dev build sits between them matters. */
export const rootlesskitTags: { source: Source; versions: readonly string[] } = {
  source: 'rootlesskitReleases',
  versions: ['2.0.0', '2.0.1', '2.0.2', '2.1.0', '2.2.0', '2.3.0', '2.3.1', '2.3.2', '2.3.3', '2.3.4', '2.3.5', '2.3.6', '3.0.0', '3.0.1', '3.0.2', '3.1.0', '3.2.0'],
};

/** The pasta option RootlessKit passes from rootlesskit.hostLoToNsLo on: without it, host-loopback connections reset. */
export const FLAG = '--host-lo-to-ns-lo';

/** RootlessKit versions at which behaviour relevant to the checker changes. */
export const rootlesskit = {
  pastaDriver: { version: '2.0.0', source: 'rootlesskitReleases' },
  hostLoToNsLo: { version: '2.3.2', source: 'rootlesskitPr482' },
  sourceAddressBuiltin: { version: '3.0.0', source: 'rootlesskitPortDoc' },
  hostLoopbackBlocked: { version: '3.1.0', source: 'rootlesskitPr612' },
  pestoPortDriver: { version: '3.1.0', source: 'rootlesskitReleases' },
  pastaIpv6: { version: '3.2.0', source: 'rootlesskitPr620' },
} as const satisfies Record<string, Versioned>;

/** The pasta version RootlessKit documents as its minimum, and the one it recommends. */
export const rootlesskitPasta = {
  minimum: { version: '2023_06_25.32660ce', source: 'rootlesskitNetworkDoc' },
  recommended: { version: '2023_12_04.b86afe3', source: 'rootlesskitNetworkDoc' },
} as const satisfies Record<string, Versioned>;
