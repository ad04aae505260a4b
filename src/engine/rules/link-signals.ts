/** The signals a link carries in place of the packages, restarts and settings it cannot carry. */
import type { Merged } from '../facts.ts';
import type { Evidence, Signal } from '../types.ts';
import { packagedSinceStart, restartedSince } from './context.ts';
import { containerdBuiltin } from './infer.ts';

/**
 * Sets the signals for what packages, restarts and settings tell of the RootlessKit that runs and of its port driver: RootlessKit packaged
 * since the daemon started, the default port driver of containerd-rootless.sh beside a pasta set alone, the rootless extras started since;
 * rootless containerd's RootlessKit set aside beside a rootful Docker; pasta named only by settings; and a pasta whose version is not the only one shown, or is only a package's.
 * Mutates `signals`.
 */
export function setLinkSignals(m: Merged, signals: Map<Signal, Evidence[]>): void {
  if (packagedSinceStart(m)) signals.set('rootlesskit-installed', m.evidence.rootlesskitVersion ?? []);
  const pastaAlone = m.facts.networkDriver === 'pasta' && m.facts.portDriver === null && !m.daemonShown;
  if (pastaAlone && containerdBuiltin(m)) signals.set('containerd-pasta-alone', m.evidence.networkDriver ?? []);
  if (m.packaged.has('rootlessExtrasVersion') && restartedSince(m, 'rootlessExtrasVersion')) signals.set('extras-started-since', m.evidence.rootlessExtrasVersion ?? []);
  const net = m.evidence.networkDriver;
  if (m.facts.networkDriver === 'pasta' && net?.length && net.every((e) => m.settings?.has(e.line))) signals.set('pasta-set-only', net);
  if (m.packaged.has('pastaVersion') || m.othersShown.has('pastaVersion')) signals.set('pasta-unsure', m.evidence.pastaVersion ?? []);
  if (m.containerdBesideRootful) signals.set('containerd-beside-rootful', m.evidence.rootless ?? []);
}
