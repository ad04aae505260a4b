/** The checker island's own words (those it loads with its script) in Simplified Chinese; commands and option names stay as typed. */
import type { IslandStrings } from './strings.ts';

export const zhCn: IslandStrings = {
  pasteLabel: '粘贴命令的输出',
  pasteHint:
    'docker version、docker info、rootlesskit --version、pasta --version、ps 或 systemctl status 的输出都可以，混在一起也没关系。内容只在你的浏览器里分析，不会被发送、保存，也不会放进链接。也可以把文本文件拖到这里。',
  fileTooBig: (limitMb) => `文件超过了 ${limitMb} MB，请只粘贴相关的部分。`,
  fileNotText: '这不是文本文件。请拖入保存下来的命令输出（.txt 或 .log）。',
  fileUnreadable: '无法读取这个文件。',
  clear: '清空',
  samplesLabel: '或者试试示例：',
  samples: {
    affected: '受影响（合成示例）',
    fixed: '已修复（合成示例）',
    'not-affected': 'slirp4netns（真实输出）',
    'not-rootless': 'rootful Docker（真实输出）',
    incomplete: '只有 docker info（真实输出）',
  },
  loading: '正在加载检查工具…',
  loadFailed: '检查工具未能加载：网络可能已断开，或网站刚刚更新。请重试，或刷新页面。',
  retry: '重试',
  empty: '请在上面粘贴输出，或者试试示例',
  nextHeading: '下一步',
  startTitle: '先从 docker version 开始',
  collectorIntro: ['也可以用', '收集命令', '一次收集全部信息：以运行 rootless Docker 的用户执行它，再把全部输出粘贴到上面。它不会改动任何东西。'],
  collectorLabel: '收集命令',
  dontKnow: '不知道：运行收集命令',
  apply: '确定',
  notUnderstood: '检查工具无法识别这个版本号。',
  colon: '：',
  copy: '复制代码',
  copied: '已复制',
  copyFailed: '这里无法使用剪贴板，请选中下面的文本手动复制。',
};
