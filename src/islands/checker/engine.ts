/**
 * What the island loads once the reader starts (engine-<lang>.ts, by a dynamic import): the engine in one language, what of it the
 * widget calls, and the parts of the widget that show only a result, which there is none of before the engine. Nothing the island
 * loads with its script imports this module but for its types.
 */
import { analyzeWith } from '../../engine/core.ts';
import type { Answers, Messages, Result, Signal } from '../../engine/index.ts';
import { decodeShare, decodeSignals, encodeShare, shareDamaged } from '../../engine/share.ts';
import { certaintyLine } from './certainty.ts';
import { factRows } from './facts-view.ts';
import { Facts } from './Facts.tsx';
import { Findings } from './Findings.tsx';
import { headline, stoppedLine } from './finding-groups.ts';
import { toMarkdown } from './markdown.ts';
import { ShareBar } from './ShareBar.tsx';
import { showLine } from './show-line.ts';
import type { ResultStrings } from './strings.ts';
import { warmUpTexts } from './warm-up-texts.ts';
import { WrittenAnswers } from './WrittenAnswers.tsx';

/** The parts of the widget that only a result needs: they come with the engine, not with the page. */
const view = { Facts, Findings, ShareBar, WrittenAnswers, certaintyLine, factRows, headline, stoppedLine, showLine };

export interface Engine {
  messages: Messages;
  /** The result of `text` with the reader's answers and a shared link's signals, in the catalogue's language. */
  analyse: (text: string, answers?: Answers, signals?: readonly Signal[]) => Result;
  encodeShare: typeof encodeShare;
  decodeShare: typeof decodeShare;
  decodeSignals: typeof decodeSignals;
  shareDamaged: typeof shareDamaged;
  toMarkdown: typeof toMarkdown;
  view: typeof view;
  /** The words of a result, in the language of the catalogue. */
  strings: ResultStrings;
  warmUpTexts: typeof warmUpTexts;
}

/** The engine speaking the language of `messages`, with the words of a result in it. */
export function engineIn(messages: Messages, strings: ResultStrings): Engine {
  return {
    messages,
    analyse: (text, answers, signals) => analyzeWith(messages, text, answers, signals),
    encodeShare,
    decodeShare,
    decodeSignals,
    shareDamaged,
    toMarkdown,
    view,
    strings,
    warmUpTexts,
  };
}
