/**
 * A daemon in a docker:dind-rootless container, its settings passed to that container: on docker run's command line (-e, --env), or in a
 * Compose file's environment: or a Kubernetes container's env: beside the image, or a CI job's service (ci-service.ts). No user service
 * runs there: its fixes recreate the container with the settings or the image's tag changed (the service: the job run again), and its
 * checks run in it through docker exec (the service's: through the job's client).
 */
import type { Line } from './clean.ts';
import { serviceLines } from './ci-service.ts';
import { dindRootlessImage as image, rootlessSettings } from './data/core/docker.ts';
import { dockerfileEnvs, fromLine } from './dockerfile.ts';
import { ASSIGNMENT } from './hand-run.ts';
import { linesNumbered } from './numbered.ts';
import { formOf, type EnvironmentForm } from './yaml-env.ts';

// The image named with any tag (docker:dind-rootless, docker:27-dind-rootless, docker:27.3.1-dind-rootless), where the reference starts.
const ANY_TAG = new RegExp(String.raw`(^|[\s"'=/])${image.repository}:[\w.-]*?-?${image.variant.slice(1)}(?=$|[\s"'@])`);
// docker run or create, as typed (sudo before it too).
const RUN = /^(?:sudo +)?docker +(?:container +)?(?:run|create)\s/;
// Its container's name.
const NAME = /\s--name[ =]["']?([\w.-]+)/;
// A YAML file's image: line (a Kubernetes container's may be a list's item).
const IMAGE_LINE = /^(?:- +)?image: /;
// One of the settings as docker run passes it: -e or --env, then NAME=value, or that whole word in quotes (-e 'NAME=a b').
const ENV_OPTION = new RegExp(String.raw`(?:^|\s)(?:-e|--env)[ =]('${rootlessSettings.prefix}\w+=[^']*'|"${rootlessSettings.prefix}\w+=[^"]*"|${rootlessSettings.prefix}${ASSIGNMENT})`, 'g');

/** What a fix names a container by where the paste shows no name. */
export const CONTAINER = 'CONTAINER';

/** The container a paste's daemon runs in, where its settings are passed to it: its docker run line, if typed, and its name, if given. */
export interface Container {
  run: Line | null;
  name: string | null;
  /** How the file that passes the settings writes them, where no docker run does. */
  form: EnvironmentForm | null;
  /** The docker:dind-rootless image's reference as written (registry and tag too), where the paste names it. */
  image: string | null;
}

/**
 * The docker:dind-rootless container whose settings the last line setting one passes to it (docker run, a Compose or Kubernetes file's
 * environment), or the last docker run passing them that only Dockerfiles' ENV instructions follow (its -e overrides them), or a CI job's
 * service of that image, or of another image whose variables set them (ciService), or null.
 */
export function dindContainer(lines: readonly Line[], settings: ReadonlyMap<number, unknown>): Container | null {
  const set = linesNumbered(lines, settings);
  const last = set.at(-1);
  const service = ciService(lines, last);
  if (!last) return service;
  const envs = new Set(dockerfileEnvs(lines, settings).map((l) => l.n));
  const run = set.findLast((l) => runsDind(l.trimmed) && ANY_TAG.test(l.trimmed)) ?? (builtOnDind(lines) ? set.findLast((l) => runsDind(l.trimmed)) : undefined);
  if (run && set.every((l) => l.n <= run.n || envs.has(l.n))) return { run, name: NAME.exec(run.trimmed)?.[1] ?? null, form: null, image: reference(run.trimmed) };
  if (service && !RUN.test(last.trimmed)) return service;
  // A file's environment: the image is named on an image: line, or is one the paste's Dockerfile builds on it (review R145 11).
  const built = builtOnDind(lines);
  const yaml = RUN.test(last.trimmed)
    ? undefined
    : lines.find((l) => '-i'.includes(l.trimmed[0]!) && IMAGE_LINE.test(l.trimmed) && (built || ANY_TAG.test(l.trimmed)));
  return yaml ? { run: null, name: null, form: formOf(last.trimmed), image: reference(yaml.trimmed) } : null;
}

/**
 * The CI job's service the daemon runs in: the last one of the docker:dind-rootless image, or, where `last` (the last setting) is an entry
 * of a YAML map, the last service named before it (an image built on that one, its settings in the service's variables:); else null.
 */
const ciService = (lines: readonly Line[], last: Line | undefined): Container | null => {
  const services = serviceLines(lines);
  const named = services.findLast((s) => ANY_TAG.test(s.reference)) ?? (last && formOf(last.trimmed) === 'compose-map' ? services.findLast((s) => s.line.n < last.n) : undefined);
  return named ? { run: null, name: null, form: 'gitlab-variables', image: named.reference } : null;
};

/** The docker:dind-rootless image's reference on line `typed`, as written (its registry and namespace, its tag, a digest), or null. */
const reference = (typed: string): string | null => {
  const m = ANY_TAG.exec(typed);
  if (!m) return null;
  const at = m.index + m[1]!.length;
  return typed.slice(Math.max(...[' ', '"', "'", '='].map((c) => typed.lastIndexOf(c, at - 1))) + 1).split(/[\s"']/)[0]!;
};

/** Whether command line `typed` is a docker run (or create) of the docker:dind-rootless image, or one passing a container the settings (-e), which only that image's script reads. */
export const runsDind = (typed: string): boolean => RUN.test(typed) && (ANY_TAG.test(typed) || envOptions(typed).length > 0);

/** The first line naming the docker:dind-rootless image, with any tag. */
export const dindImageLine = (lines: readonly Line[]): Line | undefined => lines.find((l) => ANY_TAG.test(l.trimmed));

/** Whether docker run line `typed` names the docker:dind-rootless image itself, whose tag an upgrade changes (not an image built on it). */
export const namesDind = (typed: string): boolean => ANY_TAG.test(typed);

/** The FROM line of a Dockerfile the paste shows built on the docker:dind-rootless image, whose image a docker run may run by another name. */
export const dindBase = (lines: readonly Line[]): Line | undefined => lines.find((l) => fromLine(l.trimmed) && ANY_TAG.test(l.trimmed));
const builtOnDind = (lines: readonly Line[]): boolean => !!dindBase(lines);

/** docker run line `typed` with its image's tag that of Docker release `release` (the registry and namespace kept, any digest dropped: it pins the old tag). */
export const withRelease = (typed: string, release: string): string =>
  typed.replace(new RegExp(String.raw`${ANY_TAG.source}(?:@sha256:[0-9a-f]{64})?`), `$1${image.repository}:${release}${image.variant}`);

/** docker run line `typed` with its docker:dind-rootless image's reference, as written, replaced by image `name` (one built on it). */
export const withImage = (typed: string, name: string): string => {
  const written = reference(typed);
  return written ? typed.replace(written, name) : typed;
};

/** docker run line `typed` with option `option` (such as --sysctl NAME=value) added right after run, unless it has it already. */
export const withOption = (typed: string, option: string): string => {
  const run = RUN.exec(typed);
  return !run || typed.includes(` ${option} `) ? typed : `${run[0]}${option} ${typed.slice(run[0].length)}`;
};

/**
 * docker run line `typed` with its DOCKERD_ROOTLESS_ROOTLESSKIT_* options (-e NAME=value) replaced by `words` (each NAME=value), where the
 * first of them was, or before the image where none was.
 */
export function withEnvOptions(typed: string, words: readonly string[]): string {
  const first = [...typed.matchAll(ENV_OPTION)][0];
  const options = words.map((w) => ` -e ${w}`).join('');
  if (first) {
    const at = first.index!;
    return `${typed.slice(0, at)}${options}${typed.slice(at).replace(ENV_OPTION, '')}`;
  }
  const reference = ANY_TAG.exec(typed)!;
  const at = reference.index + reference[1]!.length;
  // The image's reference may carry its registry and namespace before the repository.
  const start = typed.lastIndexOf(' ', at - 1) + 1;
  return `${typed.slice(0, start)}${options.slice(1)} ${typed.slice(start)}`;
}

/** The NAME=value words docker run line `typed` passes as DOCKERD_ROOTLESS_ROOTLESSKIT_* options, in order. */
export const envOptions = (typed: string): string[] => [...typed.matchAll(ENV_OPTION)].map((m) => m[1]!);
