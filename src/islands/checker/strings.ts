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
  /** What to paste, that it stays in the browser, and that a file can be dropped: one text, punctuated for its language. */
  pasteHint: string;
  fileTooBig: (limitMb: number) => string;
  fileNotText: string;
  fileUnreadable: string;
  clear: string;
  samplesLabel: string;
  samples: Record<SampleId, string>;
  fromLink: string;
  /**
   * In place of fromLink, linked, forgetLinkedLabel and certaintyBy.link where the result is the reader's own, carried by their own
   * navigation: by the language switch from the other language's checker, which keeps the paste ('switch'), or otherwise, without the
   * paste ('back': Back or a reload to the page of the paste, which was not kept, or the switch from a page that had none).
   */
  own: Record<'switch' | 'back', string> & Pick<CheckerStrings, 'linked' | 'forgetLinkedLabel'> & { certainty: { alone: string; withPaste: string } };
  /** A fragment that looks like a shared link but cannot be read (another format, or damaged). */
  linkUnreadable: string;
  /** A shared link of which some values could not be read: the rest is shown. */
  linkPartly: string;
  /** A setup written by hand, offered as answers (WrittenAnswers): what it is, and the button that takes it. */
  writtenLead: string;
  useWritten: string;
  /** The certainty of a decided verdict that rests on answers or a shared link, with or without a paste. */
  certaintyBy: Record<'answers' | 'link', { alone: string; withPaste: string }>;
  /** The verdict box before anything is pasted or answered: a prompt rather than a verdict. */
  empty: string;
  /** In the verdict box when what the reader did waits for the engine, which loads when they start: past a moment, or when it failed. */
  loading: string;
  loadFailed: string;
  /** The button under loadFailed that loads the engine again. */
  retry: string;
  factsHeading: string;
  /** Fact names, in the order the facts are listed: the message catalogue's, which the CLI and the findings use too. */
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
  /** A fact that came from a shared link (removable like an answer). */
  linked: string;
  /** Must contain `linked`. */
  forgetLinkedLabel: (fact: string) => string;
  inferred: string;
  nextHeading: string;
  /** The next step's title before anything is pasted (the engine's own says nothing was recognised in the paste). */
  startTitle: string;
  /** Text before "the collector", its name (a link to the page's collector when the island does not show one), text after. */
  collectorIntro: readonly [string, string, string];
  collectorLabel: string;
  questions: Partial<Record<FactKey, Question>>;
  dontKnow: string;
  apply: string;
  notUnderstood: string;
  findingsHeading: string;
  /** A link under a decided verdict to its fix, which the facts push below the first screen on a phone. */
  toFix: string;
  /** Above the findings after the one that explains a decided verdict. */
  alsoHeading: string;
  severity: Record<Severity, string>;
  /** Punctuation between a label and what follows ("Problem: …"; Chinese uses a full-width colon without a space). */
  colon: string;
  /** Brackets around a note in running text (" (inferred)"; Chinese uses full-width ones without a space). */
  brackets: readonly [string, string];
  fixLabel: string;
  /** A finding's link to the guide; screen readers get the finding's title after it, so every link has its own name. */
  docsLink: string;
  /** Said after a link that opens a new tab (the embed's links to the guide), for screen readers. */
  newTab: string;
  /** The label of the copy button of a command box: that of the code blocks of the site (ui.ts copyCode), as both may show on one screen. */
  copy: string;
  copied: string;
  copyFailed: string;
  shareHeading: string;
  copyLink: string;
  copyMarkdown: string;
  shareNote: string;
  markdown: { heading: string; facts: string; findings: string; link: string };
}

/**
 * The words made of the engine's catalogue and data (fact names, severities, the version and command a question shows): the page gives
 * them to the island at build time, so that its script does not load the engine with them (strings-<lang>.ts).
 */
export type BuiltStrings = Pick<CheckerStrings, 'facts' | 'severity' | 'fixLabel' | 'docsLink' | 'questions' | 'markdown'>;

/**
 * The words that only a result shows (its facts, findings, certainty, sharing and the notes of a shared link), which the island loads
 * with the engine (result-strings-<lang>.ts): before the engine there is no result to show.
 */
export type ResultStrings = Pick<
  CheckerStrings,
  | 'fromLink'
  | 'own'
  | 'linkUnreadable'
  | 'linkPartly'
  | 'writtenLead'
  | 'useWritten'
  | 'certaintyBy'
  | 'factsHeading'
  | 'yes'
  | 'no'
  | 'packaging'
  | 'showLine'
  | 'showLineLabel'
  | 'answered'
  | 'forgetLabel'
  | 'linked'
  | 'forgetLinkedLabel'
  | 'inferred'
  | 'findingsHeading'
  | 'toFix'
  | 'alsoHeading'
  | 'brackets'
  | 'newTab'
  | 'shareHeading'
  | 'copyLink'
  | 'copyMarkdown'
  | 'shareNote'
>;

/** The words the island shows before the engine: the built ones and its own. */
export type EarlyStrings = Omit<CheckerStrings, keyof ResultStrings>;

/** The island's own words, which it loads with its script (island-strings-<lang>.ts). */
export type IslandStrings = Omit<EarlyStrings, keyof BuiltStrings>;
