/** The languages netcheck writes in: the engine's catalogue and the widget's words around it, as on the site's checker. */
import { en, type Messages } from '../engine/index.ts';
import { reportWords, type ReportWords } from '../engine/messages/report-words.ts';
import { zhCn } from '../engine/messages/zh-cn.ts';
import { en as enStrings } from '../islands/checker/strings-en.ts';
import type { CheckerStrings } from '../islands/checker/strings.ts';
import { zhCn as zhCnStrings } from '../islands/checker/strings-zh-cn.ts';

export interface Words {
  messages: Messages;
  s: CheckerStrings;
  /** What the widget has no need of: a word for the verdict (a headline there), and the separator of a list of lines (buttons there). */
  verdict: string;
  list: string;
  /** The certainty of a confirmed verdict when netcheck ran the commands itself (report-words.ts): nothing was pasted. */
  collected: string;
  /** Words around a setup written by hand, which the widget offers as answers and netcheck only shows (report-words.ts). */
  written: ReportWords['written'];
}

export const words = {
  en: { messages: en, s: enStrings, verdict: reportWords.en.verdict, list: ', ', collected: reportWords.en.collected, written: reportWords.en.written },
  'zh-cn': { messages: zhCn, s: zhCnStrings, verdict: reportWords['zh-cn'].verdict, list: '、', collected: reportWords['zh-cn'].collected, written: reportWords['zh-cn'].written },
} as const satisfies Record<string, Words>;

export type CliLang = keyof typeof words;

/** The language to write in: --lang, else the locale's (LC_ALL, LC_MESSAGES, LANG: "zh_CN.UTF-8" is Chinese), else English. */
export function pickLang(option: string | null): CliLang {
  if (option !== null) return option as CliLang;
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  const locale = LC_ALL || LC_MESSAGES || LANG || '';
  return /^zh(?:[_-]|$)/i.test(locale) ? 'zh-cn' : 'en';
}
