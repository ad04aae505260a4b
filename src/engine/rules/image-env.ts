/** A Dockerfile's ENV instruction beside the host daemon it does not set: its settings are the image's daemon's, not that one's. */
import type { Line } from '../clean.ts';
import { dockerfileEnvs, instructionLine } from '../dockerfile.ts';
import { rank, type Collected } from '../facts.ts';
import type { FactKey, Signal } from '../types.ts';
import { setAsideLines } from './set-aside.ts';
import { unitShown } from './settings-source.ts';

type Driver = Extract<FactKey, 'networkDriver' | 'portDriver'>;

// What RootlessKit's refusals say the daemon was given: the driver each names, and whether it was given that driver or another.
const REFUSALS: readonly { id: Signal; key: Driver; value: string; given: boolean }[] = [
  { id: 'pasta-port-driver-refused', key: 'networkDriver', value: 'pasta', given: true },
  { id: 'pasta-port-driver-refused', key: 'portDriver', value: 'implicit', given: false },
  { id: 'pasta-port-driver-refused', key: 'portDriver', value: 'none', given: false },
  { id: 'implicit-without-pasta', key: 'portDriver', value: 'implicit', given: true },
  { id: 'implicit-without-pasta', key: 'networkDriver', value: 'pasta', given: false },
];

/** Whether driver `key` set to `value` contradicts what the daemon in the paste shows: the drivers it runs with, or a refusal of its settings. */
function contradicts(sink: Collected, key: Driver, value: unknown): boolean {
  if (sink.observations.some((o) => o.key === key && o.rank === rank.running && o.value !== value)) return true;
  return REFUSALS.some((r) => r.key === key && sink.signals.has(r.id) && (value === r.value) !== r.given);
}

/**
 * Sets aside the settings of Dockerfiles' ENV instructions that are not the source of the daemon the paste shows: all of them beside a
 * systemd user unit (a drop-in, systemctl --user, the service's journal), which is the daemon in question, as a shell's exports beside
 * one are not read (settings-source.ts, `both`); else each whose drivers contradict the daemon's, which then cannot have read them.
 */
export function setAsideOtherImage(lines: readonly Line[], sink: Collected): void {
  const envs = dockerfileEnvs(lines, sink.settings);
  if (!envs.length) return;
  const unit = unitShown(lines.filter((l) => !instructionLine(l.trimmed)));
  const drivers = (n: number) => sink.observations.filter((o) => o.evidence.line === n && (o.key === 'networkDriver' || o.key === 'portDriver'));
  const other = envs.filter((l) => unit || drivers(l.n).some((o) => contradicts(sink, o.key as Driver, o.value)));
  setAsideLines(sink, new Set(other.map((l) => l.n)));
}
