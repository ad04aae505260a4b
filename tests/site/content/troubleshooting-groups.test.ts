import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { defaultLang } from '../../../src/i18n/languages.ts';
import { assertBuilt, builds } from '../../support/builds.ts';
import { parseHtml } from '../../support/html.ts';
import { langs, routeUrl } from '../../support/pages.ts';

/** The groups of /troubleshooting/, in order: ids other pages and wikis may link to, the same in every language. */
const groups = ['setup-fails', 'daemon-does-not-start', 'client-cannot-connect', 'publish-fails', 'connections-fail', 'warnings', 'checker-notes'];

/**
 * Every section: those the page had when it was one flat list of h2s, and those added since. The checker, other pages and people's wikis
 * link to them, so each keeps its id, now as an h3 inside a group.
 */
const sections = [
  'connection-reset-by-peer', 'empty-reply-from-server', 'pasta-start-failed', 'passt-dual-stack-failure', 'slirp4netns-port-driver-tcp',
  'bind-address-in-use', 'privileged-port', 'host-network-mode', 'slirp4netns-not-found', 'pasta-not-found', 'ipv6-disabled-kernel',
  'cannot-assign-address', 'mtu-1500', 'ubuntu-apparmor', 'pasta-port-driver-mismatch', 'port-driver-pasta', 'implicit-without-pasta',
  'pesto-unknown', 'pesto-without-pasta', 'pasta-network-driver-is-experimental', 'pasta-below-rootlesskit-minimum',
  'stderr-will-be-dropped-soon', 'pasta-unknown-version', 'port-reachable-only-after-a-second', 'ipv6-loopback-not-forwarded',
  'secondary-loopback', 'client-source-address-lost', 'userns-unavailable', 'id-map-failed', 'tap-unavailable', 'rootlesskit-failed',
  'daemon-failed', 'service-failed', 'no-user-session', 'no-systemd', 'setup-requirements', 'run-as-root', 'rootful-docker-running',
  'rootlesskit-missing', 'network-driver-missing', 'host-network-driver', 'daemon-not-running', 'docker-desktop',
  'socket-permission-denied', 'two-daemons', 'context-system', 'podman-not-docker', 'facts-disagree', 'drop-in-not-loaded',
  'setting-ignored', 'input-truncated',
  // Added since.
  'flags-pasta-option', 'flags-cut',
];

/** A heading of the article: its level and id. */
interface Outline {
  level: number;
  id: string;
}

/** The article's h2 and h3 headings with ids, in document order (the page's own sources list, "page-sources", is not content). */
function outline(root: HtmlElement): Outline[] {
  // A walk rather than querySelectorAll('h2, h3'): html-validate answers a selector list one selector after the other.
  const walk = (element: HtmlElement): Outline[] => {
    const id = element.getAttributeValue('id');
    const own = ['h2', 'h3'].includes(element.tagName) && id && id !== 'page-sources' ? [{ level: Number(element.tagName.slice(1)), id }] : [];
    return [...own, ...element.childElements.flatMap(walk)];
  };
  const article = root.querySelector('article');
  return article ? walk(article) : [];
}

/** A table of contents as nested hrefs: each top-level entry with the entries under it. */
function tocTree(toc: HtmlElement | null): { href: string; children: string[] }[] {
  const href = (item: HtmlElement) => item.querySelector(':scope > a')?.getAttributeValue('href') ?? '';
  return (toc?.querySelectorAll(':scope > ul > li') ?? []).map((item) => ({
    href: href(item),
    children: item.querySelectorAll(':scope > ul > li').map(href),
  }));
}

describe.each(builds)('/troubleshooting/ in groups, in the $name build', (build) => {
  assertBuilt(build);
  const pages = Object.fromEntries(
    langs.map((lang) => [lang, parseHtml(readFileSync(join(build.dir, routeUrl(build, lang, 'troubleshooting').slice(build.base.length), 'index.html'), 'utf8'))]),
  );

  test.each(langs)('%s: the groups are the h2s, in order, each with a sentence before its first section', (lang) => {
    const root = pages[lang]!;
    expect(outline(root).filter((heading) => heading.level === 2).map((heading) => heading.id)).toEqual(groups);
    for (const id of groups) {
      // AnchoredHeading wraps the heading with its "#" link; the element after that wrapper is the group's sentence.
      const next = root.querySelector(`[id="${id}"]`)?.parent?.nextSibling;
      expect(next?.tagName, `#${id}`).toBe('p');
      expect(next?.textContent.trim().length, `#${id}`).toBeGreaterThan(20);
    }
  });

  test.each(langs)('%s: every section of the flat page is an h3, under exactly one group', (lang) => {
    const headings = outline(pages[lang]!);
    const h3s = headings.filter((heading) => heading.level === 3).map((heading) => heading.id);
    expect(h3s.toSorted()).toEqual(sections.toSorted());
    // Each group holds at least one section, and no section comes before the first group.
    expect(headings[0]?.level).toBe(2);
    headings.forEach((heading, index) => {
      if (heading.level === 2) expect(headings[index + 1]?.level, `#${heading.id} holds no section`).toBe(3);
    });
  });

  test.each(langs.filter((lang) => lang !== defaultLang))('%s has the same groups and sections, in the same order, as English', (lang) => {
    expect(outline(pages[lang]!)).toEqual(outline(pages[defaultLang]!));
  });

  test.each(langs)('%s: both tables of contents list the groups with their sections nested, and mark the page as grouped', (lang) => {
    const root = pages[lang]!;
    const expected: { href: string; children: string[] }[] = [];
    for (const heading of outline(root)) {
      if (heading.level === 2) expected.push({ href: `#${heading.id}`, children: [] });
      else expected.at(-1)!.children.push(`#${heading.id}`);
    }
    for (const selector of ['.toc-aside', '.toc-inline']) {
      const toc = root.querySelector(selector);
      expect(toc?.classList.contains('toc-grouped'), selector).toBe(true);
      expect(tocTree(toc), selector).toEqual(expected);
    }
  });
});
