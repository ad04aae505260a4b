import { Component } from 'preact';
import type { CheckerStrings } from './strings.ts';

interface Props {
  label: string;
  /** Called on click, so a link or Markdown is built only when wanted. */
  text: () => string;
  s: CheckerStrings;
}

interface State {
  done: boolean;
  /** The text to copy by hand, where the clipboard is blocked. */
  manual?: string;
}

/** A copy button that says "Copied" next to itself; where the clipboard is blocked, it shows the text to copy by hand. */
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

  override render({ label, s }: Props, { done, manual }: State) {
    return (
      <span class="chk-copy">
        <button type="button" class="chk-button" onClick={this.copy}>
          {label}
        </button>
        <span class="chk-copy-status" aria-live="polite">
          {done ? s.copied : manual !== undefined ? s.copyFailed : ''}
        </span>
        {manual !== undefined && (
          <textarea class="chk-manual" readOnly rows={3} aria-label={label} value={manual} onFocus={(e) => e.currentTarget.select()} />
        )}
      </span>
    );
  }
}
