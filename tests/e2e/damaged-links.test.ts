import { expect, test } from 'vitest';
import { describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';

// Wikis and chat encode a link's '#' as %23, and a link at the end of a sentence takes in its bracket or full stop: the host answers 404.
describeInBrowser('damaged links', (browser) => {
  test.each([
    ['root', 'troubleshooting/%23no-user-session', 'troubleshooting/#no-user-session'],
    ['kb', 'troubleshooting/%23no-user-session).', 'troubleshooting/#no-user-session'],
    ['root', 'checker/).', 'checker/'],
  ] as const)('%s build: %s goes to the page and section it meant', async (name, damaged, meant) => {
    const { context, page, problems } = await openPage(browser());
    try {
      const response = await page.goto(`${siteUrls[name]}${damaged}`);
      const landing = [...problems];
      expect(response?.status()).toBe(404);
      await page.waitForURL(`${siteUrls[name]}${meant}`);
      const hash = new URL(page.url()).hash;
      if (hash) await expect.poll(() => page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top, hash.slice(1))).toBeLessThan(200);
      // The one 404 is the damaged address's own; the page it meant loads without a fault.
      expect(problems).toEqual(landing);
    } finally {
      await context.close();
    }
  });

  test('a missing page without such damage stays on the 404 page', async () => {
    const { context, page, problems } = await openPage(browser());
    try {
      const response = await page.goto(`${siteUrls.root}no-such-page/`);
      expect(response?.status()).toBe(404);
      await page.waitForTimeout(500);
      expect(page.url()).toBe(`${siteUrls.root}no-such-page/`);
      expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
