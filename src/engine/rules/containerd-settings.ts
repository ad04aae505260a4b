/** Rootless containerd's settings (CONTAINERD_ROOTLESS_ROOTLESSKIT_*): the daemon they set is containerd's, never Docker's. */
import type { Line } from '../clean.ts';
import { rootlessContainerd } from '../data/core/containerd.ts';
import type { Collected } from '../facts.ts';
import { CONTAINERD_LINE_SIGNALS } from '../recognisers/env.ts';
import { typedAsRoot } from '../recognisers/nerdctl.ts';
import type { Evidence } from '../types.ts';

// What systemctl show answers for a unit that does not exist (its Environment= is then empty too), and a file of variables the unit
// loads, which its Environment= does not list (systemctl cat shows EnvironmentFile=, systemctl show EnvironmentFiles= with one named).
const NOT_FOUND = /^LoadState=not-found$/;
const ENV_FILE = /^EnvironmentFiles?=\S/;
const EMPTY = 'Environment=';

/**
 * Whether the answer of the unit of rootless containerd without its settings (`unset`, on lines `at`) shows NET unset: the unit exists,
 * loads no file of variables, and either the answer has a variable (systemd lists none for a unit it did not load) and nerdctl is not
 * typed as root (recognisers/nerdctl.ts, whose containers are those of the system containerd), or rootless containerd is shown by another
 * line (nerdctl typed, its setup tool, its script or RootlessKit, a line with one of its variables), as an empty answer comes for any
 * name, and for a user whose containerd is the system one.
 */
const netUnsetShown = (sink: Collected, lines: readonly Line[], unset: readonly Evidence[], at: ReadonlySet<number>): boolean =>
  !lines.some((l) => l.trimmed[0] === 'E' ? ENV_FILE.test(l.trimmed) : l.trimmed[0] === 'L' && NOT_FOUND.test(l.trimmed)) &&
  ((unset.some((e) => e.text.trim() !== EMPTY) && !lines.some(typedAsRoot)) ||
    [...(sink.signals.get('containerd-rootless') ?? []), ...(sink.signals.get('containerd-installed') ?? [])].some((e) => !at.has(e.line)) ||
    (sink.signals.get('containerd-settings') ?? []).some((e) => !at.has(e.line) && e.text.includes(rootlessContainerd.prefix)));

/** Drops the answer of the unit of rootless containerd without its settings where it does not show NET unset (netUnsetShown): it then shows nothing. */
export function weighNetUnset(sink: Collected, lines: readonly Line[]): void {
  const unset = sink.signals.get('containerd-net-unset');
  if (!unset) return;
  const at = new Set(unset.map((e) => e.line));
  if (netUnsetShown(sink, lines, unset, at)) return;
  sink.signals.delete('containerd-net-unset');
  const kept = (sink.signals.get('containerd-settings') ?? []).filter((e) => !at.has(e.line));
  if (kept.length) sink.signals.set('containerd-settings', kept);
  else sink.signals.delete('containerd-settings');
}

/**
 * Drops what the lines of rootless containerd's settings showed (facts, settings, signals) where the paste shows Docker's daemon (its
 * version, or it rootless): those settings are another engine's, and say nothing of it. Alone, they stand, and mark the fixes as containerd's.
 */
export function weighContainerdSettings(sink: Collected): void {
  const seen = sink.signals.get('containerd-settings');
  if (!seen) return;
  const lines = new Set(seen.map((e) => e.line));
  if (!sink.observations.some((o) => o.key === 'dockerServerVersion' || (o.key === 'rootless' && o.value === true))) {
    sink.signals.set('containerd-rootless', [...(sink.signals.get('containerd-rootless') ?? []), ...seen]);
    return;
  }
  sink.observations = sink.observations.filter((o) => !lines.has(o.evidence.line));
  for (const n of lines) sink.settings.delete(n);
  for (const id of CONTAINERD_LINE_SIGNALS) {
    const kept = (sink.signals.get(id) ?? []).filter((e) => !lines.has(e.line));
    if (kept.length) sink.signals.set(id, kept);
    else sink.signals.delete(id);
  }
}
