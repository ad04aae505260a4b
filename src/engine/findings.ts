/** Severity and documentation link of every finding, and rendering a finding spec with a message catalogue. */
import { againByHand, containerdWords, SERVICE, type Apply } from './apply.ts';
import { droppedBy } from './hand-run.ts';
import type { DocsAnchor } from './docs-anchors.ts';
import type { FindingSpec, MessageId, Messages, Rendered } from './messages/types.ts';
import { byHandSource } from './rules/settings-source.ts';
import type { Finding, Severity } from './types.ts';

// E: an error that keeps Docker's daemon from running (RootlessKit, pasta or the service stops).
type Level = 'E' | 'e' | 'w' | 'i';
const levels = { E: 'error', e: 'error', w: 'warning', i: 'info' } as const satisfies Record<Level, Severity>;

// Compact, as this ships to the browser: severity letter, then the page section that explains the finding; a letter
// alone means the finding's own /troubleshooting/#<id> entry. After a space, the section for rootless containerd where the first is
// about Docker (docker version).
const table: { [K in MessageId]: Level | `${Level}${DocsAnchor}` | `${Level}${DocsAnchor} ${DocsAnchor}` } = {
  'rootful-daemon': 'i/problem/#who-is-affected',
  'rootlesskit-without-pasta': 'i/fix/#affected-versions',
  'docker-without-pasta': 'i/fix/#affected-versions',
  'other-network-driver': 'i/rootless-networking/#network-drivers',
  'containerd-net-default': 'i/diagnostics/#rootless-containerd',
  'nerdctl-as-root': 'w/diagnostics/#rootless-containerd',
  'port-driver-excludes-pasta': 'i/rootless-networking/#port-drivers',
  'port-driver-none': 'i/rootless-networking/#port-drivers',
  'port-driver-pesto': 'i/rootless-networking/#port-drivers',
  'pasta-predates-change': 'i/remediation/#pin-passt',
  'pasta-not-installed': 'i/rootless-networking/#network-drivers',
  'fixed-flag-seen': 'i/remediation/#verify',
  'fixed-rootlesskit': 'i/remediation/#verify',
  affected: 'e/remediation/#upgrade',
  'nothing-recognised': 'w/diagnostics/#collector',
  'written-setup': 'w/diagnostics/#collector',
  'own-report': 'w/diagnostics/#collector',
  'need-network-driver': 'w/diagnostics/#docker-version /diagnostics/#rootless-containerd',
  'need-rootlesskit-version': 'w/diagnostics/#docker-version /diagnostics/#rootless-containerd',
  'need-pasta-argv': 'w/remediation/#verify',
  'need-pasta-probe': 'w/diagnostics/#probe',
  'need-docker-output': 'w/diagnostics/#collector',
  'docker-desktop': 'i',
  'port-driver-assumed-implicit': 'i/rootless-networking/#port-drivers',
  'network-driver-from-implicit': 'i/rootless-networking/#port-drivers',
  'pasta-set-alone': 'w/rootless-networking/#port-drivers',
  'flags-cut': 'i',
  'rootlesskit-from-docker-version': 'i/fix/#affected-versions',
  'distribution-packaging': 'i/fix/#affected-versions',
  'pasta-version-unknown': 'i/diagnostics/#probe',
  'pasta-build-between-releases': 'w/pasta/#version-strings',
  'pasta-below-rootlesskit-minimum': 'w',
  'passt-dual-stack-failure': 'E',
  'passt-dual-stack-risk': 'w/compatibility/#passt-milestones',
  'pasta-start-failed': 'E',
  'mtu-1500': 'w',
  'ipv6-loopback-not-forwarded': 'w',
  'host-loopback-leak': 'w/security/#host-loopback-leak',
  'downgraded-below-fix': 'w/remediation/#upgrade',
  'pasta-port-driver-mismatch': 'E',
  'implicit-without-pasta': 'E',
  'pesto-unknown': 'E',
  'port-driver-pasta': 'E',
  'pesto-without-pasta': 'E',
  'secondary-loopback': 'w',
  'slirp4netns-port-driver-tcp': 'e',
  'bind-address-in-use': 'e',
  'host-network-mode': 'w',
  'two-daemons': 'i',
  'drop-in-not-loaded': 'w',
  'setting-ignored': 'w',
  'entrypoint-unread': 'w/diagnostics/#docker-version',
  'image-without-passt': 'E/diagnostics/#docker-version',
  'setting-not-applied': 'w/remediation/#systemd-drop-in',
  'context-system': 'w',
  'privileged-port': 'e',
  'slirp4netns-not-found': 'E',
  'pasta-not-found': 'E',
  'cannot-assign-address': 'e',
  'ubuntu-apparmor': 'w',
  'ipv6-disabled-kernel': 'E',
  'rootlesskit-failed': 'E',
  'daemon-failed': 'E',
  'service-failed': 'E',
  'no-systemd': 'E',
  'no-user-session': 'e',
  'setup-requirements': 'E',
  'run-as-root': 'E',
  'rootful-docker-running': 'E',
  'rootlesskit-missing': 'E',
  'network-driver-missing': 'E',
  'host-network-driver': 'E',
  'flags-pasta-option': 'E',
  'userns-unavailable': 'E',
  'id-map-failed': 'E',
  'tap-unavailable': 'E',
  'connection-reset-seen': 'i/problem/#symptom',
  'client-source-address-lost': 'w',
  'daemon-not-running': 'w',
  'socket-permission-denied': 'w',
  'podman-not-docker': 'i',
  'answer-contradicted': 'w/diagnostics/#docker-version',
  'facts-disagree': 'w',
  'machines-apart': 'w/diagnostics/#collector',
  'machine-with-reset': 'i/diagnostics/#collector',
  'input-truncated': 'w',
  'workaround-slirp4netns': 'i/remediation/#switch-to-slirp4netns',
  'workaround-nftables': 'i/security/#nftables',
};

/** Language-independent part of each finding: how serious it is, whether it stops the daemon, and which page explains it (for rootless containerd too, where another). */
export const findingMeta = Object.fromEntries(
  Object.entries(table).map(([id, m]) => {
    const [docs, containerdDocs] = m.slice(1).split(' ');
    return [id, { severity: levels[m[0] as Level], stops: m[0] === 'E', docs: docs || `/troubleshooting/#${id}`, containerdDocs }];
  }),
) as { [K in MessageId]: { severity: Severity; stops: boolean; docs: DocsAnchor; containerdDocs?: DocsAnchor } };

/** Whether finding `s` keeps the daemon in question from running: its id stops a daemon, and the spec does not say it is another. */
export const stopping = (s: FindingSpec): boolean => findingMeta[s.id].stops && s.stops !== false;

/** Whether a finding is a workaround: a fix instead of the others' (if the reader cannot upgrade), which the reader may not run. */
export const workaround = (id: MessageId): boolean => id.startsWith('workaround-');

/**
 * Renders a finding spec in the catalogue's language; `down`: the paste shows no daemon running (a finding that stops it, or none
 * answering); `apply`: how a fix takes effect on that daemon (apply.ts).
 */
export function render(s: FindingSpec, messages: Messages, down = false, apply: Apply = SERVICE): Finding {
  const m = (messages.findings[s.id] as (p: FindingSpec['params'], a: Apply) => Rendered)(s.params, apply);
  const meta = findingMeta[s.id];
  // A fix that FLAGS would still override, where the fix cannot rewrite FLAGS (rules/flags-kept.ts): the reader takes those flags out.
  const left = m.fix && 'remove' in s.params && s.params.remove?.length ? messages.flagsLeft(s.params.remove) : '';
  // Settings a shell exports: the fix is run there and the daemon started again by hand; beside the user service, the exports go too;
  // with neither in sight, the user service's fix, and what to do instead by hand.
  const shell = m.fix && 'shell' in s.params ? s.params.shell : undefined;
  // A fix that stands apart gives its own line, not the one the others share (typed-line.ts ownFix).
  const own = typeof apply.settingsIn === 'object' && apply.settingsIn.own;
  // Through sudo, which drops the exports, the fix is the command typed again as for settings typed before it, the exports in it too.
  const typed = shell === 'sudo' ? 'run' : shell;
  // The switch that dropped the exports is named where it is not sudo's or a login shell's (hand-run.ts droppedBy).
  const dropped = shell === 'sudo' ? messages.exported[typeof apply.settingsIn === 'object' ? droppedBy(apply.settingsIn.line) : 'sudo'] : '';
  // A container's settings where the container is a CI job's service: its own words.
  const note = typed === 'container' && apply.container?.service ? 'ci-service' : typed;
  const detail = m.detail + left + (byHandSource(typed) ? dropped + messages.exported[own ? 'run-own' : typed](againByHand(apply.containerd ? containerdWords(messages.byHand) : messages.byHand, down)) : note ? messages.exported[note] : '');
  // A line two of its facts came from is quoted once.
  const evidence = s.evidence.filter((e, i) => s.evidence.findIndex((o) => o.line === e.line) === i);
  return { id: s.id, severity: meta.severity, title: m.title, detail, evidence, ...(m.fix ? { fix: m.fix } : {}), docs: (apply.containerd && meta.containerdDocs) || meta.docs };
}
