import { CopyButton } from './CopyButton.tsx';
import type { EarlyStrings } from './strings.ts';

interface Props {
  /** Unique in the page: the block's label and its scrolling box take their ids from it. */
  id: string;
  code: string;
  label: string;
  /** Id of the title the commands belong to (a finding's), added to the box's name so that each box has its own. */
  titled?: string;
  /** That title's text, added to the copy button's name for the same reason. */
  about?: string;
  s: EarlyStrings;
}

/**
 * Commands in a labelled block with a copy button. Lines never wrap: a wrapped command reads as two, so a long line
 * scrolls sideways instead, in a box that keyboard users can focus and screen readers announce by name (a named
 * section, like the site's ScrollRegion for wide tables).
 */
export function CodeBlock({ id, code, label, titled, about, s }: Props) {
  return (
    // Focusable from script only: a link to the fix takes the reader there, Tab going on to its copy button (Checker.tsx, toFix).
    <div class="chk-code" id={id} tabIndex={-1}>
      <div class="chk-code-head">
        <span id={`${id}-l`}>{label}</span>
        <CopyButton label={s.copy} about={about} text={() => code} s={s} />
      </div>
      <section tabIndex={0} aria-labelledby={titled ? `${id}-l ${titled}` : `${id}-l`}>
        <pre>
          <code>{code}</code>
        </pre>
      </section>
    </div>
  );
}
