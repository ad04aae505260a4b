/** Rootless BuildKit beside Docker's daemon: RootlessKit's errors are then not told apart, and stay Docker's. */
import type { Line } from '../clean.ts';
import type { Collected, Merged } from '../facts.ts';

// Docker's daemon or its scripts named (dockerd, dockerd-rootless.sh, dockerd-rootless-setuptool.sh), in a line or its prefix.
const DOCKERD = /\bdockerd\b/;

/**
 * Removes signal buildkit where the paste shows Docker's rootless daemon too (its facts, or dockerd named): the signal means that what
 * stops RootlessKit stops buildkitd, which is only sure where nothing else runs in RootlessKit.
 */
export function dropBuildkitBesideDocker(m: Merged, sink: Collected, lines: readonly Line[]): void {
  if (!sink.signals.has('buildkit')) return;
  if (m.facts.rootless === true || lines.some((l) => DOCKERD.test(l.text) || (!!l.prefix && DOCKERD.test(l.prefix)))) sink.signals.delete('buildkit');
}
