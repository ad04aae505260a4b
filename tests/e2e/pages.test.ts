import { expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { builtPageUrls, describeInBrowser, openPage } from '../support/e2e.ts';

describeInBrowser('every page', (browser) => {
  for (const build of builds) {
    test.each(builtPageUrls(build))(`${build.name}: %s loads without console errors or failed requests`, async (url) => {
      const { context, page, problems } = await openPage(browser());
      try {
        const response = await page.goto(url, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        await expect(page.title()).resolves.not.toBe('');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
