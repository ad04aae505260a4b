import { fact } from '../fact-text.ts';

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

/** The decision table, most specific rows first (English). */
export const decisionRows: readonly DecisionRow[] = [
  { network: 'rootful Docker', port: '—', rootlesskit: '—', passt: '—', published: 'any', result: 'Works: no user-mode network stack involved.', outcome: 'ok' },
  { network: '`slirp4netns`, `vpnkit`, `gvisor-tap-vsock`', port: '`builtin` or `slirp4netns`', rootlesskit: 'any', passt: 'any', published: 'any', result: 'Works: pasta is not on the path.', outcome: 'ok' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `${first} – ${lastUnfixed}`, passt: `≥ ${change}`, published: '`127.0.0.1`', result: 'Connection reset by peer (the bug).', outcome: 'bad' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `${first} – ${lastUnfixed}`, passt: `≤ ${lastGood}`, published: '`127.0.0.1`', result: 'Works, until passt is upgraded.', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `≥ ${fixed}`, passt: `≥ ${change}`, published: '`127.0.0.1`', result: 'Works: the probe passes and the flag is set.', outcome: 'ok' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `≥ ${fixed}`, passt: `≤ ${lastGood}`, published: '`127.0.0.1`', result: 'Works: the probe fails harmlessly; old pasta keeps the old mapping.', outcome: 'ok' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `≥ ${fixed}`, passt: `${change} – before ${semantics}`, published: '`127.0.0.2` and other secondary loopback addresses', result: 'Likely reset: the flag maps every host loopback address to 127.0.0.1 (inferred from the code, not verified).', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: `≥ ${fixed}`, passt: `≥ ${semantics}`, published: '`127.0.0.2` and other secondary loopback addresses', result: 'Should work: the address is kept (inferred from the change, not verified).', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: 'any', passt: 'any', published: '`::1`', result: 'Not forwarded: RootlessKit passes `--ipv4-only` unless started with `--ipv6` (inferred).', outcome: 'warn' },
  { network: '`pasta`', port: '`implicit`', rootlesskit: 'any', passt: 'any', published: 'all addresses (`-p 8080:80`)', result: 'Works: the host listener accepts and the namespace listener is on every address (inferred from the mechanism).', outcome: 'ok' },
];
