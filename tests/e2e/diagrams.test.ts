import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { narrowWidth } from '../../src/components/diagrams/geometry.ts';
import { builds } from '../support/builds.ts';
import { describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';
import { langs, listPages, pageRoute, readPage } from '../support/pages.ts';

const build = builds[0]!;
/** Every built page that shows a diagram, in every language. */
const diagramPages = listPages(build).filter((page) => readPage(page).includes('<figure class="diagram"'));
const diagramUrls = diagramPages.map((page) => new URL(page.url, siteUrls.root).href);
const phone = (width: number) => ({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
const wide = { viewport: { width: 1400, height: 900 } };
/** The smallest text a diagram may show, in CSS pixels after the drawing is scaled to its column. */
const smallestLegibleText = 11;

/** How each diagram on the page is drawn: sideways overflow of its figure or scroll region, drawings shown, their viewBox width and smallest text. */
function measureDiagrams(page: Page) {
  return page.locator('figure.diagram').evaluateAll((figures) =>
    figures.map((figure) => {
      const region = figure.querySelector('.scroll-region');
      const shown = [...figure.querySelectorAll<SVGSVGElement>('svg[role="img"]')].filter((svg) => svg.getClientRects().length > 0);
      const svg = shown[0];
      const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 0;
      const sizes = [...(svg?.querySelectorAll('text') ?? [])].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
      return {
        id: figure.id,
        overflow: Math.max(figure.scrollWidth - figure.clientWidth, region ? region.scrollWidth - region.clientWidth : 0),
        right: Math.ceil(figure.getBoundingClientRect().right),
        shown: shown.length,
        viewBoxWidth: svg?.viewBox.baseVal.width ?? 0,
        smallestText: Math.round(Math.min(...sizes) * 100) / 100,
      };
    }),
  );
}

describeInBrowser('diagrams', (browser) => {
  test('pages with diagrams are found in every language', () => {
    expect(new Set(diagramPages.map((page) => pageRoute(build, page.url).lang))).toEqual(new Set(langs));
  });

  for (const width of [320, 360]) {
    test.each(diagramUrls)(`%s: on a ${width} px phone every diagram fits its column without sideways scrolling, its text still legible`, async (url) => {
      const { context, page, problems } = await openPage(browser(), phone(width));
      try {
        await page.goto(url, { waitUntil: 'load' });
        const diagrams = await measureDiagrams(page);
        expect(diagrams.length).toBeGreaterThan(0);
        for (const diagram of diagrams) {
          expect(diagram.overflow, `${diagram.id} scrolls sideways`).toBeLessThanOrEqual(0);
          expect(diagram.right, `${diagram.id} reaches past the viewport`).toBeLessThanOrEqual(width);
          expect(diagram.shown, `${diagram.id}: drawings shown`).toBe(1);
          expect(diagram.smallestText, `${diagram.id}: smallest text`).toBeGreaterThanOrEqual(smallestLegibleText);
          await expect(page.locator(`[id="${diagram.id}"]`).getByRole('img').count(), `${diagram.id}: images exposed to assistive technology`).resolves.toBe(1);
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  test.each(diagramUrls)('%s: on a desktop every diagram shows its wide drawing, and only that one to assistive technology', async (url) => {
    const { context, page } = await openPage(browser(), wide);
    try {
      await page.goto(url, { waitUntil: 'load' });
      for (const diagram of await measureDiagrams(page)) {
        expect(diagram.overflow, `${diagram.id} scrolls sideways`).toBeLessThanOrEqual(0);
        expect(diagram.shown, `${diagram.id}: drawings shown`).toBe(1);
        expect(diagram.viewBoxWidth, `${diagram.id}: drawing shown`).toBeGreaterThan(narrowWidth);
        await expect(page.locator(`[id="${diagram.id}"]`).getByRole('img').count(), `${diagram.id}: images exposed to assistive technology`).resolves.toBe(1);
      }
    } finally {
      await context.close();
    }
  });
});
