import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, openPage, siteUrls } from '../../support/e2e.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';
import { en } from '../../../src/islands/checker/strings-en.ts';
import { samples } from '../../../src/islands/checker/samples.ts';

/** Holds back the scripts `pattern` matches until the returned function is called: a slow connection, with the page shown before them. */
async function holdScripts(page: Page, pattern: string | RegExp): Promise<() => void> {
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const affected = labelledFixtures('synthetic').find((f) => f.file === 'docker-version-pasta-27.3.1.txt')!;

describeInBrowser('checker: text in the field before the island runs', (browser) => {
  test('a paste made while the scripts are still loading is checked once they run', async () => {
    const { context, page, problems } = await openPage(browser());
    // A slow connection: the page is shown and usable as a text field long before the island's JavaScript arrives.
    const release = await holdScripts(page, '**/*.js');
    try {
      await page.goto(`${siteUrls.root}checker/`, { waitUntil: 'domcontentloaded' });
      await page.getByLabel('Paste the output').fill(affected.text);
      release();
      await page.locator('.checker[data-ready]').waitFor();
      await page.locator('[data-verdict="affected"]').waitFor({ timeout: 5000 });
      expect(await page.getByLabel('Paste the output').inputValue()).toBe(affected.text);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('binary put in the field while the scripts are still loading is refused once they run, as a paste of it would be', async () => {
    const { context, page, problems } = await openPage(browser());
    const release = await holdScripts(page, '**/*.js');
    try {
      await page.goto(`${siteUrls.root}checker/`, { waitUntil: 'domcontentloaded' });
      // What the checker shows with nothing pasted, rendered with the page.
      const empty = await page.locator('[data-verdict]').innerText();
      let junk = '';
      for (let i = 0, seed = 4; i < 20_000; i++) junk += String.fromCharCode((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) >>> 15);
      await page.locator('#chk-paste').evaluate((area: HTMLTextAreaElement, value) => (area.value = value), junk);
      release();
      await page.locator('.checker[data-ready]').waitFor();
      await expect.poll(() => page.locator('#chk-file-problem').innerText()).toBe(en.fileNotText);
      expect(await page.locator('[data-verdict]').innerText()).toBe(empty);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(['checker/', 'embed/checker/'])('an example clicked on /%s before the island runs is shown once it does', async (path) => {
    const { context, page, problems } = await openPage(browser());
    // The island's own module (client:visible asks for it once the island is in view) arrives a second late: the buttons are there.
    const release = await holdScripts(page, /\/_astro\/Checker(?:En|ZhCn)?\.[\w-]+\.js$/);
    try {
      await page.goto(`${siteUrls.root}${path}`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('button', { name: en.samples.affected }).click();
      await page.waitForTimeout(1000);
      expect(await page.locator('.checker[data-ready]').count()).toBe(0);
      release();
      await page.locator('[data-verdict="affected"]').waitFor({ timeout: 5000 });
      expect(await page.getByLabel(en.pasteLabel).inputValue()).toBe(samples.find((sample) => sample.id === 'affected')!.text);
      // As after a click on a ready island, the reader goes on from the verdict.
      await page.waitForFunction(() => document.activeElement?.hasAttribute('data-verdict'));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describeInBrowser('checker: an early click, then an early paste', (browser) => {
  test('a paste made after an example was clicked, both before the island runs, is the one checked', async () => {
    const { context, page, problems } = await openPage(browser());
    const release = await holdScripts(page, /\/_astro\/Checker(?:En|ZhCn)?\.[\w-]+\.js$/);
    try {
      await page.goto(`${siteUrls.root}checker/`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('button', { name: en.samples.fixed }).click();
      await page.getByLabel(en.pasteLabel).fill(affected.text);
      release();
      await page.locator('[data-verdict="affected"]').waitFor({ timeout: 5000 });
      expect(await page.getByLabel(en.pasteLabel).inputValue()).toBe(affected.text);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
