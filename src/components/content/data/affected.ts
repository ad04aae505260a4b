import { fact } from '../fact-text.ts';
import type { Outcome } from './decision.ts';

/** A verdict group of the "who is affected" summary: a title and the conditions that define it (backticks mark code). */
export interface AffectedGroup {
  id: string;
  title: string;
  outcome: Outcome;
  conditions: readonly string[];
}

const change = fact('passtChange');

/** Who is affected, fixed, or safe for now (English), derived from the thresholds in the data module. */
export const affectedGroups: readonly AffectedGroup[] = [
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
      'any other network driver: `slirp4netns`, `vpnkit`, `lxc-user-nic`, `gvisor-tap-vsock`',
      'rootful Docker',
      'ports published on all addresses (`-p 8080:80`)',
    ],
  },
];
