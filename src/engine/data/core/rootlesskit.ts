/** The RootlessKit releases and thresholds the engine compares against (with what they mean, for pages: ../rootlesskit.ts). */
import type { Source, Versioned } from '../types.ts';

/** RootlessKit release tags from the first with pasta onwards, oldest first, with tag dates (null: not verified). */
export const rootlesskitTags: { source: Source; tags: readonly (readonly [version: string, date: string | null])[] } = {
  source: 'rootlesskitReleases',
  tags: [
    ['2.0.0', '2024-01-15'],
    ['2.0.1', '2024-02-06'],
    ['2.0.2', '2024-03-06'],
    ['2.1.0', '2024-04-26'],
    ['2.2.0', '2024-07-17'],
    ['2.3.0', '2024-08-18'],
    ['2.3.1', '2024-08-18'],
    ['2.3.2', '2025-01-20'],
    ['2.3.3', '2025-03-10'],
    ['2.3.4', '2025-03-10'],
    ['2.3.5', '2025-05-08'],
    ['2.3.6', '2025-12-18'],
    ['3.0.0', '2026-04-10'],
    ['3.0.1', '2026-05-27'],
    ['3.0.2', null],
    ['3.1.0', '2026-08-04'],
    ['3.2.0', '2026-09-19'],
  ],
};

/** RootlessKit versions at which behaviour relevant to the checker changes. */
export const rootlesskit = {
  pastaDriver: { version: '2.0.0', source: 'rootlesskitReleases' },
  hostLoToNsLo: { version: '2.3.2', source: 'rootlesskitPr482' },
  sourceAddressBuiltin: { version: '3.0.0', source: 'rootlesskitPortDoc' },
  hostLoopbackBlocked: { version: '3.1.0', source: 'rootlesskitPr612' },
  pastaIpv6: { version: '3.2.0', source: 'rootlesskitPr620' },
} as const satisfies Record<string, Versioned>;

/** The pasta version RootlessKit documents as its minimum, and the one it recommends. */
export const rootlesskitPasta = {
  minimum: { version: '2023_06_25.32660ce', source: 'rootlesskitNetworkDoc' },
  recommended: { version: '2023_12_04.b86afe3', source: 'rootlesskitNetworkDoc' },
} as const satisfies Record<string, Versioned>;
