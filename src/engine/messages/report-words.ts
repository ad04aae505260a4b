/**
 * The words of the checker's own report in each language it writes: the catalogues, netcheck and the Markdown export take them from
 * here, and own-report.ts knows a report pasted back by them whatever the reader's language (a Chinese report in the English checker).
 */
import { literal } from '../any-of.ts';
import { FLAG } from '../data/core/rootlesskit.ts';
import type { Severity, Verdict } from '../types.ts';

export interface ReportWords {
  /** netcheck's word before the verdict's id ("Verdict: AFFECTED (confirmed)"). */
  verdict: string;
  /** The label before each finding's guide address, which ends the finding. */
  guide: string;
  /** The label over a finding's commands, which netcheck prints flush left under it. */
  commands: string;
  /** The Markdown export's label before the result's link, its last line. */
  link: string;
  /** The verdict's own words: the headline of every form of the report. */
  titles: Record<Verdict, string>;
  /** The fixed verdict's headline where pasta's argv decided it and RootlessKit's version shows no fix: a wrapper may add the flag. */
  flagSeen: string;
  /** The certainty sentence of a confirmed verdict, and the words around an inferred one's list: the line under the headline. */
  confirmed: string;
  inferred: [head: string, tail: string];
  /** netcheck's certainty sentence when it ran the commands itself (--collect): nothing was pasted. */
  collected: string;
  /** Each finding's severity, before its title. */
  severity: Record<Severity, string>;
  /** The words around a line's number where a row of the result names the line it was read from ("line 28", "第 28 行"). */
  line: [before: string, after: string];
  /**
   * The top note of a daemon the settings stop: the name of the daemon (of Docker, of BuildKit, rootless containerd), then the words around
   * the title of the problem. Where nothing is decided, the headline is the name of the daemon and `headline` (the stop comes first), and the
   * note under it the words `undecided` around the title, which keep "not enough to decide" to the question of loopback ports.
   */
  stopped: { daemon: [docker: string, buildkit: string, containerd: string]; words: [before: string, after: string]; headline: string; undecided: [before: string, after: string] };
  /**
   * netcheck's heading over a setup written by hand (what the widget offers as answers), and the words around the widget's button that
   * say how to use or confirm it.
   */
  written: { heading: string; confirm: [before: string, after: string] };
}

export const reportWords: Record<'en' | 'zh-cn', ReportWords> = {
  en: {
    verdict: 'Verdict',
    guide: 'Explained in the guide',
    commands: 'Commands',
    link: 'Checker result',
    titles: {
      affected: 'Affected: ports published on a loopback address reset connections',
      fixed: `Fixed: RootlessKit passes ${FLAG} to pasta`,
      'not-affected': 'Not affected',
      'not-rootless': 'Not rootless: only rootless Docker has this problem',
      incomplete: 'Not enough to decide yet',
    },
    flagSeen: `Fixed: pasta runs with ${FLAG}`,
    confirmed: 'Confirmed by what you pasted',
    inferred: ['Inferred, not seen: ', ' (see the findings)'],
    collected: "Confirmed by this machine's own output",
    severity: { error: 'Problem', warning: 'Warning', info: 'Note' },
    line: ['line ', ''],
    stopped: {
      daemon: ["Docker's daemon", "BuildKit's daemon (buildkitd)", 'Rootless containerd'], words: [' cannot run like this: see "', '" below.'],
      headline: ' cannot start as set up: the fix below comes first',
      undecided: ['See "', '" below. Not enough to decide yet whether ports published on a loopback address reset connections.'],
    },
    written: {
      heading: 'Written by hand, not read as output',
      confirm: ['The verdict does not rest on these. The checker\'s page takes them as your answers ("', '"); to confirm them, paste what this prints:'],
    },
  },
  'zh-cn': {
    verdict: '结论',
    guide: '指南中的解释',
    commands: '命令',
    link: '检查结果',
    titles: {
      affected: '受影响：发布在回环地址上的端口，连接会被重置',
      fixed: `已修复：RootlessKit 会给 pasta 传 ${FLAG}`,
      'not-affected': '不受影响',
      'not-rootless': '不是 rootless 模式：只有 rootless Docker 才有这个问题',
      incomplete: '信息还不够，暂时无法判断',
    },
    flagSeen: `已修复：pasta 运行时带有 ${FLAG}`,
    confirmed: '由你粘贴的内容直接确认',
    inferred: ['以下为推断，并非直接看到：', '（见下方诊断详情）'],
    collected: '由本机命令的输出直接确认',
    severity: { error: '问题', warning: '警告', info: '说明' },
    line: ['第 ', ' 行'],
    stopped: {
      daemon: ['Docker 守护进程', 'BuildKit 守护进程（buildkitd）', 'rootless containerd 守护进程'], words: ['这样无法运行：见下面的“', '”。'],
      headline: '按现在的设置无法启动：先做下面的修复',
      undecided: ['见下面的“', '”。发布在回环地址上的端口连接会不会被重置，信息还不够，暂时无法判断。'],
    },
    written: {
      heading: '手写的环境描述（没有当作命令输出读取）',
      confirm: ['结论没有用到这些内容。检查工具的页面可以把它们当作你的回答（“', '”）；要确认它们，请粘贴下面命令的输出：'],
    },
  },
};

/** A value with every string in it lower-cased (keys kept): the words as a report lower-cased whole reads them. */
const lowered = <T>(v: T): T =>
  (typeof v === 'string' ? v.toLowerCase() : Array.isArray(v) ? v.map(lowered) : Object.fromEntries(Object.entries(v as object).map(([k, x]) => [k, lowered(x)]))) as T;

/**
 * The report's words in every language, each as written and lower-cased: a report pasted back may have been lower-cased whole (by
 * hand, or by a chat tool), while a word in another case (setuptool's "[WARNING]") is someone else's.
 */
export const reportWordsPasted: readonly ReportWords[] = Object.values(reportWords).flatMap((l) => [l, lowered(l)]);

/** A regular expression's alternation of one of the report's words in every language, as written and lower-cased, escaped: "Verdict|verdict|结论". */
export const inAnyLanguage = (key: 'verdict' | 'guide' | 'commands' | 'link' | 'severity' | 'line'): string => [
  ...new Set(
    reportWordsPasted.flatMap((l) => (key === 'severity' ? Object.values(l.severity).map(literal) : key === 'line' ? [l.line.map(literal).join('\\d+')] : [literal(l[key])])),
  ),
].join('|');

/** Every headline of a report in `l`: the titles of the verdicts, and that of a daemon that cannot start where nothing is decided. */
export const headlines = (l: ReportWords): string[] => [...Object.values(l.titles), l.flagSeen, ...l.stopped.daemon.map((d) => d + l.stopped.headline)];

/** The headline in `lang` of an undecided verdict where a daemon cannot start ("… cannot start as set up: …"). */
export const blockedTitle = (lang: keyof typeof reportWords, buildkit: boolean, containerd = false): string => {
  const { daemon, headline } = reportWords[lang].stopped;
  return daemon[buildkit ? 1 : containerd ? 2 : 0] + headline;
};

/**
 * The top note of a daemon the settings stop, in `lang` ("… cannot run like this: see "…" below."), or under the headline
 * of an undecided verdict, which names the daemon, the problem alone (`undecided`).
 */
export const stoppedNote = (lang: keyof typeof reportWords, problem: string, buildkit: boolean, containerd = false, undecided = false): string => {
  const { daemon, words, undecided: around } = reportWords[lang].stopped;
  return undecided ? `${around[0]}${problem}${around[1]}` : `${daemon[buildkit ? 1 : containerd ? 2 : 0]}${words[0]}${problem}${words[1]}`;
};
