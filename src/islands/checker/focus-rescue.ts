/** Keeps keyboard focus in the island when the control that had it goes away (an answered question, a removed answer). */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/** Where focus goes instead, in order of preference: the next question's first control, else the verdict. */
const FALLBACKS = ['.chk-quick input, .chk-quick button', '[data-verdict]'];

/** After each render, moves focus from a removed control to the fallback inside `root`. */
export function useFocusRescue(root: RefObject<HTMLElement>): void {
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const el = root.current;
    const remember = (event: FocusEvent): void => {
      last.current = event.target as Element;
    };
    el?.addEventListener('focusin', remember);
    return () => el?.removeEventListener('focusin', remember);
  }, [root]);
  useLayoutEffect(() => {
    const lost = last.current !== null && !last.current.isConnected && (document.activeElement ?? document.body) === document.body;
    if (!lost) return;
    for (const selector of FALLBACKS) {
      const next = root.current?.querySelector<HTMLElement>(selector);
      if (next) return next.focus();
    }
  });
}
