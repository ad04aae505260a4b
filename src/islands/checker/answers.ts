/** Quick answers: what the reader says about facts the paste does not show. */
import type { Answers, FactKey } from '../../engine/index.ts';

/** A choice or typed answer as a fact value: "true"/"false" are the yes/no facts, anything else is text. */
export function parseAnswer(raw: string): string | boolean {
  const text = raw.trim();
  return text === 'true' ? true : text === 'false' ? false : text;
}

// A version at the end of what was typed: "2.3.1", "v2.3.1", or rootlesskit --version's own "rootlesskit version 2.3.1".
const TYPED_VERSION = /(?:^|\s)v?(\d+(?:\.\d+)+(?:[-+~][\w.+~-]*)?)$/;

/** A typed version as the checker keeps it: the version that ends the text, without a "v"; else the text itself (then refused). */
export function typedVersion(raw: string): string {
  const text = raw.trim();
  return TYPED_VERSION.exec(text)?.[1] ?? text;
}

/** `answers` with `key` set to `value`, or without `key` when `value` is undefined or empty. */
export function withAnswer(answers: Answers, key: FactKey, value: string | boolean | undefined): Answers {
  const next: Record<string, unknown> = { ...answers };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next as Answers;
}

/** `answers` without the keys in `keys`. */
export function withoutAnswers(answers: Answers, keys: ReadonlySet<FactKey>): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => !keys.has(key as FactKey)));
}
