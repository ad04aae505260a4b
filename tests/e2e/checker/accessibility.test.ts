import { expect, test } from 'vitest';
import { samples } from '../../../src/islands/checker/samples.ts';
import { axeViolations } from '../../support/a11y.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { openChecker, pasteText } from './support.ts';

const sample = (id: string) => samples.find((candidate) => candidate.id === id)!.text;
const states = [
  ['affected', 'a verdict with findings and fixes'],
  ['incomplete', 'the next step, quick answers and the collector'],
] as const;

describeInBrowser('checker accessibility', (browser) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.each(states)(`no WCAG 2.2 AA violations in the ${colorScheme} theme, in English and Chinese, showing %s (%s)`, async (id) => {
      for (const path of ['checker/', 'embed/checker/', 'zh-cn/checker/', 'zh-cn/embed/checker/']) {
        const { context, page } = await openChecker(browser(), `${siteUrls.root}${path}`, { colorScheme });
        try {
          expect(await pasteText(page, sample(id))).toBe(id);
          expect(await axeViolations(page), path).toEqual([]);
        } finally {
          await context.close();
        }
      }
    });
  }

  test('the verdict is a polite live region that names the verdict in words, not only colour', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      await pasteText(page, sample('affected'));
      const verdict = page.locator('[data-verdict]');
      await expect(verdict.getAttribute('role')).resolves.toBe('status');
      await expect(verdict.textContent()).resolves.toMatch(/^Affected/);
    } finally {
      await context.close();
    }
  });

  test.each(['checker/', 'embed/checker/'])('fits a phone screen without sideways scrolling: %s', async (path) => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}${path}`, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    try {
      await pasteText(page, sample('affected'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});
