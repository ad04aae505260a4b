import { describe, expect, test } from 'vitest';
import { analyze, en } from '../../../src/engine/index.ts';
import type { Messages } from '../../../src/engine/index.ts';
import { reportWords } from '../../../src/engine/messages/report-words.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { proseMarkdown, toMarkdown } from '../../../src/islands/checker/markdown.ts';
import { en as enStrings } from '../../../src/islands/checker/strings-en.ts';
import { zhCn as zhStrings } from '../../../src/islands/checker/strings-zh-cn.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

// Review 108 #4: a ticket reader sees the paragraph that qualifies the verdict, not only a linked title.
const languages = [
  ['en', en, enStrings],
  ['zh-cn', zhCn, zhStrings],
] as const;
const markdown = (text: string, messages: Messages, strings: typeof enStrings, answers = {}) => {
  const result = analyze(text, { answers, messages });
  return { result, md: toMarkdown({ result, messages, strings, docsUrl: (path) => `https://guide.example.org${path}`, link: 'https://guide.example.org/checker/#v=1' }) };
};
const tlsWarnings = labelledFixtures('real').find((f) => f.file === 'docker-info-rootless-27.3.1-ubuntu24.04-tls-warnings-1.txt')!.text;

describe('"Copy as Markdown" carries what qualifies the verdict (review 108 #4)', () => {
  test.each(languages)('%s: the verdict finding of an inferred "affected" says pasta\'s version was not shown, and how to check the installed one', (lang, messages, strings) => {
    const { result, md } = markdown(tlsWarnings, messages, strings, { networkDriver: 'pasta' });
    expect(result.verdict).toBe('affected');
    expect(md).toContain(reportWords[lang].inferred[1]);
    expect(md).toContain(proseMarkdown(result.findings[0]!.detail));
    expect(md).toContain('dpkg -l passt');
  });

  test.each(languages)('%s: every problem and warning, and the verdict finding a "see the findings" points at, comes with its paragraph', (lang, messages, strings) => {
    for (const { file, text } of labelledFixtures('real')) {
      const { result, md } = markdown(text, messages, strings);
      const told = result.findings.filter((f, i) => f.severity !== 'info' || (i === 0 && md.includes(reportWords[lang].inferred[1])));
      for (const f of told) expect([file, f.id, md.includes(proseMarkdown(f.detail))]).toEqual([file, f.id, true]);
    }
  });
});
