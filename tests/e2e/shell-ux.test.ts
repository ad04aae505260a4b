import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { clickToHash, describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';
import { findPage } from '../support/pages.ts';

// A pinned anchor (tests/site/pinned-anchors.ts) well down a long page, so the browser can scroll its heading right up to the header.
const anchor = 'troubleshooting/#daemon-not-running';
const tocPageUrl = new URL(findPage(builds[0]!, 'class="heading ').url, siteUrls.root).href;
const phone = (width: number) => ({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });

/** Where the sticky header and the heading a fragment names are, and whether the header's contents fit it. */
function measure(page: Page, id: string) {
  return page.evaluate((id) => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const parts = [...document.querySelectorAll('.site-header > *, .header-tools > *')].map((element) => ({
      name: element.className,
      box: element.getBoundingClientRect(),
    }));
    const title = document.querySelector('.site-title')!;
    return {
      headerHeight: header.height,
      headerBottom: header.bottom,
      headingTop: document.getElementById(id)!.getBoundingClientRect().top,
      scrollPadding: Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
      outside: parts.filter(({ box }) => box.top < header.top || box.bottom > header.bottom || box.left < 0 || box.right > innerWidth).map(({ name }) => name),
      titleCut: title.scrollHeight > title.clientHeight + 1,
    };
  }, id);
}

describeInBrowser('site shell', (browser) => {
  test.each(['', 'zh-cn/'])('the header is one fixed-height row at every width, so "%s" anchors land below it', async (prefix) => {
    const heights = new Set<number>();
    for (const width of [320, 360, 390, 480, 600, 700, 800, 1024, 1400]) {
      const { context, page, problems } = await openPage(browser(), width < 800 ? phone(width) : { viewport: { width, height: 900 } });
      try {
        await page.goto(`${siteUrls.root}${prefix}${anchor}`);
        const seen = await measure(page, 'daemon-not-running');
        const at = `${prefix || 'en/'} at ${width} px`;
        heights.add(seen.headerHeight);
        expect(seen.outside, `header parts outside the header ${at}`).toEqual([]);
        expect(seen.titleCut, `site title cut short ${at}`).toBe(false);
        // The scroll padding clears the header with room to spare, and the heading really lands in that room.
        expect(seen.scrollPadding - seen.headerBottom, at).toBeGreaterThanOrEqual(8);
        expect(seen.headingTop - seen.headerBottom, at).toBeGreaterThanOrEqual(8);
        expect(seen.headingTop - seen.headerBottom, at).toBeLessThan(40);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
    expect([...heights]).toEqual([56]);
  });

  test.each(['', 'zh-cn/'])('on 320 and 360 px phones every control of the "%s" header is on screen, apart from the others and at least 24 px square, and the title takes two lines at most', async (prefix) => {
    for (const width of [320, 360]) {
      const { context, page, problems } = await openPage(browser(), phone(width));
      try {
        await page.goto(`${siteUrls.root}${prefix}troubleshooting/`);
        const seen = await page.evaluate(() => {
          const controls = [...document.querySelectorAll('.mobile-menu summary, .site-title, .header-tools button, .language-switch a')].map((element) => ({
            name: element.className || element.tagName,
            box: element.getBoundingClientRect(),
          }));
          const apart = (a: DOMRect, b: DOMRect) => a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
          const title = document.querySelector('.site-title')!;
          const range = document.createRange();
          range.selectNodeContents(title);
          return {
            controls: controls.length,
            offScreen: controls.filter(({ box }) => box.left < 0 || box.right > document.documentElement.clientWidth).map(({ name }) => name),
            small: controls.filter(({ box }) => box.width < 24 || box.height < 24).map(({ name, box }) => `${name} ${box.width}x${box.height}`),
            overlapping: controls.flatMap((a, i) => controls.slice(i + 1).filter((b) => !apart(a.box, b.box)).map((b) => `${a.name} and ${b.name}`)),
            titleLines: new Set([...range.getClientRects()].map((line) => Math.round(line.top))).size,
            titleCut: title.scrollWidth > title.clientWidth,
            sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          };
        });
        const { titleLines, ...fit } = seen;
        expect(fit, `${prefix || 'en/'} at ${width} px`).toEqual({ controls: 5, offScreen: [], small: [], overlapping: [], titleCut: false, sideways: 0 });
        expect(titleLines, `${prefix || 'en/'} at ${width} px`).toBeLessThanOrEqual(2);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  test.each([320, 360])('on a %i px phone the language switch opens the other language at the same heading, clear of the header', async (width) => {
    const { context, page, problems } = await openPage(browser(), phone(width));
    try {
      await page.goto(`${siteUrls.root}${anchor}`);
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/zh-cn/troubleshooting/' && url.hash === '#daemon-not-running');
      let seen = await measure(page, 'daemon-not-running');
      expect(seen.headingTop - seen.headerBottom).toBeGreaterThanOrEqual(8);
      await page.getByRole('navigation', { name: '语言' }).getByRole('link').click();
      await page.waitForURL((url) => url.pathname === '/troubleshooting/' && url.hash === '#daemon-not-running');
      seen = await measure(page, 'daemon-not-running');
      expect(seen.headingTop - seen.headerBottom).toBeGreaterThanOrEqual(8);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Escape closes the phone menu and returns focus to its button; the page behind does not scroll while it is open', async () => {
    const { context, page, problems } = await openPage(browser(), phone(390));
    try {
      await page.goto(tocPageUrl);
      const menu = page.locator('.mobile-menu');
      const isOpen = () => menu.evaluate((details) => (details as HTMLDetailsElement).open);
      const focused = () => page.evaluate(() => document.activeElement?.tagName);
      // The page and the skip links before the header, whose jump would scroll the page behind to its top.
      const inert = async () => {
        const states = new Set(await page.locator('.page, .skip-link').evaluateAll((elements) => elements.map((element) => (element as HTMLElement).inert)));
        return states.size === 1 ? [...states][0] : 'only some of them';
      };
      await page.evaluate(() => scrollTo(0, 300));

      await page.getByText('Menu', { exact: true }).click();
      expect(await isOpen()).toBe(true);
      // What the menu covers is out of reach: no scrolling it, no tabbing into it. (The page goes inert on the menu's toggle event,
      // which the browser fires in a task of its own after the click or key: polled.)
      await expect.poll(inert).toBe(true);
      await page.mouse.move(200, 400);
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => scrollY)).toBe(300);

      // From a link inside the menu.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.mobile-menu-panel') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await isOpen()).toBe(false);
      expect(await focused()).toBe('SUMMARY');
      // Focus on the sticky header's button does not scroll the page.
      expect(await page.evaluate(() => scrollY)).toBe(300);

      // From the menu's own button, opened by keyboard.
      await page.keyboard.press('Enter');
      expect(await isOpen()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await isOpen()).toBe(false);
      expect(await focused()).toBe('SUMMARY');

      await expect.poll(inert).toBe(false);
      await page.mouse.wheel(0, 600);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(300);

      // Widening the window past the phone layout, where the menu is not shown, closes it.
      await page.keyboard.press('Enter');
      await expect.poll(inert).toBe(true);
      await page.setViewportSize({ width: 1000, height: 740 });
      await expect.poll(isOpen).toBe(false);
      await expect.poll(inert).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Escape closes the contents of a narrow screen from their button or a link in them, and returns focus to the button (RS 14)', async () => {
    const { context, page, problems } = await openPage(browser(), phone(320));
    try {
      await page.goto(new URL('fix/', siteUrls.root).href);
      const toc = page.locator('details.toc-inline');
      const summary = toc.locator('summary');
      const isOpen = () => toc.evaluate((details) => (details as HTMLDetailsElement).open);
      const onSummary = () => summary.evaluate((element) => element === document.activeElement);
      await summary.click();
      expect(await isOpen()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await isOpen()).toBe(false);
      expect(await onSummary()).toBe(true);
      // From a link inside them, opened by keyboard.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.toc-inline a') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await isOpen()).toBe(false);
      expect(await onSummary()).toBe(true);
      // With focus elsewhere, Escape is not theirs: they stay open.
      await page.keyboard.press('Enter');
      await page.locator('main h1').evaluate((h1: HTMLElement) => {
        h1.tabIndex = -1;
        h1.focus();
      });
      await page.keyboard.press('Escape');
      expect(await isOpen()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('opening and closing the search, which focuses header controls, leaves the page where it was', async () => {
    const { context, page, problems } = await openPage(browser(), { viewport: { width: 1400, height: 800 } });
    try {
      await page.goto(tocPageUrl);
      await page.evaluate(() => scrollTo(0, 1000));
      await page.locator('[data-search]').focus();
      expect(await page.evaluate(() => scrollY)).toBe(1000);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('searchbox').waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search'))).toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(1000);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the Chinese name of the theme button says the theme a click shows', async () => {
    const { context, page, problems } = await openPage(browser(), { colorScheme: 'light' });
    try {
      await page.goto(`${siteUrls.root}zh-cn/`);
      const toggle = page.locator('[data-theme-toggle]');
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('切换到深色主题');
      await toggle.click();
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('切换到浅色主题');
      await expect(toggle.getAttribute('title')).resolves.toBe('切换到浅色主题');
      await toggle.click();
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('切换到深色主题');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the table of contents marks the section being read as the reader scrolls and jumps', async () => {
    const { context, page, problems } = await openPage(browser(), { viewport: { width: 1400, height: 900 } });
    try {
      await page.goto(tocPageUrl);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const marked = () => toc.locator('a[aria-current]').evaluateAll((links) => links.map((link) => `${link.getAttribute('href')} ${link.getAttribute('aria-current')}`));
      const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(2);
      // Above the first heading no section is marked.
      expect(await marked()).toEqual([]);

      // Jumping to each section marks it, down to the last (which may be too near the end to reach the header).
      for (const href of [hrefs[1]!, hrefs.at(-1)!, hrefs[0]!]) {
        await clickToHash(page, toc.locator(`a[href="${href}"]`), href);
        await expect.poll(marked).toEqual([`${href} true`]);
      }

      // Scrolling by hand: a section is marked once its heading has gone up under the header, not before.
      const scrollHeadingTo = (href: string, y: number) =>
        page.evaluate(([id, y]) => scrollBy(0, document.getElementById(id)!.getBoundingClientRect().top - y), [href.slice(1), y] as const);
      await scrollHeadingTo(hrefs[1]!, 120);
      await expect.poll(marked).toEqual([`${hrefs[0]} true`]);
      await scrollHeadingTo(hrefs[1]!, 40);
      await expect.poll(marked).toEqual([`${hrefs[1]} true`]);
      await page.evaluate(() => scrollTo(0, 0));
      await expect.poll(marked).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
