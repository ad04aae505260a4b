import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkerPageStringsFor } from '../../../src/components/checker/strings.ts';
import { samples } from '../../../src/islands/checker/samples.ts';
import { builds } from '../../support/builds.ts';
import { describeInBrowser, openPage, siteUrls } from '../../support/e2e.ts';
import { startStaticServer } from '../../support/server.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { cspViolations, pasteText, watchCsp } from './support.ts';

/** A wiki page on another origin (the test server on another port) that embeds the checker as the checker page says to. */
function wikiPage(embedUrl: string, width = 800, height = 900, attributes = ''): string {
  const dir = tempDir('wiki-');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><title>Runbook</title><link rel="icon" href="data:,"><h1>Our runbook</h1><iframe src="${embedUrl}" title="Checker" width="${width}" height="${height}" allow="clipboard-write"${attributes}></iframe><p style="height:200vh">More runbook.</p></html>`,
  );
  return dir;
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
});
