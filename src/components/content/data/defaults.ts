import type { Lang } from '../../../i18n/languages.ts';
import { fact } from '../fact-text.ts';

/** One row of "what dockerd-rootless.sh picks by default"; strings may mark code with backticks. */
export interface DefaultsRow {
  docker: string;
  order: string;
  port: string;
  mtu: string;
}

const mtu = fact('mtuPasta');

/** dockerd-rootless.sh defaults per Docker Engine range (English); a no-break space (\u00a0) keeps ≥ with its version. */
const defaultsRows: readonly DefaultsRow[] = [
  {
    docker: `before ${fact('dockerPastaCapable')}`,
    order: `\`slirp4netns\` (≥\u00a0${fact('slirpAutodetect')}), then \`vpnkit\`; the bundled RootlessKit has no pasta driver`,
    port: '`builtin`',
    mtu: `${mtu} with auto-detected slirp4netns, otherwise ${fact('mtuLegacy')}`,
  },
  {
    docker: `${fact('dockerPastaCapable')} – ${fact('dockerLastNeverPicksPasta')}`,
    order: '`slirp4netns`, then `vpnkit`; pasta only when set explicitly together with port driver `implicit` (or `none`, which publishes nothing; use `implicit`)',
    port: '`builtin`',
    mtu: `${mtu} with auto-detected slirp4netns; ${fact('mtuLegacy')} with vpnkit, and whenever the network driver is set explicitly`,
  },
  {
    docker: `${fact('dockerPastaFallback')}, and ${fact('dockerPastaFallback29')} up to before ${fact('dockerGvisorFallback')}`,
    order: '`slirp4netns`, then `pasta` (only when slirp4netns is not installed), then `vpnkit`',
    port: '`builtin` with slirp4netns, `implicit` with pasta',
    mtu: `${mtu}; ${fact('mtuLegacy')} with vpnkit`,
  },
  {
    docker: `${fact('dockerGvisorFallback')} and later`,
    order: `\`slirp4netns\`, then \`pasta\` (only when slirp4netns is not installed); the last fallback is now \`gvisor-tap-vsock\` (built into RootlessKit ${fact('rlkGvisorBuiltIn', { v: true })}); \`--detach-netns\` on by default`,
    port: '`builtin` with slirp4netns, `implicit` with pasta',
    mtu: `${mtu}; ${fact('mtuLegacy')} with vpnkit or lxc-user-nic`,
  },
];

/** dockerd-rootless.sh defaults in Simplified Chinese, row for row the same as `defaultsRows`. */
const defaultsRowsZhCn: readonly DefaultsRow[] = [
  {
    docker: `${fact('dockerPastaCapable')} 之前`,
    order: `\`slirp4netns\`（≥\u00a0${fact('slirpAutodetect')}），其次 \`vpnkit\`；捆绑的 RootlessKit 没有 pasta 网络驱动`,
    port: '`builtin`',
    mtu: `自动检测到 slirp4netns 时为 ${mtu}，否则为 ${fact('mtuLegacy')}`,
  },
  {
    docker: `${fact('dockerPastaCapable')} – ${fact('dockerLastNeverPicksPasta')}`,
    order: '`slirp4netns`，其次 `vpnkit`；只有显式设置、并同时把端口驱动设为 `implicit`（或 `none`，但它不发布任何端口，应当用 `implicit`）时才用 pasta',
    port: '`builtin`',
    mtu: `自动检测到 slirp4netns 时为 ${mtu}；用 vpnkit 时，以及只要显式设置了网络驱动，就是 ${fact('mtuLegacy')}`,
  },
  {
    docker: `${fact('dockerPastaFallback')}，以及 ${fact('dockerPastaFallback29')} 至 ${fact('dockerGvisorFallback')} 之前`,
    order: '`slirp4netns`，其次 `pasta`（仅在未安装 slirp4netns 时），再次 `vpnkit`',
    port: 'slirp4netns 用 `builtin`，pasta 用 `implicit`',
    mtu: `${mtu}；用 vpnkit 时为 ${fact('mtuLegacy')}`,
  },
  {
    docker: `${fact('dockerGvisorFallback')} 及以后`,
    order: `\`slirp4netns\`，其次 \`pasta\`（仅在未安装 slirp4netns 时）；最后的后备选项改为 \`gvisor-tap-vsock\`（内置于 RootlessKit ${fact('rlkGvisorBuiltIn', { v: true })}）；默认启用 \`--detach-netns\``,
    port: 'slirp4netns 用 `builtin`，pasta 用 `implicit`',
    mtu: `${mtu}；用 vpnkit 或 lxc-user-nic 时为 ${fact('mtuLegacy')}`,
  },
];

/** The defaults table by page language. */
const byLang = { en: defaultsRows, 'zh-cn': defaultsRowsZhCn } satisfies Record<string, readonly DefaultsRow[]>;
export const defaultsRowsByLang: Record<Lang, readonly DefaultsRow[]> = byLang;
