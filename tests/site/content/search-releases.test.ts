import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rangeLabel, rowId } from '../../../src/components/content/range-label.ts';
import { contentStrings } from '../../../src/components/content/strings.ts';
import { dockerBundles, dockerNotable, dockerThresholds } from '../../../src/engine/data/index.ts';
import { languages } from '../../../src/i18n/languages.ts';
import { assertBuilt, builds } from '../../support/builds.ts';
import { langs, routeUrl } from '../../support/pages.ts';
import { pagefindFor, type PagefindInstance, type PagefindResultData } from '../../support/pagefind.ts';
import { startStaticServer, type StaticServer } from '../../support/server.ts';

/** For each match, the id of the last element with an id that starts at or before it: the table row the matched word sits in. */
function matchedAnchors(result: PagefindResultData): (string | undefined)[] {
  return result.locations.map((location) => result.anchors.filter((anchor) => anchor.location <= location).at(-1)?.id);
}

// 27.4.1 is a release only the release notes list (no threshold or example names it), inside the range "27.3.0 – 27.5.0".
const release = '27.4.1';
const row = dockerBundles.find((bundle) => bundle.first === '27.3.0')!;

test('the release searched for is one no threshold or example names', () => {
  expect([...Object.values(dockerThresholds), ...Object.values(dockerNotable)].map((record) => record.version)).not.toContain(release);
});

// A reader who types their own Docker release, which the table names only inside a range, lands on the row of that range.
describe.each(builds.flatMap((build) => langs.map((lang) => ({ ...build, lang }))))('searching a release in the $name build, $lang', (build) => {
  assertBuilt(build);
  const pageUrl = routeUrl(build, build.lang, 'compatibility');
  let server: StaticServer;
  let pagefind: PagefindInstance;

  beforeAll(async () => {
    server = await startStaticServer(build.dir, build.base);
    pagefind = await pagefindFor(build.dir, `${server.origin}${build.base}pagefind/`, languages[build.lang].htmlLang);
  });

  afterAll(async () => {
    await pagefind?.destroy();
    await server?.close();
  });

  // The fix page shows the same table, so the compatibility page only has to be among the first three results.
  test(`searching "${release}" finds the compatibility page at the row #${rowId(row.first)}`, async () => {
    const { results } = await pagefind.search(release);
    const data = await Promise.all(results.slice(0, 3).map((result) => result.data()));
    const hit = data.find((result) => result.url === `${server.origin}${pageUrl}`);
    expect(hit?.url, JSON.stringify(data.map((result) => result.url))).toBe(`${server.origin}${pageUrl}`);
    expect(matchedAnchors(hit!)).toEqual([rowId(row.first)]);
  });

  // The dialog shows one line of each result: the row is a result of its own, whose title says whether the range is affected, and whose
  // excerpt starts with the range, not with the cells of the rows before it (review RS #3).
  test(`the result for "${release}" is the row, titled with its range, its answer and its RootlessKit`, async () => {
    const { results } = await pagefind.search(release);
    const data = await Promise.all(results.map((result) => result.data()));
    const hit = data.find((result) => result.url === `${server.origin}${pageUrl}`)!;
    const sub = hit.sub_results.find((result) => result.url.endsWith(`#${rowId(row.first)}`));
    const strings = contentStrings[build.lang];
    expect(sub?.title).toBe(strings.dockerTable.searchTitle(rangeLabel(row.first, row.last), strings.no, row.rootlesskit));
    expect(sub?.excerpt.startsWith(rangeLabel(row.first, row.last)), sub?.excerpt).toBe(true);
  });
});
