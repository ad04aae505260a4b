/** The result as Markdown for a ticket or a wiki page: verdict, facts, next step, findings linked to the guide, their commands. Never the paste. */
import { dockerfileFix } from '../../engine/dockerfile.ts';
import type { FactKey, Finding, Messages, Result } from '../../engine/index.ts';
import { certaintyLine } from './certainty.ts';
import { factRows, type FactRow } from './facts-view.ts';
import { findingGroups, headline, stoppedLine } from './finding-groups.ts';
import type { CheckerStrings } from './strings.ts';

export interface MarkdownInput {
  result: Result;
  /** The answers that came from a shared link. */
  linked?: ReadonlySet<FactKey>;
  /** Whether anything was pasted (else the answers or the link alone decided). */
  pasted?: boolean;
  messages: Messages;
  strings: CheckerStrings;
  /** Absolute URL of a guide path such as "/remediation/#upgrade". */
  docsUrl: (path: string) => string;
  /** Absolute URL that reopens this result. */
  link: string;
}

// Letters and digits: an underscore between two of them can neither open nor close emphasis (CommonMark's flanking rules).
const WORD = /[\p{L}\p{N}]/u;

/** Escapes characters Markdown would read as markup in a line of text; underscores inside words stay as they are (passt 2024_10_30). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c, at: number) => (c === '_' && WORD.test(text[at - 1] ?? ' ') && WORD.test(text[at + 1] ?? ' ') ? c : `\\${c}`));
}

/** Prose as Markdown: a run the catalogue marks as code (`dpkg -l passt`) as inline code, the rest escaped. */
export function proseMarkdown(text: string): string {
  return text
    .split(/`([^`]+)`/)
    .map((run, i) => (i % 2 === 1 ? inlineCode(run) : escapeMarkdown(run)))
    .join('');
}

/** A value as inline code; backticks cannot occur inside it, so they are dropped. */
export function inlineCode(text: string): string {
  return `\`${text.replace(/`/g, '')}\``;
}

/** A fenced code block whose fence is longer than any backtick run in `code`. */
export function fenced(code: string, lang = 'sh'): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code}\n${fence}`;
}

/**
 * Renders the Markdown export of a result, in the widget's order: an undecided verdict's next step apart from the findings,
 * and every finding's commands under its title. The verdict's own words are the headline (they name the verdict); the
 * certainty follows only for a decided verdict. Punctuation around labels and notes is the language's own.
 */
export function toMarkdown({ result, linked = new Set(), pasted = true, messages, strings: s, docsUrl, link }: MarkdownInput): string {
  const [open, close] = s.brackets;
  const note = (text: string): string => `${open}${text}${close}`;
  const notes = (row: FactRow): string => (row.answered ? note(row.linked ? s.linked : s.answered) : '') + (row.inferred ? note(s.inferred) : '');
  const facts = factRows(result, s, linked).map((row) => `- ${escapeMarkdown(row.label)}${s.colon}${inlineCode(row.value)}${notes(row)}`);
  const title = (f: Finding): string => `[${escapeMarkdown(f.title)}](${docsUrl(f.docs)})`;
  // The paragraph that qualifies a finding, under its title in the same list item, for those a reader must not miss: the verdict's own
  // (which "see the findings" points at), what stops the daemon, and every problem or warning. A note stays a title.
  const list = (findings: readonly Finding[], told: boolean): string[] => {
    const lines = findings.flatMap((f) => [
      `- ${title(f)}${note(s.severity[f.severity])}`,
      ...(told || f.severity !== 'info' ? ['', `  ${proseMarkdown(f.detail).replace(/\n/g, '\n  ')}`, ''] : []),
    ]);
    return lines.at(-1) === '' ? lines.slice(0, -1) : lines;
  };
  // A Dockerfile's ENV instruction typed again is shown as a Dockerfile, not as shell.
  const code = (fix: string): string => fenced(fix, dockerfileFix(fix) ? 'dockerfile' : 'sh');
  const commands = (f: Finding): string[] => (f.fix ? ['', `**${escapeMarkdown(f.title)}**`, '', code(f.fix)] : []);
  // As in the widget: an undecided verdict's next step apart, not a problem found.
  const incomplete = result.verdict === 'incomplete';
  const { step, main, also } = findingGroups(result);
  const stopped = stoppedLine(result, messages);
  return [
    `## ${s.markdown.heading}`,
    '',
    `**${escapeMarkdown(headline(result, messages))}**`,
    // A paragraph of its own: on the next line it would join the headline's paragraph when rendered.
    ...(incomplete ? [] : ['', escapeMarkdown(certaintyLine(result, messages, s, linked, pasted))]),
    ...(stopped ? ['', escapeMarkdown(stopped)] : []),
    ...(facts.length ? ['', `### ${s.markdown.facts}`, '', ...facts] : []),
    ...(step ? ['', `### ${s.nextHeading}`, '', title(step), '', proseMarkdown(step.detail), ...(step.fix ? ['', code(step.fix)] : [])] : []),
    ...(main.length ? ['', `### ${s.markdown.findings}`, '', ...list(main, true)] : []),
    ...(also.length ? ['', `### ${s.alsoHeading}`, '', ...list(also, false)] : []),
    ...(main.some((f) => f.fix) || also.some((f) => f.fix) ? ['', `### ${s.fixLabel}`, ...[...main, ...also].flatMap(commands)] : []),
    '',
    `${s.markdown.link}${s.colon}<${link}>`,
    '',
  ].join('\n');
}
