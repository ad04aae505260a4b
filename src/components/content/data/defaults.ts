import { fact } from '../fact-text.ts';

/** One row of "what dockerd-rootless.sh picks by default"; strings may mark code with backticks. */
export interface DefaultsRow {
  docker: string;
  order: string;
  port: string;
  mtu: string;
}

const mtu = fact('mtuPasta');

/** dockerd-rootless.sh defaults per Docker Engine range (English). */
export const defaultsRows: readonly DefaultsRow[] = [
  {
    docker: `before ${fact('dockerPastaCapable')}`,
    order: `\`slirp4netns\` (≥ ${fact('slirpAutodetect')}), then \`vpnkit\`; the bundled RootlessKit has no pasta driver`,
    port: '`builtin`',
    mtu,
  },
  {
    docker: `${fact('dockerPastaCapable')} – ${fact('dockerLastMtu1500')}`,
    order: '`slirp4netns`, then `vpnkit`; pasta only when set explicitly together with port driver `implicit` (or `none`)',
    port: '`builtin`',
    mtu: `${mtu}; ${fact('mtuLegacy')} whenever the network driver is set explicitly`,
  },
  {
    docker: `${fact('dockerPastaFallback')}, and ${fact('dockerPastaFallback29')} up to before ${fact('dockerGvisorFallback')}`,
    order: '`slirp4netns`, then `pasta` (only when slirp4netns is not installed), then `vpnkit`',
    port: '`builtin` with slirp4netns, `implicit` with pasta',
    mtu,
  },
  {
    docker: `${fact('dockerGvisorFallback')} and later`,
    order: `\`slirp4netns\`, then \`pasta\`, then \`gvisor-tap-vsock\` (built into RootlessKit ${fact('rlkV3', { v: true })}); \`--detach-netns\` on by default`,
    port: '`builtin` with slirp4netns, `implicit` with pasta',
    mtu,
  },
];
