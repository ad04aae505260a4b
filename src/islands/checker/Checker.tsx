import { Component, createRef } from 'preact';
import { encodeShare } from '../../engine/share.ts';
import type { Messages, Result } from '../../engine/index.ts';
import { carryResult, keepOnLeave, leftFromResult, loadedBy } from './carry-result.ts';
import { certaintyLine } from './certainty.ts';
import { CheckerState, timing } from './checker-state.ts';
import { factRows } from './facts-view.ts';
import { askedBy, findingGroups } from './finding-groups.ts';
import { focusRescue } from './focus-rescue.ts';
import { Facts } from './Facts.tsx';
import { Findings } from './Findings.tsx';
import { docsHref, shareUrl } from './links.ts';
import { toMarkdown } from './markdown.ts';
import { NextStep } from './NextStep.tsx';
import { PasteArea } from './PasteArea.tsx';
import { QuickAnswers } from './QuickAnswers.tsx';
import { reveal } from './reveal.ts';
import { WrittenAnswers } from './WrittenAnswers.tsx';
import type { Sample } from './samples.ts';
import { ShareBar } from './ShareBar.tsx';
import { showLine } from './show-line.ts';
import type { Spot } from './spots.ts';
import type { CheckerStrings } from './strings.ts';
import { Verdict } from './Verdict.tsx';
import { warmUp } from './warm-up.ts';
import './checker.css';

/** What a page passes to a checker island (CheckerEn.tsx, CheckerZhCn.tsx); the island adds its language's texts. */
export interface CheckerProps {
  /** The guide's root path in the page's language and this build, e.g. "/", "/kb/" or "/zh-cn/". */
  guide: string;
  samples: readonly Sample[];
  /**
   * The collector script (from src/engine/collector.ts), shown when more output is needed. Only the embed passes it: the
   * checker page shows the collector under "What to paste", and the island links there rather than repeating it.
   */
  collector?: string;
  /** In an iframe: links to the guide open in a new tab. */
  embed?: boolean;
}

interface Props extends CheckerProps {
  messages: Messages;
  s: CheckerStrings;
}

/**
 * The checker: paste in, verdict, facts, findings, next step and sharing out, in one language. Everything runs in the page.
 * Class components rather than hooks throughout the island, so the page does not load preact/hooks (1.2 KB gzip).
 */
export class Checker extends Component<Props> {
  checker = new CheckerState(this.props.messages, () => this.forceUpdate());
  area = createRef<HTMLTextAreaElement>();
  root = createRef<HTMLDivElement>();
  focus: ReturnType<typeof focusRescue> | undefined;
  measured: Result | undefined;
  /** A paste, drop or example just came in: its verdict is brought into view once rendered. */
  reveal = false;
  stopWarmUp: (() => void) | undefined;
  stopKeeping: (() => void) | undefined;

  /** New text from the paste area. Only pastes, drops and examples scroll (typing and answers leave the page where it is). */
  input = (text: string, now: boolean): void => {
    this.reveal = now && text !== '';
    // The reader's own paste warms the engine up from here on.
    this.stopWarmUp?.();
    this.checker.input(text, now);
  };

  override componentDidMount(): void {
    this.focus = focusRescue(this.root.current!);
    this.rendered();
    // A shared link is opened to see its result: it is brought into view, as a paste's is. Back brings the reader's own back to where
    // they left it: to the result if they left from there, else where the browser restores them. Not in a frame, whose address is no reader's.
    let back = false;
    if (!this.props.embed) {
      back = leftFromResult();
      this.stopKeeping = keepOnLeave(this.root.current!, () => (this.mine() ? this.shared() : undefined), () => this.checker.text.trim() !== '');
    }
    // After keepOnLeave, which gives the entry what the reader's own navigation passed to it.
    this.checker.start();
    const { linked, signals, own } = this.checker;
    // A language link from a page without the paste also gives 'back': opened anew, the page is not come back to.
    this.reveal = (linked.size > 0 || signals.length > 0) && (own !== 'back' || back || loadedBy() === 'navigate');
    // On a slow connection the field is there before its script: what was pasted meanwhile is checked now, like a paste, and so is
    // an example clicked meanwhile (CheckerIsland.astro kept it).
    const area = this.area.current!;
    const clicked = this.props.samples.find((sample) => sample.id === this.root.current!.dataset.early);
    if (clicked) area.value = clicked.text;
    // Through the field's own handler, as a paste: binary typed meanwhile is refused as it would be once ready.
    if (area.value) area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
    // Marks the island as hydrated: before that the controls do nothing (tests wait for it).
    this.root.current!.setAttribute('data-ready', '');
    // Then, while the page is idle, warms the engine up (tests that time a first paste wait for it, as a reader's paste comes later).
    this.stopWarmUp = warmUp(this.props.messages, this.props.samples.map((sample) => sample.text), () => this.root.current?.setAttribute('data-warm', ''));
  }

  override componentDidUpdate(): void {
    // The language links carry each new result (a render for focus or a note keeps the one they have).
    if (this.measured !== this.checker.result) carryResult(this.shared());
    this.rendered();
    this.focus?.rescue();
    const verdict = this.root.current!.querySelector('[data-verdict]');
    if (this.reveal && verdict) {
      reveal(verdict, this.props.embed ?? false);
      // An example's button would stay focused under the sticky header once the verdict is brought up: the reader goes on from the verdict.
      if (document.activeElement?.closest('.chk-sample')) (verdict as HTMLElement).focus();
    }
    this.reveal = false;
  }

  override componentWillUnmount(): void {
    this.stopWarmUp?.();
    this.stopKeeping?.();
    this.checker.stop();
    this.focus?.stop();
  }

  /**
   * Brings the fix into view without going to its anchor: a change of the address's fragment would add a step to Back for a scroll, and
   * in an iframe it would move the page around the frame.
   */
  toFix(event: MouseEvent, id: string): void {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    reveal(target, this.props.embed ?? false, true);
    // Focus goes along, or the next Tab would go back up to the facts, and a screen reader would say nothing.
    target.focus({ preventScroll: true });
  }

  /** The share fragment of the result shown, or undefined before there is one to share (nothing pasted, answered or linked). */
  shared(): string | undefined {
    const { result, text } = this.checker;
    const empty = result.verdict === 'incomplete' && text.trim() === '' && result.answered.length === 0 && result.signals.length === 0;
    return empty ? undefined : encodeShare(result.facts, result.inferred, result.signals);
  }

  /** Whether the result shown is the reader's own: from their paste or answers, or carried by their own navigation. */
  mine(): boolean {
    const { linked, signals, own } = this.checker;
    return own !== undefined || (linked.size === 0 && signals.length === 0);
  }

  /** Measures a new result once it is in the document, so the measure spans analysis and rendering. */
  rendered(): void {
    if (this.measured !== this.checker.result) performance.measure(timing.measure, timing.start);
    this.measured = this.checker.result;
  }

  override render({ messages, s, guide, samples, collector, embed = false }: Props) {
    const state = this.checker;
    const { result } = state;
    const docs = (path: string): string => docsHref(path, guide);
    const show = (spot: Spot, from: HTMLElement): void => showLine(this.area.current, spot, from);
    const incomplete = result.verdict === 'incomplete';
    const { step, main, also } = findingGroups(result);
    // The quick answers stand beside the question they answer: the next step, or the finding after the daemon's start.
    const asked = askedBy(result);
    const quick = result.ask && (
      <QuickAnswers key={result.ask} ask={result.ask} answers={state.answers} answered={result.answered} onAnswer={state.answer} s={s} />
    );
    // What to do about an affected verdict, or about what keeps a decided one's daemon from starting: the facts come between.
    const fix = result.verdict === 'affected' ? main[0] : !incomplete && result.stops ? main[1] : undefined;
    const pasted = state.text.trim() !== '';
    // Before any paste, answer or shared link: a prompt, the first step and the collector; nothing to share yet.
    const shared = this.shared();
    const empty = shared === undefined;
    // Where there is no next step (a shared link's answers decide), the offer stands on its own.
    const offered = state.offer;
    const offer = offered && <WrittenAnswers written={offered} onUse={state.answerAll} s={s} />;
    // The reader's own result, carried by their own navigation, is not said to be a shared link's (its facts, certainty and Markdown).
    const own = state.own;
    const words: CheckerStrings = own
      ? { ...s, fromLink: s.own[own], linked: s.own.linked, forgetLinkedLabel: s.own.forgetLinkedLabel, certaintyBy: { ...s.certaintyBy, link: s.own.certainty } }
      : s;
    return (
      <div class="checker" ref={this.root}>
        <PasteArea area={this.area} samples={samples} onText={this.input} onClear={state.clear} s={s} />
        <div class="chk-result">
          <Verdict result={result} messages={messages} certainty={certaintyLine(result, messages, words, state.linked, pasted)} empty={empty} s={s} />
          {(state.linked.size > 0 || state.signals.length > 0) && !pasted && <p class="chk-note">{words.fromLink}</p>}
          {state.badLink && <p class="chk-note">{state.linked.size > 0 || state.signals.length > 0 ? s.linkPartly : s.linkUnreadable}</p>}
          {fix?.fix && (
            <p class="chk-note chk-to-fix">
              <a href={`#chk-fix-${fix.id}`} onClick={(event) => this.toFix(event, `chk-fix-${fix.id}`)}>
                {s.toFix}
              </a>
            </p>
          )}
          <Facts rows={factRows(result, s, state.linked)} onShow={show} onForget={(key) => state.answer(key, undefined)} s={words} />
          {step && (
            <NextStep step={step} title={empty ? s.startTitle : undefined} collector={collector} s={s}>
              {offer}
              {asked === step.id && quick}
            </NextStep>
          )}
          {!step && offer}
          <Findings main={main} also={also} asked={asked} answers={quick} docs={docs} target={embed ? '_blank' : undefined} onShow={show} s={s} />
          {shared !== undefined && (
            <ShareBar
              link={() => shareUrl(shared, guide, location.href)}
              markdown={() =>
                toMarkdown({
                  result,
                  linked: state.linked,
                  pasted,
                  messages,
                  strings: words,
                  // Where the reader is, as for Copy link: a copy of the guide hosted elsewhere links to itself.
                  docsUrl: (path) => new URL(docs(path), location.href).href,
                  link: shareUrl(shared, guide, location.href),
                })
              }
              s={s}
            />
          )}
        </div>
      </div>
    );
  }
}
