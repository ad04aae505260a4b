import { expect, test } from 'vitest';
import { axeViolations, colourRules } from '../support/a11y.ts';
import { builds } from '../support/builds.ts';
import { builtPageUrls, describeInBrowser, openPage } from '../support/e2e.ts';

const background = { light: 'rgb(255, 255, 255)', dark: 'rgb(15, 18, 22)' };

describeInBrowser('accessibility', (browser) => {
  test.each(builtPageUrls(builds[0]!))('%s has no WCAG 2.2 AA violations in the light or the dark theme', async (url) => {
    const { context, page } = await openPage(browser(), { colorScheme: 'light' });
    try {
      await page.goto(url, { waitUntil: 'load' });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background[colorScheme]);
        // The whole set in the light theme; in the dark one only what colours decide (the rest is the same page), which halves the time.
        expect(await axeViolations(page, colorScheme === 'dark' ? colourRules : undefined), colorScheme).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
