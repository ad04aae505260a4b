import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { embedFrame, embedResizer } from '../../../src/components/checker/embed-snippet.ts';
import { samples } from '../../../src/islands/checker/samples.ts';
import { en as s } from '../../../src/islands/checker/strings-en.ts';
import { describeInBrowser, openPage, siteUrls } from '../../support/e2e.ts';
import { startStaticServer } from '../../support/server.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { pasteText } from './support.ts';

/** A wiki page on another origin with the checker page's snippet: the frame, and the script that sizes it to the checker. */
function wikiPage(): string {
  const embedUrl = `${siteUrls.root}embed/checker/`;
  const dir = tempDir('wiki-');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><title>Runbook</title><link rel="icon" href="data:,"><h1>Our runbook</h1>${embedFrame(embedUrl, 'Checker')}${embedResizer(embedUrl)}<p style="height:200vh">More runbook.</p></html>`,
  );
  return dir;
}

// Review 108 #3: in a frame sized to its content the frame has nothing to scroll, so "Go to the fix" must move the page around it.
describeInBrowser('"Go to the fix" in the embed', (browser) => {
  test('on a phone, in a frame the snippet sizes to the checker, it brings the fix into the page\'s view and focuses it', async () => {
    const wiki = await startStaticServer(wikiPage(), '/');
    const { context, page, problems } = await openPage(browser(), { viewport: { width: 360, height: 740 } });
    try {
      await page.goto(`${wiki.origin}/`, { waitUntil: 'load' });
      const inFrame = () => page.frames().find((candidate) => candidate.url().endsWith('/embed/checker/'));
      await expect.poll(() => inFrame() !== undefined).toBe(true);
      const frame = inFrame()!;
      await frame.locator('.checker[data-ready]').waitFor();
      expect(await pasteText(frame, samples.find((sample) => sample.id === 'affected')!.text)).toBe('affected');
      // The snippet has grown the frame to the whole checker: nothing scrolls inside it.
      await expect.poll(() => frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBe(0);
      const fix = frame.locator('[id^="chk-fix-"]').first();
      const where = async () => (await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().top + f.clientTop)) + (await fix.evaluate((e) => e.getBoundingClientRect().top));
      const link = frame.getByRole('link', { name: s.toFix });
      await link.scrollIntoViewIfNeeded();
      expect(await where()).toBeGreaterThan(740);
      await link.press('Enter');
      await expect.poll(where).toBeLessThan(740 / 2);
      // At the page's top, give or take a sub-pixel of the frame's rounding.
      expect(await where()).toBeGreaterThan(-1);
      expect(await fix.evaluate((e) => e === document.activeElement)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await wiki.close();
    }
  });
});
