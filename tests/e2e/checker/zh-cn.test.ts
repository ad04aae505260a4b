import { expect, test } from 'vitest';
import { analyzeWith } from '../../../src/engine/core.ts';
import { en } from '../../../src/engine/messages/en.ts';
import { zhCn as messages } from '../../../src/engine/messages/zh-cn.ts';
import { samples } from '../../../src/islands/checker/samples.ts';
import { zhCn as s } from '../../../src/islands/checker/strings-zh-cn.ts';
import { describeInBrowser, openPage, siteUrls } from '../../support/e2e.ts';
import { copyShareLink, cspViolations, openChecker, openSharedLink, pasteText, watchCsp } from './support.ts';

const sample = (id: string) => samples.find((candidate) => candidate.id === id)!.text;
const affected = analyzeWith(messages, sample('affected'), {});
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

describeInBrowser('checker in Simplified Chinese', (browser) => {
  test('/zh-cn/checker/ gives verdicts and findings in Chinese, and decides by hand in Chinese without the island', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}zh-cn/checker/`);
    try {
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
      await page.getByLabel(s.pasteLabel).waitFor();
      expect(await pasteText(page, sample('affected'))).toBe('affected');
      await expect(page.locator('[data-verdict]').textContent()).resolves.toContain(messages.verdict.affected);
      await page.getByRole('heading', { name: affected.findings[0]!.title }).waitFor();
      expect(await page.locator('.checker').textContent()).not.toContain(en.verdict.affected);
      // The links go to the Chinese guide.
      expect(await page.locator('.chk-finding a').first().getAttribute('href')).toMatch(/^\/zh-cn\//);
      // The by-hand decision table reads in Chinese.
      await expect(page.locator('[data-table="decision"] caption').textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('each page loads its own language’s island only', async () => {
    for (const [path, own, other] of [
      ['checker/', 'CheckerEn', 'CheckerZhCn'],
      ['zh-cn/checker/', 'CheckerZhCn', 'CheckerEn'],
    ] as const) {
      const { context, page } = await openPage(browser());
      const scripts: string[] = [];
      page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
      try {
        await page.goto(`${siteUrls.root}${path}`, { waitUntil: 'load' });
        await page.locator('.checker[data-ready]').waitFor();
        expect(scripts.some((url) => url.includes(`/${own}.`)), path).toBe(true);
        expect(scripts.filter((url) => url.includes(`/${other}.`)), path).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  test('Copy link leads back to /zh-cn/checker/ with the same verdict; Copy as Markdown links the Chinese guide', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.kb}zh-cn/checker/`, clipboard);
    try {
      expect(await pasteText(page, sample('affected'))).toBe('affected');
      const link = await copyShareLink(page, s);
      expect(link.pathname).toBe('/kb/zh-cn/checker/');
      expect(link.hash).toContain('net=pasta');

      await page.getByRole('button', { name: s.copyMarkdown }).click();
      await page.waitForFunction(async (heading) => (await navigator.clipboard.readText()).includes(heading), s.markdown.heading);
      const markdown = await page.evaluate(() => navigator.clipboard.readText());
      // The verdict's own words are the headline, with Chinese punctuation around labels and notes.
      expect(markdown).toContain(`\n**${messages.verdict.affected}**\n`);
      expect(markdown).toContain(`- ${s.facts.networkDriver}：\`pasta\``);
      expect(markdown).toMatch(new RegExp(`${s.markdown.link}：<http`));
      expect(markdown).toMatch(/\/kb\/zh-cn\/remediation\/#upgrade/);

      const shared = await openSharedLink(browser(), link, s);
      expect(shared.verdict).toBe('affected');
      expect(shared.paste).toBe('');
      expect(shared.verdictText).toContain(messages.verdict.affected);
      expect(shared.problems).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the Chinese embed works in an iframe-sized page and opens the Chinese guide in a new tab', async () => {
    const { context, page, problems } = await openPage(browser());
    await context.addInitScript(watchCsp);
    try {
      await page.goto(`${siteUrls.root}zh-cn/embed/checker/`, { waitUntil: 'load' });
      await page.locator('.checker[data-ready]').waitFor();
      expect(await pasteText(page, sample('incomplete'))).toBe('incomplete');
      await page.getByRole('group', { name: s.questions.networkDriver!.text }).getByRole('button', { name: 'pasta' }).click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'affected');
      const guides = page.locator('.chk-finding a');
      expect(await guides.count()).toBeGreaterThan(0);
      for (const guide of await guides.all()) {
        await expect(guide.getAttribute('target')).resolves.toBe('_blank');
        await expect(guide.getAttribute('href')).resolves.toMatch(/^\/zh-cn\//);
        // Its name says it opens a new tab, in the words of the embed's own links below the checker.
        await expect(guide.getAttribute('aria-label')).resolves.toMatch(/^指南中的解释：.+（在新标签页中打开）$/);
      }
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
