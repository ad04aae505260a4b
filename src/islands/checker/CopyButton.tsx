import { Component } from 'preact';
import type { EarlyStrings } from './strings.ts';

interface Props {
  label: string;
  /** What the copy is of, for screen readers after the label ("Copy: <finding>"), so that a list of buttons tells them apart. */
  about?: string;
  /** Called on click, so a link or Markdown is built only when wanted. */
  text: () => string;
  s: EarlyStrings;
}

interface State {
  done: boolean;
  /** The text to copy by hand, where the clipboard is blocked. */
  manual?: string;
}

/**
 * A copy button that says "Copied" in place of its label for two seconds, like the site's code blocks. Both labels
 * share one grid cell, so the button keeps the width of the longer one and nothing around it moves; the hidden one is
 * out of the accessible name. A polite live region announces the copy. Where the clipboard is blocked, it shows the
 * text to copy by hand.
 */
export class CopyButton extends Component<Props, State> {
  override state: State = { done: false };

  copy = async (): Promise<void> => {
    const value = this.props.text();
    try {
      await navigator.clipboard.writeText(value);
      this.setState({ done: true });
      setTimeout(() => this.setState({ done: false }), 2000);
    } catch {
      this.setState({ done: false, manual: value });
    }
  };

  override render({ label, about, s }: Props, { done, manual }: State) {
    // The status is visible only with the text to copy by hand; otherwise it speaks to screen readers alone, as "Copied"
    // is in the button already and nothing should move.
    return (
      <span class="chk-copy">
        {/* What it copies is in its name (until it says Copied), not in a hidden span: browsers read a positioned span's text after a blank. */}
        <button type="button" class="chk-button chk-copy-button" data-done={done} onClick={this.copy} aria-label={about && !done ? `${label}${s.colon}${about}` : undefined}>
          <span>{label}</span>
          <span>{s.copied}</span>
        </button>
        <span class={manual === undefined ? 'chk-copy-status sr-only' : 'chk-copy-status'} aria-live="polite">
          {done ? s.copied : manual !== undefined ? s.copyFailed : ''}
        </span>
        {manual !== undefined && (
          <textarea class="chk-manual" readOnly rows={3} aria-label={label} value={manual} onFocus={(e) => e.currentTarget.select()} />
        )}
      </span>
    );
  }
}
