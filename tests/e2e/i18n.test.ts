import { expect, test } from 'vitest';
import { axeViolations } from '../support/a11y.ts';
import { builds } from '../support/builds.ts';
import { describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';

const wide = { viewport: { width: 1400, height: 900 } };

describeInBrowser('languages', (browser) => {
  test.each(builds)('$name build: the language switch opens the same section in the other language, and back', async (build) => {
    const { context, page, problems } = await openPage(browser(), wide);
    const root = siteUrls[build.name];
    try {
      await page.goto(`${root}fix/#probe`);
      const headerBottom = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().bottom);
      const inView = () => page.locator('[id="probe"]').evaluate((heading) => heading.getBoundingClientRect().top);

      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' }).click();
      await page.waitForURL((url) => url.pathname === `${build.base}zh-cn/fix/` && url.hash === '#probe');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
      const top = await inView();
      expect(top).toBeGreaterThanOrEqual(headerBottom);
      expect(top).toBeLessThan(headerBottom + 100);

      await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
      await page.waitForURL((url) => url.pathname === `${build.base}fix/` && url.hash === '#probe');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the switch follows the section being read: after a table-of-contents link it carries the new fragment', async () => {
    const { context, page, problems } = await openPage(browser(), wide);
    try {
      await page.goto(`${siteUrls.root}zh-cn/troubleshooting/`);
      const switchLink = page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' });
      await expect(switchLink.getAttribute('href')).resolves.toBe('/troubleshooting/');
      await page.getByRole('navigation', { name: '本页内容' }).getByRole('link').nth(3).click();
      const hash = await page.evaluate(() => location.hash);
      expect(hash).not.toBe('');
      await expect(switchLink.getAttribute('href')).resolves.toBe(`/troubleshooting/${hash}`);
      await switchLink.click();
      await page.waitForURL((url) => url.pathname === '/troubleshooting/' && url.hash === hash);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(builds)('$name build: the switch follows the section scrolled to, not the anchor arrived at; above the first heading it carries none', async (build) => {
    const { context, page, problems } = await openPage(browser(), wide);
    const root = siteUrls[build.name];
    try {
      await page.goto(`${root}troubleshooting/#mtu-1500`);
      const switchLink = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' });
      const other = `${build.base}zh-cn/troubleshooting/`;
      await expect.poll(() => switchLink.getAttribute('href')).toBe(`${other}#mtu-1500`);
      // Scrolled well past it (eighth site audit, #6): the section the contents mark as being read, while the address stays.
      await page.evaluate(() => scrollBy(0, 3500));
      const marked = page.locator('.toc-aside a[aria-current="true"]');
      await expect.poll(() => marked.getAttribute('href')).not.toBe('#mtu-1500');
      const section = (await marked.getAttribute('href'))!;
      const heading = await page.locator(`[id="${section.slice(1)}"]`).evaluate((element) => element.getBoundingClientRect().top);
      expect(heading).toBeLessThan(100);
      await expect.poll(() => switchLink.getAttribute('href')).toBe(`${other}${section}`);
      expect(new URL(page.url()).hash).toBe('#mtu-1500');
      await page.evaluate(() => scrollTo(0, 0));
      await expect.poll(() => switchLink.getAttribute('href')).toBe(other);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Review 88 #6: the address's fragment named something that is not a contents entry, and the switch kept it for the whole visit.
  test.each([
    [1, '#main'],
    [2, '#toc-label'],
  ])('a skip link (Tab × %i, %s) is no place to open the other page at: the switch carries the section then read', async (tabs, hash) => {
    const { context, page, problems } = await openPage(browser(), wide);
    try {
      await page.goto(`${siteUrls.root}troubleshooting/`, { waitUntil: 'load' });
      const switchLink = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' });
      for (let tab = 0; tab < tabs; tab++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction((expected) => location.hash === expected, hash);
      await expect.poll(() => switchLink.getAttribute('href')).not.toContain(hash);
      await page.evaluate(() => scrollBy(0, 12_000));
      const marked = page.locator('.toc-aside a[aria-current="true"]');
      await expect.poll(() => marked.count()).toBe(1);
      const section = (await marked.getAttribute('href'))!;
      await expect.poll(() => switchLink.getAttribute('href')).toBe(`/zh-cn/troubleshooting/${section}`);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a table row arrived at is carried while the reader is at it, and the section read once they scroll to another', async () => {
    const { context, page, problems } = await openPage(browser(), wide);
    try {
      const row = '#docker-28-0-0';
      await page.goto(`${siteUrls.root}compatibility/${row}`, { waitUntil: 'load' });
      expect(await page.locator(`tr[id="${row.slice(1)}"]`).count()).toBe(1);
      const switchLink = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '简体中文' });
      await expect.poll(() => switchLink.getAttribute('href')).toBe(`/zh-cn/compatibility/${row}`);
      const marked = page.locator('.toc-aside a[aria-current="true"]');
      const first = await marked.getAttribute('href');
      await page.evaluate(() => scrollBy(0, 4700));
      await expect.poll(() => marked.getAttribute('href')).not.toBe(first);
      const section = (await marked.getAttribute('href'))!;
      await expect.poll(() => switchLink.getAttribute('href')).toBe(`/zh-cn/compatibility/${section}`);
      // Back at the row, and switching at once, the other page opens at it.
      await page.goto(`${siteUrls.root}compatibility/`);
      await page.goto(`${siteUrls.root}compatibility/${row}`, { waitUntil: 'load' });
      await expect.poll(() => switchLink.getAttribute('href')).toBe(`/zh-cn/compatibility/${row}`);
      await switchLink.click();
      await page.waitForURL((url) => url.pathname === '/zh-cn/compatibility/' && url.hash === row);
      const top = await page.locator(`tr[id="${row.slice(1)}"]`).evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(200);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the switch still leads to the same page in the other language', async () => {
    const { context, page, problems } = await openPage(browser(), { ...wide, javaScriptEnabled: false });
    try {
      await page.goto(`${siteUrls.root}compatibility/#passt-milestones`);
      await page.getByRole('link', { name: '简体中文' }).click();
      await page.waitForURL((url) => url.pathname === '/zh-cn/compatibility/');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(builds)('$name build: search on a Chinese page finds Chinese pages for a Chinese query, and only those', async (build) => {
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(`${siteUrls[build.name]}zh-cn/`, { waitUntil: 'load' });
      await page.keyboard.press('/');
      const input = page.getByRole('dialog').getByRole('searchbox');
      await input.waitFor({ state: 'visible' });
      await input.fill('回环');
      const results = page.locator('pagefind-results a');
      await results.first().waitFor({ state: 'visible' });
      const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => !href.startsWith(`${build.base}zh-cn/`))).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      // The list may still be reordered as Pagefind ranks more results: whichever result is first when clicked opens a Chinese page.
      await results.first().click();
      await page.waitForURL((url) => url.pathname.startsWith(`${build.base}zh-cn/`) && url.pathname !== `${build.base}zh-cn/`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
      await expect(page.locator('article').textContent()).resolves.toContain('回环');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('search on an English page finds English pages only', async () => {
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(siteUrls.root, { waitUntil: 'load' });
      await page.keyboard.press('/');
      const input = page.getByRole('dialog').getByRole('searchbox');
      await input.waitFor({ state: 'visible' });
      await input.fill('loopback');
      const results = page.locator('pagefind-results a');
      await results.first().waitFor({ state: 'visible' });
      const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => href.startsWith('/zh-cn/'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a missing address under /zh-cn/ gets the one 404 page, which speaks both languages and links to both start pages', async () => {
    const { context, page } = await openPage(browser());
    try {
      const response = await page.goto(`${siteUrls.root}zh-cn/no-such-page/`);
      expect(response?.status()).toBe(404);
      const chinese = page.locator('article div[lang="zh-CN"]');
      await expect(chinese.textContent()).resolves.toContain('这个地址没有页面');
      await expect(page.locator('article').textContent()).resolves.toContain('There is no page at this address');
      await chinese.getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/zh-cn/');
    } finally {
      await context.close();
    }
  });

  test.each(['light', 'dark'] as const)('a Chinese page on a phone, with its contents list and then its menu open, has no WCAG 2.2 AA violations in the %s theme', async (colorScheme) => {
    const { context, page } = await openPage(browser(), { viewport: { width: 320, height: 740 }, isMobile: true, hasTouch: true, colorScheme });
    try {
      await page.goto(`${siteUrls.root}zh-cn/troubleshooting/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'sideways scrolling').toBeLessThanOrEqual(0);
      await page.locator('summary', { hasText: '本页内容' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('summary', { hasText: '菜单' }).click();
      await expect(page.getByRole('navigation', { name: '菜单' }).locator('a[aria-current="page"]').count()).resolves.toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Chinese pages use a Chinese system font stack and roomier lines; no font is downloaded', async () => {
    const { context, page } = await openPage(browser());
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(request.url());
    });
    try {
      await page.goto(`${siteUrls.root}zh-cn/problem/`, { waitUntil: 'load' });
      const style = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        return { family: body.fontFamily, lineHeight: Number.parseFloat(body.lineHeight) / Number.parseFloat(body.fontSize) };
      });
      expect(style.family).toContain('PingFang SC');
      expect(style.family).toContain('Noto Sans CJK SC');
      expect(style.family).not.toContain('system-ui');
      expect(style.lineHeight).toBeGreaterThanOrEqual(1.75);
      await page.goto(siteUrls.root, { waitUntil: 'load' });
      const switchFont = await page.getByRole('link', { name: '简体中文' }).evaluate((link) => getComputedStyle(link).fontFamily);
      expect(switchFont).toContain('PingFang SC');
      expect(fonts).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
