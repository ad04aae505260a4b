import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { narrowWidth } from '../../src/components/diagrams/geometry.ts';
import { builds } from '../support/builds.ts';
import { describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';
import { langs, listPages, pageRoute, readPage } from '../support/pages.ts';

const build = builds[0]!;
/** Every built page that shows a diagram, in every language. */
const diagramPages = listPages(build).filter((page) => /<figure class="diagram[\s"]/.test(readPage(page)));
const diagramUrls = diagramPages.map((page) => new URL(page.url, siteUrls.root).href);
const phone = (width: number) => ({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
const wide = { viewport: { width: 1400, height: 900 } };
/** The smallest text a diagram may show, in CSS pixels after the drawing is scaled to its column. */
const smallestLegibleText = 11;
/** The smallest text the timeline may show on a desktop, where its wide drawing is read from further away. */
const smallestDesktopTimelineText = 12;
/** The smallest label (regular, 13-unit text) any diagram may show from a tablet on, read from as far away. */
const smallestDesktopLabel = 12;
/** Pages showing the release timeline, one per language. */
const timelineUrls = diagramPages.filter((page) => readPage(page).includes('id="figure-timeline"')).map((page) => new URL(page.url, siteUrls.root).href);

/**
 * How each diagram on the page is drawn: sideways overflow of its figure or scroll region, drawings shown, their viewBox width, smallest
 * text and smallest label (text other than the small annotations along arrows and dots), in CSS pixels.
 */
function measureDiagrams(page: Page) {
  return page.locator('figure.diagram').evaluateAll((figures) =>
    figures.map((figure) => {
      const region = figure.querySelector('.scroll-region');
      const shown = [...figure.querySelectorAll<SVGSVGElement>('svg[role="img"]')].filter((svg) => svg.getClientRects().length > 0);
      const svg = shown[0];
      const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 0;
      const sizes = (selector: string) => [...(svg?.querySelectorAll(selector) ?? [])].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale);
      const smallest = (selector: string) => Math.round(Math.min(...sizes(selector)) * 100) / 100;
      return {
        id: figure.id,
        overflow: Math.max(figure.scrollWidth - figure.clientWidth, region ? region.scrollWidth - region.clientWidth : 0),
        right: Math.ceil(figure.getBoundingClientRect().right),
        shown: shown.length,
        viewBoxWidth: svg?.viewBox.baseVal.width ?? 0,
        smallestText: smallest('text'),
        smallestLabel: smallest('text:not(.dg-small)'),
      };
    }),
  );
}

/**
 * The timeline's shown drawing as rendered: its smallest text in CSS pixels, and every text that meets another text, is crossed by a line
 * (year line, lane axis or leader), covers a dot, or reaches past the drawing or the viewport; half a pixel of contact is allowed for antialiasing.
 * Also the shown drawing's viewBox width (which drawing it is) and the width of the column it sits in.
 */
function measureTimeline(page: Page) {
  return page.locator('#figure-timeline').evaluate((figure) => {
    const svg = [...figure.querySelectorAll<SVGSVGElement>('svg[role="img"]')].find((drawing) => drawing.getClientRects().length > 0);
    if (!svg) return { smallestText: 0, collisions: ['no drawing shown'], viewBoxWidth: 0, column: figure.clientWidth };
    type Rect = { left: number; right: number; top: number; bottom: number };
    const meet = (a: Rect, b: Rect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')].map((text) => ({
      name: [...text.querySelectorAll('tspan')].map((span) => span.textContent?.trim()).join(' '),
      size: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
      rect: text.getBoundingClientRect(),
    }));
    const segments = [...svg.querySelectorAll('polyline')].flatMap((line) => {
      const m = line.getScreenCTM();
      const points = [...line.points].map((p) => [p.x * (m?.a ?? 1) + (m?.e ?? 0), p.y * (m?.d ?? 1) + (m?.f ?? 0)] as const);
      const kind = line.closest('.dg-dashed') ? 'year line' : 'line';
      return points.slice(1).map((to, i) => {
        const from = points[i] ?? to;
        return { kind, rect: { left: Math.min(from[0], to[0]), right: Math.max(from[0], to[0]), top: Math.min(from[1], to[1]), bottom: Math.max(from[1], to[1]) } };
      });
    });
    const dots = [...svg.querySelectorAll('circle')].map((dot) => dot.getBoundingClientRect());
    const bounds = svg.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const collisions: string[] = [];
    texts.forEach((a, i) => {
      for (const b of texts.slice(i + 1)) if (meet(a.rect, b.rect)) collisions.push(`"${a.name}" meets "${b.name}"`);
      for (const segment of segments) {
        // A line has no width: widen it by a pixel so that one running along or through a text counts.
        const r = segment.rect;
        if (meet(a.rect, { left: r.left - 0.5, right: r.right + 0.5, top: r.top - 0.5, bottom: r.bottom + 0.5 })) collisions.push(`a ${segment.kind} crosses "${a.name}"`);
      }
      if (dots.some((dot) => meet(a.rect, dot))) collisions.push(`a dot is under "${a.name}"`);
      if (a.rect.left < bounds.left - 0.5 || a.rect.right > bounds.right + 0.5 || a.rect.top < bounds.top - 0.5 || a.rect.bottom > bounds.bottom + 0.5 || a.rect.left < 0 || a.rect.right > viewport)
        collisions.push(`"${a.name}" is cut off`);
    });
    return { smallestText: Math.round(Math.min(...texts.map((text) => text.size)) * 100) / 100, collisions, viewBoxWidth: svg.viewBox.baseVal.width, column: figure.clientWidth };
  });
}

describeInBrowser('diagrams', (browser) => {
  test('pages with diagrams are found in every language', () => {
    expect(new Set(diagramPages.map((page) => pageRoute(build, page.url).lang))).toEqual(new Set(langs));
  });

  // One page per address, resized between the widths: opening a page costs more than measuring it, and each test here is a page's.
  test.each(diagramUrls)('%s: on 320 and 360 px phones every diagram fits its column without sideways scrolling, its text still legible', async (url) => {
    const { context, page, problems } = await openPage(browser(), phone(320));
    try {
      await page.goto(url, { waitUntil: 'load' });
      for (const width of [320, 360]) {
        await page.setViewportSize({ width, height: 740 });
        const diagrams = await measureDiagrams(page);
        expect(diagrams.length).toBeGreaterThan(0);
        for (const diagram of diagrams) {
          expect(diagram.overflow, `${diagram.id} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
          expect(diagram.right, `${diagram.id} reaches past the viewport at ${width} px`).toBeLessThanOrEqual(width);
          expect(diagram.shown, `${diagram.id}: drawings shown at ${width} px`).toBe(1);
          expect(diagram.smallestText, `${diagram.id}: smallest text at ${width} px`).toBeGreaterThanOrEqual(smallestLegibleText);
          await expect(page.locator(`[id="${diagram.id}"]`).getByRole('img').count(), `${diagram.id}: images exposed to assistive technology`).resolves.toBe(1);
        }
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Every 32 px from a tablet to a wide desktop (768, 1024 and 1152 px among them): one column, then the sidebar beside the text, then the
  // table of contents too (from 1152 px, where the text column is narrowest), and across each switch between the drawings.
  test.each(diagramUrls)(
    '%s: on a desktop every diagram shows its wide drawing, and only that one to assistive technology; at every window width from 768 to 1440 px its labels are 12 px or more',
    async (url) => {
      const { context, page } = await openPage(browser(), wide);
      try {
        await page.goto(url, { waitUntil: 'load' });
        for (const diagram of await measureDiagrams(page)) {
          expect(diagram.overflow, `${diagram.id} scrolls sideways`).toBeLessThanOrEqual(0);
          expect(diagram.shown, `${diagram.id}: drawings shown`).toBe(1);
          expect(diagram.viewBoxWidth, `${diagram.id}: drawing shown`).toBeGreaterThan(narrowWidth);
          await expect(page.locator(`[id="${diagram.id}"]`).getByRole('img').count(), `${diagram.id}: images exposed to assistive technology`).resolves.toBe(1);
        }
        const problems: string[] = [];
        for (let width = 768; width <= 1440; width += 32) {
          await page.setViewportSize({ width, height: 900 });
          for (const { id, smallestLabel } of await measureDiagrams(page)) {
            if (smallestLabel < smallestDesktopLabel) problems.push(`at ${width} px: ${id} shows labels at ${smallestLabel} px`);
          }
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test('the timeline is found in every language', () => {
    expect(timelineUrls.length).toBe(langs.length);
  });

  test.each(timelineUrls)('%s: at every window width from 560 to 1400 px the timeline shows its wide drawing only where its labels are 12 px or more, and never a collision', async (url) => {
    const { context, page } = await openPage(browser(), wide);
    try {
      await page.goto(url, { waitUntil: 'load' });
      const problems: string[] = [];
      const shown = new Set<string>();
      // Every 4 px: through the one-column layout, the switch between the drawings and the sidebar layout up to the full desktop column.
      for (let width = 560; width <= 1400; width += 4) {
        await page.setViewportSize({ width, height: 900 });
        const { smallestText, collisions, viewBoxWidth, column } = await measureTimeline(page);
        const desktop = viewBoxWidth > narrowWidth;
        shown.add(desktop ? 'wide' : 'narrow');
        const at = `at ${width} px (a ${column} px column, ${desktop ? 'wide' : 'narrow'} drawing)`;
        if (smallestText < (desktop ? smallestDesktopTimelineText : smallestLegibleText)) problems.push(`${at}: labels at ${smallestText} px`);
        for (const collision of collisions) problems.push(`${at}: ${collision}`);
      }
      expect(problems).toEqual([]);
      expect([...shown].toSorted()).toEqual(['narrow', 'wide']);
    } finally {
      await context.close();
    }
  });

  // A desktop window and a phone per address, each resized and switched between the themes (the page follows the system's theme live).
  const timelineViews = timelineUrls.flatMap((url) => [
    [url, 'desktop', [1280, 1400]] as const,
    [url, 'phone', [320, 360]] as const,
  ]);
  test.each(timelineViews)('%s on a %s at %j px, light and dark: every timeline label is legible and clear of the other labels, lines and dots, none cut off', async (url, device, widths) => {
    const desktop = device === 'desktop';
    const { context, page } = await openPage(browser(), desktop ? wide : phone(widths[0]));
    try {
      await page.goto(url, { waitUntil: 'load' });
      for (const width of widths) {
        await page.setViewportSize({ width, height: desktop ? 900 : 740 });
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const { smallestText, collisions } = await measureTimeline(page);
          expect(smallestText, `smallest timeline text at ${width} px (${colorScheme}), px`).toBeGreaterThanOrEqual(desktop ? smallestDesktopTimelineText : smallestLegibleText);
          expect(collisions, `at ${width} px (${colorScheme})`).toEqual([]);
        }
      }
    } finally {
      await context.close();
    }
  });
});
