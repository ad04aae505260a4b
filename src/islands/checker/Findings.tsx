import type { ComponentChildren } from 'preact';
import type { Finding } from '../../engine/index.ts';
import { CodeBlock } from './CodeBlock.tsx';
import { LineButtons } from './LineButtons.tsx';
import { spotsOf, type Spot } from './spots.ts';
import { Prose } from './Prose.tsx';
import type { CheckerStrings } from './strings.ts';

interface Props {
  /** The findings under the verdict, and those under their own heading (finding-groups.ts). */
  main: Finding[];
  also: Finding[];
  /** The finding that asks the question, and the quick answers shown under it (when it is not the next step). */
  asked?: string;
  answers?: ComponentChildren;
  docs: (path: string) => string;
  /** "_blank" in the embed, so the guide does not open inside someone else's frame. */
  target?: string;
  onShow: (spot: Spot, from: HTMLElement) => void;
  s: CheckerStrings;
}

/**
 * Findings with their severity in words, the lines they rest on, the commands that fix them and the guide section.
 * Each link to the guide carries the finding's title for screen readers, so a list of links tells them apart.
 */
export function Findings({ main, also, asked, answers, docs, target, onShow, s }: Props) {
  if (main.length === 0) return null;
  /** One finding; its title one level below the heading above it. */
  const item = (f: Finding, Title: 'h3' | 'h4') => (
    <li key={f.id} class={`chk-finding chk-sev-${f.severity}`}>
      <Title id={`chk-f-${f.id}`}>
        <span class="chk-severity">
          {s.severity[f.severity]}
          {s.colon}
        </span>
        <Prose text={f.title} />
      </Title>
      <p><Prose text={f.detail} /></p>
      {f.evidence.length > 0 && (
        <p class="chk-evidence">
          <LineButtons spots={spotsOf(f.evidence)} onShow={onShow} s={s} />
        </p>
      )}
      {f.fix && <CodeBlock id={`chk-fix-${f.id}`} code={f.fix} label={s.fixLabel} titled={`chk-f-${f.id}`} about={f.title} s={s} />}
      {f.id === asked && answers}
      <p>
        {/* The finding it explains is in its name, not in a hidden span, whose text browsers read after a blank ("guide : …"). */}
        <a href={docs(f.docs)} target={target} rel={target ? 'noopener' : undefined} aria-label={`${s.docsLink}${s.colon}${f.title}${target ? s.newTab : ''}`}>
          {s.docsLink}
        </a>
      </p>
    </li>
  );
  return (
    <section class="chk-findings" aria-labelledby="chk-findings">
      <h2 id="chk-findings">{s.findingsHeading}</h2>
      <ul>{main.map((f) => item(f, 'h3'))}</ul>
      {also.length > 0 && (
        <>
          <h3 id="chk-also" class="chk-also">{s.alsoHeading}</h3>
          <ul>{also.map((f) => item(f, 'h4'))}</ul>
        </>
      )}
    </section>
  );
}
