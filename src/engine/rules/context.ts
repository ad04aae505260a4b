/** What the rules look at: the merged facts plus comparisons against the thresholds in the data module. */
import { passt, passtChangeCommit } from '../data/core/passt.ts';
import { rootlesskit, rootlesskitTags } from '../data/core/rootlesskit.ts';
import { wholeLine, type FlagsInForce, type Merged, type Setting } from '../facts.ts';
import type { Evidence, FactKey, Facts, Signal } from '../types.ts';
import { spec, type FindingSpec } from '../messages/types.ts';
import { PODMAN_DOCKER } from '../recognisers/versions.ts';
import { PODMAN_CLIENT } from '../recognisers/podman-shim.ts';
import { atLeast, parsePastaVersion } from '../version.ts';
import { daemonElsewhere, type DesktopOs } from '../daemon-address.ts';
import type { PackageManager } from '../data/core/packaging.ts';
import type { Downgrade } from './downgraded.ts';
import type { SettingsSource } from './settings-source.ts';
import type { StatedUpgrade } from '../stated-upgrade.ts';

/** The fact that dates dockerd-rootless.sh and the RootlessKit bundled with it: the rootless extras' version (which hold them), else the daemon's. */
export const scriptsRelease = (f: Facts): 'rootlessExtrasVersion' | 'dockerServerVersion' => (f.rootlessExtrasVersion ? 'rootlessExtrasVersion' : 'dockerServerVersion');
/** RootlessKit's version and, where it was inferred from Docker's release (rules/infer.ts), that release: the facts it rests on. */
export const rootlesskitKeys = (c: Ctx): FactKey[] => (c.inferred.has('rootlesskitVersion') ? ['rootlesskitVersion', scriptsRelease(c.f)] : ['rootlesskitVersion']);

/**
 * Where pasta stands relative to the change of the spliced mapping: `old` keeps the working mapping, `new` has the
 * change and the flag, `between` is a build made after the last good tag and before the release with the change
 * (it may or may not contain the change commit).
 */
export type PastaEra = 'old' | 'between' | 'new';

/**
 * How the era was established: pasta's version string, the probe, the flag in pasta's argv, or RootlessKit leaving the flag out (`stale`:
 * out of a pasta older than the one installed, which its version or the probe puts after the change).
 */
export type EraSource = 'version' | 'probe' | 'flag' | 'argv' | 'stale';

export interface Ctx {
  f: Facts;
  inferred: ReadonlySet<FactKey>;
  /** See Merged.packaged. */
  packaged: ReadonlySet<FactKey>;
  evidence: Merged['evidence'];
  signals: ReadonlyMap<Signal, Evidence[]>;
  /** Whether RootlessKit is at least `threshold` (null: unknown, e.g. a +dev build straddling it). */
  rk(threshold: string): boolean | null;
  /** See Merged.rootlesskitAtLeast. */
  rootlesskitAtLeast: string | null;
  /** Whether the Docker Engine is at least `threshold`. */
  docker(threshold: string): boolean | null;
  era: PastaEra | null;
  eraSource: EraSource | null;
  /** A RootlessKit the paste shows installed (its --version, a package) beside an older one the daemon runs. */
  installedRootlesskit: string | null;
  /** See Merged.upgradedSince. */
  upgradedSince: boolean;
  /** See Merged.downgrade. */
  downgrade: Downgrade | null;
  /** See Merged.restartedAt. */
  restartedAt: number;
  /** See Merged.freshReset. */
  freshReset: boolean;
  /** See Merged.flagsInForce. */
  flagsInForce: FlagsInForce | null;
  /** See Collected.settings. */
  settings: ReadonlyMap<number, ReadonlyMap<string, Setting>>;
  /** See Merged.settingsSource. */
  settingsSource: SettingsSource | null;
  /** See Merged.staticInstall. */
  staticInstall: boolean;
  /** See Merged.queried. */
  queried: PackageManager | null;
  /** See Merged.misread. */
  misread: string | null;
  /** See Merged.containerdBesideRootful. */
  containerdBesideRootful: boolean;
  /** See Merged.statedUpgrade. */
  statedUpgrade: StatedUpgrade | null;
  /** The rootless daemon is containerd (Merged.containerdSettings is set only then). */
  containerd: boolean;
  /** Two of pasta's argvs, both read as running, disagree on --host-lo-to-ns-lo, and only their order in the paste tells which runs now (an answer's example below the asker's, say). */
  flagDisputed: boolean;
}

const lastGood = passt.lastGoodDefault;
const change = passt.change;

/** The era a version's date (and, on the last good tag's date, its commits after the tag) puts pasta in. */
export function eraOfDate(date: string, version: string | null): PastaEra {
  if (date < lastGood.date) return 'old';
  if (date >= change.date) return 'new';
  // A snapshot dated before the change was written cannot hold it, whatever its commit (review R149: one of the last good tag's day).
  if (date > lastGood.date) return date < passtChangeCommit.date ? 'old' : 'between';
  // Only git describe's count of commits after the tag ("2024_09_06.6b38f07-40-g…") reaches past the day its date names.
  return (version ? parsePastaVersion(version)?.afterTag : 0) ? 'between' : 'old';
}

/** pasta's argv without the flag, and not only from before a restart the paste shows (an answer's has no line): the pasta that runs now. */
export const argvWithoutFlagNow = (c: Pick<Ctx, 'f' | 'evidence' | 'restartedAt'>): boolean => {
  const seen = c.evidence.hostLoToNsLo;
  return c.f.hostLoToNsLo === false && (!seen?.length || seen.some((e) => e.line > c.restartedAt));
};

/** The paste shows something of a Docker daemon: whether it is rootless, its version, or its RootlessKit's. */
export const hasDockerFacts = (c: Ctx): boolean => c.f.rootless !== null || c.f.dockerServerVersion !== null || c.f.rootlesskitVersion !== null;

/** The reset, beside a port the paste shows published on a loopback address. */
export const loopbackReset = (s: ReadonlyMap<Signal, Evidence[]>): boolean =>
  s.has('connection-reset') && (s.has('published-loopback') || s.has('published-secondary-loopback'));

/** Only ports published on all addresses shown, which the problem leaves alone: none on a loopback address. */
export const onlyAllAddresses = (s: ReadonlyMap<Signal, Evidence[]>): boolean =>
  s.has('published-all') && !s.has('published-loopback') && !s.has('published-secondary-loopback') && !s.has('published-ipv6-loopback');

/** What freshReset and resetSinceRestart read of the collected signals. */
type SignalSink = { signals: ReadonlyMap<Signal, Evidence[]>; lastSeen: ReadonlyMap<Signal, number> };
/** See Merged.resetSinceRestart. */
export const resetSinceRestart = (sink: SignalSink): boolean =>
  sink.signals.has('connection-reset') && (sink.lastSeen.get('connection-reset') ?? 0) > (sink.lastSeen.get('daemon-restarted') ?? 0);
/** A port published on 127.0.0.1, or a request to one (not to a port published on all addresses: requests.ts). */
const loopbackAsked = (s: ReadonlyMap<Signal, Evidence[]>): boolean => s.has('published-loopback') || s.has('loopback-request');
/** See Merged.freshReset. */
export const freshReset = (sink: SignalSink): boolean => loopbackAsked(sink.signals) && resetSinceRestart(sink);
/** Merged.freshReset from a link's signals, which carry no restart. */
export const sharedFreshReset = (s: ReadonlyMap<Signal, Evidence[]>): boolean => loopbackAsked(s) && s.has('connection-reset');

/**
 * A restart shown after every line that shows `key` and before every argv of pasta, or a start dated after every package that shows it:
 * the daemon that runs started from what they show.
 */
export const restartedSince = (c: Pick<Merged, 'evidence' | 'restartedAt' | 'startedSince'>, key: FactKey): boolean => {
  const restart = c.restartedAt ?? 0;
  const shown = c.evidence[key] ?? [];
  if (shown.length && shown.every((e) => c.startedSince?.has(e.line))) return true;
  return restart > 0 && shown.every((e) => e.line < restart) && !!c.evidence.hostLoToNsLo?.every((e) => e.line > restart);
};

/**
 * RootlessKit's version shown (not the Docker table's) beside the reset on 127.0.0.1 since the last restart shown: its leaving the flag
 * out no longer proves pasta old, as an older RootlessKit the daemon started before an upgrade (an upgrade restarts nothing), or one whose
 * probe failed when the daemon started, leaves it out of a newer pasta too, which the reset fits.
 */
export const resetBesideShownRootlesskit = (c: Pick<Ctx, 'inferred' | 'freshReset'>): boolean => c.freshReset && !c.inferred.has('rootlesskitVersion');

/**
 * The version of RootlessKit only a package shows, no restart shown since (typed, or a start dated after it): the daemon may have started
 * before it was installed.
 */
export const packagedSinceStart = (m: Pick<Merged, 'packaged' | 'evidence' | 'restartedAt' | 'startedSince'>): boolean =>
  m.packaged.has('rootlesskitVersion') && !restartedSince(m, 'rootlesskitVersion');

/** packagedSinceStart, as the paste showed it or a link carries it (the signal core.ts sets from it). */
export const installedSinceStart = (c: Pick<Ctx, 'signals'>): boolean => c.signals.has('rootlesskit-installed');

/** A RootlessKit with the fix shown installed beside an older one the daemon runs, or where none is shown running: what a restart starts. */
export const installedFixed = (c: Ctx): string | null =>
  atLeast(c.installedRootlesskit, rootlesskit.hostLoToNsLo.version, rootlesskitTags.versions) === true ? c.installedRootlesskit : null;

/**
 * pasta runs without the flag that a RootlessKit with the fix passes to any pasta with the change, and neither pasta's release nor the
 * probe tells whether pasta is older (not affected). Where that RootlessKit is only installed (packages only, none shown running): or the
 * daemon is, not restarted since the upgrade (affected), which a reset fits but does not prove (it may have another cause); a reset
 * beside a port published on loopback is what pasta with the change does, as not-running.ts reads it. Where it is RootlessKit's own,
 * only installed since the start shown, with or without a reset: the same two, as with the packages of Docker. Where it is shown running,
 * beside the reset: or the daemon runs an older one, or its probe failed when it started (affected either way).
 */
export const olderUnknown = (c: Ctx): boolean =>
  c.f.hostLoToNsLo === false &&
  c.era === null &&
  ((c.rk(rootlesskit.hostLoToNsLo.version) === null && installedFixed(c) !== null && !loopbackReset(c.signals)) ||
    (c.rk(rootlesskit.hostLoToNsLo.version) === true && (resetBesideShownRootlesskit(c) || installedSinceStart(c))));

/** The client asks a daemon on another machine (DOCKER_HOST, the current context, or the error of one it could not reach). */
export const remoteDaemon = (c: Ctx): boolean =>
  c.signals.has('remote-daemon') || !!c.signals.get('daemon-unreachable')?.some((e) => ['ssh', 'remote'].includes(daemonElsewhere(wholeLine(e))?.where ?? ''));

/** The paste shows Docker on this machine: a daemon's facts, or at least its client, and no daemon on another one. */
export const showsDocker = (c: Ctx): boolean => (hasDockerFacts(c) || c.f.dockerClientVersion !== null) && !remoteDaemon(c);

/** nerdctl typed as root is the only client shown: not typed as the user too, and nothing of Docker (rootless or not) shown. */
export const nerdctlAsRootOnly = (c: Ctx): boolean => c.signals.has('nerdctl-as-root') && !c.signals.has('nerdctl-as-user') && c.f.rootless !== true && !showsDocker(c);

/**
 * The system whose Docker Desktop (or, on Windows, Docker pipe) a client looked for, when the paste shows nothing of a Docker daemon
 * and no docker:dind-rootless (a rootless daemon in a container, which Docker Desktop may run).
 */
export function desktopOnly(c: Ctx): DesktopOs | null {
  if (hasDockerFacts(c) || c.signals.has('dind-rootless')) return null;
  return (['windows', 'mac', 'linux'] as const).find((os) => c.signals.has(`desktop-${os}`)) ?? null;
}

/** The paste is Podman's output and shows nothing of a Docker daemon. */
export const podmanOnly = (c: Ctx): boolean => c.signals.has('podman-info') && !hasDockerFacts(c);

/**
 * That the paste is Podman's: podman-docker's docker answers docker version for Podman (`shim`), and Podman's API answers a Docker client
 * (`answered`): asking for docker version again would only print the same.
 */
export function podmanNotDocker(c: Ctx): FindingSpec {
  const seen = c.signals.get('podman-info');
  const answered = c.signals.get('podman-answered');
  const shim = !!seen?.some((e) => e.text.includes(PODMAN_DOCKER)) || !!answered?.some((e) => PODMAN_CLIENT.test(e.text.trim()));
  return spec('podman-not-docker', { podmanVersion: c.f.podmanVersion, shim, answered: !!answered }, seen);
}

/** Builds the rule context from merged facts and signals. */
export function context(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>): Ctx {
  const f = m.facts;
  // A lower bound answers only "yes": at or above it, so above any threshold it reaches; below, unknown.
  const rk = (t: string): boolean | null =>
    atLeast(f.rootlesskitVersion, t, rootlesskitTags.versions) ?? (atLeast(m.rootlesskitAtLeast ?? null, t, rootlesskitTags.versions) || null);
  const ctx: Ctx = {
    f,
    inferred: m.inferred,
    packaged: m.packaged,
    evidence: m.evidence,
    signals,
    rk,
    rootlesskitAtLeast: m.rootlesskitAtLeast ?? null,
    docker: (t) => atLeast(f.dockerServerVersion, t),
    era: null,
    eraSource: null,
    installedRootlesskit: m.installedRootlesskit ?? null,
    upgradedSince: m.upgradedSince ?? false,
    downgrade: m.downgrade ?? null,
    restartedAt: m.restartedAt ?? 0,
    freshReset: m.freshReset ?? false,
    flagsInForce: m.flagsInForce ?? null,
    settings: m.settings ?? new Map(),
    settingsSource: m.settingsSource ?? null,
    staticInstall: m.staticInstall ?? false,
    queried: m.queried ?? null,
    misread: m.misread ?? null,
    // As the paste showed it or a link carries it (the signal rules/link-signals.ts sets from it).
    containerdBesideRootful: signals.has('containerd-beside-rootful'),
    statedUpgrade: m.statedUpgrade ?? null,
    containerd: m.containerdSettings !== undefined,
    flagDisputed: m.byOrder?.has('hostLoToNsLo') ?? false,
  };
  // A RootlessKit with the fix, seen running, that left the flag out of the pasta running now, and no reset on 127.0.0.1 since: its probe
  // did not miss (probeMissed), so that pasta predates the change, whatever pasta is installed now. One only installed since the start
  // shown may not be the one that runs.
  const leftOut =
    !m.inferred.has('rootlesskitVersion') && !ctx.freshReset && !installedSinceStart(ctx) && argvWithoutFlagNow(ctx) &&
    rk(rootlesskit.hostLoToNsLo.version) === true;
  // RootlessKit's version taken from the Docker table does not outweigh the reset itself: a RootlessKit that leaves the flag out and a
  // reset are what an older one than the table's does with a newer pasta. Nor does one shown beside the reset, or only installed since the
  // daemon may have started, which asks for the probe (olderUnknown).
  const byArgv =
    !(m.inferred.has('rootlesskitVersion') && loopbackReset(signals)) && !resetBesideShownRootlesskit(ctx) && !installedSinceStart(ctx);
  const [era, source] = pastaEra(f, rk, byArgv, leftOut);
  ctx.era = era;
  ctx.eraSource = source;
  return ctx;
}

/** The era of the pasta installed, as the probe or its version string tells; nulls when neither is shown. */
function installedEra(f: Facts): [PastaEra | null, EraSource | null] {
  if (f.pastaAcceptsHostLoToNsLo !== null) return [f.pastaAcceptsHostLoToNsLo ? 'new' : 'old', 'probe'];
  if (f.pastaDate) return [eraOfDate(f.pastaDate, f.pastaVersion), 'version'];
  return [null, null];
}

/**
 * pasta's era (PastaEra) and what established it: its argv's flag, the probe, its version, or RootlessKit's argv; nulls when nothing shows
 * it. `leftOut`: a RootlessKit with the fix left the flag out of the pasta that runs now, which then predates the one installed.
 */
function pastaEra(f: Facts, rk: (t: string) => boolean | null, byArgv: boolean, leftOut: boolean): [PastaEra | null, EraSource | null] {
  // The flag in pasta's argv, or the probe, say directly whether pasta has the change.
  if (f.hostLoToNsLo) return ['new', 'flag'];
  const installed = installedEra(f);
  if (leftOut && installed[0] === 'new') return ['old', 'stale'];
  if (leftOut && installed[0] === 'between') return ['old', 'argv'];
  if (installed[0]) return installed;
  // A RootlessKit that probes for the flag left it out: its probe failed, so pasta predates the change.
  if (byArgv && f.hostLoToNsLo === false && rk(rootlesskit.hostLoToNsLo.version) === true) return ['old', 'argv'];
  return [null, null];
}
