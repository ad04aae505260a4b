import { dockerEvents, rootlesskitThresholds } from '../../../engine/data/index.ts';
import { descriptionsByLang } from '../../content/data/descriptions.ts';
import { fact } from '../../content/fact-text.ts';
import type { DiagramData } from '../types.ts';
import { timelineDiagram, type TimelineWords } from './timeline.ts';

const describe = descriptionsByLang['zh-cn'];

/** What happened at each Docker event (Simplified Chinese). */
const dockerText: Record<keyof typeof dockerEvents, string> = {
  bugReported: 'moby/moby#48838 提交：pasta 下发布在回环地址上的端口连接被重置。',
  fixReleased: `Docker ${fact('dockerFixed')} 打包了已修复的 RootlessKit。`,
};

const words: TimelineWords = {
  title: '发布时间线：passt、RootlessKit 和 Docker',
  desc: `passt 在 ${fact('passtChange', { short: true })} 改变了回环映射；${dockerEvents.bugReported.date} 有人向 Docker 报告了这个问题；RootlessKit v${fact('rlkFixed')}（${fact('rlkFixedDate')}）和 Docker ${fact('dockerFixed')}（${fact('dockerFixedDate')}）带来了修复。每个点代表一次发布，带标注的点是与本问题相关的版本。`,
  caption: '本指南跟踪的所有版本，按日期排列。红色：变更与故障；绿色：最后的旧默认行为与各项修复；蓝色：其他里程碑；灰色：与本问题无关的版本。',
  lanes: ['passt', 'RootlessKit', 'Docker'],
  passt: {
    lastGoodDefault: '最后的旧默认',
    change: '变更 + 新参数',
    unDeprecated: '参数取消弃用',
    brokenWithRootlesskit: '破坏 RootlessKit',
    brokenFixed: '启动问题修复',
    semanticsRefined: '参数语义细化',
  },
  rootlesskit: {
    [rootlesskitThresholds.pastaDriver.version]: 'pasta 驱动',
    [fact('rlkLastUnfixed')]: '最后未修复版',
    [rootlesskitThresholds.hostLoToNsLo.version]: '修复',
    [rootlesskitThresholds.gvisorBuiltIn.version]: 'gvisor-tap-vsock',
    [rootlesskitThresholds.hostLoopbackBlocked.version]: '回环泄漏修复',
    [rootlesskitThresholds.pastaIpv6.version]: 'IPv6 修复',
  },
  docker: { bugReported: 'moby#48838 提交', fixReleased: `Docker ${fact('dockerFixed')}` },
  separator: '：',
  undated: (version: string) => `RootlessKit v${version}：tag 日期未经验证，未放在时间线上。`,
  // The same notes as the pages' tables (src/components/content/data/descriptions.zh-cn.ts).
  milestoneText: (key) => describe.milestone(key),
  rootlesskitNote: (release) => describe.rootlesskitNote(release),
  dockerText: (key) => dockerText[key] ?? dockerEvents[key].what,
};

/** Diagram 6: releases of passt, RootlessKit and Docker on one time axis, generated from the data module (Simplified Chinese). */
export const timelineZhCn: DiagramData = timelineDiagram(words);
