/** Which lines of a paste were typed at a prompt: found once, for the readers across sections that start from a command. */
import { atPrompt, type Line } from './clean.ts';

/** The lines typed at a prompt among a reader's lines. */
export interface Typed {
  /** Their indices, ascending. */
  readonly at: readonly number[];
  /** Whether line `i` is one. */
  readonly is: (i: number) => boolean;
}

/** Which of `lines` were typed at a prompt (atPrompt): a long paste has tens of thousands of lines and few prompts, read by many readers. */
export function typedIn(lines: readonly Line[]): Typed {
  const flags = new Uint8Array(lines.length);
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!atPrompt(lines[i]!)) continue;
    flags[i] = 1;
    at.push(i);
  }
  return { at, is: (i) => flags[i] === 1 };
}

/** The indices of the lines a prompt follows, next or one line later (where a heading before a command may stand), ascending. */
export function linesBeforePrompts(typed: Typed): number[] {
  const before: number[] = [];
  for (const p of typed.at) for (const i of [p - 2, p - 1]) if (i >= 0 && i > (before.at(-1) ?? -1)) before.push(i);
  return before;
}
