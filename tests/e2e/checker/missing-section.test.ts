import { expect, test } from 'vitest';
import { en } from '../../../src/islands/checker/strings-en.ts';
import { zhCn } from '../../../src/islands/checker/strings-zh-cn.ts';
import { t } from '../../../src/i18n/ui.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { openChecker } from './support.ts';

/** Each checker page, with an id it has (the embed has no sections, only the island) and the island's words in its language. */
const pages = [
  { path: 'checker/', lang: 'en', id: 'by-hand', s: en },
  { path: 'zh-cn/checker/', lang: 'zh-cn', id: 'by-hand', s: zhCn },
  { path: 'embed/checker/', lang: 'en', id: 'chk-paste', s: en },
  { path: 'zh-cn/embed/checker/', lang: 'zh-cn', id: 'chk-paste', s: zhCn },
] as const;

const phone = { viewport: { width: 360, height: 640 }, isMobile: true };

describeInBrowser('checker pages: a link to a section they do not have', (browser) => {
  test.each(pages)('$path says so for a mistyped anchor, and nothing for an id it has or a shared link', async ({ path, lang, id, s }) => {
    const url = `${siteUrls.root}${path}`;
    const { context, page, problems } = await openChecker(browser(), `${url}#no-such-section`, phone);
    const notice = (name: string) => page.getByRole('status').filter({ hasText: `#${name}` });
    try {
      await notice('no-such-section').waitFor({ timeout: 5000 });
      const text = (await notice('no-such-section').textContent()) ?? '';
      expect(text).toContain(t(lang).missingSection.before.trim());
      // The embed has no contents to point to, and its frame must not scroll sideways for the notice.
      expect(text.includes(lang === 'en' ? 'On this page' : '本页内容')).toBe(!path.includes('embed'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      // Checked before the pages below, which leave the page while its island may still be loading (an aborted request, not a fault).
      expect(problems).toEqual([]);

      // Each link opened afresh, as from a wiki (a fragment changed in place is the hashchange the scripts also follow). The notice's
      // script has run by "load"; the island has read a shared link once it is ready (it hydrates once in view: a section below is not).
      const silent = async (fragment: string, island = true): Promise<void> => {
        await page.goto('about:blank');
        await page.goto(`${url}${fragment}`, { waitUntil: 'load' });
        if (island) await page.locator('.checker[data-ready]').waitFor();
        await expect(page.locator('[data-missing-section]').isHidden()).resolves.toBe(true);
      };
      await silent(`#${id}`, false);
      // A shared link is the island's to read: its result, and no notice.
      await silent('#v=1&rk=2.3.1&net=pasta');
      await page.locator('[data-verdict="affected"]').waitFor();
      // A damaged one gets the island's own message, and only that.
      await silent('#v=2&foo=1');
      await page.getByText(s.linkUnreadable).waitFor();
    } finally {
      await context.close();
    }
  });

  test.each(['', 'zh-cn/'])('the "%s" checker page lands on its sections under the names their headings would get elsewhere', async (prefix) => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}${prefix}checker/`, { viewport: { width: 1366, height: 900 } });
    try {
      for (const [guess, id] of [
        ['deciding-by-hand', 'by-hand'],
        ['sharing-a-result', 'sharing'],
      ]) {
        await page.goto(`${siteUrls.root}${prefix}checker/#${guess}`);
        await page.locator('.checker[data-ready]').waitFor();
        await expect(page.locator('[data-missing-section]').isHidden()).resolves.toBe(true);
        // The heading sits just below the sticky header, as one reached by its own id does.
        const top = await page.locator(`h2#${id}`).evaluate((heading) => heading.getBoundingClientRect().top);
        const header = await page.locator('header').first().evaluate((element) => element.getBoundingClientRect().bottom);
        expect(top).toBeGreaterThanOrEqual(header);
        expect(top).toBeLessThan(header + 40);
      }
    } finally {
      await context.close();
    }
  });
});
