// The behaviour of the chrome of a page with the sidebar (DocLayout.astro), in one script: the header, the search button, the theme
// button, the language switch, the contents and the copy buttons of code blocks (the missing-section notice, which the embedded checker
// shows too, keeps its own). One script compresses better than one per component, and the elements it reads are in every such page, so
// it does not check for them.
import type { SearchWindow } from './search-dialog.ts';
// Its address as a module built on its own (Vite gives one only for workers): a plain import() would add the preload helper of Vite to
// every page (+0.9 KB gzip), and the module puts what it offers on window, as such a build keeps no exports.
import dialogUrl from './search-dialog.ts?worker&url';

const root = document.documentElement;
const $ = <E extends Element = HTMLElement>(selector: string) => document.querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<E>(selector)];
/** Where the sticky header ends: the scroll padding. */
const headerLine = () => parseFloat(getComputedStyle(root).scrollPaddingTop);
const top = (element: Element) => element.getBoundingClientRect().top;

// Header. The open menu covers the page (header.css also stops the page scrolling behind it): what lies under it is made inert, so Tab
// never takes focus out of sight, and so is the skip link, whose jump would scroll the page behind to its top. Escape closes the menu and
// puts focus back on its button (focus on the other buttons of the header stays), and so the contents of a narrow screen, a disclosure
// too, where focus is in them; the search dialog handles its own Escape and stops it.
// A window widened past the phone layout closes it, as the menu is gone there.
// The row grows where the title needs more lines than it holds (header.css): a section jumped to still lands below it. The jump of the
// browser to the section of the address on opening the page may come before the first measurement, by the height of the row in the CSS:
// a section still where that jump left it (the reader has not scrolled since) is jumped to again.
const header = $('.site-header');
let opened = document.getElementById(location.hash.slice(1));
new ResizeObserver(() => {
  const line = headerLine();
  root.style.setProperty('--header-height', `${header.offsetHeight}px`);
  if (opened && Math.abs(top(opened) - line) < 1) opened.scrollIntoView();
  opened = null;
}).observe(header);
const menu = $<HTMLDetailsElement>('.mobile-menu');
const behind = $$('.page, .skip-link');
const wide = matchMedia('(min-width: 50rem)');
menu.ontoggle = () => behind.forEach((element) => (element.inert = menu.open));
wide.onchange = () => (menu.open &&= !wide.matches);

// Search. Pagefind Component UI (about 50 KB gzip) and the setup of the site for it come on first interaction only: focus or click on
// the button, "/" or Ctrl/⌘-K.
const search = $<HTMLButtonElement>('[data-search]');
let dialog: Promise<{ open(): void }> | undefined;
const load = () =>
  (dialog ??= import(/* @vite-ignore */ dialogUrl)
    .then(() => (window as SearchWindow).searchDialog!(search.dataset))
    .catch((error: unknown) => {
      // So that the next interaction can try again (e.g. after a network hiccup).
      dialog = undefined;
      throw error;
    }));
const open = async () => (await load()).open();
search.addEventListener('focus', load, { once: true });
search.onclick = open;
// A search sent from the other language (?q=, search-dialog.ts) opens at once.
if (location.search.includes('q=')) void open();
document.addEventListener('keydown', (event) => {
  const { key, target } = event;
  if (event.defaultPrevented) return;
  if (key === 'Escape') {
    // The open menu, or the contents of a narrow screen opened where focus is in them.
    const shut = menu.open ? menu : document.activeElement?.closest<HTMLDetailsElement>('.toc-inline[open]');
    if (!shut) return;
    shut.open = false;
    if (!document.activeElement?.closest('.header-tools')) shut.querySelector('summary')!.focus();
  } else if ((key === 'k' && (event.metaKey || event.ctrlKey)) || (key === '/' && !(target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))))) {
    event.preventDefault();
    // The dialog gives focus back to what had it; from <body> that would send the next Tab to the top of the page.
    if (document.activeElement === document.body) search.focus({ preventScroll: true });
    void open();
  }
});

// Theme. Every click shows the other theme: a choice that differs from the system is stored, and one that matches it is not, so the page
// follows the system again (a later change there still shows). The script in <head> (ThemeScript) applies a stored choice before first
// paint; the icon (header.css) and the name say the theme a click gives.
const theme = $<HTMLButtonElement>('[data-theme-toggle]');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const system = () => (systemDark.matches ? 'dark' : 'light');
const next = () => ((root.dataset.theme ?? system()) === 'dark' ? 'light' : 'dark');
const name = () => (theme.title = theme.ariaLabel = theme.dataset[next()]!);
name();
systemDark.onchange = name;
theme.onclick = () => {
  const choice = next();
  const follow = choice === system();
  try {
    if (follow) localStorage.removeItem('theme');
    else localStorage.setItem('theme', choice);
  } catch {
    // Storage can be blocked (private mode); the choice then lasts for this page only.
  }
  if (follow) delete root.dataset.theme;
  else root.dataset.theme = choice;
  name();
};

// Language switch. Headings have the same ids in every language, so the page in the other language opens at the section being read: the
// one the contents mark (none above the first heading), else the #fragment of the address, kept in step as either changes so that
// open-in-new-tab and copy-link get it too; or what the page sets in data-carry instead (the result of the checker, carry-result.ts).
const languages = $$<HTMLAnchorElement>('a[data-keep-hash]');
// Until the contents speak after a change of address (a jump to a section, which they then mark), the fragment of the address.
let section: string | null = null;
const carry = () =>
  languages.forEach((link) => {
    const carried = link.dataset.carry;
    link.setAttribute('href', link.getAttribute('href')!.split('#')[0] + (carried === undefined ? (section ?? location.hash) : `#${carried}`));
  });
carry();
addEventListener('carry', carry);
addEventListener('hashchange', () => {
  section = null;
  carry();
});

// Contents. Marks the entry of the section being read with aria-current="true": the last heading that has scrolled up to the sticky
// header. The last sections of a page may never get that far; at the very end, the one the reader jumped to (or to something in it, such
// as a table row) counts instead. A long contents column scrolls on its own; it is kept showing the marked entry.
const entries = $$<HTMLAnchorElement>('.toc a[href^="#"]');
const headings = [...new Set(entries.map((link) => link.getAttribute('href')!))].map((hash) => document.getElementById(hash.slice(1))).filter((heading) => heading !== null);
const column = document.querySelector('.toc-aside');
// The targets of the skip links: the whole article, or the contents themselves.
const skips = $$<HTMLAnchorElement>('.skip-link').map((link) => link.hash);
let queued = false;
let shown = '';
let said: string | null | undefined;
let saidFor: string | undefined;
const mark = () => {
  queued = false;
  const line = headerLine() + 8;
  let index = headings.findLastIndex((heading) => top(heading) <= line);
  const hash = location.hash;
  const named = hash !== '' && !skips.includes(hash);
  const target = named ? document.getElementById(hash.slice(1)) : null;
  const jumped = target ? headings.findLastIndex((heading) => heading === target || heading.compareDocumentPosition(target) & 4) : -1;
  if (jumped > index && scrollY + innerHeight >= root.scrollHeight - 2 && top(target!) < innerHeight) index = jumped;
  const current = `#${headings[index]?.id}`;
  for (const link of entries) {
    if (link.getAttribute('href') !== current) link.removeAttribute('aria-current');
    else {
      link.ariaCurrent = 'true';
      if (current !== shown && column?.contains(link)) {
        const offset = top(link) - top(column);
        if (offset < 0 || offset + link.offsetHeight > column.clientHeight) column.scrollTop += offset - column.clientHeight / 2;
      }
    }
  }
  // The language switch follows the section being read. Where the address names something else (a table row, a mistyped anchor, which
  // the other page then shows as this one does), it takes the address while the reader is still in the section that holds it (above the
  // first heading, for one that is not there): once they read on elsewhere, that section. The target of a skip link, never: it says
  // nothing of where the reader is. After a change of address the switch waits for this to speak again.
  const detail = named && headings[jumped] !== target && index === jumped ? null : index < 0 ? '' : current;
  if (detail !== said || hash !== saidFor) {
    section = detail;
    carry();
  }
  said = detail;
  saidFor = hash;
  shown = current;
};
const queue = () => {
  if (!queued) requestAnimationFrame(mark);
  queued = true;
};
if (headings.length > 0) {
  addEventListener('scroll', queue, { passive: true });
  addEventListener('hashchange', queue);
  mark();
}

// Copy buttons, with the labels of the page so that they follow its language.
const { copyLabel, copiedLabel, selectedLabel } = $('main').dataset;
const blocks = $$('.code-header');
// One polite status says what a click did: the new label of the button alone is not announced by every screen reader.
const status = Object.assign(document.createElement('span'), { className: 'sr-only' });
status.ariaLive = 'polite';
if (blocks.length > 0) document.body.append(status);
// Shiki makes every block a Tab stop, so that without JavaScript each one that scrolls sideways can be scrolled from the keyboard; here
// only those stay one (7 of 107 on the troubleshooting page on a desktop), judged again as the size of a block changes with the window.
const scrolling = new ResizeObserver((changes) => {
  for (const { target } of changes) {
    if (target.scrollWidth > target.clientWidth) target.setAttribute('tabindex', '0');
    else target.removeAttribute('tabindex');
  }
});
for (const pre of $$('pre[tabindex]')) scrolling.observe(pre);
for (const block of blocks) {
  const pre = block.nextElementSibling!;
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy', textContent: copyLabel });
  button.onclick = async () => {
    let said = copiedLabel;
    try {
      // Lines a diff marks as removed are not part of the code the reader wants.
      await navigator.clipboard.writeText([...pre.querySelectorAll('.line:not(.remove)')].map((line) => line.textContent).join('\n'));
    } catch {
      // No clipboard (a plain-http intranet host has none) or it was refused: select the block so it can be copied by hand.
      getSelection()!.selectAllChildren(pre);
      said = selectedLabel;
    }
    button.textContent = status.textContent = said!;
    setTimeout(() => {
      button.textContent = copyLabel!;
      status.textContent = '';
    }, 2000);
  };
  block.append(button);
}
