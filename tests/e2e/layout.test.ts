import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builds } from '../support/builds.ts';
import { builtPageUrls, describeInBrowser, openPage } from '../support/e2e.ts';

/** Every built page in every language. */
const urls = builtPageUrls(builds[0]!);

/**
 * What is wrong with the layout of the page as shown: sideways scrolling of the whole page (naming the elements that stick out), words
 * broken across lines inside table cells, code blocks without a label or with output cut off, and focus rings of scrollable boxes
 * (code blocks, table regions) that an ancestor clips.
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

    // A word is a run without spaces or Han characters; a line break after a hyphen or slash before a letter is ordinary wrapping.
    for (const cell of document.querySelectorAll('table th, table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu)) {
          let start = match.index;
          for (const word of match[0].split(/(?<=[-/])(?=\p{L})/u)) {
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, start + word.length);
            start += word.length;
            const rects = [...range.getClientRects()];
            if (rects.some((rect) => rect.top >= rects[0]!.bottom - 2)) problems.push(`"${word}" is broken across lines in a table cell`);
          }
        }
      }
    }

    // A code block's header names it (the language, or what kind of text it quotes); output wraps rather than hide text past the edge.
    for (const label of document.querySelectorAll('.code-lang')) {
      const before = getComputedStyle(label, '::before').content;
      if (!label.textContent?.trim() && ['none', 'normal', '""'].includes(before)) problems.push(`a code block's header has no label`);
    }
    for (const output of document.querySelectorAll('.code-output pre')) {
      if (output.scrollWidth > output.clientWidth) problems.push(`output "${output.textContent?.slice(0, 50)}" is cut off at the right edge`);
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

describeInBrowser('layout', (browser) => {
  for (const width of [320, 360]) {
    describe(`on a ${width} px phone`, () => {
      let context: Awaited<ReturnType<typeof openPage>>['context'];
      let page: Page;
      beforeAll(async () => {
        ({ context, page } = await openPage(browser(), { viewport: { width, height: 740 }, isMobile: true, hasTouch: true }));
        // A key press first, as a keyboard user's, so that focusing a box shows its focus ring.
        await page.goto(urls[0]!);
        await page.keyboard.press('Shift');
      });
      afterAll(async () => {
        await context.close();
      });

      test.each(urls)('%s does not scroll sideways, keeps the words in table cells whole, labels and wraps output, and shows focus rings unclipped', async (url) => {
        await page.goto(url, { waitUntil: 'load' });
        expect(await layoutProblems(page)).toEqual([]);
      });
    });
  }
});
