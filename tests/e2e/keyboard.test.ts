import { expect, test } from 'vitest';
import { describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';

const page = (path: string) => new URL(path.slice(1), siteUrls.root).href;
const desktop = { viewport: { width: 1366, height: 900 } };
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describeInBrowser('keyboard', (browser) => {
  test.each([
    ['/troubleshooting/', 'Skip to On this page'],
    ['/zh-cn/troubleshooting/', '跳到本页目录'],
  ])('on a desktop %s offers a second skip link, which takes Tab straight into "On this page"', async (path, name) => {
    const { context, page: tab, problems } = await openPage(browser(), desktop);
    try {
      await tab.goto(page(path), { waitUntil: 'load' });
      await tab.keyboard.press('Tab');
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => document.activeElement?.textContent)).toBe(name);
      await tab.keyboard.press('Enter');
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => document.activeElement?.closest('.toc-aside') !== null && document.activeElement === document.querySelector('.toc-aside a'))).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('on a phone, where the contents are a list at the top of the article, Tab goes from "Skip to content" to the header: no dead skip link', async () => {
    const { context, page: tab } = await openPage(browser(), phone);
    try {
      await tab.goto(page('/troubleshooting/'), { waitUntil: 'load' });
      await tab.keyboard.press('Tab');
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => document.activeElement?.closest('.site-header') !== null)).toBe(true);
    } finally {
      await context.close();
    }
  });

  test.each([
    [1366, desktop],
    [390, phone],
  ] as const)('at %i px, only the code blocks that scroll sideways are Tab stops', async (_width, options) => {
    const { context, page: tab } = await openPage(browser(), options);
    try {
      await tab.goto(page('/troubleshooting/'), { waitUntil: 'load' });
      await tab.waitForTimeout(100);
      const blocks = await tab.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('pre')].map((pre) => ({ scrolls: pre.scrollWidth > pre.clientWidth, stop: pre.tabIndex >= 0 })),
      );
      expect(blocks.filter((block) => block.scrolls).length).toBeGreaterThan(0);
      expect(blocks.filter((block) => block.scrolls !== block.stop)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
