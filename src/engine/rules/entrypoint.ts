/**
 * What docker:dind-rootless's entrypoint makes of the settings passed to its container: it runs no dockerd-rootless.sh, reads only some of
 * its variables, and passes flags of its own (data/core/docker.ts dindEntrypoint).
 */
import type { Line } from '../clean.ts';
import { dindBase, dindContainer, dindImageLine, envOptions, namesDind } from '../container.ts';
import { dindEntrypoint } from '../data/core/docker.ts';
import { dockerfileEnv } from '../dockerfile.ts';
import { quoting, type Collected, type Merged, type Observation } from '../facts.ts';
import type { Evidence, FactKey, Signal } from '../types.ts';

// A run's -e option on a line of its own: its lines not joined (each with a log's prefix, or wrapped).
const ENV_OPTION_LINE = /^(?:-e|--env)[ =]/;
/** Whether settings line `t` passes them to the image as another tool's run does (podman, nerdctl, Apple's container), or as a run's lines not joined do. */
const passedToImage = (t: string): boolean => ENV_OPTION_LINE.test(t) || (envOptions(t).length > 0 && namesDind(t));

// A Dockerfile's RUN that adds passt with Alpine's apk, as an image built on docker:dind-rootless must to run pasta.
const ADDS_PASST = /^RUN\b.*\bapk add\b.*\spasst(?:\s|$)/i;

// dockerd-rootless.sh's variables the entrypoint never reads, the fact each would set, and what the entrypoint passes instead.
const UNREAD: readonly { name: string; key: FactKey; passed: boolean | string }[] = [
  { name: 'PORT_DRIVER', key: 'portDriver', passed: dindEntrypoint.portDriver },
  { name: 'DISABLE_HOST_LOOPBACK', key: 'disableHostLoopback', passed: true },
  { name: 'DETACH_NETNS', key: 'detachNetns', passed: false },
];

/**
 * The line naming the image whose entrypoint reads the paste's settings, where rules/settings-source.ts sends them (quoted from the image's
 * reference): the docker:dind-rootless container's docker run, its service's or image: line, the FROM line of the Dockerfile built on it
 * whose ENV sets them, or the image's line where another tool's run passes them to it with -e (or a run's lines are not joined: not
 * `placed` where settings-source.ts sends them, whose fixes are then no container's); null where they are another daemon's, which
 * dockerd-rootless.sh reads.
 */
export function entrypointLine(lines: readonly Line[], sink: Collected): { line: Line; placed: boolean } | null {
  const box = dindContainer(lines, sink.settings);
  const image = box?.image;
  const named = image ? lines.find((l) => l.trimmed.includes(image)) : undefined;
  const built = !box?.run && !!dockerfileEnv(lines, sink.settings);
  const options = !box && !built && sink.settings.size > 0 && lines.every((l) => !sink.settings.has(l.n) || passedToImage(l.trimmed));
  const line = box?.run ?? (built ? dindBase(lines) : box ? (named ?? dindBase(lines)) : options ? dindImageLine(lines) : undefined);
  // A docker run line is long: its evidence shows the image.
  return !line ? null : { line: image && line.trimmed.includes(image) ? quoting(line, image) : line, placed: !options };
}

/**
 * Where the entrypoint reads the settings: marks the image's line (dind-entrypoint; stock-image where it is the official image, with no
 * passt, which no Dockerfile shown adds), and the lines that set variables it never reads (entrypoint-unread), and drops what those set (a
 * flag of FLAGS on the same line, which it reads, stays).
 */
export function readByEntrypoint(lines: readonly Line[], sink: Collected): void {
  const found = entrypointLine(lines, sink);
  if (!found) return;
  const image = found.line;
  sink.signal('dind-entrypoint', image);
  // The official image itself, which installs no passt, unless the Dockerfile shown adds it: said only where its fixes are the container's.
  if (found.placed && namesDind(image.trimmed) && !lines.some((l) => ADDS_PASST.test(l.trimmed))) sink.signal('stock-image', image);
  for (const l of lines) if (UNREAD.some((u) => sink.settings.get(l.n)?.has(u.name))) sink.signal('entrypoint-unread', l);
  // A flag of FLAGS is quoted from its dash.
  const fromVariable = (o: Observation, name: string): boolean => !!sink.settings.get(o.evidence.line)?.has(name) && !(o.evidence.part?.text ?? o.evidence.text).startsWith('-');
  sink.observations = sink.observations.filter((o) => !UNREAD.some((u) => u.key === o.key && fromVariable(o, u.name)));
}

/**
 * Fills, as deduced from the image, what docker:dind-rootless's entrypoint passes where no fact says otherwise (its mark, which a link
 * carries too): port driver builtin, unless more than the settings shows pasta (which RootlessKit starts with no such port driver: the
 * image's was changed where the paste does not show), host loopback disabled, no namespace detached. Mutates `m`.
 */
export function passedByEntrypoint(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>): void {
  const image = signals.get('dind-entrypoint');
  if (!image) return;
  // pasta shown by more than the settings: docker version's or docker info's answer, its process.
  const pastaShown = m.facts.networkDriver === 'pasta' && !!m.evidence.networkDriver?.some((e) => !m.settings?.has(e.line));
  for (const u of UNREAD) {
    if (m.facts[u.key] !== null || (u.key === 'portDriver' && (pastaShown || m.portDriverUnread))) continue;
    Object.assign(m.facts, { [u.key]: u.passed });
    m.inferred.add(u.key);
    m.evidence[u.key] = image;
  }
}
