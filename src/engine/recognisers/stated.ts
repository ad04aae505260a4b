/**
 * A setup stated in a Chinese sentence as the reader's own ("我的环境：Arch Linux，docker 27.3.1（rootless），rootlesskit 版本是 2.3.1，
 * pasta --version 输出 pasta 2025_02_17.a1e48a0。"): each clause that is nothing but a tool and its version, a driver, or a command's output
 * quoted. Another's versions in prose ("说是 rootlesskit 2.3.2 修复了", "docker 27.5.1 开始自带 …", "升级到 27.5.1 就好了") are no clause of
 * the kind, or come in a sentence that says they are not the setup. Chinese is escaped, so that English pages load no Chinese.
 */
import { wraps, type Line } from '../clean.ts';
import { rank, type Sink } from '../facts.ts';
import { OUTPUT_SAID, reportPastaVersion } from './pasta-version.ts';
import { SYSTEM, writtenAnswers } from '../written.ts';

/** What every line this reads has: a word of one of its clauses (版本, 输出, 显示, 驱动, 是, Driver, rootless). */
export const statedWords = ['\u7248\u672c', '\u8f93\u51fa', '\u663e\u793a', '\u9a71\u52a8', '\u662f', 'Driver', 'rootless'];

// Chinese, or its full-width punctuation ("NetworkDriver: slirp4netns\uff0cPortDriver: builtin").
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
// A sentence ends at a full stop, a question or exclamation mark or a semicolon (ASCII ones before a blank or the line's end, as a
// version's dots have none).
const SENTENCE_END = /[\u3002\uff01\uff1f\uff1b]|[.!?;](?=\s|$)/;
const QUESTION = /^[\uff1f?]$/;
// A sentence that says its versions are not what runs here: a condition (如果, 假如, 要是, 的话, 就, 才), a fix or a threshold (修复, 解决, 需要, 至少,
// 以上, 开始, 自带), an upgrade or a plan (升级, 更新, 降级, 建议, 应该, 可以, 试试), another's word (说, 官方, 文档, 别人, 他, 她, 楼主, 例如, 比如),
// or the past (之前, 以前, 原来, 曾经).
const NOT_OWN =
  /\u5982\u679c|\u5047\u5982|\u8981\u662f|\u7684\u8bdd|\u5c31|\u624d|\u4fee\u590d|\u89e3\u51b3|\u9700\u8981|\u81f3\u5c11|\u4ee5\u4e0a|\u5f00\u59cb|\u81ea\u5e26|\u5347\u7ea7|\u66f4\u65b0|\u964d\u7ea7|\u5efa\u8bae|\u5e94\u8be5|\u53ef\u4ee5|\u8bd5\u8bd5|\u8bf4|\u5b98\u65b9|\u6587\u6863|\u522b\u4eba|\u4ed6|\u5979|\u697c\u4e3b|\u4f8b\u5982|\u6bd4\u5982|\u4e4b\u524d|\u4ee5\u524d|\u539f\u6765|\u66fe\u7ecf/;
// The reader's own label before a clause ("我的环境：", "环境：", "我这边", "本机", "现在", "目前"), taken off it.
const OWN_LABEL = /^(?:(?:\u6211\u7684)?(?:\u73af\u5883|\u914d\u7f6e|\u7248\u672c\u4fe1\u606f)[:\uff1a] *|(?:\u6211\u8fd9\u8fb9|\u6211\u8fd9\u91cc|\u672c\u673a|\u73b0\u5728|\u76ee\u524d)[:\uff1a]? *)/;
// Where docker version or docker info is named before the keys it prints ("docker version 里 NetworkDriver: pasta").
const SHOWN_IN = /^docker (?:version|info) ?(?:\u7684 ?)?(?:\u91cc|\u4e2d|\u663e\u793a|\u8f93\u51fa)?(?:\u7684)? */i;
const VERSION = String.raw`v?(\d+\.\d+\.\d+(?:-(?:ce|rc[\w.]*|beta[\w.]*))?)`;
// A tool and its version: "rootlesskit 版本是 2.3.1", "docker 版本 27.4.0", "docker 是 27.3.1", "docker 27.3.1". Not an issue form's field
// ("docker版本：27.3.1"), a setup written by hand that written.ts offers as answers.
const TOOL_VERSION = new RegExp(String.raw`^(docker|rootlesskit|slirp4netns)(?: ?\u7684)?(?: ?\u7248\u672c(?:\u53f7)?)?(?: ?(?:\u662f|\u4e3a))? ?${VERSION}$`, 'i');
// A command's output quoted after it: "pasta --version 输出 pasta 2025_02_17.a1e48a0", "rootlesskit --version 显示 rootlesskit version 2.3.1".
const PASTA_SAID = new RegExp(String.raw`^(?:pasta|passt) --version *${OUTPUT_SAID} *(?:pasta|passt)(?:\.avx2)? +(\S+)$`, 'i');
const ROOTLESSKIT_SAID = new RegExp(String.raw`^rootlesskit (?:--version|-v) *${OUTPUT_SAID} *rootlesskit version ${VERSION}$`, 'i');
// A driver said ("网络驱动是 slirp4netns", not the form's field "网络驱动：pasta") or docker version's key quoted ("NetworkDriver: pasta").
const DRIVER = /^(?:(?:(\u7f51\u7edc)|\u7aef\u53e3)\u9a71\u52a8 ?(?:\u662f|\u4e3a)|(?:(Network)|Port)Driver[:\uff1a]) *([a-z][\w-]*)$/i;
// docker version's RootlessKit version quoted: "rootlesskit Version: 2.3.1".
const COMPONENT_VERSION = new RegExp(String.raw`^rootlesskit Version[:\uff1a] *${VERSION}$`);
// A rootless daemon said: "rootless", "rootless 模式".
const ROOTLESS = /^rootless(?: ?\u6a21\u5f0f)?$/i;

/** One clause of a sentence, and the clauses of what a bracket after it holds. */
interface Clause {
  text: string;
  at: number;
  inner: { text: string; at: number }[];
  /** A comma or a bracket's close ends it, not the sentence's end. */
  closed?: boolean;
}

/** Reads a setup the reader states in Chinese sentences: only clauses that state it, in a sentence with nothing before them but such clauses, the reader's label or a system. */
export const stated = (lines: readonly Line[], sink: Sink): void => {
  for (const line of lines) {
    const t = line.trimmed;
    // A line that is a list written by hand ("docker 27.3.1，rootlesskit 2.3.1，pasta", "我的环境：…") is written.ts's, offered as answers,
    // after a quote's or a log's prefix too.
    if (!CJK.test(t) || Object.keys(writtenAnswers([{ ...line, prefix: undefined }])).length) continue;
    // A line as long as a hard wrap's piece may go on on the next: its last clause, unended, may be cut ("pasta 2025_06_11" of
    // "2025_06_11.0293c6f", "2.3.2" of "2.3.2？").
    const cut = wraps((line.prefix ?? '').length + line.text.length);
    let from = 0;
    while (from < t.length) {
      const end = SENTENCE_END.exec(t.slice(from));
      const to = end ? from + end.index : t.length;
      const sentence = t.slice(from, to);
      if (!(end && QUESTION.test(end[0])) && !NOT_OWN.test(sentence)) readSentence(sentence, from, line, sink, cut && !end);
      from = to + (end ? end[0].length : 0);
    }
  }
};

/**
 * Reads the clauses of one sentence (at `offset` in the line) from its start, up to the first that states nothing; `cut`: the sentence
 * ends the line unended, perhaps cut there, and its last clause is not read.
 */
function readSentence(sentence: string, offset: number, line: Line, sink: Sink, cut: boolean): void {
  const all = clauses(sentence);
  for (const [k, clause] of all.entries()) {
    if (cut && k === all.length - 1 && !clause.closed) return;
    const labelled = OWN_LABEL.exec(clause.text);
    const text = labelled ? clause.text.slice(labelled[0].length) : clause.text;
    const at = offset + clause.at + (labelled ? labelled[0].length : 0);
    if (!read(text, at, line, sink, false)) {
      if (!SYSTEM.test(text)) return;
      continue;
    }
    // A bracket after a stated clause says more of it: docker version's keys quoted ("（docker version 里 NetworkDriver: pasta）").
    for (const inner of clause.inner) {
      const shown = SHOWN_IN.exec(inner.text);
      const rest = shown ? inner.text.slice(shown[0].length) : inner.text;
      if (!read(rest, offset + inner.at + (shown ? shown[0].length : 0), line, sink, true)) break;
    }
  }
}

/** The clauses of a sentence, split at its commas; a bracket's clauses go with the clause before it. */
function clauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let current: Clause = { text: '', at: 0, inner: [] };
  let depth = 0;
  let inner = { text: '', at: 0 };
  // A clause's text ends at a comma, or at the bracket after it (what is in the bracket unclosed at the end is left out).
  const close = (closed: boolean): void => {
    if (current.text.trim() || current.inner.length) out.push({ ...current, text: current.text.trim(), at: current.at + current.text.length - current.text.trimStart().length, closed });
  };
  let opened = false;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    const comma = c === '\uff0c' || c === '\u3001' || c === ',';
    if (depth === 0 && (c === '\uff08' || c === '(')) {
      depth = 1;
      opened = true;
      inner = { text: '', at: i + 1 };
    } else if (depth === 1 && (c === '\uff09' || c === ')' || comma)) {
      const text = inner.text.trim();
      if (text) current.inner.push({ text, at: inner.at + inner.text.length - inner.text.trimStart().length });
      inner = { text: '', at: i + 1 };
      if (!comma) depth = 0;
    } else if (depth === 1) inner.text += c;
    else if (comma) {
      close(true);
      current = { text: '', at: i + 1, inner: [] };
      opened = false;
    } else current.text += c;
  }
  close(opened);
  return out;
}

/** Reports what one clause states (`quoted`: inside a bracket, where docker version's keys are quoted); says whether it stated anything. */
function read(text: string, at: number, line: Line, sink: Sink, quoted: boolean): boolean {
  const part = { ...line, decided: { at, length: text.length } };
  const tool = TOOL_VERSION.exec(text);
  if (tool) {
    const name = tool[1]!.toLowerCase();
    sink.fact(name === 'docker' ? 'dockerClientVersion' : name === 'rootlesskit' ? 'rootlesskitVersion' : 'slirp4netnsVersion', tool[2]!, rank.hint, part);
    return true;
  }
  const pasta = PASTA_SAID.exec(text);
  if (pasta) return reportPastaVersion(pasta[1]!, rank.binary, part, sink);
  // The output quoted counts as the output (pasta-version.ts, versions.ts); docker version's key quoted in prose as the reader's word.
  const said = ROOTLESSKIT_SAID.exec(text);
  const kit = said ?? (quoted ? COMPONENT_VERSION.exec(text) : null);
  if (kit) {
    sink.fact('rootlesskitVersion', kit[1]!, said ? rank.binary : rank.hint, part);
    return true;
  }
  const driver = DRIVER.exec(text);
  if (driver) return sink.driver(driver[1] || driver[2] ? 'networkDriver' : 'portDriver', driver[3]!.toLowerCase(), rank.hint, part);
  if (ROOTLESS.test(text)) {
    sink.fact('rootless', true, rank.hint, part);
    return true;
  }
  return false;
}
