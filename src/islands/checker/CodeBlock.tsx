import { CopyButton } from './CopyButton.tsx';
import type { CheckerStrings } from './strings.ts';

interface Props {
  code: string;
  label: string;
  s: CheckerStrings;
  id?: string;
}

/** Commands in a labelled block with a copy button; long lines wrap, so the block never needs scrolling. */
export function CodeBlock({ code, label, s, id }: Props) {
  return (
    <div class="chk-code" id={id}>
      <div class="chk-code-head">
        <span>{label}</span>
        <CopyButton label={s.copy} text={() => code} s={s} />
      </div>
      <pre>
        <code>{code}</code>
      </pre>
    </div>
  );
}
