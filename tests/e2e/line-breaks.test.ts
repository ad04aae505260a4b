import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { datePattern } from '../../src/components/content/dates.ts';
import { unbrokenLength } from '../../src/components/content/line-breaks.ts';
import { builds } from '../support/builds.ts';
import { builtPageUrls, describeInBrowser, openPage, siteUrls } from '../support/e2e.ts';

/** Every built page in every language. */
const urls = builtPageUrls(builds[0]!);

/**
 * Where lines break inside inline code and inside the link text of source lists, reported as the text with "⏎" at each break:
 * - code of up to `short` characters never breaks (a browser breaks "--ipv6" after a hyphen, leaving "--" at a line's end);
 * - longer code breaks only between words, and inside a word longer than `short` only after "/", "_", "=" or a hyphen within the word
 *   ("docker-rootless-⏎extras", never "--⏎ipv6");
 * - link text naming a path or a repository breaks at a space or after "/" rather than inside a word ("rootlesskit.in⏎staller");
 * - a date never breaks ("2024-⏎10-30"), wherever it is;
 * - output (what a program printed, an error message) wraps at its spaces: a word breaks only when longer than `short`, and never in or
 *   right after the dashes it starts with ("Set -⏎-force", "--⏎config-net", review RS #2).
 */
function breakProblems(page: Page, short: number, dates: string): Promise<string[]> {
  return page.evaluate(([short, dates]) => {
    /** The offsets in the element's text where a new line starts. */
    const lineStarts = (element: Element): number[] => {
      const starts: number[] = [];
      let offset = 0;
      let top: number | null = null;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]!)) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (top !== null && rect.top > top + 2) starts.push(offset + i);
          top = rect.top;
        }
        offset += text.length;
      }
      return starts;
    };
    const marked = (text: string, starts: number[]) => starts.reduceRight((shown, at) => `${shown.slice(0, at)}⏎${shown.slice(at)}`, text);
    /** The run without spaces around an offset. */
    const wordAt = (text: string, at: number) => /\S*$/.exec(text.slice(0, at))![0] + /^\S*/.exec(text.slice(at))![0];

    const problems: string[] = [];
    for (const code of document.querySelectorAll(':not(pre) > code')) {
      if (code.getClientRects().length < 2) continue;
      const text = code.textContent ?? '';
      const starts = lineStarts(code);
      const fine = (at: number) =>
        text.length > short && (/\s$/.test(text.slice(0, at)) || (wordAt(text, at).length > short && /([/_=]|[^\s-]-)$/.test(text.slice(0, at))));
      const wrong = starts.filter((at) => !fine(at));
      if (wrong.length > 0) problems.push(`code "${marked(text, starts)}"`);
    }
    for (const pre of document.querySelectorAll('.code-output pre')) {
      const text = pre.textContent ?? '';
      const starts = lineStarts(pre).filter((at) => !/\s/.test(text[at - 1]!));
      const wrong = starts.filter((at) => wordAt(text, at).length <= short || /(?:^|\s)-+$/.test(text.slice(0, at)));
      problems.push(...wrong.map((at) => `output "${/\S*$/.exec(text.slice(0, at))![0]}⏎${/^\S*/.exec(text.slice(at))![0]}"`));
    }
    // Between Han characters, or after a space, "/" or "-", a line may break; between two letters of a Latin word it may not.
    const inWord = /[\p{Script=Latin}\d._]/u;
    for (const link of document.querySelectorAll('.sources a, .reference-list a')) {
      const text = link.textContent ?? '';
      const starts = lineStarts(link);
      if (starts.some((at) => inWord.test(text[at - 1]!) && inWord.test(text[at]!))) problems.push(`link "${marked(text, starts)}"`);
    }
    // SVG text does not wrap.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, (node) => (node.parentElement?.closest('svg') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT));
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(new RegExp(dates, 'g'))) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()];
        if (rects.some((rect) => rect.top >= rects[0]!.bottom - 2)) problems.push(`date "${match[0]}" in "${node.parentElement?.textContent?.trim().slice(0, 60)}"`);
      }
    }
    return problems;
  }, [short, dates] as const);
}

/** The words of the code block holding `blockText` that a wrap splits across two lines. */
function splitWords(page: Page, blockText: string): Promise<string[]> {
  return page.evaluate((blockText) => {
    const block = [...document.querySelectorAll('.code-frame pre')].find((pre) => pre.textContent?.includes(blockText));
    if (!block) return [`no code block with "${blockText}"`];
    const split: string[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()];
        if (rects.some((rect) => rect.top >= rects[0]!.bottom - 2)) split.push(match[0]);
      }
    }
    return split;
  }, blockText);
}

/**
 * Punctuation that a line break parts from the unbroken code (.nowrap) beside it, outside tables: a closing mark ("." "," "，" "。" "）")
 * starting the line below the code, or an opening one ("(" "（") ending the line above it. The code is the whole <code> when the
 * .nowrap is one of its words, and the mark may follow a link or emphasis that holds only the code. Not beside code over 22 characters
 * (.long): on a phone's width it is an inline block, which text spacing cannot push past the column, and after which a line may break
 * (review 88 #7 left open).
 */
function strandedPunctuation(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const units = new Set([...document.querySelectorAll('.doc .nowrap')].map((element) => element.parentElement?.closest('code') ?? element));
    const stranded: string[] = [];
    for (const code of units) {
      if (code.closest('th, td, pre') || code.matches('.long, :has(.long)') || code.getClientRects().length === 0) continue;
      let outer: Element = code;
      while (outer.parentElement?.matches('a, em, strong') && outer.parentElement.childNodes.length === 1) outer = outer.parentElement;
      const rects = [...code.getClientRects()];
      const markRect = (node: Text, at: number) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect();
      };
      const after = outer.nextSibling;
      if (after instanceof Text && /^[.,;:!?)\]。，、；：！？）」”]/.test(after.data) && markRect(after, 0).top >= rects.at(-1)!.bottom - 2) {
        stranded.push(`"${code.textContent}" ⏎"${after.data[0]}"`);
      }
      const before = outer.previousSibling;
      if (before instanceof Text && /[(\[（「“]$/.test(before.data) && markRect(before, before.data.length - 1).bottom <= rects[0]!.top + 2) {
        stranded.push(`"${before.data.at(-1)}"⏎ "${code.textContent}"`);
      }
    }
    return stranded;
  });
}

/** The pages with the most code beside punctuation, in both languages. */
const punctuated = ['troubleshooting/', 'compatibility/', 'references/', 'diagnostics/', 'pasta/', 'remediation/', 'fix/', 'problem/', 'security/'].flatMap(
  (slug) => [slug, `zh-cn/${slug}`],
);

describeInBrowser('punctuation beside unbroken code', (browser) => {
  // Two phones and a desktop; 390 px is wider than 360 px but still a phone's width in the style sheets (30rem).
  for (const width of [320, 390, 1366]) {
    describe(`on a ${width} px screen`, () => {
      let context: Awaited<ReturnType<typeof openPage>>['context'];
      let page: Page;
      beforeAll(async () => {
        ({ context, page } = await openPage(browser(), { viewport: { width, height: 740 }, isMobile: width < 768, hasTouch: width < 768 }));
      });
      afterAll(async () => {
        await context.close();
      });

      test.each(punctuated)('/%s never starts a line with the mark after a piece of code, nor ends one with the bracket before it', async (path) => {
        await page.goto(new URL(path, siteUrls.root).href, { waitUntil: 'load' });
        expect(await strandedPunctuation(page)).toEqual([]);
      });
    });
  }
});

/** Two phones and a tablet: the widths where running text wraps most. */
const widths = [320, 360, 768];

describeInBrowser('line breaks', (browser) => {
  for (const width of widths) {
    describe(`on a ${width} px screen`, () => {
      let context: Awaited<ReturnType<typeof openPage>>['context'];
      let page: Page;
      beforeAll(async () => {
        ({ context, page } = await openPage(browser(), { viewport: { width, height: 740 }, isMobile: width < 768, hasTouch: width < 768 }));
      });
      afterAll(async () => {
        await context.close();
      });

      test.each(urls)('%s breaks inline code, output and source titles only where a reader expects it, and never a date', async (url) => {
        await page.goto(url, { waitUntil: 'load' });
        expect(await breakProblems(page, unbrokenLength, datePattern.source)).toEqual([]);
      });

      // An argument list is read token by token: a wrap that leaves "--" at a line's end and "mtu=65520" on the next misleads.
      test.each(['', 'zh-cn/'])('the pasta argument list on /%spasta/ keeps every argument whole', async (lang) => {
        await page.goto(new URL(`${lang}pasta/`, siteUrls.root).href, { waitUntil: 'load' });
        expect(await splitWords(page, 'pasta --stderr')).toEqual([]);
      });
    });
  }
});
