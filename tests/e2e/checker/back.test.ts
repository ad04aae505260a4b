import { expect, test } from 'vitest';
import { samples } from '../../../src/islands/checker/samples.ts';
import { en as s } from '../../../src/islands/checker/strings-en.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { openChecker, pasteText, shownVerdict } from './support.ts';

const affected = samples.find((sample) => sample.id === 'affected')!.text;

// The paste stays in the page and nowhere else: Back finds it only if the browser keeps the page whole (its back/forward cache).
// Anything that makes the page ineligible (an unload handler, a no-store response) would lose the reader's paste and verdict.
describeInBrowser(
  'Back to the checker',
  (browser) => {
    test.each(['checker/', 'zh-cn/checker/'])('Back from a guide page a finding links to finds %s as the reader left it: the paste and its verdict', async (path) => {
      const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}${path}`);
      try {
        expect(await pasteText(page, affected)).toBe('affected');
        await page.evaluate(() => addEventListener('pageshow', (event) => document.documentElement.setAttribute('data-restored', String(event.persisted))));
        const guide = page.locator('.chk-finding a[href^="/"]').first();
        const target = (await guide.getAttribute('href'))!.split('#')[0]!;
        await guide.click();
        await page.waitForURL((url) => url.pathname === target);
        await page.waitForLoadState('networkidle');
        // A page the cache gives back fires no load event: only pageshow.
        await page.goBack({ waitUntil: 'commit' });
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-restored'));
        expect(await page.locator('html').getAttribute('data-restored')).toBe('true');
        expect(await page.locator('#chk-paste').inputValue()).toBe(affected);
        expect(await shownVerdict(page)).toBe('affected');
        // The address had taken the result as the page was left (for a Back without the cache): kept whole, the page lets it go, or a
        // reload after a new paste would bring the old result back.
        expect(new URL(page.url()).hash).toBe('');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });

    test('an earlier result that came back without its paste keeps its address when the cache gives the page back, for a reload', async () => {
      const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`);
      try {
        expect(await pasteText(page, affected)).toBe('affected');
        // The first time it is left the browser does not keep it (an eviction, or the cache's time limit, in real use).
        await page.evaluate(() => addEventListener('unload', () => {}));
        await page.goto(`${siteUrls.root}fix/`);
        await page.goBack();
        await page.locator('.checker[data-ready]').waitFor();
        await page.getByText(s.own.back).waitFor();
        await page.evaluate(() => addEventListener('pageshow', (event) => document.documentElement.setAttribute('data-restored', String(event.persisted))));
        await page.goto(`${siteUrls.root}fix/`);
        await page.waitForLoadState('networkidle');
        await page.goBack({ waitUntil: 'commit' });
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-restored'));
        expect(await page.locator('html').getAttribute('data-restored')).toBe('true');
        expect(new URL(page.url()).hash).toMatch(/^#v=1&/);
        await page.reload();
        await page.locator('.checker[data-ready]').waitFor();
        await page.getByText(s.own.back).waitFor();
        expect(await shownVerdict(page)).toBe('affected');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
  { backForwardCache: true },
);
