import { expect, test } from 'vitest';
import { samples } from '../../../src/islands/checker/samples.ts';
import { en as s } from '../../../src/islands/checker/strings-en.ts';
import { zhCn } from '../../../src/islands/checker/strings-zh-cn.ts';
import { analyze, en, encodeShare } from '../../../src/engine/index.ts';
import { describeInBrowser, siteUrls } from '../../support/e2e.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';
import { copyShareLink, openChecker, openSharedLink, pasteText, rendered, renders, shownVerdict } from './support.ts';

const sample = (id: string) => samples.find((candidate) => candidate.id === id)!.text;
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };
const readClipboard = (page: import('playwright-core').Page) => page.evaluate(() => navigator.clipboard.readText());

describeInBrowser('checker sharing and answers', (browser) => {
  test('Copy link carries facts only, and opening it shows the same verdict without the paste', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.kb}checker/`, clipboard);
    try {
      expect(await pasteText(page, sample('affected'))).toBe('affected');
      const link = await copyShareLink(page, s);
      expect(link.pathname).toBe('/kb/checker/');
      expect(link.search).toBe('');
      expect(link.hash).toMatch(/^#v=1&/);
      expect(link.hash).toContain('net=pasta');
      // Nothing from the paste beyond derived values: no paths, no words from the output.
      expect(decodeURIComponent(link.hash)).not.toMatch(/run\/user|Docker Engine|Community|StateDir|tcp-ports/);

      const shared = await openSharedLink(browser(), link, s);
      expect(shared.verdict).toBe('affected');
      expect(shared.paste).toBe('');
      expect(shared.problems).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a shared link opened on a phone brings its verdict into view, as a paste does', async () => {
    const link = `${siteUrls.root}checker/#${encodeShare(analyze(sample('affected')).facts, [], [])}`;
    const { context, page, problems } = await openChecker(browser(), link, { viewport: { width: 390, height: 844 }, isMobile: true });
    try {
      await page.getByText(s.fromLink).waitFor();
      await expect.poll(() => page.locator('[data-verdict]').evaluate((box) => box.getBoundingClientRect().top)).toBeLessThan(844 * 0.4);
      expect(await page.locator('[data-verdict]').evaluate((box) => box.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Copy link carries the symptoms a paste showed, as ids only, and opening it shows the same findings', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, clipboard);
    const findingIds = (on: import('playwright-core').Page) => on.locator('[id^="chk-f-"]').evaluateAll((titles) => titles.map((t) => t.id));
    try {
      const paste = [
        'CONTAINER ID   IMAGE   PORTS                    NAMES',
        '3f1c2a9d8e7b   nginx   127.0.0.2:8080->80/tcp   web',
        '$ curl http://127.0.0.2:8080/',
        'curl: (56) Recv failure: Connection reset by peer',
      ].join('\n');
      expect(await pasteText(page, paste)).toBe('incomplete');
      const pasted = await findingIds(page);
      expect(pasted).toEqual(expect.arrayContaining(['chk-f-secondary-loopback', 'chk-f-connection-reset-seen']));
      const link = await copyShareLink(page, s);
      expect(link.hash).toBe('#v=1&sig=connection-reset.published-secondary-loopback');
      // The Markdown export's link reopens the same result.
      await page.getByRole('button', { name: s.copyMarkdown }).click();
      expect(await readClipboard(page)).toContain(`/checker/${link.hash}>`);

      // A link with symptoms and no facts is read, not refused as unreadable.
      const shared = await openChecker(browser(), link.href);
      try {
        await shared.page.getByText(s.fromLink).waitFor();
        expect(await shared.page.getByText(s.linkUnreadable).count()).toBe(0);
        expect(await shared.page.locator('#chk-paste').inputValue()).toBe('');
        expect(await findingIds(shared.page)).toEqual(pasted);
        // The reader's own paste, without symptoms, shows none of the sharer's.
        await pasteText(shared.page, sample('incomplete'));
        expect(await findingIds(shared.page)).not.toContain('chk-f-connection-reset-seen');
        expect(shared.problems).toEqual([]);
      } finally {
        await shared.context.close();
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a daemon that does not start is said under the verdict, its problem leads the findings, and a shared link keeps both', async () => {
    const text = labelledFixtures('synthetic').find((f) => f.file === 'journal-rootlesskit-3.0.2-port-driver-pesto-unknown.txt')!.text;
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`, clipboard);
    try {
      expect(await pasteText(page, text)).toBe('fixed');
      const stopped = en.stopped(analyze(text).findings[1]!.title, false);
      expect(await page.locator('[data-verdict]').textContent()).toContain(stopped);
      // Under the verdict's own finding, at its level, not under "Also worth knowing".
      const leading = () => page.locator('.chk-findings h3[id^="chk-f-"]').evaluateAll((titles) => titles.map((t) => t.id));
      expect(await leading()).toEqual(['chk-f-fixed-rootlesskit', 'chk-f-pesto-unknown']);
      const shared = await openSharedLink(browser(), await copyShareLink(page, s), s);
      expect(shared.verdictText).toContain(stopped);

      // Undecided, it is no question to answer but a problem, with its line and its section of the guide; the headline says the daemon
      // cannot start, in the look of a problem, not of a verdict still to come (RS 4).
      expect(await pasteText(page, '[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"')).toBe('incomplete');
      await expect(page.locator('[data-verdict] strong').textContent()).resolves.toBe(en.blocked(false));
      expect(await page.locator('[data-verdict]').getAttribute('class')).toContain('chk-v-affected');
      expect(await page.locator('#chk-next').count()).toBe(0);
      expect(await leading()).toEqual(['chk-f-pasta-port-driver-mismatch']);
      const finding = page.locator('.chk-finding');
      expect(await finding.getByRole('button', { name: /line 1/ }).count()).toBe(1);
      expect(await finding.getByRole('link').getAttribute('href')).toBe('/troubleshooting/#pasta-port-driver-mismatch');

      // In a paste of rootless BuildKit's, RootlessKit stops buildkitd, and a shared link says so too.
      const buildkit = labelledFixtures('wild').find((f) => f.file.startsWith('buildkit3297-'))!.text;
      expect(await pasteText(page, buildkit)).toBe('incomplete');
      const buildkitStopped = `${en.blocked(true)}${en.stopped(analyze(buildkit).findings[0]!.title, true, false, true)}`;
      expect(await page.locator('[data-verdict]').textContent()).toContain(buildkitStopped);
      expect((await openSharedLink(browser(), await copyShareLink(page, s), s)).verdictText).toContain(buildkitStopped);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a link opened on a loaded page (hash change) shows its verdict; Clear drops it from the address', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      await page.evaluate(() => (location.hash = 'v=1&rootless=1&net=slirp4netns'));
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'not-affected');
      await page.getByRole('button', { name: s.clear }).click();
      await page.waitForFunction(() => location.hash === '');
      expect(await shownVerdict(page)).toBe('incomplete');
    } finally {
      await context.close();
    }
  });

  test("a shared result says it rests on the link's facts, not on a paste or the reader's answers; a paste then drops the old link", async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/#v=1&rootless=1&net=slirp4netns`);
    try {
      await page.getByText(s.fromLink).waitFor();
      const verdict = page.locator('[data-verdict]');
      await expect(verdict.textContent()).resolves.toContain(s.certaintyBy.link.alone);
      await expect(verdict.textContent()).resolves.not.toContain(en.certainty.confirmed(analyze('')));
      await page.getByRole('button', { name: s.forgetLinkedLabel(s.facts.networkDriver) }).waitFor();
      expect(await page.getByRole('button', { name: s.forgetLabel(s.facts.networkDriver) }).count()).toBe(0);
      // New input replaces the shared result in the address too, so reloading or switching language cannot bring it back. Nor do the
      // link's facts, the sharer's machine's, decide the reader's own paste (eighth site audit): it is decided alone.
      expect(await pasteText(page, sample('incomplete'))).toBe('incomplete');
      expect(await page.evaluate(() => location.hash)).toBe('');
      expect(await page.getByRole('button', { name: s.forgetLinkedLabel(s.facts.networkDriver) }).count()).toBe(0);
      expect(await page.getByText(s.fromLink).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a fact of the link taken away leaves the address too, so that a reload or a share of it does not bring it back (RS 13)", async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/#v=1&rootless=1&net=slirp4netns`);
    try {
      await page.getByRole('button', { name: s.forgetLinkedLabel(s.facts.networkDriver) }).click();
      await page.waitForFunction(() => location.hash === '#v=1&rootless=1');
      const verdict = await shownVerdict(page);
      await page.reload();
      await page.getByRole('button', { name: s.forgetLinkedLabel(s.facts.rootless) }).waitFor();
      expect(await page.getByRole('button', { name: s.forgetLinkedLabel(s.facts.networkDriver) }).count()).toBe(0);
      expect(await shownVerdict(page)).toBe(verdict);
      // The last of them taken away leaves no link at all.
      await page.getByRole('button', { name: s.forgetLinkedLabel(s.facts.rootless) }).click();
      await page.waitForFunction(() => location.hash === '' && location.href.endsWith('/checker/'));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('switching language carries the result, never the paste, in place of a dropped shared link; a jump to a section keeps it', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.kb}checker/#v=1&rootless=1&net=slirp4netns`);
    try {
      await page.getByText(s.fromLink).waitFor();
      expect(await pasteText(page, sample('affected'))).toBe('affected');
      const chinese = page.locator('a[data-keep-hash][hreflang="zh-CN"]');
      // A jump to a section of the page (a hashchange the language switch follows) leaves the result on the link, for a new tab too.
      await page.locator('a.anchor[href="#what-to-paste"]').click();
      expect(new URL(page.url()).hash).toBe('#what-to-paste');
      const carried = new URL((await chinese.getAttribute('href'))!, page.url());
      expect(carried.pathname).toBe('/kb/zh-cn/checker/');
      expect(carried.hash).toMatch(/^#v=1&/);
      expect(carried.hash).toContain('net=pasta');
      expect(decodeURIComponent(carried.hash)).not.toMatch(/slirp4netns|run\/user|Docker Engine/);
      await chinese.click();
      await page.waitForURL(/\/kb\/zh-cn\/checker\/#v=1&/);
      await page.locator('.checker[data-ready]').waitFor();
      // The reader's own paste, not the link they opened first: their result, not a shared one (eighth site audit, #5).
      await page.getByText(zhCn.own.switch).waitFor();
      expect(await shownVerdict(page)).toBe('affected');
      expect(await page.locator('#chk-paste').inputValue()).toBe('');
      // A paste there drops the carried result from the address, and asks for nothing (not even the icon again).
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      expect(await pasteText(page, sample('fixed'))).toBe('fixed');
      await page.waitForFunction(() => location.hash === '');
      await page.waitForTimeout(300);
      expect(requests).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('before there is a result, the language switch carries only the section the address shows', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      await page.evaluate(() => (location.hash = 'chk-collector'));
      expect(await page.locator('a[data-keep-hash][hreflang="zh-CN"]').getAttribute('href')).toBe('/zh-cn/checker/#chk-collector');
    } finally {
      await context.close();
    }
  });

  test('a link the checker cannot read says so instead of showing an empty checker', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/#v=9&net=pasta`);
    try {
      await page.getByText(s.linkUnreadable).waitFor();
      expect(await shownVerdict(page)).toBe('incomplete');
      await pasteText(page, sample('affected'));
      expect(await page.getByText(s.linkUnreadable).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('a link cut short says so beside what the rest of it still shows; one without its format says it cannot be read', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/#v=1&rootless=1&docker=27.`);
    try {
      await page.getByText(s.linkPartly).waitFor();
      await page.getByRole('button', { name: s.forgetLinkedLabel(s.facts.rootless) }).waitFor();
      // A plain anchor followed on the page changes nothing: the note stays beside what the link said.
      await page.locator('a[href="#chk-collector"]').first().click();
      expect(await page.evaluate(() => location.hash)).toBe('#chk-collector');
      await page.getByText(s.linkPartly).waitFor();
      await page.getByRole('button', { name: s.forgetLinkedLabel(s.facts.rootless) }).waitFor();
      await page.evaluate(() => (location.hash = '#docker=27.3.1&net=pasta'));
      await page.getByText(s.linkUnreadable).waitFor();
      expect(await page.getByText(s.linkPartly).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('a setup written by hand is offered as answers, and decides once taken: as answers, each of which can be taken back', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      expect(await pasteText(page, 'docker 27.3.1, rootlesskit 2.3.1, pasta')).toBe('incomplete');
      const use = page.getByRole('button', { name: s.useWritten });
      await page.getByText(s.writtenLead).waitFor();
      // The step says what the text is, and no question asks what the offer answers.
      await page.getByText(analyze('docker 27.3.1, rootlesskit 2.3.1, pasta').findings[0]!.title, { exact: true }).waitFor();
      expect(await page.locator('.chk-quick:not(.chk-written)').count()).toBe(0);
      await use.click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'affected');
      expect(await use.count()).toBe(0);
      // An answer taken back is offered again, alone.
      await page.getByRole('button', { name: s.forgetLabel(s.facts.networkDriver) }).click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'incomplete');
      expect(await page.locator('.chk-written li').allInnerTexts()).toEqual([`${s.facts.networkDriver}${s.colon}pasta`]);
      // Answers taken from the text go with it: edited, it offers its own values, and none of the old stays as an answer.
      await use.click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'affected');
      await pasteText(page, 'docker 27.5.1, rootlesskit 2.3.2, pasta');
      await page.getByText(s.writtenLead).waitFor();
      expect(await page.locator('.chk-written li').allInnerTexts()).toContain(`${s.facts.rootlesskitVersion}${s.colon}2.3.2`);
      expect(await page.getByRole('button', { name: s.forgetLabel(s.facts.rootlesskitVersion) }).count()).toBe(0);
      // A shared link opened after them replaces them; the text edited then sets the link aside in turn (its facts were another
      // machine's) and is offered again: taken, the answers decide.
      await use.click();
      await page.evaluate(() => (location.hash = '#v=1&rootless=1&rk=2.3.2&net=pasta'));
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'fixed');
      expect(await pasteText(page, 'docker 27.5.1, rootlesskit 2.3.2, pasta.')).toBe('incomplete');
      expect(await page.getByRole('button', { name: s.forgetLinkedLabel(s.facts.rootlesskitVersion) }).count()).toBe(0);
      await use.click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'fixed');
      await expect(page.locator('[data-verdict]').textContent()).resolves.toContain(s.certaintyBy.answers.alone);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a setup written by hand over a shared link is offered whole, the link set aside; the reader’s own answer then replaces the offer', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/#v=1&rootless=1&net=slirp4netns`);
    try {
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'not-affected');
      expect(await pasteText(page, 'docker 27.3.1, rootlesskit 2.3.1, pasta')).toBe('incomplete');
      expect(await page.locator('.chk-written li').allInnerTexts()).toContain(`${s.facts.networkDriver}${s.colon}pasta`);
      await page.getByRole('button', { name: s.useWritten }).click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'affected');
      await page.getByRole('button', { name: s.forgetLabel(s.facts.networkDriver) }).click();
      await page.getByRole('group', { name: s.questions.networkDriver!.text }).getByRole('button', { name: 'slirp4netns' }).click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'not-affected');
      expect(await page.locator('.chk-written').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('quick answers refine an incomplete verdict, and can be taken back', async () => {
    const { context, page, problems } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      expect(await pasteText(page, sample('incomplete'))).toBe('incomplete');
      const question = page.getByRole('group', { name: s.questions.networkDriver!.text });
      await question.getByRole('button', { name: 'pasta' }).click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'affected');
      await page.getByRole('button', { name: s.forgetLabel(s.facts.networkDriver) }).click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'incomplete');
      await question.getByRole('button', { name: 'slirp4netns' }).click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'not-affected');
      // The answer decided it, so the certainty says so rather than "confirmed by what you pasted".
      await expect(page.locator('[data-verdict]').textContent()).resolves.toContain(s.certaintyBy.answers.withPaste);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a typed RootlessKit version settles pasta; one the engine cannot read is refused', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      await page.getByRole('group', { name: s.questions.networkDriver!.text }).getByRole('button', { name: 'pasta' }).click();
      const field = page.getByLabel(s.questions.rootlesskitVersion!.text);
      await field.fill('not a version');
      await field.press('Enter');
      await page.getByText(s.notUnderstood).waitFor();
      await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await shownVerdict(page)).toBe('incomplete');
      // What rootlesskit --version prints is taken as it is, and the fact shows the version alone.
      await field.fill('rootlesskit version 2.3.1');
      await page.getByRole('button', { name: s.apply }).click();
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'affected');
      await expect(page.locator('.chk-facts').textContent()).resolves.toContain('2.3.1');
      await expect(page.locator('.chk-facts').textContent()).resolves.not.toContain('rootlesskit version');
    } finally {
      await context.close();
    }
  });

  test('Copy as Markdown gives verdict, facts and absolute links for a ticket, on the host the reader uses, and no paste', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.kb}checker/`, clipboard);
    try {
      expect(await pasteText(page, sample('affected'))).toBe('affected');
      // A copy of the guide hosted elsewhere (a wiki's /kb/) links to itself, not to the host the build names as canonical.
      const site = new URL(page.url()).origin;
      expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin).not.toBe(site);
      const link = await copyShareLink(page, s);
      await page.getByRole('button', { name: s.copyMarkdown }).click();
      const markdown = await readClipboard(page);
      expect(markdown).toContain(`## ${s.markdown.heading}`);
      // The verdict's own words are the headline ("Affected: …"), without a "Verdict:" label before them.
      expect(markdown.split('\n')[2]).toBe(`**${en.verdict.affected.replace(/[\\`*_[\]<>|#]/g, '\\$&')}**`);
      expect(markdown).toContain(`- ${s.facts.networkDriver}: \`pasta\``);
      expect(markdown).toContain(`${site}/kb/remediation/#upgrade`);
      expect(markdown).toContain(`${s.markdown.link}: <${link.href}>`);
      expect(markdown).not.toMatch(/run\/user|StateDir|tcp-ports/);
    } finally {
      await context.close();
    }
  });

  test('examples, Clear and a dropped text file fill the paste; a binary file is refused with a message', async () => {
    const { context, page } = await openChecker(browser(), `${siteUrls.root}checker/`);
    try {
      for (const { id } of samples) {
        const before = await renders(page);
        await page.locator(`[data-sample="${id}"]`).click();
        await rendered(page, before);
        expect(await shownVerdict(page)).toBe(id);
      }
      await page.getByRole('button', { name: s.clear }).click();
      expect(await page.getByLabel('Paste the output').inputValue()).toBe('');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('chk-paste');

      const drop = (name: string, type: string, content: string, on = page.getByLabel('Paste the output')) =>
        on.evaluate(
          (target, file) => {
            const data = new DataTransfer();
            data.items.add(new File([file.content], file.name, { type: file.type }));
            target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
          },
          { name, type, content },
        );
      await drop('docker-version.txt', 'text/plain', sample('fixed'));
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'fixed');
      expect(await page.getByLabel('Paste the output').inputValue()).toBe(sample('fixed'));
      await drop('photo.png', 'image/png', 'PNG');
      await page.getByText(s.fileNotText).waitFor();
      expect(await shownVerdict(page)).toBe('fixed');
      // A file let go on the hint beside the field is taken too, rather than opened in place of the page.
      await drop('docker-info.txt', 'text/plain', sample('not-rootless'), page.locator('#chk-paste-hint'));
      await page.waitForFunction(() => document.querySelector('[data-verdict]')?.getAttribute('data-verdict') === 'not-rootless');
    } finally {
      await context.close();
    }
  });
});
