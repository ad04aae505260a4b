/**
 * The checker's result goes with the reader to the other language's checker, as a share fragment (derived facts only, never the paste).
 * The language links (LanguageSwitch.astro) keep the address's #fragment in step through hashchange; the result is not in the address,
 * so it rides on each link as data-carry, which the switch prefers (one rule for both writers of the link).
 */

/** Points the language links at the other language's checker showing `fragment`, or, with none, at the section the address shows. */
export function carryResult(fragment: string | undefined): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
    if (fragment === undefined) delete link.dataset.carry;
    else link.dataset.carry = fragment;
    const path = (link.getAttribute('href') ?? '').split('#')[0];
    link.setAttribute('href', path + (fragment === undefined ? location.hash : `#${fragment}`));
  }
}
