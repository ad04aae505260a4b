import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { launchChromium } from './browser.ts';
import type { Build } from './builds.ts';
import { listPages } from './pages.ts';

/** Site root URL of each build, served by the e2e global setup. */
export const siteUrls = inject('siteUrls');

const chromiumPath = inject('chromiumPath');

/**
 * A describe block that runs only when Chromium is available (the global setup already printed the SKIPPED line otherwise)
 * and shares one browser across its tests, launched with `options` (see launchChromium).
 */
export function describeInBrowser(name: string, body: (browser: () => Browser) => void, options: { backForwardCache?: boolean } = {}): void {
  describe.skipIf(chromiumPath === null)(name, () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      browser = await launchChromium(chromiumPath ?? '', options);
    });
    afterAll(async () => {
      await browser?.close();
    });
    body(() => {
      if (!browser) throw new Error('browser not launched');
      return browser;
    });
  });
}

/** Opens a fresh context and page that record every console error, page error and failed request into `problems`. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { context, page, problems };
}

/** Waits until the address ends with `hash` (a link to a heading moves within the page: no load to wait for). */
export async function hashBecomes(page: Page, hash: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((expected) => location.hash === expected, hash, { timeout });
}

/**
 * Clicks a link of the contents column and waits for the address to show its heading. The column scrolls itself a frame after each
 * jump, to keep the marked entry in view; on a loaded machine that can move the next link away from a click already aimed at it
 * (two CI runs waited 30 s for a hash that never came). A second click is allowed; a link that never works still fails.
 */
export async function clickToHash(page: Page, link: Locator, hash: string): Promise<void> {
  await link.click();
  const landed = await hashBecomes(page, hash, 5000).then(() => true, () => false);
  if (!landed) {
    await link.click();
    await hashBecomes(page, hash);
  }
}

/** Absolute URLs of every built page of a build, on the e2e server. */
export function builtPageUrls(build: Build): string[] {
  return listPages(build).map((page) => new URL(page.url, siteUrls[build.name]).href);
}
