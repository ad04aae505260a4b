import { expect, test } from 'vitest';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';
import { cspViolations, openChecker, openWatched, pasteEach } from './support.ts';

/** Clicks every button of the island, one at a time, from the first (re-found each time, since clicks change the list). */
async function clickEveryButton(page: import('playwright-core').Page): Promise<number> {
  let clicked = 0;
  for (let i = 0; i < (await page.locator('.checker button').count()); i++) {
    const button = page.locator('.checker button').nth(i);
    if (await button.isVisible()) {
      await button.click();
      clicked += 1;
    }
  }
  return clicked;
}

describeInBrowser('checker privacy', (browser) => {
  // Every fixture is pasted into one page (a request made by any later paste could depend on what an earlier one left): the time it
  // takes grows with them.
  test('after load it makes no request, stores nothing and logs nothing, whatever is pasted or clicked', { timeout: 240_000 }, async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const requests: string[] = [];
    const logged: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => logged.push(message.text()));
    try {
      // The engine loads once the reader starts: the site's own scripts, before anything is pasted. Then nothing more.
      await page.locator('#chk-paste').focus();
      await page.locator('.checker[data-engine]').waitFor();
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.filter((url) => !url.startsWith(`${siteUrls.root}_astro/`) || !url.endsWith('.js'))).toEqual([]);
      requests.length = 0;
      await pasteEach(page, allFixtures().map((fixture) => fixture.text));
      const clicks = await clickEveryButton(page);
      for (const link of await page.locator('.checker a[href^="#"]').all()) await link.click();
      expect(clicks).toBeGreaterThan(10);
      expect(requests).toEqual([]);
      expect(logged).toEqual([]);
      const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
      expect(stored).not.toContain('Docker');
      expect(page.url()).not.toMatch(/Docker|Server/);
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the search (Pagefind, WebAssembly) works under the CSP', async () => {
    const { context, page, problems } = await openWatched(browser(), `${siteUrls.root}checker/`);
    try {
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('pasta');
      await page.locator('pagefind-results a').first().waitFor();
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
