import { describe, expect, test } from 'vitest';
import { SERVICE } from '../../../src/engine/apply.ts';
import { analyze, en } from '../../../src/engine/index.ts';
import { escapeMarkdown, fenced, inlineCode, proseMarkdown, toMarkdown } from '../../../src/islands/checker/markdown.ts';
import { samples } from '../../../src/islands/checker/samples.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { en as s } from '../../../src/islands/checker/strings-en.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';
import { zhCn as zhStrings } from '../../../src/islands/checker/strings-zh-cn.ts';
const site = 'https://guide.example.org/kb';
const markdown = (text: string, answers = {}) =>
  toMarkdown({
    result: analyze(text, { answers }),
    messages: en,
    strings: s,
    docsUrl: (path) => site + path,
    link: `${site}/checker/#v=1`,
  });
const sample = (id: string) => samples.find((candidate) => candidate.id === id)!.text;

describe('toMarkdown', () => {
  test('gives the verdict, certainty, facts, findings with absolute links, the main commands and the result link', () => {
    const md = markdown(sample('affected'));
    // The verdict's own words are the headline: no "Verdict:" label before "Affected:".
    // The certainty is a paragraph of its own: on the next line it would join the headline when rendered.
    expect(md.split('\n').slice(0, 5)).toEqual([
      `## ${s.markdown.heading}`,
      '',
      `**${escapeMarkdown(en.verdict.affected)}**`,
      '',
      escapeMarkdown(en.certainty.confirmed(analyze(sample('affected')))),
    ]);
    expect(md).not.toMatch(/\*\*Verdict:/);
    expect(md).toContain(`- ${s.facts.networkDriver}: \`pasta\``);
    expect(md).toMatch(/- RootlessKit: `\d+\.\d+\.\d+`/);
    // Each finding is a link to its guide section, named by the finding's title.
    const main = analyze(sample('affected')).findings[0]!;
    expect(md).toContain(`- [${escapeMarkdown(main.title)}](${site}/remediation/#upgrade) (${s.severity.error})`);
    expect(md).not.toMatch(/: https:\/\/guide\.example\.org\/kb\/(?!checker\/)/);
    expect(md).toContain('```sh\n');
    // An autolink: a bare URL is a link only where Markdown extends CommonMark.
    expect(md).toContain(`${s.markdown.link}: <${site}/checker/#v=1`);
  });

  test('never carries the paste: no line of it appears unless it is a fact value', () => {
    const text = sample('affected').replace('default', 'context-named-secret-host');
    expect(markdown(text)).not.toContain('context-named-secret-host');
    expect(markdown(text)).not.toContain('/run/user/1000');
  });

  test('marks answers and inferences', () => {
    const md = markdown(sample('incomplete'), { networkDriver: 'pasta' });
    expect(md).toContain(`- ${s.facts.networkDriver}: \`pasta\` (${s.answered})`);
    expect(md).toContain(`- ${s.facts.portDriver}: \`implicit\` (${s.inferred})`);
  });

  test("a verdict decided by answers or a shared link says so, instead of \"confirmed by what you pasted\"", () => {
    const rootlessInfo = 'Server:\n Server Version: 27.3.1\n Security Options:\n  seccomp\n  rootless';
    const answered = markdown(rootlessInfo, { networkDriver: 'slirp4netns' });
    expect(answered).toContain(`\n${s.certaintyBy.answers.withPaste}\n`);
    expect(answered).not.toContain(en.certainty.confirmed(analyze(rootlessInfo)));
    const shared = { networkDriver: 'slirp4netns', rootless: true } as const;
    const linked = toMarkdown({
      result: analyze('', { answers: shared }),
      linked: new Set(['networkDriver', 'rootless'] as const),
      pasted: false,
      messages: en,
      strings: s,
      docsUrl: (path) => site + path,
      link: `${site}/checker/#v=1`,
    });
    expect(linked).toContain(`\n${s.certaintyBy.link.alone}\n`);
    expect(linked).toContain(`- ${s.facts.networkDriver}: \`slirp4netns\` (${s.linked})`);
    expect(linked).not.toContain(`(${s.answered})`);
  });

  test('an inferred verdict names what was inferred, in the same words as the widget and the CLI', () => {
    const text = labelledFixtures('synthetic').find((f) => f.file === 'docker-version-pasta-27.3.1.txt')!.text;
    const md = markdown(text);
    expect(md).toContain(`\n${escapeMarkdown(en.certainty.inferred(analyze(text)))}\n`);
    expect(md).toContain('\nInferred, not seen: pasta is 2024_10_30.ee7d0b6 or later (see the findings)\n');
  });

  test("a decided verdict's own finding comes first, the others under a heading of their own, as in the widget", () => {
    const text = labelledFixtures('synthetic').find((f) => f.file === 'two-drop-ins-disagree.txt')!.text;
    const [main, ...rest] = analyze(text).findings;
    const md = markdown(text);
    const findings = md.slice(md.indexOf(`### ${s.markdown.findings}`), md.indexOf(`### ${s.alsoHeading}`));
    expect(findings).toContain(escapeMarkdown(main!.title));
    expect(rest.length).toBeGreaterThan(0);
    for (const f of rest) {
      expect(findings).not.toContain(escapeMarkdown(f.title));
      expect(md.slice(md.indexOf(`### ${s.alsoHeading}`))).toContain(`[${escapeMarkdown(f.title)}](${site}${f.docs})`);
    }
  });

  test('what stops the daemon joins the verdict\'s own finding, under a line that says so, as in the widget', () => {
    const text = labelledFixtures('synthetic').find((f) => f.file === 'journal-rootlesskit-3.0.2-port-driver-pesto-unknown.txt')!.text;
    const [main, stop, ...rest] = analyze(text).findings;
    const md = markdown(text);
    const findings = md.slice(md.indexOf(`### ${s.markdown.findings}`), md.indexOf(`### ${s.alsoHeading}`));
    expect(md).toContain(`\n\n${escapeMarkdown(en.stopped(stop!.title, false))}\n`);
    expect(findings).toContain(escapeMarkdown(main!.title));
    expect(findings).toContain(escapeMarkdown(stop!.title));
    for (const f of rest) expect(findings).not.toContain(escapeMarkdown(f.title));
  });

  test("names rootless BuildKit's daemon, not Docker's, where RootlessKit stops it in a paste of BuildKit's", () => {
    const text = labelledFixtures('wild').find((f) => f.file.startsWith('buildkit3297-'))!.text;
    expect(markdown(text)).toContain(`\n\n${escapeMarkdown(en.stopped(analyze(text).findings[0]!.title, true, false, true))}\n`);
    expect(markdown(text)).toContain("**BuildKit's daemon (buildkitd) cannot start as set up: the fix below comes first**");
  });

  test('an undecided verdict whose daemon cannot start says that first, and keeps "not enough to decide" to loopback ports (RS 4)', () => {
    const text = labelledFixtures('real').find((f) => f.file === 'error-journal-rootlesskit-pasta-autoscan-29.5.0-arch-1.txt')!.text;
    const r = analyze(text);
    expect([r.verdict, r.stops]).toEqual(['incomplete', 1]);
    expect(markdown(text).split('\n').slice(2, 5)).toEqual([
      "**Docker's daemon cannot start as set up: the fix below comes first**",
      '',
      `See "${escapeMarkdown(r.findings[0]!.title)}" below. Not enough to decide yet whether ports published on a loopback address reset connections.`,
    ]);
    const zh = toMarkdown({ result: analyze(text, { messages: zhCn }), messages: zhCn, strings: zhStrings, docsUrl: (path) => site + path, link: `${site}/checker/#v=1` });
    expect(zh.split('\n')[2]).toBe('**Docker 守护进程按现在的设置无法启动：先做下面的修复**');
    expect(zh.split('\n')).not.toContain(`**${zhCn.verdict.incomplete}**`);
  });

  test('calls an inference "inferred" in the facts and in the findings alike, never "assumed"', () => {
    const md = markdown(sample('incomplete'), { networkDriver: 'pasta' });
    expect(md).toContain(`[${escapeMarkdown(en.findings['port-driver-assumed-implicit']({}, SERVICE).title)}]`);
    expect(md).toContain(`implicit (${s.inferred})`);
    expect(md).not.toMatch(/assumed/i);
  });

  test("an undecided verdict's next step stands apart, as in the widget: a question to answer, not a warning found", () => {
    const text = labelledFixtures('real').find((f) => f.file.startsWith('mixed-systemctl-status-rootless-pasta-implicit-mtu1500'))!.text;
    const [step, ...rest] = analyze(text).findings;
    const md = markdown(text);
    const next = md.slice(md.indexOf(`### ${s.nextHeading}`), md.indexOf(`### ${s.markdown.findings}`));
    // The question's own paragraph comes with it (review 108 #4).
    expect(next).toContain(`\n[${escapeMarkdown(step!.title)}](${site}${step!.docs})\n\n${proseMarkdown(step!.detail)}\n\n${fenced(step!.fix!)}`);
    expect(md).not.toContain(`- [${escapeMarkdown(step!.title)}]`);
    expect(rest.map((f) => md.includes(`- [${escapeMarkdown(f.title)}](${site}${f.docs})`))).toEqual(rest.map(() => true));
  });

  test("every finding's commands are there under its title, not only the verdict's own: the MTU's drop-in beside the next step", () => {
    const text = labelledFixtures('real').find((f) => f.file.startsWith('mixed-systemctl-status-rootless-pasta-implicit-mtu1500'))!.text;
    const mtu = analyze(text).findings.find((f) => f.id === 'mtu-1500')!;
    const md = markdown(text);
    expect(md.slice(md.indexOf(`### ${s.fixLabel}`))).toContain(`**${escapeMarkdown(mtu.title)}**\n\n${fenced(mtu.fix!)}`);
  });

  test('an empty paste still gives a verdict and the commands to run next, but no certainty: nothing is decided', () => {
    const md = markdown('');
    expect(md).toContain(`**${escapeMarkdown(en.verdict.incomplete)}**`);
    for (const certainty of Object.values(en.certainty)) expect(md).not.toContain(escapeMarkdown(certainty(analyze('')).split(':')[0]!));
    expect(md).not.toContain(`### ${s.markdown.facts}`);
    expect(md).toContain('```sh\ndocker version');
  });
});

describe('toMarkdown in Chinese', () => {
  test('uses the Chinese strings and catalogue throughout', () => {
    const md = toMarkdown({
      result: analyze(sample('affected'), { messages: zhCn }),
      messages: zhCn,
      strings: zhStrings,
      docsUrl: (path) => `${site}/zh-cn${path}`,
      link: `${site}/zh-cn/checker/#v=1`,
    });
    expect(md).toContain(`## ${zhStrings.markdown.heading}`);
    expect(md).toContain(`\n**${escapeMarkdown(zhCn.verdict.affected)}**\n`);
    expect(md).toContain(`${site}/zh-cn/remediation/#upgrade`);
    expect(md).not.toContain(en.verdict.affected);
  });

  test('punctuates in Chinese: full-width colons and brackets, no space after them', () => {
    const result = analyze(sample('incomplete'), { messages: zhCn, answers: { networkDriver: 'pasta' } });
    const md = toMarkdown({ result, messages: zhCn, strings: zhStrings, docsUrl: (path) => site + path, link: `${site}/zh-cn/checker/#v=1` });
    expect(md).toContain(`- ${zhStrings.facts.networkDriver}：\`pasta\`（${zhStrings.answered}）`);
    expect(md).toContain(`- ${zhStrings.facts.portDriver}：\`implicit\`（${zhStrings.inferred}）`);
    expect(md).toMatch(new RegExp(`\\]\\(${site}/[^)]+\\)（${zhStrings.severity.info}）\n`));
    expect(md).toContain(`${zhStrings.markdown.link}：<${site}/zh-cn/checker/#v=1`);
    // Outside code, URLs and the English words kept as typed, no ASCII colon or bracket sits next to Chinese text.
    const prose = md
      .replace(/```[\s\S]*?```/g, '')
      .replace(/`[^`]*`/g, '')
      // A link's target, not the paragraph under it that a "](" would then seem to touch.
      .replace(/\]\(https?:\/\/[^\s)]+\)/g, ']')
      .replace(/https?:\/\/\S+/g, '');
    expect(prose).not.toMatch(/[\u4e00-\u9fff）][:(]|[:)(]\s*[\u4e00-\u9fff]/);
  });
});

describe('Markdown helpers', () => {
  test('escapeMarkdown neutralises markup characters', () => {
    expect(escapeMarkdown('a *b* _c_ [d](e) <f> `g` #h |i')).toBe('a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\#h \\|i');
  });

  test('escapeMarkdown leaves underscores inside words alone: they cannot make emphasis, and a ticket shows passt 2024_10_30 as printed', () => {
    expect(escapeMarkdown('passt 2024_10_30 and DOCKERD_ROOTLESS_ROOTLESSKIT_NET, not _this_ or 版本_2')).toBe('passt 2024_10_30 and DOCKERD_ROOTLESS_ROOTLESSKIT_NET, not \\_this\\_ or 版本_2');
  });

  test('inlineCode drops backticks, which could end the span early', () => {
    expect(inlineCode('Ubuntu `24`')).toBe('`Ubuntu 24`');
  });

  test('fenced uses a fence longer than any backtick run inside', () => {
    expect(fenced('echo hi')).toBe('```sh\necho hi\n```');
    expect(fenced('a ```` b', 'text')).toBe('`````text\na ```` b\n`````');
  });
});
