import { expect, test } from 'vitest';
import { axeViolations, colourRules } from '../support/a11y.ts';
import { builds } from '../support/builds.ts';
import { builtPageUrls, describeInBrowser, openPage } from '../support/e2e.ts';

const background = { light: 'rgb(255, 255, 255)', dark: 'rgb(15, 18, 22)' };

describeInBrowser('accessibility', (browser) => {
  test('the check finds what it is there for: an image without a text, faint text, a link told apart by colour alone', async () => {
    const { context, page } = await openPage(browser());
    try {
      await page.setContent(
        '<html lang="en"><title>t</title><main><img src="data:,"><p style="color:#bbb">faint</p>' +
          '<p style="color:#000">Read <a href="#x" style="color:#111;text-decoration:none">this</a> now.</p></main></html>',
      );
      expect((await axeViolations(page)).map((line) => line.split(':')[0])).toEqual(['color-contrast', 'image-alt', 'link-in-text-block']);
      expect((await axeViolations(page, colourRules)).map((line) => line.split(':')[0])).toEqual(['color-contrast', 'link-in-text-block']);
    } finally {
      await context.close();
    }
  });

  test.each(builtPageUrls(builds[0]!))('%s has no WCAG 2.2 AA violations in the light or the dark theme', async (url) => {
    const { context, page } = await openPage(browser(), { colorScheme: 'light' });
    try {
      await page.goto(url, { waitUntil: 'load' });
      // The check runs in the page alone (a11y.ts): a frame would go unchecked.
      expect(await page.locator('iframe, frame').count()).toBe(0);
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
