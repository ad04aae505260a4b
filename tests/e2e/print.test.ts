import { expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';
import { findPage } from '../support/pages.ts';

const articleUrl = new URL(findPage(builds[0]!, 'class="heading ').url, siteUrls.root).href;

describeInBrowser('print', (browser) => {
  test('prints the article alone, in the light theme, with link targets spelled out', async () => {
    const { context, page } = await openPage(browser(), { colorScheme: 'dark' });
    try {
      await page.goto(articleUrl);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.sidebar', '.toc-column', '.pager']) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      await expect(page.locator('article h1').isVisible()).resolves.toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      const external = page.locator('article a[href^="http"]').first();
      if ((await external.count()) > 0) {
        const href = await external.getAttribute('href');
        expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toContain(href);
      }
    } finally {
      await context.close();
    }
  });
});
