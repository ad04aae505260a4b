import type { ComponentChildren } from 'preact';
import type { Finding } from '../../engine/index.ts';
import { CodeBlock } from './CodeBlock.tsx';
import { Prose } from './Prose.tsx';
import type { EarlyStrings } from './strings.ts';

interface Props {
  /** The engine's next-step finding: the question and the commands that answer it. */
  step: Finding | undefined;
  /** Its title instead of the engine's, e.g. before anything is pasted. */
  title?: string;
  /**
   * The collector script, which gathers everything at once; without it (the checker page, which shows the collector under
   * "What to paste" with the same id) the intro links to the page's copy instead of repeating it.
   */
  collector?: string;
  /** Quick answers to the same question. */
  children?: ComponentChildren;
  s: EarlyStrings;
}

/** For an incomplete verdict: what to run next, the quick answers, and the collector that gathers everything. */
export function NextStep({ step, title, collector, children, s }: Props) {
  const [before, name, after] = s.collectorIntro;
  return (
    <section class="chk-next" aria-labelledby="chk-next">
      <h2 id="chk-next">{s.nextHeading}</h2>
      {step && (
        <>
          <h3 id="chk-step">{title ?? step.title}</h3>
          <p>
            <Prose text={step.detail} />
          </p>
          {step.fix && <CodeBlock id="chk-step-fix" code={step.fix} label={s.fixLabel} titled="chk-step" s={s} />}
        </>
      )}
      {children}
      <p>
        {before}
        {collector ? name : <a href="#chk-collector">{name}</a>}
        {after}
      </p>
      {collector && <CodeBlock id="chk-collector" code={collector} label={s.collectorLabel} s={s} />}
    </section>
  );
}
