import { useEffect, useRef, useState } from 'preact/hooks';
import { encodeShare } from '../../engine/index.ts';
import type { Lang } from '../../i18n/languages.ts';
import { catalogueFor } from './catalogues.ts';
import { factRows } from './facts-view.ts';
import { useFocusRescue } from './focus-rescue.ts';
import { Facts } from './Facts.tsx';
import { Findings } from './Findings.tsx';
import { docsHref, shareUrl } from './links.ts';
import { toMarkdown } from './markdown.ts';
import { NextStep } from './NextStep.tsx';
import { PasteArea } from './PasteArea.tsx';
import { QuickAnswers } from './QuickAnswers.tsx';
import type { Sample } from './samples.ts';
import { ShareBar } from './ShareBar.tsx';
import { showLine } from './show-line.ts';
import { checkerStringsFor } from './strings.ts';
import { useChecker } from './use-checker.ts';
import { Verdict } from './Verdict.tsx';
import './checker.css';

export interface CheckerProps {
  lang: Lang;
  /** This build's base path, e.g. "/" or "/kb/". */
  base: string;
  /** The site's canonical origin, for the absolute links in the Markdown export. */
  site: string;
  samples: readonly Sample[];
  /** In an iframe: links to the guide open in a new tab. */
  embed?: boolean;
}

/** The checker island: paste in, verdict, facts, findings, next step and sharing out. Everything runs in the page. */
export default function Checker({ lang, base, site, samples, embed = false }: CheckerProps) {
  const s = checkerStringsFor(lang);
  const messages = catalogueFor(lang);
  const state = useChecker(messages);
  const { result } = state;
  const area = useRef<HTMLTextAreaElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useFocusRescue(root);
  // Marks the island as hydrated: before that the controls do nothing (tests wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const docs = (path: string): string => docsHref(path, lang, base);
  const fragment = (): string => encodeShare(result.facts, result.inferred);
  const show = (line: number): void => showLine(area.current, line);
  const incomplete = result.verdict === 'incomplete';
  return (
    <div class="checker" ref={root} data-ready={ready ? '' : undefined}>
      <PasteArea area={area} samples={samples} onText={state.input} onClear={state.clear} s={s} />
      <div class="chk-result">
        <Verdict result={result} messages={messages} />
        {state.fromLink && state.text === '' && <p class="chk-note">{s.fromLink}</p>}
        <Facts rows={factRows(result, s)} onShow={show} onForget={(key) => state.answer(key, undefined)} s={s} />
        {incomplete && (
          <NextStep step={result.findings[0]} s={s}>
            {result.ask && (
              <QuickAnswers key={result.ask} ask={result.ask} answers={state.answers} answered={result.answered} onAnswer={state.answer} s={s} />
            )}
          </NextStep>
        )}
        <Findings findings={incomplete ? result.findings.slice(1) : result.findings} docs={docs} target={embed ? '_blank' : undefined} onShow={show} s={s} />
        <ShareBar
          link={() => shareUrl(fragment(), lang, base, location.href)}
          markdown={() =>
            toMarkdown({
              result,
              messages,
              strings: s,
              docsUrl: (path) => new URL(docs(path), site).href,
              link: new URL(`${docs('/checker/')}#${fragment()}`, site).href,
            })
          }
          s={s}
        />
      </div>
    </div>
  );
}
