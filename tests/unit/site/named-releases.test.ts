import { expect, test } from 'vitest';
import { namedReleases } from '../../../src/components/content/named-releases.ts';
import { dockerBundles, dockerNotable } from '../../../src/engine/data/index.ts';

test('a range row is searchable by the releases the data module names inside it, never by its ends or outside releases', () => {
  const row = dockerBundles.find((bundle) => bundle.first === '27.3.0')!;
  expect(namedReleases(row.first, row.last)).toContain(dockerNotable.seedClaim.version);
  for (const bundle of dockerBundles) {
    for (const release of namedReleases(bundle.first, bundle.last)) {
      expect([bundle.first, bundle.last]).not.toContain(release);
      expect(dockerBundles.filter((other) => namedReleases(other.first, other.last).includes(release))).toEqual([bundle]);
    }
  }
});
