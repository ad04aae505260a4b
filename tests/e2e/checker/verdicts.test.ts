import { expect, test } from 'vitest';
import { builds } from '../../support/builds.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';
import { cspViolations, openChecker, pasteText, shownVerdict } from './support.ts';

// The public pastes: the shared ones and those gathered since.
const checked = [...labelledFixtures('real'), ...labelledFixtures('wild')].filter((fixture) => fixture.labels.verdict !== '*');
// Hundreds of pastes, one after another, in one page: more than the browser projects' minute on a busy machine.
const EVERY_PASTE_MS = 240_000;

describeInBrowser('checker verdicts', (browser) => {
  test.each(builds)('$name build: every labelled public paste shows its verdict in data-verdict', async (build) => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls[build.name]}checker/`);
    try {
      expect(await shownVerdict(page)).toBe('incomplete');
      const shown = [];
      for (const fixture of checked) shown.push([fixture.file, await pasteText(page, fixture.text)]);
      expect(shown).toEqual(checked.map((fixture) => [fixture.file, fixture.labels.verdict]));
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, EVERY_PASTE_MS);
});
