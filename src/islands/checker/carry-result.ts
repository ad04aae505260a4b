/**
 * The checker's result goes with the reader to the other language's checker, as a share fragment (derived facts only, never the paste).
 * It rides on each language link as data-carry, which the switch (LanguageSwitch.astro), the links' one writer, prefers to the section.
 */

/** Points the language links at the other language's checker showing `fragment`, or, with none, at the section being read. */
export function carryResult(fragment: string | undefined): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
    if (fragment === undefined) delete link.dataset.carry;
    else link.dataset.carry = fragment;
  }
  dispatchEvent(new Event('carry'));
}
