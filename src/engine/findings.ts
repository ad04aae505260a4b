/** Severity and documentation link of every finding, and rendering a finding spec with a message catalogue. */
import type { DocsAnchor } from './docs-anchors.ts';
import type { FindingSpec, MessageId, Messages, Rendered } from './messages/types.ts';
import type { Finding, Severity } from './types.ts';

const e = 'error';
const w = 'warning';
const i = 'info';
const t = <K extends MessageId>(id: K): `/troubleshooting/#${K}` => `/troubleshooting/#${id}`;

/** Language-independent part of each finding: how serious it is and which page explains it. */
export const findingMeta: { [K in MessageId]: { severity: Severity; docs: DocsAnchor } } = {
  'rootful-daemon': { severity: i, docs: '/problem/#who-is-affected' },
  'rootlesskit-without-pasta': { severity: i, docs: '/fix/#affected-versions' },
  'docker-without-pasta': { severity: i, docs: '/fix/#affected-versions' },
  'other-network-driver': { severity: i, docs: '/rootless-networking/#port-drivers' },
  'port-driver-excludes-pasta': { severity: i, docs: '/rootless-networking/#port-drivers' },
  'port-driver-none': { severity: i, docs: '/rootless-networking/#port-drivers' },
  'pasta-predates-change': { severity: w, docs: '/remediation/#pin-passt' },
  'fixed-flag-seen': { severity: i, docs: '/remediation/#verify' },
  'fixed-rootlesskit': { severity: i, docs: '/remediation/#verify' },
  affected: { severity: e, docs: '/remediation/#upgrade' },
  'nothing-recognised': { severity: w, docs: '/diagnostics/#collector' },
  'need-network-driver': { severity: w, docs: '/diagnostics/#docker-version' },
  'need-rootlesskit-version': { severity: w, docs: '/diagnostics/#docker-version' },
  'need-pasta-argv': { severity: w, docs: '/remediation/#verify' },
  'need-docker-output': { severity: w, docs: '/diagnostics/#collector' },
  'port-driver-assumed-implicit': { severity: i, docs: '/rootless-networking/#port-drivers' },
  'rootlesskit-from-docker-version': { severity: i, docs: '/fix/#affected-versions' },
  'distribution-packaging': { severity: i, docs: '/fix/#affected-versions' },
  'pasta-version-unknown': { severity: i, docs: '/diagnostics/#probe' },
  'pasta-build-between-releases': { severity: w, docs: '/pasta/#version-strings' },
  'pasta-below-rootlesskit-minimum': { severity: w, docs: t('pasta-below-rootlesskit-minimum') },
  'passt-dual-stack-failure': { severity: e, docs: t('passt-dual-stack-failure') },
  'mtu-1500': { severity: w, docs: t('mtu-1500') },
  'ipv6-loopback-not-forwarded': { severity: w, docs: t('ipv6-loopback-not-forwarded') },
  'host-loopback-leak': { severity: w, docs: '/security/#host-loopback-leak' },
  'pasta-port-driver-mismatch': { severity: e, docs: t('pasta-port-driver-mismatch') },
  'implicit-without-pasta': { severity: e, docs: t('implicit-without-pasta') },
  'secondary-loopback': { severity: w, docs: t('secondary-loopback') },
  'slirp4netns-port-driver-tcp': { severity: e, docs: t('slirp4netns-port-driver-tcp') },
  'bind-address-in-use': { severity: e, docs: t('bind-address-in-use') },
  'slirp4netns-not-found': { severity: e, docs: t('slirp4netns-not-found') },
  'cannot-assign-address': { severity: e, docs: t('cannot-assign-address') },
  'ubuntu-apparmor': { severity: w, docs: t('ubuntu-apparmor') },
  'connection-reset-seen': { severity: i, docs: '/problem/#symptom' },
  'daemon-not-running': { severity: w, docs: t('daemon-not-running') },
  'podman-not-docker': { severity: i, docs: t('podman-not-docker') },
  'facts-disagree': { severity: w, docs: t('facts-disagree') },
  'input-truncated': { severity: w, docs: t('input-truncated') },
  'workaround-slirp4netns': { severity: i, docs: '/remediation/#switch-to-slirp4netns' },
  'workaround-nftables': { severity: i, docs: '/security/#nftables' },
};

/** Renders a finding spec in the catalogue's language. */
export function render(s: FindingSpec, messages: Messages): Finding {
  const m = (messages.findings[s.id] as (p: FindingSpec['params']) => Rendered)(s.params);
  const meta = findingMeta[s.id];
  return { id: s.id, severity: meta.severity, title: m.title, detail: m.detail, evidence: s.evidence, ...(m.fix ? { fix: m.fix } : {}), docs: meta.docs };
}
