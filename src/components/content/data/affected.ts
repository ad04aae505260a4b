import type { Lang } from '../../../i18n/languages.ts';
import { fact } from '../fact-text.ts';
import type { Outcome } from './decision.ts';
import { codeList, otherNetworkDrivers } from './driver-lists.ts';

/** A verdict group of the "who is affected" summary: a title and the conditions that define it (backticks mark code). */
export interface AffectedGroup {
  id: string;
  title: string;
  outcome: Outcome;
  conditions: readonly string[];
}

const change = fact('passtChange');

/** Who is affected, fixed, or safe for now (English), derived from the thresholds in the data module. */
const affectedGroups: readonly AffectedGroup[] = [
  {
    id: 'affected',
    title: 'Affected: all of these hold',
    outcome: 'bad',
    conditions: [
      'rootless Docker with network driver `pasta` and port driver `implicit`',
      `RootlessKit ${fact('rlkPasta', { v: true })} – ${fact('rlkLastUnfixed', { v: true })} (stock Docker up to ${fact('dockerLastUnfixed')})`,
      `passt ${change} or newer`,
      'a port published on a loopback address, e.g. `-p 127.0.0.1:8080:80`',
    ],
  },
  {
    id: 'fixed',
    title: 'Fixed',
    outcome: 'ok',
    conditions: [
      `RootlessKit ${fact('rlkFixed', { v: true })} or newer, with any passt that accepts \`--host-lo-to-ns-lo\` (every passt from ${change})`,
      `stock Docker ${fact('dockerFixed')} or newer (docker-ce-rootless-extras or the static rootless tarball)`,
    ],
  },
  {
    id: 'not-yet',
    title: 'Not affected yet',
    outcome: 'warn',
    conditions: [
      `passt older than ${change} with any RootlessKit — but upgrading passt alone breaks it while RootlessKit stays below ${fact('rlkFixed', { v: true })}`,
    ],
  },
  {
    id: 'not-affected',
    title: 'Not affected',
    outcome: 'ok',
    conditions: [
      `any other network driver: ${codeList(otherNetworkDrivers, ', ')}`,
      'rootful Docker',
      'ports published on all addresses (`-p 8080:80`)',
    ],
  },
];

/** The "who is affected" summary in Simplified Chinese, group for group the same as `affectedGroups`. */
const affectedGroupsZhCn: readonly AffectedGroup[] = [
  {
    id: 'affected',
    title: '受影响：以下条件同时满足',
    outcome: 'bad',
    conditions: [
      'rootless Docker，网络驱动为 `pasta`，端口驱动为 `implicit`',
      `RootlessKit ${fact('rlkPasta', { v: true })} – ${fact('rlkLastUnfixed', { v: true })}（官方 Docker 软件包截至 ${fact('dockerLastUnfixed')}）`,
      `passt ${change} 或更新版本`,
      '端口发布在回环地址上，例如 `-p 127.0.0.1:8080:80`',
    ],
  },
  {
    id: 'fixed',
    title: '已修复',
    outcome: 'ok',
    conditions: [
      `RootlessKit ${fact('rlkFixed', { v: true })} 或更新版本，搭配任何接受 \`--host-lo-to-ns-lo\` 的 passt（${change} 起的所有 passt 都接受）`,
      `官方 Docker ${fact('dockerFixed')} 或更新版本（docker-ce-rootless-extras 或静态 rootless 压缩包）`,
    ],
  },
  {
    id: 'not-yet',
    title: '暂未受影响',
    outcome: 'warn',
    conditions: [
      `passt 早于 ${change}，RootlessKit 为任意版本；但只要 RootlessKit 仍低于 ${fact('rlkFixed', { v: true })}，单独升级 passt 就会触发问题`,
    ],
  },
  {
    id: 'not-affected',
    title: '不受影响',
    outcome: 'ok',
    conditions: [
      `其他任何网络驱动：${codeList(otherNetworkDrivers, '、')}`,
      'rootful Docker',
      '发布在所有地址上的端口（`-p 8080:80`）',
    ],
  },
];

/** The summary by page language. */
const byLang = { en: affectedGroups, 'zh-cn': affectedGroupsZhCn } satisfies Record<string, readonly AffectedGroup[]>;
export const affectedGroupsByLang: Record<Lang, readonly AffectedGroup[]> = byLang;
