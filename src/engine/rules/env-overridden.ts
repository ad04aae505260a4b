/** A Dockerfile's ENV settings that a container's docker run sets again (-e): the container's environment holds the run's values. */
import type { Line } from '../clean.ts';
import { runsDind } from '../container.ts';
import { dockerfileEnvs } from '../dockerfile.ts';
import type { Collected } from '../facts.ts';
import { linesNumbered } from '../numbered.ts';
import type { FactKey } from '../types.ts';

// The fact each setting is read as (recognisers/env.ts).
export const FACT: Readonly<Record<string, FactKey>> = { NET: 'networkDriver', PORT_DRIVER: 'portDriver', MTU: 'mtu', DISABLE_HOST_LOOPBACK: 'disableHostLoopback' };

/**
 * Drops from Dockerfiles' ENV instructions the settings that a docker run passing the settings to a container (-e) sets too, and what
 * they were read as: docker run's -e replaces the image's ENV of the same name, whichever the paste shows first.
 */
export function dropOverriddenEnv(lines: readonly Line[], sink: Collected): void {
  const passed = passedByRun(lines, sink);
  if (!passed.size) return;
  // Each ENV line's fact keys that a run sets again.
  const gone = new Map<number, FactKey[]>();
  for (const env of dockerfileEnvs(lines, sink.settings)) {
    const set = sink.settings.get(env.n)!;
    const names = [...set.keys()].filter((name) => passed.has(name));
    for (const name of names) set.delete(name);
    if (!set.size) sink.settings.delete(env.n);
    if (names.length) gone.set(env.n, names.map((name) => FACT[name]).filter((key) => key !== undefined));
  }
  // (Without a setting set again, every observation stays: a long paste has thousands.)
  if (gone.size) sink.observations = sink.observations.filter((o) => !gone.get(o.evidence.line)?.includes(o.key));
}

/** The settings (their names without the prefix) that a docker run passing the settings to a container sets (-e). */
export const passedByRun = (lines: readonly Line[], sink: Collected): Set<string> =>
  new Set(linesNumbered(lines, sink.settings).filter((l) => runsDind(l.trimmed)).flatMap((l) => [...sink.settings.get(l.n)!.keys()]));
