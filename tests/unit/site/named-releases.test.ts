import { expect, test } from 'vitest';
import { namedReleases } from '../../../src/components/content/named-releases.ts';
import { inRange } from '../../../src/components/content/version-order.ts';
import { dockerBundles, dockerNotable, dockerReleases, dockerThresholds } from '../../../src/engine/data/index.ts';

const listed = dockerReleases.flatMap((notes) => notes.releases);
const rowsOf = (release: string) => dockerBundles.filter((bundle) => inRange(release, bundle.first, bundle.last));

test('a release that only the release notes list is searchable with the row whose range holds it', () => {
  const thresholds = [...Object.values(dockerThresholds), ...Object.values(dockerNotable)].map((record) => record.version);
  expect(listed).toContain('27.4.1');
  expect(thresholds).not.toContain('27.4.1');
  const row = dockerBundles.find((bundle) => bundle.first === '27.3.0')!;
  expect(namedReleases(row.first, row.last)).toEqual(expect.arrayContaining(['27.4.0', '27.4.1', dockerNotable.seedClaim.version]));
});

test('every listed release of the span of the table falls in exactly one row, and in none only if the table has a gap there', () => {
  const span = { first: dockerBundles[0]!.first, last: dockerBundles.at(-1)!.last };
  const inSpan = listed.filter((release) => inRange(release, span.first, span.last));
  expect(inSpan.length).toBeGreaterThan(50);
  // No listed release falls between two rows. 27.0.0 would (26.1.5 and 27.0.1 end and start two rows), but the notes say it was never released.
  expect(inSpan.filter((release) => rowsOf(release).length === 0)).toEqual([]);
  for (const release of inSpan) {
    const [row, ...others] = rowsOf(release);
    expect(others, release).toEqual([]);
    if (release !== row!.first && release !== row!.last) expect(namedReleases(row!.first, row!.last), release).toContain(release);
  }
});

test('a range row is searchable by the releases known inside it, never by its ends or outside releases', () => {
  for (const bundle of dockerBundles) {
    for (const release of namedReleases(bundle.first, bundle.last)) {
      expect([bundle.first, bundle.last]).not.toContain(release);
      expect(dockerBundles.filter((other) => namedReleases(other.first, other.last).includes(release))).toEqual([bundle]);
    }
  }
});
