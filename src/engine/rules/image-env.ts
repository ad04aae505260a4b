/** A Dockerfile's ENV instruction beside the host daemon it does not set: its settings are the image's daemon's, not that one's. */
import type { Line } from '../clean.ts';
import { dockerfileEnvs, fromLine, instructionLine } from '../dockerfile.ts';
import { rank, type Collected, type Observation } from '../facts.ts';
import type { FactKey, Signal } from '../types.ts';
import { FACT, passedByRun } from './env-overridden.ts';
import { setAsideLines } from './set-aside.ts';
import { dockerUnitLine } from './settings-source.ts';

type Driver = Extract<FactKey, 'networkDriver' | 'portDriver'>;

// What RootlessKit's refusals say the daemon was given: the driver each names, and whether it was given that driver or another.
const REFUSALS: readonly { id: Signal; key: Driver; value: string; given: boolean }[] = [
  { id: 'pasta-port-driver-refused', key: 'networkDriver', value: 'pasta', given: true },
  { id: 'pasta-port-driver-refused', key: 'portDriver', value: 'implicit', given: false },
  { id: 'pasta-port-driver-refused', key: 'portDriver', value: 'none', given: false },
  { id: 'implicit-without-pasta', key: 'portDriver', value: 'implicit', given: true },
  { id: 'implicit-without-pasta', key: 'networkDriver', value: 'pasta', given: false },
];

/** Whether driver `key` set to `value` contradicts what the daemon in the paste shows: the drivers it runs with (`running`, by key), or a refusal of its settings. */
function contradicts(sink: Collected, running: ReadonlyMap<Driver, ReadonlySet<unknown>>, key: Driver, value: unknown): boolean {
  if ([...(running.get(key) ?? [])].some((v) => v !== value)) return true;
  return REFUSALS.some((r) => r.key === key && sink.signals.has(r.id) && (value === r.value) !== r.given);
}

/** Whether an observation is of a driver. */
const isDriver = (o: Observation): o is Observation & { key: Driver } => o.key === 'networkDriver' || o.key === 'portDriver';

/**
 * Sets aside the settings of Dockerfiles' ENV instructions that are not the source of the daemon the paste shows: all of them, and the
 * release their FROM names, beside a systemd user unit (a drop-in, systemctl --user, the service's journal), which is the daemon in
 * question, as a shell's exports beside one are not read (settings-source.ts, `both`), or where a driver they set contradicts the daemon's
 * and no docker run's -e explains it; else each whose drivers contradict the daemon's (that -e then set them again).
 */
export function setAsideOtherImage(lines: readonly Line[], sink: Collected): void {
  const envs = new Set(dockerfileEnvs(lines, sink.settings).map((l) => l.n));
  if (!envs.size) return;
  // Its FROM goes too: the image's tag names the Docker release of the image's daemon, not the service's.
  // Line by line, up to the first line that shows the unit, rather than sifting every line twice first.
  if (lines.some((l) => dockerUnitLine(l) && !instructionLine(l.trimmed))) return setAsideLines(sink, new Set([...envs, ...fromLines(lines)]));
  const drivers = sink.observations.filter(isDriver);
  const running = new Map<Driver, Set<unknown>>();
  for (const o of drivers) if (o.rank === rank.running) (running.get(o.key) ?? running.set(o.key, new Set()).get(o.key)!).add(o.value);
  const contradicted = drivers.filter((o) => envs.has(o.evidence.line) && contradicts(sink, running, o.key, o.value));
  // A driver that no docker run's -e replaces (env-overridden.ts) and the daemon does not have: that daemon runs no image of these
  // Dockerfiles, so none of their settings or FROM's release are its own.
  const replaced = new Set([...passedByRun(lines, sink)].map((name) => FACT[name]));
  if (contradicted.some((o) => !replaced.has(o.key))) return setAsideLines(sink, new Set([...envs, ...fromLines(lines)]));
  setAsideLines(sink, new Set(contradicted.map((o) => o.evidence.line)));
}

/** The numbers of the lines that are a Dockerfile's FROM instruction. */
const fromLines = (lines: readonly Line[]): number[] => lines.filter((l) => fromLine(l.trimmed)).map((l) => l.n);
