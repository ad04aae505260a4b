import { expect, test } from 'vitest';
import { axeViolations } from '../support/a11y.ts';
import { builds } from '../support/builds.ts';
import { clickToHash, describeInBrowser, hashBecomes, openPage, siteUrls } from '../support/e2e.ts';
import { findPage } from '../support/pages.ts';

const tocPageUrl = (base: 'root' | 'kb') => new URL(findPage(builds.find((b) => b.name === base)!, 'class="heading ').url, siteUrls[base]).href;
const diffPageUrl = new URL(findPage(builds[0]!, 'diff remove').url, siteUrls.root).href;
const wide = { viewport: { width: 1400, height: 900 } };
const phone = { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true };

describeInBrowser('navigation', (browser) => {
  test.each(['root', 'kb'] as const)('%s build: table-of-contents links land on their headings, below the sticky header', async (name) => {
    const { context, page, problems } = await openPage(browser(), wide);
    try {
      await page.goto(tocPageUrl(name));
      const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
      const count = await links.count();
      expect(count).toBeGreaterThan(1);
      const headerBottom = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().bottom);
      for (let i = count - 1; i >= 0; i -= 1) {
        const link = links.nth(i);
        const fragment = ((await link.getAttribute('href')) ?? '').slice(1);
        await clickToHash(page, link, `#${fragment}`);
        const landing = await page.locator(`[id="${fragment}"]`).evaluate((heading) => ({
          top: heading.getBoundingClientRect().top,
          bottom: heading.getBoundingClientRect().bottom,
          scrolledToEnd: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
        }));
        expect(landing.top).toBeGreaterThanOrEqual(headerBottom);
        expect(landing.bottom).toBeLessThanOrEqual(900);
        // Headings near the end of a short page cannot scroll up to the header; the others must sit just below it.
        if (!landing.scrolledToEnd) expect(landing.top).toBeLessThan(headerBottom + 100);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(['', 'zh-cn/'])('a "%s" link to a section the page does not have says so; a link to one it has, or none, says nothing', async (prefix) => {
    const { context, page } = await openPage(browser(), wide);
    try {
      const notice = page.getByRole('status').filter({ hasText: '#renamed-long-ago' });
      await page.goto(`${siteUrls.root}${prefix}fix/#renamed-long-ago`);
      await notice.waitFor();
      expect(await notice.textContent()).toContain(prefix ? '本页内容' : 'On this page');
      // A wiki that percent-encodes the fragment still lands on the section, with nothing said.
      await page.goto(`${siteUrls.root}${prefix}fix/#%70robe`);
      await hashBecomes(page, '#%70robe');
      await expect(page.locator('[data-missing-section]').isHidden()).resolves.toBe(true);
      await page.evaluate(() => (location.hash = '#renamed-long-ago'));
      await notice.waitFor();
      await page.evaluate(() => (location.hash = '#probe'));
      await notice.waitFor({ state: 'hidden' });
      await page.goto(`${siteUrls.root}${prefix}fix/`);
      await expect(page.locator('[data-missing-section]').isHidden()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });

  test('a heading’s anchor link is named after the heading, appears on hover and focus, and links to it', async () => {
    const { context, page } = await openPage(browser(), wide);
    try {
      await page.goto(tocPageUrl('root'));
      const heading = page.locator('article h2[id]').first();
      const id = await heading.getAttribute('id');
      const text = (await heading.textContent())?.trim() ?? '';
      const anchor = page.getByRole('link', { name: `Link to section: ${text}` });
      await expect(anchor.getAttribute('href')).resolves.toBe(`#${id}`);
      const opacity = () => anchor.evaluate((element) => getComputedStyle(element).opacity);
      expect(await opacity()).toBe('0');
      await heading.hover();
      expect(await opacity()).toBe('1');
      await page.mouse.move(0, 0);
      await anchor.focus();
      expect(await opacity()).toBe('1');
      await anchor.press('Enter');
      await hashBecomes(page, `#${id}`);
    } finally {
      await context.close();
    }
  });

  test('on a phone without JavaScript the menu opens, marks the current page and navigates', async () => {
    const { context, page, problems } = await openPage(browser(), { ...phone, javaScriptEnabled: false });
    try {
      await page.goto(tocPageUrl('root'));
      await expect(page.getByRole('button', { name: 'Search' }).isVisible()).resolves.toBe(false);
      await expect(page.getByRole('button', { name: 'Theme' }).isVisible()).resolves.toBe(false);
      const menu = page.getByRole('navigation', { name: 'Menu' });
      await expect(menu.isVisible()).resolves.toBe(false);
      await page.getByText('Menu', { exact: true }).click();
      await expect(menu.isVisible()).resolves.toBe(true);
      const current = menu.locator('a[aria-current="page"]');
      await expect(current.count()).resolves.toBe(1);
      const other = menu.locator('a:not([aria-current])').first();
      const target = await other.getAttribute('href');
      await other.click();
      await page.waitForURL((url) => url.pathname === target);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the phone layout with its contents list, then its menu, open has no WCAG 2.2 AA violations (${colorScheme})`, async () => {
      const { context, page } = await openPage(browser(), { ...phone, colorScheme });
      try {
        await page.goto(tocPageUrl('root'));
        await page.locator('summary', { hasText: 'On this page' }).click();
        expect(await axeViolations(page)).toEqual([]);
        await page.getByText('Menu', { exact: true }).click();
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  test('the copy button copies the code block, leaving out lines a diff removes', async () => {
    const { context, page, problems } = await openPage(browser(), wide);
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrls.root).origin });
      await page.goto(diffPageUrl);
      const frame = page.locator('.code-frame', { has: page.locator('.diff.remove') }).first();
      const lines = await frame.locator('.line').evaluateAll((elements) =>
        elements.map((line) => ({ text: line.textContent ?? '', removed: line.classList.contains('remove') })),
      );
      const button = frame.locator('button.copy');
      await expect(button.getAttribute('type')).resolves.toBe('button');
      await frame.getByRole('button', { name: 'Copy code' }).click();
      await expect.poll(() => button.textContent()).toBe('Copied');
      // Said to screen readers too, through the page's polite status.
      expect(await page.locator('[aria-live="polite"].sr-only').textContent()).toBe('Copied');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(lines.filter((line) => !line.removed).map((line) => line.text).join('\n'));
      for (const removed of lines.filter((line) => line.removed)) expect(copied).not.toContain(removed.text);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('without a clipboard (a plain-http host), the copy button selects the code and says so', async () => {
    const { context, page, problems } = await openPage(browser(), wide);
    try {
      await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
      await page.goto(diffPageUrl);
      const frame = page.locator('.code-frame').first();
      await frame.getByRole('button', { name: 'Copy code' }).click();
      await expect.poll(() => frame.locator('button.copy').textContent()).toBe('Selected: copy it by hand');
      expect(await page.locator('[aria-live="polite"].sr-only').textContent()).toBe('Selected: copy it by hand');
      const selection = await page.evaluate(() => getSelection()?.toString() ?? '');
      expect(selection).toContain((await frame.locator('.line').first().textContent())!.trim());
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
