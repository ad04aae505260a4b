import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { SERVICE } from '../../../src/engine/apply.ts';
import { analyzeWith } from '../../../src/engine/core.ts';
import { en } from '../../../src/engine/messages/en.ts';
import type { Messages } from '../../../src/engine/messages/types.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { samples } from '../../../src/islands/checker/samples.ts';
import { en as enStrings } from '../../../src/islands/checker/strings-en.ts';
import type { CheckerStrings } from '../../../src/islands/checker/strings.ts';
import { zhCn as zhStrings } from '../../../src/islands/checker/strings-zh-cn.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { accessibleNames, openChecker, pasteEach, pasteText } from './support.ts';

const sample = (id: string) => samples.find((candidate) => candidate.id === id)!.text;
/** An incomplete verdict with a finding besides the next step, one of whose words (DOCKERD_ROOTLESS_ROOTLESSKIT_NET) once widened the island. */
const systemctl = allFixtures().find((fixture) => fixture.name.includes('mixed-systemctl-status-rootless-pasta-implicit-mtu1500'))!.text;
const twoDropIns = allFixtures().find((fixture) => fixture.name === 'synthetic/two-drop-ins-disagree.txt')!.text;
const phone = (width: number) => ({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
const languages = [
  { lang: 'en', prefix: '', messages: en, s: enStrings },
  { lang: 'zh-cn', prefix: 'zh-cn/', messages: zhCn, s: zhStrings },
] as const satisfies readonly { lang: string; prefix: string; messages: Messages; s: CheckerStrings }[];

/** The verdict box's text as shown (innerText: what is rendered, line by line). */
const verdictText = (page: Page) => page.locator('[data-verdict]').innerText();
/** A name without its spaces: how Chromium spaces the parts of a name is not the point. */
const squeeze = (name: string) => name.replace(/\s+/g, '');
/** An element's box in page coordinates, which scrolling does not change. */
const pageBox = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
  });

/** Groups of `size` items in order: each browser test pastes one group, so that none runs near its time limit as fixtures are added. */
const chunks = <T,>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const fixtures = allFixtures();
// Each set of findings once (the longest paste that gives it): what a wider screen or the frame changes is the page around the island,
// and the island's content comes from the findings and the paste's own lines, which the narrowest screen tests for every fixture in
// English. In Chinese the paste's lines are the same, and findings wrap at any character: each set once, at both widths.
const byFindings = new Map<string, (typeof fixtures)[number]>();
for (const fixture of fixtures) {
  const key = analyzeWith(en, fixture.text).findings.map((f) => f.id).sort().join();
  if ((byFindings.get(key)?.text.length ?? -1) < fixture.text.length) byFindings.set(key, fixture);
}
const layouts = [
  ...chunks(fixtures, 150).map((group, i) => ({ path: 'checker/', width: 320, group, label: `fixtures ${i * 150 + 1}-${i * 150 + group.length}` })),
  ...([['checker/', 360], ['zh-cn/checker/', 320], ['zh-cn/checker/', 360], ['embed/checker/', 320]] as const).map(([path, width]) => ({ path, width, group: [...byFindings.values()], label: 'each set of findings once' })),
];

describeInBrowser('checker layout and wording', (browser) => {
  test.each(layouts)('nothing in the island is wider than a phone: $path at $width px, $label', async ({ path, width, group }) => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}${path}`, phone(width));
    try {
      const shown = await pasteEach(page, group.map((fixture) => fixture.text), { overflow: true });
      const wide = group.flatMap((fixture, i) => {
        const { page: sideways, elements } = shown[i]!.overflow!;
        return elements.length > 0 || sideways > 0 ? [`${fixture.name}: page +${sideways} px; ${elements.slice(0, 3).join(' | ')}`] : [];
      });
      expect(wide).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each([
    // A laptop screen on which the verdict starts below the fold, so that typing could be seen to scroll to it.
    ['a laptop', { viewport: { width: 1280, height: 720 } }],
    ['a phone', phone(360)],
  ] as const)('on %s, a paste brings its verdict to the upper part of the screen; typing leaves the page where it is', async (_, device) => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, device);
    try {
      const inView = () =>
        page.locator('[data-verdict]').evaluate((box) => {
          const { top, bottom } = box.getBoundingClientRect();
          return top >= 0 && bottom <= innerHeight + 1;
        });
      // Typing leaves the page where the reader has it.
      await page.locator('#chk-paste').focus();
      await page.keyboard.type('docker info');
      await page.waitForTimeout(400);
      expect(await inView()).toBe(false);
      await pasteText(page, systemctl);
      expect(await inView()).toBe(true);
      // High enough that the facts and findings under it show too, and not under the sticky header.
      const { top, header } = await page.locator('[data-verdict]').evaluate((box) => ({
        top: box.getBoundingClientRect().top,
        header: document.querySelector('header')!.getBoundingClientRect().bottom,
      }));
      expect(top).toBeGreaterThanOrEqual(header);
      expect(top).toBeLessThan(device.viewport.height * 0.4);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(languages)(
    '$lang: before any paste a neutral prompt, no certainty and no "nothing recognisable"; after one, no certainty until decided',
    async ({ prefix, messages, s }) => {
      const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}${prefix}checker/`);
      // The certainty lines, the inferred one up to where it starts naming facts.
      const certainties = Object.values(messages.certainty).map((line) => line(analyzeWith(messages, '')).split(/[:：]/)[0]!);
      const nothing = messages.findings['nothing-recognised']({}, SERVICE);
      try {
        // Empty: the prompt, the first step, no facts and nothing to share.
        await expect(page.locator('[data-verdict]').getAttribute('data-verdict')).resolves.toBe('incomplete');
        expect((await verdictText(page)).trim()).toBe(s.empty);
        const island = await page.locator('.checker').innerText();
        for (const text of [...certainties, nothing.title, messages.verdict.incomplete]) expect(island).not.toContain(text);
        await expect(page.locator('.chk-next h3').innerText()).resolves.toBe(s.startTitle);
        expect(await page.locator('.chk-facts, .chk-share, .chk-findings').count()).toBe(0);

        // Something unrecognisable: now the engine's words, title and detail apart; still no certainty.
        expect(await pasteText(page, 'hello world')).toBe('incomplete');
        expect((await verdictText(page)).trim()).toBe(messages.verdict.incomplete);
        await expect(page.locator('.chk-next h3').innerText()).resolves.toBe(nothing.title);
        await expect(page.locator('.chk-next h3 + p').innerText()).resolves.toBe(nothing.detail);

        // Incomplete with facts: no certainty line, and so no "(see the findings)" without findings.
        expect(await pasteText(page, sample('incomplete'))).toBe('incomplete');
        const incomplete = await verdictText(page);
        for (const text of certainties) expect(incomplete).not.toContain(text);

        // Decided: the certainty, and findings to see.
        for (const id of ['affected', 'not-rootless']) {
          const expected = analyzeWith(messages, sample(id), {});
          expect(await pasteText(page, sample(id))).toBe(id);
          expect(await verdictText(page)).toContain(messages.certainty[expected.certainty](expected));
          expect(await page.locator('.chk-finding').count()).toBeGreaterThan(0);
        }

        // Clear: the prompt again.
        await page.getByRole('button', { name: s.clear }).click();
        await page.waitForFunction((prompt) => document.querySelector<HTMLElement>('[data-verdict]')?.innerText.trim() === prompt, s.empty);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test.each(languages)("$lang: a decided verdict's own finding comes first, the others under a heading of their own", async ({ prefix, messages, s }) => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}${prefix}checker/`);
    try {
      // Fixed, with a warning and two alternative drop-ins that disagree with the running daemon.
      expect(await pasteText(page, twoDropIns)).toBe('fixed');
      const [main, ...rest] = analyzeWith(messages, twoDropIns, {}).findings;
      expect(rest.some((f) => f.severity === 'warning')).toBe(true);
      const headings = await page.locator('.chk-findings').evaluate((section) => [...section.querySelectorAll('h2, h3, h4')].map((h) => `${h.tagName} ${h.textContent}`));
      const title = (f: typeof main) => `${s.severity[f!.severity]}${s.colon}${f!.title}`;
      expect(headings).toEqual([`H2 ${s.findingsHeading}`, `H3 ${title(main)}`, `H3 ${s.alsoHeading}`, ...rest.map((f) => `H4 ${title(f)}`)]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('on a phone, an affected verdict links to its fix, which the facts push off the first screen; a fixed one has no such link', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, phone(390));
    try {
      expect(await pasteText(page, sample('affected'))).toBe('affected');
      const fix = page.locator('#chk-fix-affected');
      expect(await fix.evaluate((box) => box.getBoundingClientRect().top)).toBeGreaterThan(740);
      await page.getByRole('link', { name: enStrings.toFix }).click();
      await expect.poll(() => fix.evaluate((box) => box.getBoundingClientRect().top)).toBeLessThan(740 / 2);
      // Focus goes with it (eighth site audit): Tab goes on to the fix's copy button, not back up to the facts.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('chk-fix-affected');
      // No navigation (no step added to Back): the address keeps no fragment, and the verdict stays.
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('affected');
      expect(await page.getByText(enStrings.linkUnreadable).count()).toBe(0);
      expect(await pasteText(page, sample('fixed'))).toBe('fixed');
      expect(await page.getByRole('link', { name: enStrings.toFix }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Clear, which throws the paste away, looks unlike the example buttons and sits apart from their row', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      const clear = page.getByRole('button', { name: enStrings.clear });
      const look = (button: Locator) =>
        button.evaluate((element) => {
          const style = getComputedStyle(element);
          return { color: style.color, border: style.borderTopColor, background: style.backgroundColor };
        });
      const clearLook = await look(clear);
      const clearBox = await pageBox(clear);
      for (const example of await page.locator('.chk-sample').all()) {
        const exampleLook = await look(example);
        expect(clearLook.color).not.toBe(exampleLook.color);
        expect(clearLook.border).not.toBe(exampleLook.border);
        // No example shares its line.
        const box = await pageBox(example);
        expect(box.y >= clearBox.y + clearBox.height || box.y + box.height <= clearBox.y).toBe(true);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('on a phone, long names in findings wrap between their parts, never inside a word, options in findings, the verdict and the hint stay whole, and line buttons follow the paste', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, phone(360));
    try {
      await pasteText(page, systemctl);
      // Every place where the findings' titles and prose wrap, as the two characters around the break.
      const breaks = await page.locator('.chk-finding :is(h3, h4, p)').evaluateAll((blocks) =>
        blocks.flatMap((block) => {
          const found: string[] = [];
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          let previous: { top: number; char: string } | null = null;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (let i = 0; i < text.length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const box = range.getClientRects()[0];
              // A space where the line wraps takes no room, but it is the break's left side all the same.
              if (!box || box.width === 0) {
                if (previous) previous.char = text[i]!;
                continue;
              }
              if (previous && box.top > previous.top + 2) found.push(`${previous.char}${text[i]!} in "${text.slice(Math.max(0, i - 20), i + 20)}"`);
              previous = { top: box.top, char: text[i]! };
            }
          }
          return found;
        }),
      );
      expect(breaks.length).toBeGreaterThan(0);
      expect(breaks.filter((pair) => /^[a-z0-9]{2}/i.test(pair))).toEqual([]);
      // Options in the prose ("-p 0.0.0.0:8080:80") stay on one line: a phone would break them after the hyphen.
      await pasteText(page, sample('affected'));
      const options = await page.locator('.chk-finding p .nowrap').evaluateAll((spans) => spans.map((span) => [span.textContent, span.getClientRects().length]));
      expect(options).toContainEqual(['-p 0.0.0.0:8080:80', 1]);
      expect(options.filter(([, rects]) => rects !== 1)).toEqual([]);
      // So does the option in the verdict's headline ("Fixed: RootlessKit passes --host-lo-to-ns-lo to pasta").
      await pasteText(page, sample('fixed'));
      const headline = await page.locator('.chk-verdict .nowrap').evaluateAll((spans) => spans.map((span) => [span.textContent, span.getClientRects().length]));
      expect(headline).toContainEqual(['--host-lo-to-ns-lo', 1]);
      // And the options the hint above the field names ("rootlesskit --version").
      const hint = await page.locator('#chk-paste-hint .nowrap').evaluateAll((spans) => spans.map((span) => [span.textContent, span.getClientRects().length]));
      expect(hint).toContainEqual(['--version', 1]);
      expect(hint.filter(([, rects]) => rects !== 1)).toEqual([]);
      // A finding's line buttons follow the paste's order.
      await pasteText(page, allFixtures().find((f) => f.name === 'synthetic/two-drop-ins-disagree.txt')!.text);
      const groups = await page.locator('.chk-finding').evaluateAll((findings) =>
        findings.map((finding) => [...finding.querySelectorAll('.chk-line')].map((button) => Number(button.textContent?.replace(/\D/g, '')))),
      );
      expect(groups.some((lines) => lines.length > 2)).toBe(true);
      for (const lines of groups) expect(lines).toEqual(lines.toSorted((a, b) => a - b));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Review RS #9: the label column broke "pasta runs with --host-lo-to-" above "ns-lo" on a laptop.
  test.each(languages)('$lang: on a laptop and a phone, the options the facts name in their labels stay on one line', async ({ prefix }) => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}${prefix}checker/`, { viewport: { width: 1280, height: 900 } });
    try {
      // The labels whose options a line break splits.
      const split = () =>
        page.locator('.chk-facts dt').evaluateAll((labels) =>
          labels.filter((label) => {
            const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const option of (node.textContent ?? '').matchAll(/(?<![\w.-])--?[A-Za-z][\w-]*/g)) {
                const range = document.createRange();
                range.setStart(node, option.index);
                range.setEnd(node, option.index + option[0].length);
                const rects = [...range.getClientRects()];
                if (rects.some((rect) => rect.top >= rects[0]!.bottom - 2)) return true;
              }
            }
            return false;
          }).map((label) => label.textContent),
        );
      const named: string[] = [];
      for (const [width, height] of [[1280, 900], [320, 740]] as const) {
        await page.setViewportSize({ width, height });
        for (const id of ['fixed', 'affected']) {
          await pasteText(page, sample(id));
          named.push(...(await page.locator('.chk-facts dt').allTextContents()).filter((label) => label.includes('--')));
          expect(await split(), `${id} at ${width} px`).toEqual([]);
        }
      }
      expect(named.length).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test.each(languages)(
    '$lang: "Copied" takes the place of the label, so no button moves or changes size, and is announced politely',
    async ({ prefix, s }) => {
      const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}${prefix}checker/`, { ...phone(360), ...clipboard });
      try {
        expect(await pasteText(page, sample('affected'))).toBe('affected');
        const link = page.locator('.chk-share button').first(); // by place: its name changes to "Copied"
        const markdown = page.getByRole('button', { name: s.copyMarkdown });
        const code = page.locator('.chk-finding .chk-code').first();
        const boxes = async () => ({
          link: await pageBox(link),
          markdown: await pageBox(markdown),
          code: await pageBox(code.locator('pre')),
          codeButton: await pageBox(code.locator('button')),
        });
        await page.locator('.chk-share').scrollIntoViewIfNeeded();
        const before = await boxes();

        await page.getByRole('button', { name: s.copyLink }).click();
        await expect.poll(() => page.locator('.chk-share [aria-live="polite"]').first().textContent()).toBe(s.copied);
        // Its name is the label and, for screen readers, the finding ("Copy: …", with no blank before the colon).
        const copy = code.getByRole('button', { name: new RegExp(`^${s.copy}${s.colon}\\S`) });
        await copy.click();
        await expect.poll(() => code.locator('[aria-live="polite"]').textContent()).toBe(s.copied);
        expect(await boxes()).toEqual(before);
        // The clicked button says it too, in place of its label.
        await code.getByRole('button', { name: s.copied }).waitFor();

        // Two seconds later the labels are back, still in place.
        await page.getByRole('button', { name: s.copyLink }).waitFor();
        await copy.waitFor();
        expect(await boxes()).toEqual(before);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test.each(languages)('$lang: every guide link, code box and copy button of the findings has a name of its own', async ({ prefix, messages, s }) => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}${prefix}checker/`);
    try {
      for (const text of [sample('affected'), systemctl]) {
        await pasteText(page, text);
        const findings = await page.locator('.chk-finding :is(h3, h4)').allInnerTexts();
        const links = await accessibleNames(page, '.chk-findings', 'link');
        expect(links).toHaveLength(findings.length);
        expect(new Set(links).size).toBe(links.length);
        // The visible words start the name (WCAG 2.5.3), the finding's title follows after the colon, with no blank before it.
        for (const [i, name] of links.entries()) {
          expect(squeeze(name)).toBe(squeeze(`${s.docsLink}${s.colon}${findings[i]!.slice(findings[i]!.indexOf(s.colon) + s.colon.length)}`));
          expect(name.startsWith(`${s.docsLink}${s.colon}`)).toBe(true);
        }
        // The code boxes of both lists (the main finding's and the others'), not the findings section's own region.
        const regions = (await accessibleNames(page, '.chk-findings', 'region')).filter((name) => name !== s.findingsHeading);
        expect(regions.length).toBe(await page.locator('.chk-findings .chk-code').count());
        expect(regions.length).toBeGreaterThan(0);
        expect(new Set(regions).size).toBe(regions.length);
        // Copy buttons say what they copy after their visible label.
        const copies = await accessibleNames(page, '.chk-findings', 'button');
        const copyButtons = copies.filter((name) => name.startsWith(s.copy));
        expect(copyButtons.length).toBe(regions.length);
        // Labelled as the code blocks of the page are, which may show on the same screen (RS 12).
        const label = await page.locator('main').getAttribute('data-copy-label');
        expect(copyButtons.every((name) => name.startsWith(`${label}${s.colon}`))).toBe(true);
        expect(new Set(copyButtons).size).toBe(copyButtons.length);
        // Each guide link stands on its own line: a touch target of at least 24 px (WCAG 2.5.8).
        const heights = await page.locator('.chk-finding > p:last-child a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
        expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
      }
      // The finding titles come from the catalogue of the page's language.
      const shown = analyzeWith(messages, systemctl, {}).findings.slice(1); // incomplete: the first is the next step
      expect((await accessibleNames(page, '.chk-findings', 'link')).map(squeeze)).toEqual(
        shown.map((f) => squeeze(`${s.docsLink}${s.colon}${f.title}`)),
      );
    } finally {
      await context.close();
    }
  });

  test('Chinese punctuation: full-width colons after severities, no space after a full stop', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}zh-cn/checker/`);
    try {
      const hint = await page.locator('#chk-paste-hint').innerText();
      expect(hint).toContain('。');
      expect(hint).not.toMatch(/[。，：；？！）]\s/);
      await pasteText(page, sample('affected'));
      const severities = await page.locator('.chk-severity').allInnerTexts();
      expect(severities.length).toBeGreaterThan(0);
      for (const label of severities) expect(label).toMatch(new RegExp(`^(?:${Object.values(zhStrings.severity).join('|')})：$`));
      for (const title of await page.locator('.chk-finding :is(h3, h4)').allInnerTexts()) expect(title).not.toMatch(/^[^：]*:/);
    } finally {
      await context.close();
    }
  });

  test('commands keep one line each: the boxes scroll sideways and take the keyboard; the page shows the collector once', async () => {
    // The checker page: the collector under "What to paste", which the island's next step links to.
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`, phone(360));
    try {
      expect(await page.locator('#chk-collector').count()).toBe(1);
      expect(await page.locator('.checker #chk-collector').count()).toBe(0);
      expect(await page.locator('.checker pre').count()).toBe(1); // the first step's "docker version"
      const links = page.locator('.checker a[href="#chk-collector"]');
      expect(await links.count()).toBe(2); // the next step's intro, "I don't know"
      await links.first().click();
      await page.waitForFunction(() => location.hash === '#chk-collector');
      await expect(page.locator('#chk-collector pre').textContent()).resolves.toContain('docker version');
    } finally {
      await context.close();
    }

    // The embed has no page around it, so its island shows the collector itself.
    const embed = await openChecker(browser(), `${siteUrls.root}embed/checker/`, phone(360));
    try {
      const box = embed.page.locator('.checker #chk-collector section');
      const pre = box.locator('pre');
      await expect(pre.evaluate((element) => getComputedStyle(element).whiteSpace)).resolves.toBe('pre');
      const lines = (await pre.textContent())!.replace(/\n$/, '').split('\n');
      // Each line of the collector is one line on screen: as tall as its lines, no more.
      const { height, lineHeight } = await pre.evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          height: element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom),
          lineHeight: parseFloat(style.lineHeight),
        };
      });
      expect(Math.round(height / lineHeight)).toBe(lines.length);
      // The box scrolls instead: focusable, named, and moved with the arrow keys.
      await expect(box.evaluate((element) => element.scrollWidth > element.clientWidth)).resolves.toBe(true);
      await expect(box.getAttribute('tabindex')).resolves.toBe('0');
      expect(await accessibleNames(embed.page, '#chk-collector', 'region')).toEqual([enStrings.collectorLabel]);
      await box.focus();
      await embed.page.keyboard.press('ArrowRight');
      await embed.page.waitForFunction(() => (document.querySelector('#chk-collector section')?.scrollLeft ?? 0) > 0);
    } finally {
      await embed.context.close();
    }
  });
});
