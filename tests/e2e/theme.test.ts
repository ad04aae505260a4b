import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';
import { findPage } from '../support/pages.ts';

const lightBackground = 'rgb(255, 255, 255)';
const darkBackground = 'rgb(15, 18, 22)';
const codePage = new URL(findPage(builds[0]!, 'class="astro-code').url, siteUrls.root).href;
const opposite = { light: 'dark', dark: 'light' } as const;

/** What the page shows and keeps: the stored choice, the attribute ThemeScript sets, the background, and the name and icon of the button. */
const state = (page: Page) =>
  page.evaluate(() => {
    let stored: string | null | undefined;
    try {
      stored = localStorage.getItem('theme');
    } catch {
      stored = undefined;
    }
    const toggle = document.querySelector('[data-theme-toggle]')!;
    return {
      stored,
      attribute: document.documentElement.dataset.theme ?? null,
      background: getComputedStyle(document.body).backgroundColor,
      name: toggle.ariaLabel,
      title: toggle.getAttribute('title'),
      icons: [...toggle.querySelectorAll('svg')].filter((icon) => icon.getClientRects().length > 0).map((icon) => icon.getAttribute('class')),
    };
  });

describeInBrowser('theme', (browser) => {
  test('follows the system colour scheme until the reader chooses, and names the theme a click shows', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context, page } = await openPage(browser(), { colorScheme });
      try {
        await page.goto(siteUrls.root);
        const next = opposite[colorScheme];
        await expect(page.getByRole('button', { name: `Switch to ${next} theme`, exact: true }).count()).resolves.toBe(1);
        expect(await state(page)).toEqual({
          stored: null,
          attribute: null,
          background: colorScheme === 'dark' ? darkBackground : lightBackground,
          name: `Switch to ${next} theme`,
          title: `Switch to ${next} theme`,
          icons: [`theme-${next}`],
        });
      } finally {
        await context.close();
      }
    }
  });

  test.each(['light', 'dark'] as const)('on a %s system every click shows the other theme; a choice equal to the system is not stored', async (colorScheme) => {
    const { context, page, problems } = await openPage(browser(), { colorScheme });
    try {
      await page.goto(codePage);
      const toggle = page.locator('[data-theme-toggle]');
      const other = opposite[colorScheme];
      const background = { light: lightBackground, dark: darkBackground };
      const following = { stored: null, attribute: null, background: background[colorScheme], name: `Switch to ${other} theme`, title: `Switch to ${other} theme`, icons: [`theme-${other}`] };
      const chosen = { stored: other, attribute: other, background: background[other], name: `Switch to ${colorScheme} theme`, title: `Switch to ${colorScheme} theme`, icons: [`theme-${colorScheme}`] };
      expect(await state(page)).toEqual(following);
      for (let click = 1; click <= 4; click++) {
        await toggle.click();
        expect(await state(page), `after click ${click}`).toEqual(click % 2 === 1 ? chosen : following);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
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
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('Switch to light theme');

      await page.reload();
      expect(await background()).toBe(darkBackground);
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('Switch to light theme');

      await page.goto(siteUrls.root);
      expect(await background()).toBe(darkBackground);

      await toggle.click();
      await page.goto(codePage);
      expect(await background()).toBe(lightBackground);
      expect(await codeColours()).toEqual(lightCode);
      await expect(toggle.getAttribute('aria-label')).resolves.toBe('Switch to dark theme');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a click back to the theme of the system follows the system again: a later change there shows, also after a reload', async () => {
    const { context, page, problems } = await openPage(browser(), { colorScheme: 'dark' });
    try {
      await page.goto(codePage);
      const toggle = page.locator('[data-theme-toggle]');
      await toggle.click();
      await toggle.click();
      expect(await state(page)).toMatchObject({ stored: null, attribute: null, background: darkBackground, name: 'Switch to light theme' });

      await page.emulateMedia({ colorScheme: 'light' });
      // The change event of the media query comes a moment later than the new colours.
      await expect.poll(() => state(page)).toMatchObject({ stored: null, attribute: null, background: lightBackground, name: 'Switch to dark theme', icons: ['theme-dark'] });
      await page.reload();
      expect(await state(page)).toMatchObject({ stored: null, attribute: null, background: lightBackground, name: 'Switch to dark theme' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('without storage (private mode) every click still shows the other theme, for this page', async () => {
    const { context, page } = await openPage(browser(), { colorScheme: 'light' });
    try {
      // Init scripts run before the page's own: storage then throws, as where the browser blocks it.
      await context.addInitScript(() =>
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        }),
      );
      await page.goto(codePage);
      const toggle = page.locator('[data-theme-toggle]');
      for (const [shown, next] of [['dark', 'light'], ['light', 'dark'], ['dark', 'light']] as const) {
        await toggle.click();
        expect(await state(page)).toMatchObject({ stored: undefined, background: shown === 'dark' ? darkBackground : lightBackground, name: `Switch to ${next} theme` });
      }
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
