import { expect, test } from 'vitest';
import { axeViolations } from '../support/a11y.ts';
import { builds } from '../support/builds.ts';
import { describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';

const pagefindRequest = (url: string) => url.includes('/pagefind/');

describeInBrowser('search', (browser) => {
  test.each(builds)('$name build: "pasta" finds an article and the result opens it', async (build) => {
    const { context, page, problems } = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    try {
      await page.goto(siteUrls[build.name], { waitUntil: 'load' });
      expect(requests.filter(pagefindRequest)).toEqual([]);

      await page.keyboard.press('/');
      const input = page.getByRole('dialog').getByRole('searchbox');
      await input.waitFor({ state: 'visible' });
      await input.fill('pasta');

      const firstResult = page.locator('pagefind-results a').first();
      await firstResult.waitFor({ state: 'visible' });
      const searchRequests = requests.filter(pagefindRequest);
      expect(searchRequests.length).toBeGreaterThan(0);
      expect(searchRequests.filter((url) => !url.startsWith(siteUrls[build.name]))).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      const target = await firstResult.getAttribute('href');
      expect(target?.startsWith(build.base)).toBe(true);

      await firstResult.click();
      await page.waitForURL((url) => url.pathname === new URL(target ?? '', siteUrls[build.name]).pathname);
      await expect(page.locator('article').textContent()).resolves.toMatch(/pasta/i);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("the dialog ranks with the site's settings: a quoted message finds the long page that explains it first", async () => {
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(siteUrls.root);
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('The MTU is 1500');
      const firstResult = page.locator('pagefind-results a').first();
      await firstResult.waitFor({ state: 'visible' });
      // With Pagefind's own page-length penalty, the short references page comes first (search-ranking.ts). The list settles once
      // the search for the whole query has answered.
      await expect.poll(() => firstResult.getAttribute('href'), { timeout: 10_000 }).toMatch(/\/troubleshooting\//);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Chromium splits a Chinese page's query into words itself (Intl.Segmenter), so the Chinese dialog is asked as well as the English one.
  test.each([
    { lang: 'English', prefix: '' },
    { lang: 'Chinese', prefix: 'zh-cn/' },
  ])('the dialog on the $lang start page finds the page on the --host-lo-to-ns-lo flag first', async ({ prefix }) => {
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(`${siteUrls.root}${prefix}`);
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('host-lo-to-ns-lo');
      const firstResult = page.locator('pagefind-results a').first();
      await firstResult.waitFor({ state: 'visible' });
      await expect.poll(() => firstResult.getAttribute('href'), { timeout: 10_000 }).toBe(`/${prefix}fix/`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Pagefind lists a page's sections with the most matching words, in page order: the section titled with the message came third, after
  // longer ones sharing "connect" (review 108 #8). The problem page, whose symptom it is, is among the first three pages.
  test.each([
    { lang: 'English', prefix: '', query: 'connection reset by peer' },
    { lang: 'Chinese', prefix: 'zh-cn/', query: '连接被重置' },
  ])('on the $lang start page, "$query" lists the section titled with it first, and the problem among the first pages', async ({ prefix, query }) => {
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(`${siteUrls.root}${prefix}`);
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill(query);
      const first = page.locator('pagefind-results .pf-result').first();
      await first.locator('.pf-heading-link').first().waitFor({ state: 'visible' });
      await expect.poll(() => first.locator('.pf-result-link').getAttribute('href'), { timeout: 10_000 }).toBe(`/${prefix}troubleshooting/`);
      await expect.poll(() => first.locator('.pf-heading-link').first().getAttribute('href'), { timeout: 10_000 }).toBe(`/${prefix}troubleshooting/#connection-reset-by-peer`);
      const pages = await page.locator('pagefind-results .pf-result-link').evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
      expect(pages).toContain(`/${prefix}problem/`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Ctrl-K, "/" and the header button open the search too, and closing it puts focus back where the reader was', async () => {
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(siteUrls.root);
      await page.keyboard.press('Control+k');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('searchbox').waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      // Opened from nowhere in particular, closing lands on the search button, not on <body> (where Tab would restart the page).
      await expect(page.evaluate(() => document.activeElement?.hasAttribute('data-search'))).resolves.toBe(true);

      const link = page.locator('article p a[href]').first();
      await link.focus();
      await page.keyboard.press('/');
      await dialog.getByRole('searchbox').waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await expect(link.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

      await page.getByRole('button', { name: 'Search' }).click();
      await dialog.getByRole('searchbox').waitFor({ state: 'visible' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
  // The dialog takes Escape before its field and closes (the field would clear); a wide screen had no close button, only phones did
  // (review RS #7).
  test.each([
    { lang: 'English', prefix: '', close: 'close', name: 'close' },
    { lang: 'Chinese', prefix: 'zh-cn/', close: '关闭', name: '关闭' },
  ])('on the $lang start page at 1280 px, the footer says Escape closes, which it does, and a visible button closes too', async ({ prefix, close, name }) => {
    const { context, page, problems } = await openPage(browser(), { viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${siteUrls.root}${prefix}`);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('searchbox').fill('pasta');
      await expect.poll(() => dialog.locator('pagefind-keyboard-hints').innerText()).toMatch(new RegExp(`esc\\s*${close}`));
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      await page.keyboard.press('/');
      const button = dialog.getByRole('button', { name, exact: true });
      await button.waitFor({ state: 'visible' });
      await button.click();
      await dialog.waitFor({ state: 'hidden' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Pagefind heard of a close only from the dialog's close event, a frame later: "/" before it did nothing, and the search stayed shut (a
  // CI run of the test above, on a loaded machine). Both keys go in one task here, as no frame can come between them: real keys
  // leave that to the machine's speed.
  test('Escape then "/" before the next frame opens the search again, whose Escape closes it', async () => {
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(siteUrls.root);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog');
      const input = dialog.getByRole('searchbox');
      await input.fill('pasta');
      await input.evaluate((field) => {
        const key = (target: Element | null, name: string) => target!.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
        key(field, 'Escape');
        key(document.activeElement, '/');
      });
      await input.waitFor({ state: 'visible' });
      await expect.poll(() => dialog.locator('pagefind-keyboard-hints').innerText()).toMatch(/esc\s*close/);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Each language has an index of its own: a Chinese query on an English page finds nothing, and said only "No results" (review RS #6).
  test('a Chinese query on the English start page finds nothing, and links to the Chinese search, which opens with it', async () => {
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(siteUrls.root);
      await page.keyboard.press('/');
      const query = '连接被重置';
      await page.getByRole('dialog').getByRole('searchbox').fill(query);
      const link = page.getByRole('dialog').getByRole('link', { name: 'Search them' });
      await link.waitFor({ state: 'visible' });
      expect(await page.locator('pagefind-results a').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await link.click();
      await page.waitForURL((url) => url.pathname === '/zh-cn/' && url.searchParams.get('q') === query);
      const input = page.getByRole('dialog').getByRole('searchbox');
      await expect.poll(() => input.inputValue()).toBe(query);
      await expect.poll(() => page.locator('pagefind-results .pf-result-link').first().getAttribute('href'), { timeout: 10_000 }).toBe('/zh-cn/troubleshooting/');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a query without Chinese that finds nothing on the Chinese start page links to the English search', async () => {
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(`${siteUrls.root}zh-cn/`);
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').fill('zzzz');
      const link = page.getByRole('dialog').getByRole('link', { name: '搜索英文页面' });
      await link.waitFor({ state: 'visible' });
      expect(await link.getAttribute('href')).toBe('/?q=zzzz');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
