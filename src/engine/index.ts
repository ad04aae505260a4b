/** The diagnostics engine: text → sections → facts (with evidence) → rules → verdict and findings. Pure; never throws. */
import { analyzeWith } from './core.ts';
import { en } from './messages/en.ts';
import type { Messages } from './messages/types.ts';
import type { Answers, Result, Signal } from './types.ts';

export type * from './types.ts';
export type { Messages, MessageId, MessageParams, Outcome, Rendered } from './messages/types.ts';
// Other catalogues (messages/zh-cn.ts) are imported on their own with analyzeWith, so English pages never load them.
export { en } from './messages/en.ts';
export { analyzeWith } from './core.ts';
export { encodeShare, decodeShare, decodeSignals } from './share.ts';
export { limits } from './limits.ts';

export interface AnalyzeOptions {
  /** Facts the paste does not show, from quick answers or a shared link. What the paste shows wins over them. */
  answers?: Answers;
  /** Signal ids from a shared link, which stand in when the paste shows no signal of its own. */
  signals?: readonly Signal[];
  /** The catalogue findings are rendered with (default: English). */
  messages?: Messages;
}

/** Analyses a paste (and optional answers and shared signals) into a verdict with evidence and findings; never throws. */
export function analyze(text: string, options: AnalyzeOptions = {}): Result {
  return analyzeWith(options?.messages ?? en, text, options?.answers, options?.signals);
}
