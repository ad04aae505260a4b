/**
 * What the island loads once the reader starts (engine-<lang>.ts, by a dynamic import): the engine in one language, and what of it
 * the widget calls. Nothing the island loads with its script imports this module but for its types.
 */
import { analyzeWith } from '../../engine/core.ts';
import type { Answers, Messages, Result, Signal } from '../../engine/index.ts';
import { decodeShare, decodeSignals, encodeShare, shareDamaged } from '../../engine/share.ts';
import { toMarkdown } from './markdown.ts';

export interface Engine {
  messages: Messages;
  /** The result of `text` with the reader's answers and a shared link's signals, in the catalogue's language. */
  analyse: (text: string, answers?: Answers, signals?: readonly Signal[]) => Result;
  encodeShare: typeof encodeShare;
  decodeShare: typeof decodeShare;
  decodeSignals: typeof decodeSignals;
  shareDamaged: typeof shareDamaged;
  toMarkdown: typeof toMarkdown;
}

/** The engine speaking the language of `messages`. */
export function engineIn(messages: Messages): Engine {
  return {
    messages,
    analyse: (text, answers, signals) => analyzeWith(messages, text, answers, signals),
    encodeShare,
    decodeShare,
    decodeSignals,
    shareDamaged,
    toMarkdown,
  };
}
