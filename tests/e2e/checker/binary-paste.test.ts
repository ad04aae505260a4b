import { expect, test } from 'vitest';
import { samples } from '../../../src/islands/checker/samples.ts';
import { en as s } from '../../../src/islands/checker/strings-en.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { openChecker, pasteText } from './support.ts';

// Review 108 #12: random binary pasted was answered "not enough to decide yet", with the usual next step.
describeInBrowser('binary pasted', (browser) => {
  test('is told it is not text, as a dropped binary file is, and a real paste afterwards clears that', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      // What the checker shows with nothing pasted: binary is no paste to analyse.
      const empty = await page.locator('[data-verdict]').innerText();
      let junk = '';
      for (let i = 0, seed = 108; i < 20_000; i++) junk += String.fromCharCode((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >>> 15);
      await pasteText(page, junk);
      expect(await page.locator('#chk-file-problem').innerText()).toBe(s.fileNotText);
      expect(await page.locator('[data-verdict]').innerText()).toBe(empty);
      expect(await pasteText(page, samples.find((sample) => sample.id === 'affected')!.text)).toBe('affected');
      expect(await page.locator('#chk-file-problem').innerText()).toBe('');
    } finally {
      await context.close();
    }
  });
});
