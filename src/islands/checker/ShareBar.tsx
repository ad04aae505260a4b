import { CopyButton } from './CopyButton.tsx';
import type { CheckerStrings } from './strings.ts';

interface Props {
  /** Builds the link on click: facts and signal ids only, on this page's origin. */
  link: () => string;
  markdown: () => string;
  s: CheckerStrings;
}

/** "Copy link" and "Copy as Markdown", with a note that neither carries the paste. */
export function ShareBar({ link, markdown, s }: Props) {
  return (
    <section class="chk-share" aria-labelledby="chk-share">
      <h2 id="chk-share">{s.shareHeading}</h2>
      <div class="chk-actions">
        <CopyButton label={s.copyLink} text={link} s={s} />
        <CopyButton label={s.copyMarkdown} text={markdown} s={s} />
      </div>
      <p class="chk-note">{s.shareNote}</p>
    </section>
  );
}
