import { expect, test } from 'vitest';
import { datePattern } from '../../src/components/content/dates.ts';
import { builds } from '../support/builds.ts';
import { builtPageUrls, describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';
import { findPage, langs, listPages, readPage, routeUrl } from '../support/pages.ts';

const articleUrl = new URL(findPage(builds[0]!, 'class="heading ').url, siteUrls.root).href;
/** A page whose table links every row to its source and keeps versions on one line on screen. */
const tableUrl = new URL(findPage(builds[0]!, 'data-table="docker-rootlesskit"').url, siteUrls.root).href;
/** The pages with a date in a table or a diagram, in every language. */
const datedUrls = listPages(builds[0]!)
  .filter((built) => /<td><time>|class="diagram"/.test(readPage(built)))
  .map((built) => new URL(built.url, siteUrls.root).href);
/** The pages of version tables (pasta releases, Docker ranges, the outcome of each setup), in every language. */
const versionTableUrls = langs.flatMap((lang) => ['compatibility', 'fix'].map((slug) => new URL(routeUrl(builds[0]!, lang, slug), siteUrls.root).href));
const diagramUrls = listPages(builds[0]!)
  .filter((built) => readPage(built).includes('class="diagram"'))
  .map((built) => new URL(built.url, siteUrls.root).href);

describeInBrowser('print', (browser) => {
  test('prints the article alone, in the light theme, with link targets spelled out', async () => {
    const { context, page } = await openPage(browser(), { colorScheme: 'dark' });
    try {
      await page.goto(articleUrl);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.sidebar', '.toc-column', '.pager']) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      await expect(page.locator('article h1').isVisible()).resolves.toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      const external = page.locator('article a[href^="http"]').first();
      if ((await external.count()) > 0) {
        const href = await external.getAttribute('href');
        expect(await external.evaluate((link) => getComputedStyle(link, '::after').content)).toContain(href);
      }
    } finally {
      await context.close();
    }
  });

  test('prints every column of a table on an A4 page, without link targets in its cells', async () => {
    // A4 less Chromium's default margins, at 96 px to the inch.
    const { context, page } = await openPage(browser(), { viewport: { width: 718, height: 1000 } });
    try {
      await page.goto(tableUrl);
      await page.emulateMedia({ media: 'print' });
      const problems = await page.evaluate(() =>
        [...document.querySelectorAll('.scroll-region > table')].flatMap((table) => {
          const name = table.getAttribute('data-table') ?? table.parentElement?.getAttribute('aria-labelledby');
          const cut = table.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 || table.parentElement!.scrollWidth > table.parentElement!.clientWidth;
          const spelled = [...table.querySelectorAll('a[href^="http"]')].filter((link) => !['none', 'normal'].includes(getComputedStyle(link, '::after').content));
          return [...(cut ? [`the ${name} table is cut off`] : []), ...spelled.map((link) => `"${link.textContent}" in the ${name} table has its address appended`)];
        }),
      );
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Breakable anywhere, the code in a cell let the compatibility tables squeeze a column to a few letters: "impl" above "icit", "127.0.0"
  // above ".1", "2024_08_21" above ".1d6142f", in both languages, though each table had room for it whole.
  test('prints the version tables on an A4 page: nothing wider than the page, no table cut off, and code kept whole in its cell', async () => {
    // A4 at 96 px to the inch.
    const { context, page } = await openPage(browser(), { viewport: { width: 794, height: 1000 } });
    try {
      const wrong: string[] = [];
      let codes = 0;
      for (const url of versionTableUrls) {
        await page.goto(url);
        await page.emulateMedia({ media: 'print' });
        codes += await page.locator('main :is(th, td) code.nowrap').count();
        wrong.push(
          ...(await page.evaluate((at) => {
            const width = document.documentElement.clientWidth;
            const found: string[] = [];
            for (const element of document.querySelectorAll('main *')) {
              if (element.getBoundingClientRect().right > width + 0.5) found.push(`${at}: <${element.localName}> ${(element.textContent ?? '').trim().slice(0, 40)} is wider than the page`);
            }
            for (const table of document.querySelectorAll('main table')) {
              const region = table.parentElement!;
              if (region.scrollWidth > region.clientWidth + 1) found.push(`${at}: the table ${(table.textContent ?? '').trim().slice(0, 40)} is cut off`);
            }
            for (const code of document.querySelectorAll('main :is(th, td) code.nowrap')) {
              const range = document.createRange();
              range.selectNodeContents(code);
              const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)));
              if (lines.size > 1) found.push(`${at}: ${code.textContent} is broken across ${lines.size} lines`);
            }
            return found;
          }, url)),
        );
        await page.emulateMedia({ media: 'screen' });
      }
      expect(codes).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Review RS #8: the RootlessKit releases table printed "2024-01-" above "15", and each diagram a bare "Text version" line.
  test.each([
    ['an A4 page with 15 mm margins', 680],
    ['an A4 page with 25 mm margins', 605],
  ])('prints every date of a table on one line, and no closed disclosure under a diagram, on %s', async (_paper, width) => {
    const { context, page } = await openPage(browser(), { viewport: { width, height: 1000 } });
    try {
      const wrong: string[] = [];
      let dated = 0;
      let disclosures = 0;
      for (const url of datedUrls) {
        await page.goto(url);
        await page.emulateMedia({ media: 'print' });
        dated += await page.locator('.doc :is(th, td) time').count();
        disclosures += await page.locator('.diagram details').count();
        wrong.push(...(await page.evaluate(([at, dates]) => {
          const found: string[] = [];
          for (const cell of document.querySelectorAll('.doc :is(th, td)')) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              // Code (a pasta release named by its date) breaks where it must on paper (print.css); a date does not.
              if (node.parentElement?.closest('code')) continue;
              for (const match of (node.textContent ?? '').matchAll(new RegExp(dates, 'g'))) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const rects = [...range.getClientRects()];
                if (rects.some((rect) => rect.top >= rects[0]!.bottom - 2)) found.push(`${at}: ${match[0]} is broken across lines`);
              }
            }
          }
          for (const details of document.querySelectorAll('.diagram details')) {
            if (details.getClientRects().length > 0) found.push(`${at}: "${details.querySelector('summary')?.textContent}" prints under a diagram`);
          }
          return found;
        }, [url, datePattern.source] as const)));
        await page.emulateMedia({ media: 'screen' });
      }
      expect(dated).toBeGreaterThan(0);
      expect(disclosures).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("prints a checker's result with the whole paste, no controls, and the address of each guide page it links to", async () => {
    const { context, page } = await openPage(browser(), { viewport: { width: 718, height: 1000 } });
    try {
      await page.goto(`${siteUrls.root}checker/`);
      await page.locator('.checker[data-ready]').waitFor();
      await page.locator('.chk-sample[data-sample="affected"]').click();
      await page.locator('[data-verdict="affected"]').waitFor();
      await page.emulateMedia({ media: 'print' });
      const area = await page.locator('#chk-paste').evaluate((field) => ({ whole: field.scrollHeight, shown: field.clientHeight }));
      expect(area.shown).toBeGreaterThanOrEqual(area.whole);
      for (const selector of ['.chk-sample', '.chk-clear', '.chk-copy-button', '.chk-share']) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      const guide = page.locator('.chk-findings a[href^="/"]').first();
      expect(await guide.evaluate((link) => getComputedStyle(link, '::after').content)).toContain((await guide.getAttribute('href'))!);
    } finally {
      await context.close();
    }
  });

  // The stacked drawing of a phone is taller than the rest of page 1 and took a page of its own on /fix/, leaving page 1 two-thirds blank.
  // Review 90: Letter with 1 inch margins (624 px) and A4 with 25 mm ones (605 px) took the stacked drawing, a page apart from its text.
  test.each([
    ['an A4 page with 15 mm margins', 680],
    ['a Letter page with 1 inch margins', 624],
    ['an A4 page with 25 mm margins', 605],
  ])('prints the wide drawing of every diagram, whole, on %s', async (_paper, width) => {
    const { context, page } = await openPage(browser(), { viewport: { width, height: 1000 } });
    try {
      const wrong: string[] = [];
      for (const url of diagramUrls) {
        await page.goto(url);
        await page.emulateMedia({ media: 'print' });
        wrong.push(
          ...(await page.evaluate((at) =>
            [...document.querySelectorAll('.diagram')].flatMap((figure) => {
              const wide = figure.querySelector('.dg-wide')!.getBoundingClientRect();
              const shown = wide.width > 0 && figure.querySelector('.dg-narrow')!.getBoundingClientRect().width === 0;
              return shown && wide.right <= document.documentElement.clientWidth + 0.5 ? [] : [`${at} ${figure.id}`];
            }),
          url)),
        );
        await page.emulateMedia({ media: 'screen' });
      }
      expect(diagramUrls.length).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Review 88 #9: forced onto A5 (148 mm less 15 mm margins, 446 px), the wide drawing printed its labels at about 5 pt.
  test('prints the narrow drawing of every diagram on an A5 page, its labels at 9 pt or more', async () => {
    const { context, page } = await openPage(browser(), { viewport: { width: 446, height: 1000 } });
    try {
      const wrong: string[] = [];
      for (const url of diagramUrls) {
        await page.goto(url);
        await page.emulateMedia({ media: 'print' });
        wrong.push(
          ...(await page.evaluate((at) =>
            [...document.querySelectorAll('.diagram')].flatMap((figure) => {
              const narrow = figure.querySelector<SVGSVGElement>('svg.dg-narrow')!;
              const scale = narrow.getBoundingClientRect().width / narrow.viewBox.baseVal.width;
              const sizes = [...narrow.querySelectorAll('text')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale * 0.75);
              const shown = scale > 0 && figure.querySelector('.dg-wide')!.getBoundingClientRect().width === 0;
              return shown && Math.min(...sizes) >= 9 ? [] : [`${at} ${figure.id}: ${shown ? `labels at ${Math.min(...sizes).toFixed(1)} pt` : 'the wide drawing'}`];
            }),
          url)),
        );
        await page.emulateMedia({ media: 'screen' });
      }
      expect(diagramUrls.length).toBeGreaterThan(0);
      expect(wrong).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("prints every command whole on an A4 page: code wraps rather than being cut off, the checker's fixes too", async () => {
    const { context, page } = await openPage(browser(), { viewport: { width: 718, height: 1000 } });
    try {
      const cut: string[] = [];
      for (const url of builtPageUrls(builds[0]!)) {
        await page.goto(url);
        // A checker with a result, so that its fixes are on the page.
        if (await page.locator('.chk-sample[data-sample="affected"]').count()) {
          await page.locator('.checker[data-ready]').waitFor();
          await page.locator('.chk-sample[data-sample="affected"]').click();
          await page.locator('[data-verdict="affected"]').waitFor();
        }
        await page.emulateMedia({ media: 'print' });
        cut.push(
          ...(await page.evaluate((at) => {
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('pre')]
              .filter((pre) => pre.scrollWidth > pre.clientWidth + 1 || pre.getBoundingClientRect().right > width + 0.5)
              .map((pre) => `${at}: ${(pre.textContent ?? '').trim().slice(0, 60)}`);
          }, url)),
        );
        await page.emulateMedia({ media: 'screen' });
      }
      expect(cut).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
