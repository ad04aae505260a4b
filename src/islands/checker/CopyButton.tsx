import { useState } from 'preact/hooks';
import type { CheckerStrings } from './strings.ts';

interface Props {
  label: string;
  /** Called on click, so a link or Markdown is built only when wanted. */
  text: () => string;
  s: CheckerStrings;
}

/** A copy button that says "Copied" next to itself; where the clipboard is blocked, it shows the text to copy by hand. */
export function CopyButton({ label, text, s }: Props) {
  const [state, setState] = useState<{ done: boolean; manual?: string }>({ done: false });
  const copy = async (): Promise<void> => {
    const value = text();
    try {
      await navigator.clipboard.writeText(value);
      setState({ done: true });
      setTimeout(() => setState({ done: false }), 2000);
    } catch {
      setState({ done: false, manual: value });
    }
  };
  return (
    <span class="chk-copy">
      <button type="button" class="chk-button" onClick={copy}>
        {label}
      </button>
      <span class="chk-copy-status" aria-live="polite">
        {state.done ? s.copied : state.manual !== undefined ? s.copyFailed : ''}
      </span>
      {state.manual !== undefined && (
        <textarea class="chk-manual" readOnly rows={3} aria-label={label} value={state.manual} onFocus={(e) => e.currentTarget.select()} />
      )}
    </span>
  );
}
