import { expect, test } from 'vitest';
import { samples } from '../../../src/islands/checker/samples.ts';
import { en as s } from '../../../src/islands/checker/strings-en.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { openChecker } from './support.ts';

const text = samples.find((sample) => sample.id === 'not-affected')!.text;

describeInBrowser('checker by keyboard', (browser) => {
  test('skip link, paste field, buttons, and Enter on a fact selects and scrolls to its line', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, { viewport: { width: 1280, height: 800 } });
    try {
      // innerText: what the control shows (a copy button also holds its hidden "Copied").
      const focused = () =>
        page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');
      /** Presses Tab until the focused element's name matches, at most `limit` times. */
      const tabTo = async (name: RegExp, limit = 80) => {
        for (let i = 0; i < limit; i++) {
          await page.keyboard.press('Tab');
          if (name.test(await focused())) return;
        }
        throw new Error(`Tab never reached ${name}`);
      };

      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('chk-paste');
      await page.keyboard.insertText(text);
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'not-affected');

      await page.keyboard.press('Tab');
      expect(await focused()).toBe(s.clear);
      // The RootlessKit fact sits below the textarea's visible rows.
      const line = text.split('\n').findIndex((l) => l.includes('2.3.1')) + 1;
      await tabTo(new RegExp(`^${s.showLineLabel(line)}$`));
      await page.keyboard.press('Enter');
      const shown = await page.evaluate(() => {
        const area = document.activeElement as HTMLTextAreaElement;
        return { id: area.id, selected: area.value.slice(area.selectionStart, area.selectionEnd), scrollTop: area.scrollTop };
      });
      expect(shown.id).toBe('chk-paste');
      expect(shown.selected).toBe(text.split('\n')[line - 1]);
      expect(shown.scrollTop).toBeGreaterThan(0);
      // Escape goes back to the button, so the reader does not have to find their place again.
      await page.keyboard.press('Escape');
      expect(await focused()).toBe(s.showLineLabel(line));

      await tabTo(new RegExp(`^${s.copyMarkdown}$`), 200);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('an example chosen from the keyboard hands focus to its verdict, in view below the sticky header', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, { viewport: { width: 1280, height: 800 } });
    try {
      const example = page.locator('.chk-sample').first();
      await example.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.hasAttribute('data-verdict'));
      const [focused, header] = await page.evaluate(() => [
        document.activeElement!.getBoundingClientRect().top,
        document.querySelector('header')!.getBoundingClientRect().bottom,
      ]);
      expect(focused).toBeGreaterThanOrEqual(header!);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('quick answers work from the keyboard, and focus moves on to the next question', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      await page.getByLabel('Paste the output').focus();
      for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'pasta'; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      // The answered question gives way to the next one, which takes the focus.
      await page.waitForFunction(() => document.activeElement?.id === 'chk-answer');
      expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('incomplete');
      await page.keyboard.type('2.3.2');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'fixed');
      // The question is gone; focus lands on the verdict instead of the page's top.
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-verdict'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
