import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { embedFrame, embedResizer, fallbackHeight, heightMessage } from '../../../src/components/checker/embed-snippet.ts';
import { checkerPageStringsFor } from '../../../src/components/checker/strings.ts';
import { samples } from '../../../src/islands/checker/samples.ts';
import { builds } from '../../support/builds.ts';
import { describeInBrowser, openPage, siteUrls } from '../../support/e2e.ts';
import { startStaticServer } from '../../support/server.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { cspViolations, pasteText, watchCsp } from './support.ts';
import type { Frame, Page } from 'playwright-core';

/** A wiki page on another origin (the test server on another port) that embeds the checker as the checker page says to. */
function wikiPage(embedUrl: string, width = 800, height = 900, attributes = ''): string {
  const dir = tempDir('wiki-');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><title>Runbook</title><link rel="icon" href="data:,"><h1>Our runbook</h1><iframe src="${embedUrl}" title="Checker" width="${width}" height="${height}" allow="clipboard-write"${attributes}></iframe><p style="height:200vh">More runbook.</p></html>`,
  );
  return dir;
}

/**
 * A wiki page on another origin with the checker page's snippet as given (the frame at its fixed height, then the resizing
 * script unless `script` is false), another frame from the guide's origin, and a record of the messages it receives; and a
 * page that forges the checker's message. Its
 * boxes are sized with their borders, as in many wiki themes.
 */
function snippetPage(script: boolean): string {
  const embedUrl = `${siteUrls.root}embed/checker/`;
  const dir = tempDir('wiki-');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><title>Runbook</title><link rel="icon" href="data:,"><style>*{box-sizing:border-box}</style><script>addEventListener('message', (event) => (window.heard ??= []).push(event.data))</script><h1>Our runbook</h1>${embedFrame(embedUrl, 'Checker')}${script ? embedResizer(embedUrl) : ''}<iframe src="${siteUrls.root}" title="Guide"></iframe><p style="height:200vh">More runbook.</p></html>`,
  );
  // A page of the wiki's own that, opened in the checker's frame, claims to be the checker.
  writeFileSync(join(dir, 'forge.html'), `<!doctype html><html lang="en"><title>Forged</title><script>parent.postMessage({ type: '${heightMessage}', height: 77 }, '*')</script></html>`);
  return dir;
}

/** The checker's frame on a wiki page, once its island runs. */
async function checkerFrame(page: Page): Promise<Frame> {
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/embed/checker/'));
  if (!frame) throw new Error(`no checker frame among ${page.frames().map((candidate) => candidate.url())}`);
  await frame.locator('.checker[data-ready]').waitFor();
  return frame;
}

/** The height of the inside of the checker's iframe on the wiki page (its border apart), in CSS pixels. */
function frameHeight(page: Page): Promise<number> {
  return page.locator('iframe[title="Checker"]').evaluate((frame) => frame.clientHeight);
}

/** The height of the checker's document inside its frame (whole pixels, up), of the frame's viewport, and what scrolls in it. */
function documentHeights(frame: Frame): Promise<{ document: number; viewport: number; scrolled: number }> {
  return frame.evaluate(() => {
    const root = document.documentElement;
    return { document: Math.ceil(root.getBoundingClientRect().height), viewport: root.clientHeight, scrolled: root.scrollHeight };
  });
}

/** The sandbox tokens the checker page tells wiki maintainers to allow. */
const sandboxTokens = /`(allow-[^`]+)`/.exec(checkerPageStringsFor('en').embedding.sandbox)![1]!;

describeInBrowser('embedded checker', (browser) => {
  test.each(builds)('$name build: works inside an iframe on another site, without the site chrome', async (build) => {
    const wiki = await startStaticServer(wikiPage(`${siteUrls[build.name]}embed/checker/`), '/');
    const { context, page, problems } = await openPage(browser());
    await context.addInitScript(watchCsp);
    try {
      await page.goto(`${wiki.origin}/`, { waitUntil: 'load' });
      const frame = page.frames().find((candidate) => candidate.url().endsWith('/embed/checker/'));
      if (!frame) throw new Error(`no checker frame among ${page.frames().map((candidate) => candidate.url())}`);
      await frame.locator('.checker[data-ready]').waitFor();
      expect(await pasteText(frame, samples.find((sample) => sample.id === 'affected')!.text)).toBe('affected');
      expect(await frame.locator('header, .sidebar, [data-search]').count()).toBe(0);
      const guideLinks = frame.locator('.chk-finding a');
      expect(await guideLinks.count()).toBeGreaterThan(0);
      for (const link of await guideLinks.all()) {
        await expect(link.getAttribute('target')).resolves.toBe('_blank');
        await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`^${build.base}`));
        // A screen reader hears that the link leaves the frame for a new tab (its name, the finding's title with it).
        await expect(link.getAttribute('aria-label')).resolves.toMatch(/^Explained in the guide: .+ \(opens in a new tab\)$/);
      }
      const pageLinks = await frame.locator('main > p a[target="_blank"]').allTextContents();
      expect(pageLinks).toHaveLength(2);
      for (const text of pageLinks) expect(text).toContain('(opens in a new tab)');
      expect(await cspViolations(frame)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await wiki.close();
    }
  });

  test('in a frame sandboxed with the tokens the checker page names, it works and its guide links open the guide', async () => {
    const wiki = await startStaticServer(wikiPage(`${siteUrls.root}embed/checker/`, 800, 900, ` sandbox="${sandboxTokens}"`), '/');
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(`${wiki.origin}/`, { waitUntil: 'load' });
      const frame = page.frames().find((candidate) => candidate.url().endsWith('/embed/checker/'))!;
      await frame.locator('.checker[data-ready]').waitFor({ timeout: 10_000 });
      expect(await pasteText(frame, samples.find((sample) => sample.id === 'affected')!.text)).toBe('affected');
      const [guide] = await Promise.all([context.waitForEvent('page'), frame.locator('.chk-finding a').first().click()]);
      await guide.waitForLoadState('load');
      expect(new URL(guide.url()).pathname).toMatch(/^\/[\w-]+\/$/);
      await expect(guide.locator('article h1').isVisible()).resolves.toBe(true);
      // Not a sandboxed page itself (an opaque origin, where its own scripts would not load).
      expect(await guide.evaluate(() => self.origin)).toBe(new URL(siteUrls.root).origin);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await wiki.close();
    }
  });

  test('in a narrow frame, a paste scrolls the frame to its verdict and leaves the page around it where it was', async () => {
    const wiki = await startStaticServer(wikiPage(`${siteUrls.root}embed/checker/`, 340, 600), '/');
    const { context, page, problems } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${wiki.origin}/`, { waitUntil: 'load' });
      const frame = page.frames().find((candidate) => candidate.url().endsWith('/embed/checker/'))!;
      await frame.locator('.checker[data-ready]').waitFor();
      await pasteText(frame, samples.find((sample) => sample.id === 'affected')!.text);
      const top = await frame.locator('[data-verdict]').evaluate((box) => box.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(600 * 0.4);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await wiki.close();
    }
  });

  test('with the snippet’s script, a result makes the frame as tall as the checker, so that nothing scrolls inside the frame', async () => {
    const wiki = await startStaticServer(snippetPage(true), '/');
    const { context, page, problems } = await openPage(browser());
    await context.addInitScript(watchCsp);
    try {
      await page.goto(`${wiki.origin}/`, { waitUntil: 'load' });
      const frame = await checkerFrame(page);
      expect(await pasteText(frame, samples.find((sample) => sample.id === 'affected')!.text)).toBe('affected');
      await expect.poll(async () => (await frameHeight(page)) - (await documentHeights(frame)).document).toBe(0);
      const heights = await documentHeights(frame);
      expect(heights.document).toBeGreaterThan(fallbackHeight);
      expect(heights.scrolled).toBe(heights.viewport);
      expect(await cspViolations(frame)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await wiki.close();
    }
  });

  test('without the script, the frame keeps its fixed height and works; the checker tells the page its height and nothing else', async () => {
    const wiki = await startStaticServer(snippetPage(false), '/');
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(`${wiki.origin}/`, { waitUntil: 'load' });
      const frame = await checkerFrame(page);
      const fixed = await frameHeight(page);
      const text = samples.find((sample) => sample.id === 'affected')!.text;
      expect(await pasteText(frame, text)).toBe('affected');
      const { document, viewport } = await documentHeights(frame);
      await expect.poll(() => page.evaluate(() => (window as unknown as { heard?: unknown[] }).heard?.at(-1))).toEqual({ type: heightMessage, height: document });
      const heard = await page.evaluate(() => JSON.stringify((window as unknown as { heard: unknown[] }).heard));
      expect(heard).not.toContain(text.split('\n')[0]);
      // The frame stays as the snippet sets it, and the result scrolls inside it.
      expect(await frameHeight(page)).toBe(fixed);
      expect(viewport).toBe(fixed);
      expect(document).toBeGreaterThan(viewport);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await wiki.close();
    }
  });

  test('the snippet’s script takes the height only from the checker in its frame: not from the page, another frame of the site, or another site in that frame', async () => {
    const wiki = await startStaticServer(snippetPage(true), '/');
    const { context, page, problems } = await openPage(browser());
    try {
      await page.goto(`${wiki.origin}/`, { waitUntil: 'load' });
      const frame = await checkerFrame(page);
      await expect.poll(async () => (await frameHeight(page)) - (await documentHeights(frame)).document).toBe(0);
      const settled = await frameHeight(page);
      const other = page.frames().find((candidate) => candidate.url() === siteUrls.root)!;
      const forged = { type: heightMessage, height: 77 };
      await page.evaluate((message) => postMessage(message, '*'), forged);
      await other.evaluate((message) => parent.postMessage(message, '*'), forged);
      await frame.evaluate((url) => location.assign(url), `${wiki.origin}/forge.html`);
      // The three forged messages have arrived (the page records every message) before the frame is measured again.
      await expect.poll(() => page.evaluate(() => (window as unknown as { heard: { height: number }[] }).heard.filter((data) => data.height === 77).length)).toBe(3);
      expect(await frameHeight(page)).toBe(settled);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await wiki.close();
    }
  });
});
