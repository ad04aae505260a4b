// Review 108 #1, #2, #11: a fact's "line N" button selected its whole line, and the field (which does not wrap) showed only the line's
// start, never the option that decided; in a hard-wrapped paste it named the join's first line; on paper it named lines nobody can find.
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { samples } from '../../../src/islands/checker/samples.ts';
import { en as s } from '../../../src/islands/checker/strings-en.ts';
import { longArgv, wrappedArgv } from '../../fixtures/journal-argv.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { openChecker, pasteText } from './support.ts';

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** The line button of the fact named `label`. */
const factButton = (page: Page, label: string) =>
  page.locator('.chk-facts dl > div').filter({ has: page.locator('dt', { hasText: label }) }).getByRole('button', { name: /line/ });

/**
 * What the paste field selects, and whether the selection is in view sideways: where its start and end fall in the field's unwrapped
 * text, laid out by the page (a copy of the line set in the field's font), against the part the field scrolls to.
 */
const selection = (page: Page) =>
  page.locator('#chk-paste').evaluate((area: HTMLTextAreaElement) => {
    const style = getComputedStyle(area);
    const lineStart = area.value.lastIndexOf('\n', area.selectionStart - 1) + 1;
    const probe = document.createElement('span');
    Object.assign(probe.style, { font: style.font, whiteSpace: 'pre', position: 'absolute', visibility: 'hidden' });
    document.body.append(probe);
    const width = (text: string): number => {
      probe.textContent = text;
      return probe.getBoundingClientRect().width;
    };
    const left = parseFloat(style.paddingLeft) + width(area.value.slice(lineStart, area.selectionStart));
    const right = left + width(area.value.slice(area.selectionStart, area.selectionEnd));
    probe.remove();
    return {
      text: area.value.slice(area.selectionStart, area.selectionEnd),
      inView: left >= area.scrollLeft && right <= area.scrollLeft + area.clientWidth,
      focused: document.activeElement === area,
    };
  });

describeInBrowser('checker: evidence buttons show what decided', (browser) => {
  test('on a phone, "line 2" of the port driver selects --port-driver=implicit, 219 characters into the line, and scrolls it into view', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, phone);
    try {
      await pasteText(page, longArgv);
      const button = factButton(page, s.facts.portDriver);
      await expect(button.textContent()).resolves.toBe(s.showLine(2));
      await button.click();
      await expect(selection(page)).resolves.toEqual({ text: '--port-driver=implicit', inView: true, focused: true });
      // Another option of the same line is brought into view in its turn.
      await factButton(page, s.facts.networkDriver).click();
      await expect(selection(page)).resolves.toEqual({ text: '--net=pasta', inView: true, focused: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('in a hard-wrapped paste, each option\'s button names and selects the line it was wrapped onto', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, { viewport: { width: 1280, height: 900 } });
    try {
      await pasteText(page, wrappedArgv);
      const port = factButton(page, s.facts.portDriver);
      await expect(port.textContent()).resolves.toBe(s.showLine(6));
      await port.click();
      await expect(selection(page)).resolves.toEqual({ text: '--port-driver=implicit', inView: true, focused: true });
      await expect(factButton(page, s.facts.detachNetns).textContent()).resolves.toBe(s.showLine(7));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a printed result has no line buttons and no "Go to the fix": the printed paste has no line numbers', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`, { viewport: { width: 718, height: 1000 } });
    try {
      await pasteText(page, samples.find((sample) => sample.id === 'affected')!.text);
      const lineButton = page.getByRole('button', { name: /^Show line/ }).first();
      const toFix = page.getByRole('link', { name: s.toFix });
      await expect(lineButton.isVisible()).resolves.toBe(true);
      await expect(toFix.isVisible()).resolves.toBe(true);
      await page.emulateMedia({ media: 'print' });
      await expect(lineButton.isVisible()).resolves.toBe(false);
      await expect(toFix.isVisible()).resolves.toBe(false);
      // The facts themselves are still printed.
      await expect(page.locator('.chk-facts dt').first().isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });
});
