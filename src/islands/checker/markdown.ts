/** The result as Markdown for a ticket or a wiki page: verdict, facts, findings with links, the main commands. Never the paste. */
import type { Messages, Result } from '../../engine/index.ts';
import { factRows } from './facts-view.ts';
import type { CheckerStrings } from './strings.ts';

export interface MarkdownInput {
  result: Result;
  messages: Messages;
  strings: CheckerStrings;
  /** Absolute URL of a guide path such as "/remediation/#upgrade". */
  docsUrl: (path: string) => string;
  /** Absolute URL that reopens this result. */
  link: string;
}

/** Escapes characters Markdown would read as markup in a line of text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
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

/** Renders the Markdown export of a result. */
export function toMarkdown({ result, messages, strings: s, docsUrl, link }: MarkdownInput): string {
  const notes = (answered: boolean, inferred: boolean): string =>
    [answered && s.answered, inferred && s.inferred].filter(Boolean).map((note) => ` (${note})`).join('');
  const facts = factRows(result, s).map((row) => `- ${escapeMarkdown(row.label)}: ${inlineCode(row.value)}${notes(row.answered, row.inferred)}`);
  const findings = result.findings.map((f) => `- **${escapeMarkdown(f.title)}** (${s.severity[f.severity]}): ${docsUrl(f.docs)}`);
  // The main finding comes first: its commands are the fix, or for an incomplete verdict what to run next.
  const fix = result.findings[0]?.fix;
  return [
    `## ${s.markdown.heading}`,
    '',
    `**${s.markdown.verdict}: ${escapeMarkdown(messages.verdict[result.verdict])}**`,
    `${escapeMarkdown(messages.certainty[result.certainty])}`,
    ...(facts.length ? ['', `### ${s.markdown.facts}`, '', ...facts] : []),
    ...(findings.length ? ['', `### ${s.markdown.findings}`, '', ...findings] : []),
    ...(fix ? ['', `### ${s.fixLabel}`, '', fenced(fix)] : []),
    '',
    `${s.markdown.link}: ${link}`,
    '',
  ].join('\n');
}
