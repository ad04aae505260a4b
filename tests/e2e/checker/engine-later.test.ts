import type { Page, Request } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeInBrowser, openPage, siteUrls } from '../../support/e2e.ts';
import { analyze, encodeShare } from '../../../src/engine/index.ts';
import { en as s } from '../../../src/islands/checker/strings-en.ts';
import { zhCn } from '../../../src/islands/checker/strings-zh-cn.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';
import { shownVerdict } from './support.ts';

// The engine's chunks (the engine, and the catalogue with it): requested once the reader starts, not with the page.
const ENGINE = /\/_astro\/engine[\w-]*\.[\w-]+\.js$/;
const affected = labelledFixtures('synthetic').find((f) => f.file === 'docker-version-pasta-27.3.1.txt')!;

/** The engine chunks the page has asked for so far. */
function engineRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    if (ENGINE.test(new URL(request.url()).pathname)) seen.push(request.url());
  });
  return seen;
}

/** Holds back the engine's chunks until the returned function is called (a slow connection); with `fail`, the first requests fail instead. */
async function holdEngine(page: Page, fail = false): Promise<() => void> {
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(ENGINE, async (route) => {
    if (fail) return route.abort('internetdisconnected');
    await held;
    await route.continue();
  });
  return () => {
    fail = false;
    release();
  };
}

/** Pastes `text` into the field as a paste does, without waiting for anything. */
function paste(page: Page, text: string): Promise<void> {
  return page.locator('#chk-paste').evaluate((area: HTMLTextAreaElement, value) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: null }));
  }, text);
}

/** The texts the verdict box shows from now on (a MutationObserver's record). */
async function watchVerdict(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const box = document.querySelector('.chk-result')!;
    new MutationObserver(() => seen.push(box.querySelector<HTMLElement>('[data-verdict]')!.innerText)).observe(box, { subtree: true, childList: true, characterData: true });
    Object.assign(window, { verdictTexts: seen });
  });
  return () => page.evaluate(() => (window as unknown as { verdictTexts: string[] }).verdictTexts);
}

describeInBrowser('checker: the engine loads when the reader starts', (browser) => {
  test.each([
    ['root', 'checker/', s],
    ['root', 'embed/checker/', s],
    ['root', 'zh-cn/checker/', zhCn],
    ['kb', 'checker/', s],
  ] as const)('%s /%s: not with the page; on focus of the field, without a word about it', async (build, path, words) => {
    const { context, page, problems } = await openPage(browser());
    const requested = engineRequests(page);
    try {
      await page.goto(`${siteUrls[build]}${path}`, { waitUntil: 'load' });
      await page.locator('.checker[data-ready]').waitFor();
      await page.waitForTimeout(500);
      expect(requested).toEqual([]);
      const texts = await watchVerdict(page);
      await page.locator('#chk-paste').focus();
      await page.locator('.checker[data-engine]').waitFor();
      expect(requested.length).toBeGreaterThan(0);
      // Nothing waited for it: the prompt stays as it was, even had the load been slow.
      expect(await texts()).not.toContain(words.loading);
      expect((await page.locator('[data-verdict]').innerText()).trim()).toBe(words.empty);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a paste made before the engine arrives says it is loading, then gets its verdict', async () => {
    const { context, page, problems } = await openPage(browser());
    const release = await holdEngine(page);
    try {
      await page.goto(`${siteUrls.root}checker/`, { waitUntil: 'load' });
      await page.locator('.checker[data-ready]').waitFor();
      await paste(page, affected.text);
      await page.locator('[data-verdict]', { hasText: s.loading }).waitFor();
      expect(await shownVerdict(page)).toBe('incomplete');
      release();
      await page.locator('[data-verdict="affected"]').waitFor();
      expect(await page.locator('[data-verdict]').innerText()).not.toContain(s.loading);
      expect(await page.getByLabel(s.pasteLabel).inputValue()).toBe(affected.text);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a shared link loads the engine at once, and shows its result', async () => {
    const { context, page, problems } = await openPage(browser());
    const requested = engineRequests(page);
    try {
      const link = `${siteUrls.root}checker/#${encodeShare(analyze(affected.text).facts, [], [])}`;
      await page.goto(link, { waitUntil: 'load' });
      await page.getByText(s.fromLink).waitFor();
      expect(await shownVerdict(page)).toBe('affected');
      expect(requested.length).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a failed load says so with a button that tries again, which works', async () => {
    const { context, page, problems } = await openPage(browser());
    const allow = await holdEngine(page, true);
    try {
      await page.goto(`${siteUrls.root}checker/`, { waitUntil: 'load' });
      await page.locator('.checker[data-ready]').waitFor();
      await paste(page, affected.text);
      const retry = page.getByRole('button', { name: s.retry });
      await retry.waitFor();
      expect(await page.locator('[data-verdict]').innerText()).toContain(s.loadFailed);
      allow();
      await retry.click();
      await page.locator('[data-verdict="affected"]').waitFor();
      expect(await retry.count()).toBe(0);
      // The failed requests are the test's own doing.
      expect(problems.filter((problem) => !/_astro\/engine|ERR_INTERNET_DISCONNECTED/.test(problem))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
