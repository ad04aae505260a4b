import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { builtPageUrls, describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';
import { listPages, readPage } from '../support/pages.ts';

/** Every built page in every language. */
const urls = builtPageUrls(builds[0]!);
/** The pages that show the Docker → RootlessKit table, in every language. */
const dockerTableUrls = listPages(builds[0]!)
  .filter((built) => readPage(built).includes('data-table="docker-rootlesskit"'))
  .map((built) => new URL(built.url, siteUrls.root).href);

/**
 * What is wrong with the layout of the page as shown: sideways scrolling of the whole page (naming the elements that stick out), words
 * broken across lines inside table cells, pager titles and headings (code and option names anywhere, prose other than after a hyphen or slash, ≥ or
 * ≤ apart from its value), code in a row's first cell on more than one line, a table caption cut off by its scroll region, a column of
 * sentences narrower than 10 em, a table that scrolls on a desktop screen, a decision table that scrolls at any width, a Docker →
 * RootlessKit table whose answer column is out of view, definition terms that look like their descriptions, code blocks without a label,
 * a copy button or their output, configuration files cut off at the edge, a code block in a list item out of line with the item's text,
 * "#" links that a touch screen never shows, entries of "On this page" cut off at its edge, and focus rings of scrollable boxes (code
 * blocks, table regions) that an ancestor clips.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const describe = (element: Element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;
    const clips = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);

    if (root.scrollWidth > root.clientWidth) {
      // The outermost elements and texts that reach past the viewport, leaving out what a scroller or a clipping box holds.
      const past = (rect: DOMRect) => rect.right > root.clientWidth + 0.5;
      const inClip = (element: Element | null): boolean => element !== null && element !== document.body && (clips(element) || inClip(element.parentElement));
      const culprits: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || past(parent.getBoundingClientRect()) || inClip(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = node instanceof Element ? node.getBoundingClientRect() : range.getBoundingClientRect();
        if (past(rect)) culprits.push(`${node instanceof Element ? describe(node) : 'text'} "${node.textContent?.trim().slice(0, 50)}"`);
      }
      problems.push(`page is ${root.scrollWidth} px wide: ${culprits.join(', ')}`);
    }

    // A word is a run without spaces or Han characters, with a ≥ or ≤ in front of it; in prose a line break after a hyphen or slash before a
    // letter is ordinary wrapping, but code, a date and an option name ("--host-lo-to-ns-lo", even as plain text) stay whole. So in titles
    // and section headings ("Troubleshootin" above "g" at 320 px, review RS #1).
    for (const cell of document.querySelectorAll('table th, table td, .pager-title, main :is(h1, h2)')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const code = node.parentElement?.closest('code, kbd, samp, time') !== null;
        for (const match of (node.textContent ?? '').matchAll(/(?:[≥≤]\s)?[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu)) {
          let start = match.index;
          for (const word of code || /^\(?-/.test(match[0]) ? [match[0]] : match[0].split(/(?<=[-/])(?=\p{L})/u)) {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            start += word.length;
            const rects = [...range.getClientRects()];
            if (rects.some((rect) => rect.top >= rects[0]!.bottom - 2)) problems.push(`"${word}" is broken across lines in ${describe(cell)}`);
          }
        }
      }
    }

    // A row's first cell names it (a variable, a version): its code stays on one line while long values in other cells may break (article.css).
    for (const code of document.querySelectorAll('table :is(th, td):first-child code')) {
      if (code.getClientRects().length > 1) problems.push(`"${code.textContent}" is broken across lines in the first cell of its row`);
    }

    // A caption reads in full without scrolling its table; every table fits a desktop column, and the decision table (the no-JavaScript
    // checker) every screen: a phone shows it as cards.
    for (const region of document.querySelectorAll('.scroll-region:has(> table)')) {
      const box = region.getBoundingClientRect();
      const caption = region.querySelector('caption');
      const text = caption?.getBoundingClientRect();
      if (caption && text && (text.left < box.left - 0.5 || text.right > box.left + region.clientWidth + 0.5)) {
        problems.push(`the caption "${caption.textContent?.slice(0, 50)}" is cut off by its scroll region`);
      }
      const table = region.querySelector(':scope > table')!;
      if (region.scrollWidth <= region.clientWidth) continue;
      if (innerWidth >= 1280 || table.matches('[data-table="decision"]')) {
        const name = table.getAttribute('data-table') ?? region.getAttribute('aria-labelledby');
        problems.push(`the ${name} table is ${region.scrollWidth} px wide in a ${region.clientWidth} px region`);
      }
    }

    // The Docker → RootlessKit table answers "does this release have the fix?": that column is in view without scrolling the table.
    for (const table of document.querySelectorAll('[data-table="docker-rootlesskit"]')) {
      const region = table.parentElement!;
      const right = Math.min(region.getBoundingClientRect().left + region.clientWidth, root.clientWidth);
      const column = [...table.querySelectorAll('thead th')].findIndex((th) => th.textContent?.includes('--host-lo-to-ns-lo'));
      const cells = [...table.querySelectorAll('tr')].map((row) => row.children[column]).filter((cell) => cell !== undefined);
      if (column < 0 || cells.some((cell) => cell.getBoundingClientRect().right > right + 0.5)) problems.push(`the answer column of the Docker → RootlessKit table is out of view`);
    }

    // A column of sentences (a decision's outcome, a milestone's description) keeps a readable measure while it is a table column.
    for (const cell of document.querySelectorAll<HTMLElement>('table td.prose')) {
      if (getComputedStyle(cell).display !== 'table-cell') continue;
      const em = Number.parseFloat(getComputedStyle(cell).fontSize);
      if (cell.getBoundingClientRect().width < 9.9 * em) problems.push(`"${cell.textContent?.trim().slice(0, 50)}" is in a column ${Math.round(cell.getBoundingClientRect().width / em)} em wide`);
    }

    for (const term of document.querySelectorAll('.doc dt')) {
      if (Number(getComputedStyle(term).fontWeight) < 600) problems.push(`the term "${term.textContent?.slice(0, 50)}" is not set in bold`);
    }

    // A code block's header names it (the language, or what kind of text it quotes); output wraps rather than hide text past the edge.
    for (const label of document.querySelectorAll('.code-lang')) {
      const before = getComputedStyle(label, '::before').content;
      if (!label.textContent?.trim() && ['none', 'normal', '""'].includes(before)) problems.push(`a code block's header has no label`);
    }
    for (const frame of document.querySelectorAll('.code-frame')) {
      const copy = frame.querySelector('.code-header .copy');
      const box = frame.getBoundingClientRect();
      const button = copy?.getBoundingClientRect();
      if (!button || button.width === 0 || button.left < box.left || button.right > box.right) problems.push(`"${frame.textContent?.slice(0, 50)}" has no visible copy button`);
      // In a list item the block lines up with the item's text and ends with it: the list's indentation, not a wider or shifted box.
      const item = frame.parentElement?.closest('li');
      if (item) {
        const style = getComputedStyle(item);
        const text = item.getBoundingClientRect();
        const left = text.left + Number.parseFloat(style.paddingLeft);
        const right = text.right - Number.parseFloat(style.paddingRight);
        if (Math.abs(box.left - left) > 0.5 || box.right > right + 0.5) problems.push(`"${frame.textContent?.slice(0, 50)}" is out of line with its list item`);
      }
    }
    // An entry of "On this page" wraps rather than run past its column: a heading may quote a long path.
    for (const link of document.querySelectorAll('.toc a')) {
      if (link.scrollWidth > link.clientWidth + 0.5) problems.push(`the contents entry "${link.textContent?.slice(0, 50)}" is cut off`);
    }
    // Output and configuration files (a drop-in, its diff) wrap: the value at the end of a long line is what differs.
    for (const output of document.querySelectorAll('.code-output pre, pre[data-language="ini"]')) {
      if (output.scrollWidth > output.clientWidth) problems.push(`output or file "${output.textContent?.slice(0, 50)}" is cut off at the right edge`);
    }

    // Without hover, the "#" links of headings, table rows, terms and reference entries are shown: there is no other way to find them.
    if (matchMedia('(hover: none)').matches) {
      for (const anchor of document.querySelectorAll('.anchor')) {
        if (Number(getComputedStyle(anchor).opacity) < 1) problems.push(`the link "${anchor.textContent?.trim().slice(0, 50)}" is invisible on a touch screen`);
      }
    }

    for (const element of document.querySelectorAll<HTMLElement>('pre[tabindex], .scroll-region[tabindex]')) {
      element.focus({ preventScroll: true });
      const style = getComputedStyle(element);
      if (!element.matches(':focus-visible') || style.outlineStyle === 'none') {
        problems.push(`${describe(element)} shows no focus ring`);
        continue;
      }
      const ring = Number.parseFloat(style.outlineOffset) + Number.parseFloat(style.outlineWidth);
      const box = element.getBoundingClientRect();
      for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
        if (!clips(ancestor)) continue;
        const clip = ancestor.getBoundingClientRect();
        const left = clip.left + ancestor.clientLeft;
        const top = clip.top + ancestor.clientTop;
        if (box.left - ring < left - 0.5 || box.top - ring < top - 0.5 || box.right + ring > left + ancestor.clientWidth + 0.5 || box.bottom + ring > top + ancestor.clientHeight + 0.5) {
          problems.push(`the focus ring of ${describe(element)} is clipped by ${describe(ancestor)}`);
        }
      }
    }
    return problems;
  });
}

/** Two phones, a tablet (one column) and two desktops (sidebar and table of contents): a laptop's and the widest column, full HD. */
const screens = [
  { width: 320, phone: true },
  { width: 360, phone: true },
  { width: 768, phone: false },
  { width: 1280, phone: false },
  { width: 1920, phone: false },
];

describeInBrowser('layout', (browser) => {
  for (const { width, phone } of screens) {
    describe(`on a ${width} px ${phone ? 'phone' : 'screen'}`, () => {
      let context: Awaited<ReturnType<typeof openPage>>['context'];
      let page: Page;
      beforeAll(async () => {
        ({ context, page } = await openPage(browser(), phone ? { viewport: { width, height: 740 }, isMobile: true, hasTouch: true } : { viewport: { width, height: 900 } }));
        // A key press first, as a keyboard user's, so that focusing a box shows its focus ring.
        await page.goto(urls[0]!);
        await page.keyboard.press('Shift');
      });
      afterAll(async () => {
        await context.close();
      });

      test.each(urls)('%s does not scroll sideways, keeps the words in table cells, pager titles and headings whole, shows captions in full, fits tables to the screen, sets terms in bold, labels code blocks, gives them copy buttons, lines them up in lists, wraps output and configuration files, shows "#" links on touch screens, wraps long contents entries, and shows focus rings unclipped', async (url) => {
        await page.goto(url, { waitUntil: 'load' });
        expect(await layoutProblems(page)).toEqual([]);
      });
    });
  }

  // A common phone: the whole Docker → RootlessKit table, the bundled RootlessKit included, fits without scrolling sideways.
  describe('on a 390 px phone', () => {
    test.each(dockerTableUrls)('%s shows the whole Docker → RootlessKit table and its answers without scrolling', async (url) => {
      const { context, page } = await openPage(browser(), { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      try {
        await page.goto(url, { waitUntil: 'load' });
        const fit = await page.evaluate(() =>
          [...document.querySelectorAll('[data-table="docker-rootlesskit"]')].map((table) => {
            const region = table.parentElement!;
            return { scrolls: region.scrollWidth > region.clientWidth, right: table.getBoundingClientRect().right, screen: document.documentElement.clientWidth };
          }),
        );
        expect(fit.length).toBeGreaterThan(0);
        for (const table of fit) expect(table.scrolls || table.right > table.screen, JSON.stringify(table)).toBe(false);
      } finally {
        await context.close();
      }
    });
  });
});
