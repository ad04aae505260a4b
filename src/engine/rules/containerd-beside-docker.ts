/** The RootlessKit of rootless containerd beside the user unit of Docker alone: what its argv says is not of the daemon in question. */
import type { Collected } from '../facts.ts';
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
