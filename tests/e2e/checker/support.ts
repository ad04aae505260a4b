/** Shared steps of the checker's browser tests: open it, watch for CSP violations, paste and wait for the new verdict. */
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { openPage } from '../../support/e2e.ts';
import { timing } from '../../../src/islands/checker/checker-state.ts';

/** Records CSP violations in every frame, before any of the page's scripts run. */
export const watchCsp = (): void => {
  const seen: string[] = [];
  Object.assign(window, { cspViolations: seen });
  document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`));
};

/** CSP violations seen so far in a page or frame. */
export function cspViolations(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/** Opens `url` in a fresh context that records CSP violations (see cspViolations) besides openPage's problems. */
export async function openWatched(browser: Browser, url: string, options: BrowserContextOptions = {}) {
  const opened = await openPage(browser, options);
  await opened.context.addInitScript(watchCsp);
  await opened.page.goto(url, { waitUntil: 'load' });
  return opened;
}

/** openWatched, then waits until the checker island has hydrated. */
export async function openChecker(browser: Browser, url: string, options: BrowserContextOptions = {}) {
  const opened = await openWatched(browser, url, options);
  await opened.page.locator('.checker[data-ready]').waitFor();
  return opened;
}

/** How many times the island has analysed and rendered (one performance measure each). */
export function renders(target: Page | Frame): Promise<number> {
  return target.evaluate((name) => performance.getEntriesByName(name).length, timing.measure);
}

/** Waits until the island has rendered more than `count` times. */
export async function rendered(target: Page | Frame, count: number): Promise<void> {
  await target.waitForFunction(([name, before]) => performance.getEntriesByName(name).length > before, [timing.measure, count] as const);
}

/**
 * Pastes `text` into the paste field (the input event a paste fires, which the island analyses at once, without the pause it
 * leaves for typing) and waits for the verdict it produces; returns data-verdict.
 */
export async function pasteText(target: Page | Frame, text: string): Promise<string | null> {
  const before = await renders(target);
  await target.locator('#chk-paste').evaluate((area: HTMLTextAreaElement, value) => {
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: null }));
  }, text);
  await rendered(target, before);
  return target.locator('[data-verdict]').getAttribute('data-verdict');
}

/** The data-verdict shown now. */
export function shownVerdict(target: Page | Frame): Promise<string | null> {
  return target.locator('[data-verdict]').getAttribute('data-verdict');
}

/** The labels the share steps click and wait for, in the page's language. */
interface ShareWords {
  copyLink: string;
  copied: string;
  fromLink: string;
}

/** Clicks "Copy link" (the context needs clipboard permissions) and returns the link it copied. */
export async function copyShareLink(page: Page, words: ShareWords): Promise<URL> {
  await page.getByRole('button', { name: words.copyLink }).click();
  // For two seconds the button says "Copied" in place of its label.
  await page.getByRole('button', { name: words.copied }).waitFor();
  return new URL(await page.evaluate(() => navigator.clipboard.readText()));
}

/** What the island showed after one paste of pasteEach: its verdict, and with `overflow` what of it stuck out sideways. */
export interface Pasted {
  verdict: string | null;
  overflow?: { page: number; elements: string[] };
}

/**
 * Pastes each of `texts` in turn, as pasteText does, in one call to the page (a round trip to the browser per paste cost more than
 * the paste), and says what each showed. With `overflow`: elements of the island whose box passes the viewport's left or right edge
 * (except the contents of the code boxes, which scroll on purpose like the paste field), and how far the page scrolls sideways.
 */
export function pasteEach(target: Page | Frame, texts: readonly string[], { overflow = false } = {}): Promise<Pasted[]> {
  return target.evaluate(
    async ({ name, texts, overflow }) => {
      const area = document.querySelector<HTMLTextAreaElement>('#chk-paste')!;
      const shown: Pasted[] = [];
      for (const text of texts) {
        const before = performance.getEntriesByName(name).length;
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: null }));
        while (performance.getEntriesByName(name).length <= before) await new Promise(requestAnimationFrame);
        const verdict = document.querySelector('[data-verdict]')?.getAttribute('data-verdict') ?? null;
        if (!overflow) {
          shown.push({ verdict });
          continue;
        }
        const width = document.documentElement.clientWidth;
        const elements: string[] = [];
        for (const element of document.querySelectorAll('.checker, .checker *')) {
          if (element.parentElement?.closest('.chk-code section')) continue;
          const box = element.getBoundingClientRect();
          if (box.width === 0 && box.height === 0) continue;
          if (box.right > width + 0.5 || box.left < -0.5) {
            elements.push(
              `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''} ${Math.round(box.left)}–${Math.round(box.right)}: ${element.textContent?.slice(0, 60)}`,
            );
          }
        }
        shown.push({ verdict, overflow: { page: document.documentElement.scrollWidth - width, elements } });
      }
      return shown;
    },
    { name: timing.measure, texts, overflow },
  );
}

/** The accessible names Chromium computes for one role's elements inside the first match of `selector`, in document order. */
export async function accessibleNames(page: Page, selector: string, role: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { node } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: node.backendNodeId, role });
    return nodes.map((node) => String(node.name?.value ?? ''));
  } finally {
    await cdp.detach();
  }
}

/** Opens a shared link in a fresh context and returns what it shows: verdict, verdict text, the (empty) paste field, and any problems. */
export async function openSharedLink(browser: Browser, link: URL, words: ShareWords) {
  const shared = await openChecker(browser, link.href);
  try {
    await shared.page.getByText(words.fromLink).waitFor();
    return {
      verdict: await shownVerdict(shared.page),
      verdictText: (await shared.page.locator('[data-verdict]').textContent()) ?? '',
      paste: await shared.page.locator('#chk-paste').inputValue(),
      problems: shared.problems,
    };
  } finally {
    await shared.context.close();
  }
}
