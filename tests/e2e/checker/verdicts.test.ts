import { expect, test } from 'vitest';
import { builds } from '../../support/builds.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { timing } from '../../../src/islands/checker/checker-state.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';
import { cspViolations, openChecker, pasteText, rendered, renders, shownVerdict } from './support.ts';

// The public pastes: the shared ones and those gathered since.
const checked = [...labelledFixtures('real'), ...labelledFixtures('wild')].filter((fixture) => fixture.labels.verdict !== '*');
const largest = checked.toSorted((a, b) => b.text.length - a.text.length)[0]!;

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
  });

  test('a real paste of the largest fixture is analysed and rendered in under 50 ms', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const area = page.getByLabel('Paste the output');
      // A reader pastes after the page has settled, by which time the island has run the engine over its examples.
      await page.locator('.checker[data-warm]').waitFor();
      await area.focus();
      await page.evaluate(async (text) => {
        await navigator.clipboard.writeText(text);
        // The input event's own time stamp, to measure from the paste itself as well as around analysis and rendering.
        addEventListener('input', (event) => Object.assign(window, { pastedAt: event.timeStamp }), { capture: true, once: true });
      }, largest.text);
      const before = await renders(page);
      await page.keyboard.press('ControlOrMeta+V');
      await rendered(page, before);
      const { measure, fromInput } = await page.evaluate((name) => {
        const entry = performance.getEntriesByName(name).at(-1)!;
        const pastedAt = (window as unknown as { pastedAt: number }).pastedAt;
        return { measure: entry.duration, fromInput: entry.startTime + entry.duration - pastedAt };
      }, timing.measure);
      expect(await shownVerdict(page)).toBe(largest.labels.verdict);
      console.log(`paste → verdict for ${largest.file} (${largest.text.length} chars): analyse+render ${measure.toFixed(1)} ms, input event → DOM ${fromInput.toFixed(1)} ms`);
      expect(measure).toBeLessThan(50);
      expect(fromInput).toBeLessThan(50);
    } finally {
      await context.close();
    }
  });
});
