/** How a fix makes its change take effect: the user service's systemctl lines, or, for a daemon started by hand from a shell, what to do there. */
import { CONTAINER, namesDind, type Container } from './container.ts';
import { rootlessContainerd } from './data/core/containerd.ts';
import type { PackageManager } from './data/core/packaging.ts';
import { DOCKER_SERVICE, RELOAD, userService, type UserService } from './drop-in.ts';
import { startedAs } from './hand-run.ts';
import type { ByHand } from './messages/types.ts';
import type { Facts, Signal } from './types.ts';
import { byHandSource, type SettingsSource } from './rules/settings-source.ts';
import { listShape } from './shell-list.ts';
import { stopThenStart } from './stop-by-hand.ts';
import type { EnvironmentForm } from './yaml-env.ts';

/** The lines a fix ends with to apply what it changed, each one or more whole lines. */
export interface Apply {
  /** The daemon restarted, to take what it reads at start. */
  restart: string;
  /** A changed drop-in read and the daemon restarted, as one command. */
  reloadRestart: string;
  /** The same as two commands, each on its line. */
  reloadThenRestart: string;
  /** The daemon started. */
  start: string;
  /**
   * Where the daemon reads its settings: the user service's drop-in, a shell's exports, a container's environment (a Compose or Kubernetes
   * file's), or the command typed to start it (or a Dockerfile's ENV instruction, or a container's docker run).
   */
  settingsIn: 'drop-in' | 'exports' | EnvironmentForm | Typed;
  /** The docker:dind-rootless container the daemon runs in, where its checks run and its upgrade is another tag. */
  container?: InContainer;
  /** For settings exported in a shell: the daemon running stopped, then started again as the paste shows it, to take them. */
  startAfterExports?: string;
  /** A daemon started through a user switch (sudo, su, runuser) as another user (hand-run.ts startedAs): its checks run as that user. */
  asUser?: StartedAs;
  /**
   * Rootless containerd's user service (nerdctl's): its drop-ins, which containerd-rootless.sh's variables go to, and checks without docker;
   * also where the script was started by hand (no systemd), for the checks, the variables' names and the start without systemd.
   */
  containerd?: UserService;
  /** The package manager of the system the paste shows (rules/package-manager.ts), which installs what a fix needs. */
  system?: PackageManager | null;
}

/**
 * A container a daemon runs in: its name as a fix writes it, and its docker run line as every fix gives it, where the paste shows one of the
 * docker:dind-rootless image itself (an image built on it is upgraded where its Dockerfile's FROM names it).
 */
export interface InContainer {
  name: string;
  run: string | null;
  /** Its image's reference as written, where the paste names it. */
  image: string | null;
  /**
   * A CI job's service, which no one reaches but by the job's client (its daemon's): its checks run the image's programs in a container
   * of their own; `processes` says what shows pasta's flag instead of its processes, which the job cannot list.
   */
  service?: { processes: string };
}

/**
 * The command typed to start the daemon, settings before the script (source 'run'): `line`, as every fix gives it, with the changes of all
 * the paste's fixes; `own`, for a workaround (a fix instead of the others'), with its own changes set in it too; `changes`, where given,
 * collects each fix's settings (NAME=value without the prefix) as it is built (typed-line.ts); `stop`, the daemon running stopped before the
 * line starts another (a typed run, not an image's ENV instruction).
 */
export interface Typed {
  line: string;
  stop?: boolean;
  /** What removes the container the line makes again (a container's docker run). */
  recreate?: string;
  own?: boolean;
  changes?: string[];
  /** For a container's docker run: collects the Docker releases the fixes give its image's tag, and the options they add to it. */
  releases?: string[];
  options?: string[];
  /** The line with every fix's changes but its image's tag as typed: what a fix standing apart (a workaround, if the upgrade cannot be) types. */
  asTyped?: string;
}

/** A user another than the caller's that a user switch starts the daemon as (hand-run.ts startedAs). */
export type StartedAs = NonNullable<ReturnType<typeof startedAs>>;

/** User service `s`'s commands. */
const serviceApply = (s: UserService): Apply => ({ restart: s.restart, reloadRestart: `${RELOAD} && ${s.restart}`, reloadThenRestart: `${RELOAD}\n${s.restart}`, start: s.start, settingsIn: 'drop-in' });

/** The user service's commands. */
export const SERVICE: Apply = serviceApply(DOCKER_SERVICE);

const CONTAINERD_UNIT = userService(rootlessContainerd.unit);
/** Rootless containerd's user service's commands (nerdctl's docs/rootless.md). */
export const CONTAINERD_SERVICE: Apply = { ...serviceApply(CONTAINERD_UNIT), containerd: CONTAINERD_UNIT };

/**
 * Whether the rootless daemon shown is rootless containerd (its RootlessKit, nerdctl typed, or its setup tool run to its end), with nothing
 * of the daemon of Docker beside it: not its version, nor its user unit named where that of containerd is not.
 */
export const containerdShown = (facts: Facts, signals: ReadonlyMap<Signal, unknown>): boolean =>
  (signals.has('containerd-rootless') || signals.has('containerd-installed')) &&
  facts.rootless !== true &&
  facts.dockerServerVersion === null &&
  (!signals.has('docker-unit-named') || signals.has('containerd-unit-named'));

/** The signals a link carries only of rootless containerd: shown alone, its unit shown without its settings, or shown beside the rest. */
const CONTAINERD_CARRIED: readonly Signal[] = ['containerd-alone', 'containerd-net-unset', 'containerd-shown'];

/** Whether the daemon in question is rootless containerd: shown in the paste (its `signals`), or, where it shows none, carried by a link (`shared`). */
export const containerdInQuestion = (facts: Facts, signals: ReadonlyMap<Signal, unknown>, shared: readonly Signal[]): boolean =>
  containerdShown(facts, signals) || (!signals.size && shared.some((id) => CONTAINERD_CARRIED.includes(id)));

/** By-hand words `w` naming rootless containerd's script where each catalogue names Docker's (the name is the same in every language). */
export const containerdWords = (w: ByHand): ByHand => {
  const named = (t: string): string => t.replaceAll('dockerd-rootless.sh', 'containerd-rootless.sh');
  return { ...w, restart: named(w.restart), again: named(w.again), start: named(w.start) };
};

/** What a daemon started by hand takes instead of a restart: stopped and started again, or only started again where `down` (none runs). */
export const againByHand = (words: ByHand, down: boolean): string => words[down ? 'again' : 'restart'];

/**
 * Command line `line` run in the background whole, so that a fix's lines after it run too: `&` added before its comment, if any, to a simple
 * command, pipeline or and-or list (a `;` or `&` that ends it dropped first: in `a; b &` only `b` was in the background), and to a list of
 * several, split by `;` or `&`, grouped as one (`{ a; b; } &`).
 */
export const background = (line: string): string => {
  const { comment } = listShape(line);
  const command = line.slice(0, comment).replace(/(?<!\\)(?:;|(?<![<>&|])&(?!&))?\s*$/, '').trimEnd();
  const note = comment < line.length ? ` ${line.slice(comment)}` : '';
  const several = listShape(command).commands.some((c) => c.op === ';' || c.op === '&');
  return `${several ? `{ ${command}; }` : command} &${note}`;
};

/**
 * How to apply a fix for the daemon whose settings come from `source`: for one started by hand from a shell, comments saying to stop it
 * and run the script again (`down`: the paste shows no daemon running, so none to stop) or to start it there, with no reload (no unit
 * reads a drop-in for it), and its settings exported there, then its start `typed` where the paste shows one, the daemon running
 * stopped first; where they were typed before the script (`run`), or started through a user switch that drops a shell's exports
 * (`sudo`), the command `typed` (with every fix's changes) after each of those comments, the daemon the
 * last start started stopped first, and as every fix of the settings, so that all of them give one line; for a Dockerfile's ENV
 * instruction (`typed`), that instruction the same way, and a comment to build the image again instead of any restart; for a
 * docker:dind-rootless container's (`container`), the container restarted, its docker run (`typed`) run again after removing it, or
 * else its file's environment entries (a CI job's service's: its variables, the job run again instead of any restart); else the user
 * service's commands and drop-in: rootless containerd's where `containerd`.
 */
export const applyFor = (source: SettingsSource | null | undefined, typed: string | null, down: boolean, words: ByHand, container: Container | null = null, containerd = false): Apply => {
  if (source === 'container' && container?.form === 'gitlab-variables') {
    const again = `# ${words.job}`;
    const service = { processes: words.jobProcesses };
    return { restart: again, reloadRestart: again, reloadThenRestart: again, start: again, settingsIn: container.form, container: { name: CONTAINER, run: null, image: container.image, service } };
  }
  if (source === 'container') {
    const name = container?.name ?? CONTAINER;
    const restart = `docker restart ${name}`;
    const settingsIn = typed ? { line: typed, recreate: `docker rm -f ${name}` } : (container?.form ?? 'compose-list');
    return { restart, reloadRestart: restart, reloadThenRestart: restart, start: `docker start ${name}`, settingsIn, container: { name, run: typed && namesDind(typed) ? typed : null, image: container?.image ?? null } };
  }
  if (source === 'dockerfile' && typed) {
    const rebuild = `# ${words.image}`;
    // The image's daemon runs in its container: checked there, and upgraded by the image's tag.
    return { restart: rebuild, reloadRestart: rebuild, reloadThenRestart: rebuild, start: rebuild, settingsIn: { line: typed }, container: { name: CONTAINER, run: null, image: null } };
  }
  if (!byHandSource(source)) return containerd ? CONTAINERD_SERVICE : SERVICE;
  if (containerd) words = containerdWords(words);
  const start = typed === null ? null : stopThenStart(typed, background(typed));
  const then = start === null ? '' : `\n${start}`;
  const again = `# ${againByHand(words, down)}${then}`;
  const as = typed === null ? null : startedAs(typed);
  const apply = {
    restart: again,
    reloadRestart: again,
    reloadThenRestart: again,
    start: `# ${words.start}${then}`,
    ...(as ? { asUser: as } : {}),
    ...(containerd ? { containerd: CONTAINERD_UNIT } : {}),
  };
  if ((source === 'run' || source === 'sudo') && typed) return { ...apply, settingsIn: { line: typed, stop: true } };
  return { ...apply, settingsIn: 'exports', ...(start === null ? {} : { startAfterExports: start }) };
};
