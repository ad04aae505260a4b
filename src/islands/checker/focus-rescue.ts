/** Keeps keyboard focus in the island when the control that had it goes away (an answered question, a removed answer). */

/** Where focus goes instead, in order of preference: the next question's first control, else the verdict. */
const FALLBACKS = ['.chk-quick input, .chk-quick button', '[data-verdict]'];

/** Watches focus inside `root`; `rescue()`, called after each render, moves focus from a removed control to the fallback. */
export function focusRescue(root: HTMLElement): { rescue(): void; stop(): void } {
  let last: Element | null = null;
  const remember = (event: FocusEvent): void => {
    last = event.target as Element;
  };
  root.addEventListener('focusin', remember);
  return {
    rescue() {
      const lost = last !== null && !last.isConnected && (document.activeElement ?? document.body) === document.body;
      if (!lost) return;
      for (const selector of FALLBACKS) {
        const next = root.querySelector<HTMLElement>(selector);
        if (next) return next.focus();
      }
    },
    stop: () => root.removeEventListener('focusin', remember),
  };
}
