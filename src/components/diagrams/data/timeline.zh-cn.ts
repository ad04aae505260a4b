import { dockerEvents, passtMilestones, rootlesskitThresholds } from '../../../engine/data/index.ts';
import { fact } from '../../content/fact-text.ts';
import type { DiagramData } from '../types.ts';
import { timelineDiagram, type TimelineWords } from './timeline.ts';

/** What each passt milestone changed, for the text version (Simplified Chinese). */
const milestoneText: Record<keyof typeof passtMilestones, string> = {
  mapHostLoopback: '首个支持 --map-host-loopback 的版本。',
  lastGoodDefault: '默认仍把来自宿主机回环的连接送到命名空间回环的最后一个版本。',
  change: 'splice 的入站连接改为送到命名空间的外部地址；新增 --host-lo-to-ns-lo（标记为已弃用）。',
  unDeprecated: '--host-lo-to-ns-lo 不再标记为已弃用。',
  brokenWithRootlesskit: 'pasta 在 RootlessKit 下启动即退出：“Dual stack forward, but IPv6 not enabled”。',
  brokenFixed: '修复双栈转发导致的启动失败。',
  semanticsRefined: '使用 --host-lo-to-ns-lo 时，宿主机上的每个回环地址都映射到命名空间内的同一地址；与 --no-splice 同时使用会报错。',
};

/** What the site says about RootlessKit releases, by version (Simplified Chinese); the English data decides which releases have a note. */
const rootlesskitNotes: Record<string, string> = {
  [rootlesskitThresholds.pastaDriver.version]: '首个带 pasta 网络驱动的版本。',
  [fact('rlkLastUnfixed')]: '最后一个不含修复的版本。',
  [rootlesskitThresholds.hostLoToNsLo.version]: '首个向 pasta 传入 --host-lo-to-ns-lo 的版本。',
  [rootlesskitThresholds.sourceAddressBuiltin.version]: '内置 gvisor-tap-vsock；禁用 userland proxy 时，builtin 端口驱动会传递 TCP 连接的源地址。',
  [fact('rlkDateOpen')]: '发布说明未经验证。',
  [rootlesskitThresholds.hostLoopbackBlocked.version]: '在 --disable-host-loopback 下封堵宿主机回环路径（PR #612）。',
  [rootlesskitThresholds.pastaIpv6.version]: 'net/pasta：修复 IPv6 支持（PR #620）。',
};

/** What happened at each Docker event (Simplified Chinese). */
const dockerText: Record<keyof typeof dockerEvents, string> = {
  bugReported: 'moby/moby#48838 提交：pasta 下发布在回环地址上的端口连接被重置。',
  fixReleased: `Docker ${fact('dockerFixed')} 打包了已修复的 RootlessKit。`,
};

const words: TimelineWords = {
  title: '发布时间线：passt、RootlessKit 和 Docker',
  desc: `passt 在 ${fact('passtChange', { short: true })} 改变了回环映射；${dockerEvents.bugReported.date} 有人向 Docker 报告了这个问题；RootlessKit v${fact('rlkFixed')}（${fact('rlkFixedDate')}）和 Docker ${fact('dockerFixed')}（${fact('dockerFixedDate')}）带来了修复。每个点代表一次发布，带标注的点是与本问题相关的版本。`,
  caption: '本指南跟踪的所有版本，按日期排列。红色：变更与故障；绿色：最后的旧默认行为与各项修复。',
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
    [rootlesskitThresholds.sourceAddressBuiltin.version]: 'gvisor-tap-vsock',
    [rootlesskitThresholds.hostLoopbackBlocked.version]: '回环泄漏修复',
    [rootlesskitThresholds.pastaIpv6.version]: 'IPv6 修复',
  },
  docker: { bugReported: 'moby#48838 提交', fixReleased: `Docker ${fact('dockerFixed')}` },
  separator: '：',
  undated: (version: string) => `RootlessKit v${version}：标签日期未经验证，未放在时间线上。`,
  milestoneText: (key) => milestoneText[key] ?? passtMilestones[key].what,
  rootlesskitNote: (release) => (release.note ? (rootlesskitNotes[release.version] ?? release.note) : undefined),
  dockerText: (key) => dockerText[key] ?? dockerEvents[key].what,
};

/** Diagram 6: releases of passt, RootlessKit and Docker on one time axis, generated from the data module (Simplified Chinese). */
export const timelineZhCn: DiagramData = timelineDiagram(words);
