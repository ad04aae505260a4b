import type { Lang } from '../../../i18n/languages.ts';
import { fact } from '../fact-text.ts';
import { codeList, otherNetworkDrivers } from './driver-lists.ts';

/** How a row ends: works, resets, or works/fails only by inference. */
export type Outcome = 'ok' | 'bad' | 'warn';

/** One row of the decision table; strings may mark code with backticks. */
export interface DecisionRow {
  network: string;
  port: string;
  rootlesskit: string;
  passt: string;
  published: string;
  result: string;
  outcome: Outcome;
}

const change = fact('passtChange', { short: true });
const lastGood = fact('passtLastGood', { short: true });
const semantics = fact('passtSemantics', { short: true });
const fixed = fact('rlkFixed');
const lastUnfixed = fact('rlkLastUnfixed');
const first = fact('rlkPasta');
const pesto = fact('rlkPesto');
const passtPesto = fact('passtPesto', { short: true });
const broken = fact('passtBroken', { short: true });
// A no-break space keeps ≥ and ≤ with their version when a narrow cell wraps.
const atLeast = (version: string): string => `≥\u00a0${version}`;
const atMost = (version: string): string => `≤\u00a0${version}`;

/**
 * The decision table, most specific rows first (English). In the passt column a range, two dates long, breaks only after its dash
 * (after its comma in Chinese), each end whole (no-break spaces; the cell keeps Chinese words whole: content.css).
 */
const decisionRows: readonly DecisionRow[] = [
  { network: 'rootful Docker', port: '—', rootlesskit: '—', passt: '—', published: 'any', result: 'Works: no user-mode network stack involved.', outcome: 'ok' },
  { network: codeList(otherNetworkDrivers, ', '), port: 'any but `implicit` and `pesto`', rootlesskit: 'any', passt: 'any', published: 'any', result: 'Works: pasta is not on the path.', outcome: 'ok' },
  { network: '`pasta`', port: '`none`', rootlesskit: 'any', passt: 'any', published: 'any', result: 'Not forwarded: RootlessKit passes `--tcp-ports=none`, so no published port reaches the host (and nothing is reset); use `implicit`.', outcome: 'warn' },
  { network: '`pasta`', port: '`pesto`', rootlesskit: atLeast(pesto), passt: atLeast(passtPesto), published: 'any IPv4 address', result: `Works: pasta forwards only the published ports, and Docker listens on the namespace's address (RootlessKit's tests publish on \`127.0.0.1\`). Whether ${broken} itself starts under RootlessKit with \`pesto\` is not verified.`, outcome: 'ok' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `${first} – ${lastUnfixed}`, passt: atLeast(change), published: '`127.0.0.1` or another IPv4 loopback address', result: 'Connection reset by peer (the bug).', outcome: 'bad' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `${first} – ${lastUnfixed}`, passt: atMost(lastGood), published: '`127.0.0.1`', result: 'Works, until passt is upgraded.', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: atLeast(fixed), passt: atLeast(change), published: '`127.0.0.1`', result: 'Works: the probe passes and the flag is set.', outcome: 'ok' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: atLeast(fixed), passt: atMost(lastGood), published: '`127.0.0.1`', result: 'Works: the probe fails harmlessly; old pasta keeps the old mapping.', outcome: 'ok' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: atLeast(fixed), passt: `${change}\u00a0– before\u00a0${semantics}`, published: '`127.0.0.2` and other secondary loopback addresses', result: 'Likely reset: the flag maps every host loopback address to 127.0.0.1 (inferred from the code, not verified).', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: atLeast(fixed), passt: atLeast(semantics), published: '`127.0.0.2` and other secondary loopback addresses', result: 'Should work: the address is kept (inferred from the change, not verified).', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: 'any', passt: atMost(lastGood), published: '`127.0.0.2` and other secondary loopback addresses', result: 'Likely reset: old pasta maps every host loopback address to 127.0.0.1, as the flag later did (inferred from the code, not verified).', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: 'any', passt: 'any', published: '`::1`', result: `Not forwarded: RootlessKit passes \`--ipv4-only\` unless started with \`--ipv6\`, which dockerd-rootless.sh does not pass; whether RootlessKit ${fact('rlkIpv6', { v: true })}'s IPv6 fix changes that is not verified.`, outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: 'any', passt: 'any', published: 'all addresses (`-p 8080:80`)', result: 'Works: the host listener accepts and the namespace listener is on every address (inferred from the mechanism).', outcome: 'ok' },
];

/** The decision table in Simplified Chinese, row for row the same as `decisionRows`. */
const decisionRowsZhCn: readonly DecisionRow[] = [
  { network: 'rootful Docker', port: '—', rootlesskit: '—', passt: '—', published: '任意', result: '正常：不经过任何用户态网络栈。', outcome: 'ok' },
  { network: codeList(otherNetworkDrivers, '、'), port: '`implicit`、`pesto` 以外', rootlesskit: '任意', passt: '任意', published: '任意', result: '正常：路径上没有 pasta。', outcome: 'ok' },
  { network: '`pasta`', port: '`none`', rootlesskit: '任意', passt: '任意', published: '任意', result: '不转发：RootlessKit 传的是 `--tcp-ports=none`，发布的端口都到不了宿主机（也就不会被重置）；请改用 `implicit`。', outcome: 'warn' },
  { network: '`pasta`', port: '`pesto`', rootlesskit: atLeast(pesto), passt: atLeast(passtPesto), published: '任意 IPv4 地址', result: `正常：pasta 只转发发布的端口，Docker 在命名空间地址上监听（RootlessKit 的测试在 \`127.0.0.1\` 上发布端口）。${broken} 本身能否在 RootlessKit 下以 \`pesto\` 启动，未经验证。`, outcome: 'ok' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `${first} – ${lastUnfixed}`, passt: atLeast(change), published: '`127.0.0.1` 或其他 IPv4 回环地址', result: 'Connection reset by peer（连接被对方重置，即本问题）。', outcome: 'bad' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `${first} – ${lastUnfixed}`, passt: atMost(lastGood), published: '`127.0.0.1`', result: '正常，但升级 passt 后就会出问题。', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: atLeast(fixed), passt: atLeast(change), published: '`127.0.0.1`', result: '正常：探测通过，参数已加上。', outcome: 'ok' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: atLeast(fixed), passt: atMost(lastGood), published: '`127.0.0.1`', result: '正常：探测失败但无害，旧版 pasta 保留旧的映射。', outcome: 'ok' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: atLeast(fixed), passt: `${change}\u00a0起，早于\u00a0${semantics}`, published: '`127.0.0.2` 等次要回环地址', result: '很可能被重置：该参数把所有宿主机回环地址都映射到 127.0.0.1（根据代码推断，未经验证）。', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: atLeast(fixed), passt: atLeast(semantics), published: '`127.0.0.2` 等次要回环地址', result: '应当正常：地址保持不变（根据该变更推断，未经验证）。', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: '任意', passt: atMost(lastGood), published: '`127.0.0.2` 等次要回环地址', result: '很可能被重置：旧版 pasta 把所有宿主机回环地址都映射到 127.0.0.1，和后来这个参数的做法一样（根据代码推断，未经验证）。', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: '任意', passt: '任意', published: '`::1`', result: `不转发：除非以 \`--ipv6\` 启动，RootlessKit 都会传 \`--ipv4-only\`，而 dockerd-rootless.sh 不传 \`--ipv6\`；RootlessKit ${fact('rlkIpv6', { v: true })} 对 IPv6 的修复是否改变这一点，尚未核实。`, outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: '任意', passt: '任意', published: '所有地址（`-p 8080:80`）', result: '正常：宿主机侧监听会接受连接，命名空间内的监听也在所有地址上（根据机制推断）。', outcome: 'ok' },
];

/** The decision table by page language. */
const byLang = { en: decisionRows, 'zh-cn': decisionRowsZhCn } satisfies Record<string, readonly DecisionRow[]>;
export const decisionRowsByLang: Record<Lang, readonly DecisionRow[]> = byLang;
