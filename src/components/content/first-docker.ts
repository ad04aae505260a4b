import type { DockerBundle } from '../../engine/data/types.ts';
import type { Lang } from '../../i18n/languages.ts';
import { displayFact } from './display-fact.ts';
import { contentStrings } from './strings.ts';
import { compareVersions } from './version-order.ts';

/**
 * A sentence naming the first Docker release in `bundles` (oldest first) whose bundled RootlessKit is `rootlesskit` or newer;
 * while there is none, the sentence says so, with the newest release and what it bundles, so that it reads whole either way.
 */
export function firstDockerSentence(rootlesskit: string, bundles: readonly DockerBundle[], lang: Lang): string {
  const words = contentStrings[lang].firstDocker;
  const wanted = displayFact(rootlesskit, { v: true });
  const first = bundles.find((bundle) => compareVersions(bundle.rootlesskit, rootlesskit) >= 0);
  if (first) return words.from(wanted, first.first);
  const newest = bundles.at(-1);
  if (!newest) throw new Error('firstDockerSentence: no Docker releases');
  return words.none(wanted, newest.last, displayFact(newest.rootlesskit, { v: true }));
}
