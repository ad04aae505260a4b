/**
 * The words of the checker in Simplified Chinese: those of the island itself (island-strings-zh-cn.ts) and of a result
 * (result-strings-zh-cn.ts), and those made of the catalogue and data of the engine, which the page gives the island at build time
 * (CheckerIsland.astro) so that its script does not load the engine with them.
 */
import { PS } from '../../engine/commands.ts';
import { rootlesskit } from '../../engine/data/core/rootlesskit.ts';
import { zhCn as messages } from '../../engine/messages/zh-cn.ts';
import { reportWords } from '../../engine/messages/report-words.ts';
import { zhCn as own } from './island-strings-zh-cn.ts';
import { zhCn as result } from './result-strings-zh-cn.ts';
import type { BuiltStrings, CheckerStrings } from './strings.ts';

export const built: BuiltStrings = {
  facts: messages.facts,
  questions: {
    networkDriver: {
      text: '你知道守护进程用的是哪个网络驱动吗？',
      choices: { pasta: 'pasta', slirp4netns: 'slirp4netns', vpnkit: 'vpnkit' },
    },
    portDriver: {
      text: '守护进程用的是哪个端口驱动？',
      choices: { implicit: 'implicit', builtin: 'builtin', slirp4netns: 'slirp4netns', none: 'none' },
    },
    rootlesskitVersion: { text: 'RootlessKit 版本（rootlesskit --version）', placeholder: `例如 ${rootlesskit.hostLoToNsLo.version}` },
    hostLoToNsLo: {
      text: `${PS} 的输出里有 --host-lo-to-ns-lo 吗？`,
      choices: { true: '有', false: '没有' },
    },
    pastaAcceptsHostLoToNsLo: {
      text: '探测命令输出的是什么？',
      choices: { true: '0（支持）', false: '其他数字' },
    },
    rootless: { text: '守护进程是 rootless 模式吗？', choices: { true: '是', false: '不是，以 root 运行' } },
  },
  severity: reportWords['zh-cn'].severity,
  fixLabel: reportWords['zh-cn'].commands,
  docsLink: reportWords['zh-cn'].guide,
  markdown: { heading: 'Rootless Docker：发布在回环地址上的端口', facts: '识别出的信息', findings: '诊断详情', link: reportWords['zh-cn'].link },
};

export const zhCn: CheckerStrings = { ...own, ...result, ...built };
