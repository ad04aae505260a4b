import { Component, createRef } from 'preact';
import type { Result } from '../../engine/index.ts';
import { carryResult, keepOnLeave, leftFromResult, loadedBy, type Own } from './carry-result.ts';
import { CheckerState, timing } from './checker-state.ts';
import type { Engine } from './engine.ts';
import { EngineLoader, type Loading } from './engine-loader.ts';
import { askedBy, findingGroups } from './finding-groups.ts';
import { focusRescue } from './focus-rescue.ts';
import { docsHref, shareUrl } from './links.ts';
import { NextStep } from './NextStep.tsx';
import { PasteArea } from './PasteArea.tsx';
import { QuickAnswers } from './QuickAnswers.tsx';
import { reveal } from './reveal.ts';
import type { Sample } from './samples.ts';
import type { Spot } from './spots.ts';
import type { BuiltStrings, CheckerStrings, EarlyStrings } from './strings.ts';
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
  /** The result of nothing pasted, answered or linked, in the page's language: shown until the engine is there, which needs it not. */
  empty: Result;
  /** The source of share.ts's sharePattern: an address that matches it is a shared link, which loads the engine at once. */
  link: string;
  /** The island's words made of the engine's catalogue and data. */
  words: BuiltStrings;
}

interface Props extends CheckerProps {
  /** Loads the engine in the page's language: a chunk of its own, imported once the reader starts. */
  load: () => Promise<Engine>;
  /** The words shown before the engine; those of a result come with it (its strings). */
  s: EarlyStrings;
}

/**
 * The engine with all the words of a result: `s`, and `words`, in which the own result of the reader, carried by their own navigation,
 * is not said to be that of a shared link (its facts, certainty and Markdown).
 */
function withWords(engine: Engine, s: CheckerStrings, own: Own | undefined): Engine & { s: CheckerStrings; words: CheckerStrings } {
  const words = own
    ? { ...s, fromLink: s.own[own], linked: s.own.linked, forgetLinkedLabel: s.own.forgetLinkedLabel, certaintyBy: { ...s.certaintyBy, link: s.own.certainty } }
    : s;
  return { ...engine, s, words };
}

/**
 * The checker: paste in, verdict, facts, findings, next step and sharing out, in one language. Everything runs in the page.
 * Class components rather than hooks throughout the island, so the page does not load preact/hooks (1.2 KB gzip).
 * The engine loads at the reader's first sign of use (focus, a pointer, a paste or drop) or at once for a shared link: most visitors,
 * and nearly every reader of a page that embeds the checker, never paste anything.
 */
export class Checker extends Component<Props> {
  loader = new EngineLoader(this.props.load, () => this.forceUpdate(), (engine) => this.arrived(engine));
  checker = new CheckerState({ empty: this.props.empty, link: new RegExp(this.props.link), changed: () => this.forceUpdate(), need: this.loader.need });
  area = createRef<HTMLTextAreaElement>();
  root = createRef<HTMLDivElement>();
  focus: ReturnType<typeof focusRescue> | undefined;
  // The build's empty result came from no analysis here: nothing to measure.
  measured: Result | undefined = this.checker.result;
  /** A paste, drop or example just came in: its verdict is brought into view once rendered (once the engine made it). */
  reveal = false;
  /** The page came back at its top, left from the result (carry-result.ts). */
  back = false;
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
    // Not in a frame, whose address is no reader's.
    if (!this.props.embed) {
      this.back = leftFromResult();
      this.stopKeeping = keepOnLeave(this.root.current!, () => (this.mine() ? this.shared() : undefined), () => this.checker.text.trim() !== '');
    }
    // After keepOnLeave, which gives the entry what the reader's own navigation passed to it. A shared link asks for the engine now.
    this.checker.start();
    // On a slow connection the field is there before its script: what was pasted meanwhile is checked now, like a paste, and so is
    // an example clicked meanwhile (CheckerIsland.astro kept it).
    const area = this.area.current!;
    const clicked = this.props.samples.find((sample) => sample.id === this.root.current!.dataset.early);
    if (clicked) area.value = clicked.text;
    // Through the field's own handler, as a paste: binary typed meanwhile is refused as it would be once ready.
    if (area.value) area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste' }));
    // Marks the island as hydrated: before that the controls do nothing (tests wait for it).
    this.root.current!.setAttribute('data-ready', '');
  }

  /** The engine is there: what waited for it is done, a shared link's result is brought into view, and the engine warms up. */
  arrived(engine: Engine): void {
    this.checker.use(engine);
    const { linked, signals, own } = this.checker;
    // A shared link is opened to see its result: it is brought into view, as a paste's is. Back brings the reader's own back to where
    // they left it: to the result if they left from there, else where the browser restores them. A language link from a page without
    // the paste also gives 'back': opened anew, the page is not come back to.
    this.reveal ||= (linked.size > 0 || signals.length > 0) && (own !== 'back' || this.back || loadedBy() === 'navigate');
    // While the page is idle (tests that time a first paste wait for it, as a reader's paste comes later).
    this.stopWarmUp = warmUp(engine.analyse, engine.warmUpTexts(this.props.samples.map((sample) => sample.text)), () => this.root.current?.setAttribute('data-warm', ''));
    // Tests wait for it.
    this.forceUpdate(() => this.root.current?.setAttribute('data-engine', ''));
  }

  override componentDidUpdate(): void {
    // The language links carry each new result (a render for focus, a note or the engine's loading keeps the one they have).
    const fresh = this.measured !== this.checker.result;
    if (fresh) carryResult(this.shared());
    this.rendered();
    this.focus?.rescue();
    const verdict = this.root.current!.querySelector('[data-verdict]');
    if (this.reveal && fresh && verdict) {
      reveal(verdict, this.props.embed ?? false);
      // An example's button would stay focused under the sticky header once the verdict is brought up: the reader goes on from the verdict.
      if (document.activeElement?.closest('.chk-sample')) (verdict as HTMLElement).focus();
    }
    // What waits for the engine is brought into view with the result it makes.
    if (fresh) this.reveal = false;
  }

  override componentWillUnmount(): void {
    this.loader.stop();
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

  /** The share fragment of the result shown, or undefined before there is one to share (nothing pasted, answered or linked, or no engine yet). */
  shared(): string | undefined {
    const { result, text, engine } = this.checker;
    const empty = result.verdict === 'incomplete' && text.trim() === '' && result.answered.length === 0 && result.signals.length === 0;
    return empty || !engine ? undefined : engine.encodeShare(result.facts, result.inferred, result.signals);
  }

  /** The reader asks for the engine again: they go on from the verdict, which says it is loading, as the button goes. */
  retry = (): void => {
    this.loader.need();
    this.root.current?.querySelector<HTMLElement>('[data-verdict]')?.focus();
  };

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

  override render({ s, guide, samples, collector, embed = false }: Props) {
    const state = this.checker;
    const { result, engine } = state;
    const docs = (path: string): string => docsHref(path, guide);
    const show = (spot: Spot, from: HTMLElement): void => engine?.view.showLine(this.area.current, spot, from);
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
    // What only a result shows loads with the engine (engine.ts), its words too: before it the result is the empty one, which shows none.
    const later = engine && withWords(engine, { ...s, ...engine.strings }, state.own);
    const offer = offered && later && <later.view.WrittenAnswers written={offered} onUse={state.answerAll} s={later.s} />;
    // Without the engine the verdict box is the prompt, or, while what the reader did waits for it, says that it is loading or failed.
    const told: Loading = !engine && state.waiting ? this.loader.status : 'quiet';
    const title = engine && !empty ? engine.view.headline(result, engine.messages) : { quiet: s.empty, slow: s.loading, failed: s.loadFailed }[told];
    const want = this.loader.want;
    return (
      <div class="checker" ref={this.root} onFocusIn={want} onPointerDown={want} onPaste={want} onDragEnter={want}>
        <PasteArea area={this.area} samples={samples} onText={this.input} onClear={state.clear} onNear={want} s={s} />
        <div class="chk-result">
          <Verdict
            verdict={result.verdict}
            headline={title}
            blocked={!!result.stops}
            certainty={later && later.view.certaintyLine(result, later.messages, later.words, state.linked, pasted)}
            stopped={later && later.view.stoppedLine(result, later.messages)}
            empty={empty}
          />
          {told === 'failed' && (
            <p class="chk-note">
              <button type="button" class="chk-button" onClick={this.retry}>
                {s.retry}
              </button>
            </p>
          )}
          {later && (state.linked.size > 0 || state.signals.length > 0) && !pasted && <p class="chk-note">{later.words.fromLink}</p>}
          {later && state.badLink && <p class="chk-note">{state.linked.size > 0 || state.signals.length > 0 ? later.s.linkPartly : later.s.linkUnreadable}</p>}
          {later && fix?.fix && (
            <p class="chk-note chk-to-fix">
              <a href={`#chk-fix-${fix.id}`} onClick={(event) => this.toFix(event, `chk-fix-${fix.id}`)}>
                {later.s.toFix}
              </a>
            </p>
          )}
          {later && <later.view.Facts rows={later.view.factRows(result, later.s, state.linked)} onShow={show} onForget={(key) => state.answer(key, undefined)} s={later.words} />}
          {step && (
            <NextStep step={step} title={empty ? s.startTitle : undefined} collector={collector} s={s}>
              {offer}
              {asked === step.id && quick}
            </NextStep>
          )}
          {!step && offer}
          {later && <later.view.Findings main={main} also={also} asked={asked} answers={quick} docs={docs} target={embed ? '_blank' : undefined} onShow={show} s={later.s} />}
          {later && shared !== undefined && (
            <later.view.ShareBar
              link={() => shareUrl(shared, guide, location.href)}
              markdown={() =>
                later.toMarkdown({
                  result,
                  linked: state.linked,
                  pasted,
                  messages: later.messages,
                  strings: later.words,
                  // Where the reader is, as for Copy link: a copy of the guide hosted elsewhere links to itself.
                  docsUrl: (path) => new URL(docs(path), location.href).href,
                  link: shareUrl(shared, guide, location.href),
                })
              }
              s={later.s}
            />
          )}
        </div>
      </div>
    );
  }
}
