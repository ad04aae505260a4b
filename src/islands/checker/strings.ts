/**
 * The shape of every word the checker island shows around the engine's own texts (verdicts, certainty and findings come
 * from its message catalogue). One file per language (strings-<lang>.ts), so that a page loads only its own; the prose of
 * the pages around the island is in src/components/checker/strings.ts.
 */
import type { FactKey, Severity } from '../../engine/index.ts';
import type { SampleId } from './samples.ts';

/** A question the checker can ask when the verdict is incomplete: choices (answer value → label) or a typed version. */
export type Question = { text: string; choices: Record<string, string> } | { text: string; placeholder: string };

export interface CheckerStrings {
  pasteLabel: string;
  pasteHint: string;
  dropHint: string;
  fileTooBig: (limitMb: number) => string;
  fileNotText: string;
  fileUnreadable: string;
  clear: string;
  samplesLabel: string;
  samples: Record<SampleId, string>;
  fromLink: string;
  factsHeading: string;
  noFacts: string;
  /** Fact names, in the order the facts are listed. */
  facts: Record<FactKey, string>;
  yes: string;
  no: string;
  packaging: { docker: string; distribution: string };
  showLine: (line: number) => string;
  /** Must contain showLine's text: the visible label is part of the accessible name. */
  showLineLabel: (line: number) => string;
  answered: string;
  /** Must contain `answered`. */
  forgetLabel: (fact: string) => string;
  inferred: string;
  nextHeading: string;
  collectorIntro: string;
  collectorLabel: string;
  questions: Partial<Record<FactKey, Question>>;
  dontKnow: string;
  apply: string;
  notUnderstood: string;
  findingsHeading: string;
  severity: Record<Severity, string>;
  fixLabel: string;
  docsLink: string;
  copy: string;
  copied: string;
  copyFailed: string;
  shareHeading: string;
  copyLink: string;
  copyMarkdown: string;
  shareNote: string;
  markdown: { heading: string; verdict: string; facts: string; findings: string; link: string };
}
