import { expect, test } from 'vitest';
import { builds } from '../../support/builds.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';
import { cspViolations, openChecker, pasteEach, shownVerdict } from './support.ts';

// The public pastes: the shared ones and those gathered since. Under a sub-path only the shared ones: what the base changes is where the
// engine loads from, not what it answers.
const labelled = (kind: 'real' | 'wild') => labelledFixtures(kind).filter((fixture) => fixture.labels.verdict !== '*');
const checkedIn = { root: [...labelled('real'), ...labelled('wild')], kb: labelled('real') };
// Hundreds of pastes, one after another, in one page: more than the browser projects' minute on a busy machine.
const EVERY_PASTE_MS = 240_000;

describeInBrowser('checker verdicts', (browser) => {
  test.each(builds)('$name build: the labelled public pastes show their verdicts in data-verdict', async (build) => {
    const checked = checkedIn[build.name];
    const { context, page, problems } = await openChecker(browser(), `${siteUrls[build.name]}checker/`);
    try {
      expect(await shownVerdict(page)).toBe('incomplete');
      const shown = await pasteEach(page, checked.map((fixture) => fixture.text));
      expect(shown.map(({ verdict }, i) => [checked[i]!.file, verdict])).toEqual(checked.map((fixture) => [fixture.file, fixture.labels.verdict]));
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, EVERY_PASTE_MS);
});
