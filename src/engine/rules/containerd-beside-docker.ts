/** The RootlessKit of rootless containerd beside the user unit of Docker alone, or beside a rootful Docker: what its argv says is not of the daemon in question. */
import { rank, type Collected } from '../facts.ts';
import type { FactKey } from '../types.ts';
import { setAsideLines } from './set-aside.ts';

/**
 * Sets aside what the running RootlessKit of rootless containerd was read as (its drivers, MTU and flags) where lines name the user unit
 * of Docker and none that of containerd (recognisers/nerdctl.ts): Docker is the daemon in question, and its own RootlessKit is another.
 * Where nerdctl was typed as the user to publish a port too, the reader uses that containerd, and the failure of Docker is beside the
 * question: the unit of Docker is no longer taken as named (apply.ts), and the facts of containerd stand (reviews R129 j01, R130 n01).
 */
export function setAsideContainerdRootlesskit(sink: Collected): void {
  if (!sink.signals.has('docker-unit-named') || sink.signals.has('containerd-unit-named')) return;
  const read = new Set(sink.observations.map((o) => o.evidence.line));
  const running = new Set((sink.signals.get('containerd-rootless') ?? []).map((e) => e.line).filter((n) => read.has(n)));
  if (running.size && sink.signals.has('nerdctl-published')) sink.signals.delete('docker-unit-named');
  else setAsideLines(sink, running);
}

// What a running RootlessKit and the pasta it runs show, and its binary's version: a rootful Docker runs neither.
export const UNDER_ROOTLESSKIT: readonly FactKey[] = ['rootlesskitVersion', 'networkDriver', 'portDriver', 'mtu', 'hostLoToNsLo', 'disableHostLoopback', 'detachNetns', 'ipv4Only'];

/**
 * Sets aside what RootlessKit and pasta were read as (drivers, flags, versions) where the RootlessKit read runs rootless containerd (its
 * state directory or script, recognisers/process.ts) and Docker's daemon answers that it is rootful, with nothing saying Docker is rootless:
 * dockerd-rootless.sh runs Docker under a RootlessKit of its own, so none of these is Docker's, as Podman's pasta is not (review R135 33:
 * nerdctl's RootlessKit 2.3.1 gave a rootful Docker a leak). Says whether it did.
 */
export function setAsideContainerdBesideRootful(sink: Collected): boolean {
  const containerd = sink.signals.get('containerd-rootless');
  if (!containerd) return false;
  const rootful = sink.observations.some((o) => o.key === 'rootless' && o.value === false && o.rank >= rank.running);
  if (!rootful || sink.observations.some((o) => o.key === 'rootless' && o.value === true)) return false;
  const read = new Set(sink.observations.map((o) => o.evidence.line));
  if (!containerd.some((e) => read.has(e.line))) return false;
  setAsideLines(sink, new Set(sink.observations.filter((o) => UNDER_ROOTLESSKIT.includes(o.key)).map((o) => o.evidence.line)));
  return true;
}
