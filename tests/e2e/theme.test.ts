import { expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';
import { findPage } from '../support/pages.ts';

const lightBackground = 'rgb(255, 255, 255)';
const darkBackground = 'rgb(15, 18, 22)';
const codePage = new URL(findPage(builds[0]!, 'class="astro-code').url, siteUrls.root).href;

describeInBrowser('theme', (browser) => {
  test('follows the system colour scheme until the reader chooses, and says so', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await openPage(browser(), { colorScheme });
      try {
        await page.goto(siteUrls.root);
        const opposite = colorScheme === 'dark' ? 'light' : 'dark';
        const toggle = page.getByRole('button', { name: `Theme: system (switch to ${opposite})`, exact: true });
        await expect(toggle.getAttribute('title')).resolves.toBe(`Theme: system (switch to ${opposite})`);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        expect(background).toBe(colorScheme === 'dark' ? darkBackground : lightBackground);
      } finally {
        await context.close();
      }
    }
  });

  test('the toggle switches page and code colours, and the choice survives a reload and other pages', async () => {
    const { context, page, problems } = await openPage(browser(), { colorScheme: 'light' });
    try {
      await page.goto(codePage);
      const toggle = page.locator('[data-theme-toggle]');
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const codeColours = () =>
        page.evaluate(() => {
          const pre = document.querySelector('.astro-code');
          return pre ? [getComputedStyle(pre).backgroundColor, getComputedStyle(pre.querySelector('.line span') ?? pre).color] : [];
        });
      const lightCode = await codeColours();

      await toggle.click();
      expect(await background()).toBe(darkBackground);
      expect(await codeColours()).not.toEqual(lightCode);
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('Theme: dark (switch to light)');

      await page.reload();
      expect(await background()).toBe(darkBackground);
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('Theme: dark (switch to light)');

      await page.goto(siteUrls.root);
      expect(await background()).toBe(darkBackground);

      await toggle.click();
      await page.goto(codePage);
      expect(await background()).toBe(lightBackground);
      expect(await codeColours()).toEqual(lightCode);
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('Theme: light (switch to system)');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the third click goes back to following the system: nothing is stored and a later system change is followed', async () => {
    const { context, page, problems } = await openPage(browser(), { colorScheme: 'dark' });
    try {
      await page.goto(codePage);
      const toggle = page.locator('[data-theme-toggle]');
      const state = () =>
        page.evaluate(() => ({
          stored: localStorage.getItem('theme'),
          attribute: document.documentElement.dataset.theme ?? null,
          background: getComputedStyle(document.body).backgroundColor,
        }));
      // In a dark system: system → light → dark → system.
      await toggle.click();
      expect(await state()).toEqual({ stored: 'light', attribute: 'light', background: lightBackground });
      await toggle.click();
      expect(await state()).toEqual({ stored: 'dark', attribute: 'dark', background: darkBackground });
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('Theme: dark (switch to system)');
      await toggle.click();
      expect(await state()).toEqual({ stored: null, attribute: null, background: darkBackground });
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('Theme: system (switch to light)');

      await page.emulateMedia({ colorScheme: 'light' });
      expect(await state()).toEqual({ stored: null, attribute: null, background: lightBackground });
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('Theme: system (switch to dark)');
      await page.reload();
      expect(await state()).toEqual({ stored: null, attribute: null, background: lightBackground });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a remembered theme is applied before the body is parsed, so the wrong theme never flashes', async () => {
    const { context, page } = await openPage(browser(), { colorScheme: 'light' });
    try {
      // Init scripts run before the page's own and are exempt from its Content-Security-Policy.
      await context.addInitScript(() => {
        localStorage.setItem('theme', 'dark');
        const observer = new MutationObserver(() => {
          if (!document.body) return;
          (window as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme ?? 'unset';
          observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(siteUrls.root);
      expect(await page.evaluate(() => (window as { themeAtBody?: string }).themeAtBody)).toBe('dark');
    } finally {
      await context.close();
    }
  });
});
