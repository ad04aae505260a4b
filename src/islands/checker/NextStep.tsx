import type { ComponentChildren } from 'preact';
import type { Finding } from '../../engine/index.ts';
import { CodeBlock } from './CodeBlock.tsx';
import type { CheckerStrings } from './strings.ts';

interface Props {
  /** The engine's next-step finding: the question and the commands that answer it. */
  step: Finding | undefined;
  /** The collector script, which gathers everything at once. */
  collector: string;
  /** Quick answers to the same question. */
  children?: ComponentChildren;
  s: CheckerStrings;
}

/** For an incomplete verdict: what to run next, the quick answers, and the collector that gathers everything. */
export function NextStep({ step, collector, children, s }: Props) {
  return (
    <section class="chk-next" aria-labelledby="chk-next">
      <h2 id="chk-next">{s.nextHeading}</h2>
      {step && (
        <>
          <p>
            <strong>{step.title}</strong> {step.detail}
          </p>
          {step.fix && <CodeBlock code={step.fix} label={s.fixLabel} s={s} />}
        </>
      )}
      {children}
      <p>{s.collectorIntro}</p>
      <CodeBlock id="chk-collector" code={collector} label={s.collectorLabel} s={s} />
    </section>
  );
}
