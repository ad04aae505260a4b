/** Inferences the verdict may need: a distribution's build from its version, pasta's port driver by default, and the RootlessKit Docker's own packages bundle. */
import { rootlessContainerd } from '../data/core/containerd.ts';
import { bundleTable, docker } from '../data/core/docker.ts';
import type { Line } from '../clean.ts';
import { rootlesskit } from '../data/core/rootlesskit.ts';
import type { Merged } from '../facts.ts';
import type { Evidence, Signal } from '../types.ts';
import { spec, type FindingSpec } from '../messages/types.ts';
import { atLeast, compareParts, parseVersion, REPACK } from '../version.ts';
import { loopbackReset, restartedSince, scriptsRelease } from './context.ts';
import { homeBinShown } from './home-bin.ts';
import { unpackagedSystem } from './upgrade-way.ts';
import { passedByEntrypoint } from './entrypoint.ts';

/**
 * The RootlessKit of the Docker → RootlessKit table for a Docker version; past the table's last release (`newestKnown`), that
 * release's as a lower bound (in the table, no later release bundles an older RootlessKit than an earlier one, so a newer release
 * is assumed not to); for a version with a part left out ("29.x") that rows with different RootlessKits share, the lowest of theirs as a
 * lower bound (`range`); for a pre-release of a row's first release, the RootlessKit of the latest earlier row on the same major
 * line that began with a minor release or on the same minor line, or for X.0.0 that of X-1's last minor release, as a lower bound
 * (`since` that release); null in the table's gaps, for dev builds, and for other pre-releases of a row's first release.
 */
export function bundledRootlesskit(docker: string | null): { rootlesskit: string; newestKnown?: string; range?: true; since?: string } | null {
  const v = docker === null ? null : parseVersion(docker);
  if (!v || v.dev) return null;
  // A version with a part left out ("28.0.x") is a range: a row that holds it whole gives its RootlessKit, else only the lowest is known.
  const lowest = v.parts.map((p) => (p === Infinity ? 0 : p));
  const row = bundleTable.rows.find(([first, last]) => {
    const from = parseVersion(first)!.parts;
    if (v.pre && compareParts(v.parts, from) === 0) return false;
    return compareParts(lowest, from) >= 0 && compareParts(v.parts, parseVersion(last)!.parts) <= 0;
  });
  const [, newest, rootlesskit] = bundleTable.rows.at(-1)!;
  if (!row && compareParts(lowest, parseVersion(newest)!.parts) > 0) return { rootlesskit, newestKnown: newest };
  if (row) return { rootlesskit: row[2] };
  if (v.pre) return preRelease(v.parts);
  // The rows the range reaches into; the table's RootlessKits never go down, so the first one's is the least.
  const reached = bundleTable.rows.find(([, last]) => compareParts(parseVersion(last)!.parts, lowest) >= 0);
  return reached && v.parts.includes(Infinity) && compareParts(parseVersion(reached[0])!.parts, v.parts) <= 0 ? { rootlesskit: reached[2], range: true } : null;
}

/**
 * A pre-release of X.Y.Z is built from where X.Y.Z is cut: for X.Y.0, main after X.(Y-1) branched; for a patch, its minor's branch.
 * Either holds every RootlessKit bump of a release it follows there (bumps land on main first), so that release's is a floor. X.0.0 is cut
 * from main after the last minor line of X-1 branched, its .0 release the floor (patches of that line may come after it: review R157 M1).
 */
function preRelease(parts: readonly number[]): { rootlesskit: string; since: string } | null {
  const rows = bundleTable.rows.map((row) => ({ row, first: parseVersion(row[0])!.parts, last: parseVersion(row[1])!.parts }));
  if (parts[1] === 0 && parts[2] === 0) {
    const lastOfLine = rows.findLast(({ first }) => first[0] === parts[0]! - 1);
    const since = lastOfLine && [lastOfLine.first[0]!, lastOfLine.last[1]!, 0];
    const holding = since && rows.find(({ first, last }) => compareParts(since, first) >= 0 && compareParts(since, last) <= 0);
    if (holding) return { rootlesskit: holding.row[2], since: since.join('.') };
  }
  const at = rows.findIndex(({ first }) => compareParts(first, parts) === 0);
  const earlier = rows.slice(0, Math.max(at, 0)).findLast(({ first: [major, minor, patch] }) => major === parts[0] && (patch === 0 || minor === parts[1]));
  return earlier ? { rootlesskit: earlier.row[2], since: earlier.row[0] } : null;
}

// What runs dockerd-rootless.sh, and from where: RootlessKit's argv, or the unit's ExecStart. Docker's static install runs it from ~/bin
// (get.docker.com/rootless, the tarballs as the guide unpacks them); a distribution's package, from /usr/bin.
const RUNS_SCRIPT = /(?:\brootlesskit\b.* |ExecStart=)(\S*)\/dockerd-rootless\.sh\b/;
const HOME_BIN = /^(?:~|\/home\/[^\s/]+|\/root)\/bin$/;

/**
 * Whether the last script the lines show running is in a home's bin directory, as Docker's static install puts it; where none is shown
 * running, whether the paste runs its programs from there or lists them there (home-bin.ts).
 */
export function staticInstall(lines: readonly Line[]): boolean {
  const dir = lines.findLast((l) => l.text.includes('dockerd-rootless.sh') && RUNS_SCRIPT.test(l.text));
  return dir ? HOME_BIN.test(RUNS_SCRIPT.exec(dir.text)![1]!) : homeBinShown(lines);
}

/**
 * Whether dockerd-rootless.sh gives port driver builtin beside a pasta set by hand, which RootlessKit refuses: from pasta's first script
 * until its fallback, always; from the fallback on, where FLAGS alone sets pasta and slirp4netns is installed (the script picks
 * slirp4netns, with builtin, and FLAGS then changes only the network).
 */
function scriptBuiltin(m: Merged): boolean {
  const lines = m.evidence.networkDriver ?? [];
  if (!lines.length || !lines.every((e) => m.settings?.has(e.line))) return false;
  const script = m.facts[scriptsRelease(m.facts)];
  if (atLeast(script, docker.pastaCapable.version) !== true) return false;
  if (atLeast(script, docker.pastaFallback.version) === false) return true;
  return m.facts.slirp4netnsVersion !== null && lines.every((e) => m.settings?.get(e.line)?.has('FLAGS'));
}

/** Whether containerd-rootless.sh gives its default port driver (builtin, in every version, whatever the network driver) beside a pasta set by hand. */
export function containerdBuiltin(m: Pick<Merged, 'evidence' | 'containerdSettings' | 'settings'>): boolean {
  const lines = m.evidence.networkDriver ?? [];
  return lines.length > 0 && lines.every((e) => m.containerdSettings?.has(e.line) && m.settings?.has(e.line));
}

/**
 * Fills what docker:dind-rootless's entrypoint passes (entrypoint.ts), the packaging a Docker version's own suffix tells; and, only when pasta is the network driver (so that unneeded guesses stay out of the facts): the port driver
 * (builtin, which the script gives a pasta set alone where no daemon is shown; else implicit, which docker version shows by omitting
 * PortDriver, unless RootlessKit is shown refusing the one set) and RootlessKit from
 * the Docker table. Mutates `m`.
 */
export function infer(m: Merged, signals: ReadonlyMap<Signal, Evidence[]>): FindingSpec[] {
  const f = m.facts;
  const notes: FindingSpec[] = [];
  passedByEntrypoint(m, signals);
  // Debian's repack is a distribution's build, whose RootlessKit is its own package's.
  if (f.dockerPackaging === null && REPACK.test(f.dockerServerVersion ?? '')) {
    f.dockerPackaging = 'distribution';
    m.inferred.add('dockerPackaging');
    m.evidence.dockerPackaging = m.evidence.dockerServerVersion;
  }
  // RootlessKit refuses port driver implicit with any network driver but pasta: a daemon shown running (or resetting) with it runs pasta
  // (review R146 22). One only set may be refused at the next start, where the script picks another driver.
  const runs = m.daemonShown || signals.has('connection-reset') || signals.has('client-reset');
  if (f.networkDriver === null && f.portDriver === 'implicit' && runs && !m.inferred.has('portDriver') && f.rootless !== false && !signals.has('implicit-without-pasta')) {
    f.networkDriver = 'pasta';
    m.inferred.add('networkDriver');
    m.evidence.networkDriver = m.evidence.portDriver;
    notes.push(spec('network-driver-from-implicit', {}, m.evidence.portDriver));
  }
  if (f.networkDriver !== 'pasta') return notes;
  // (A link carries no settings, but the signal core.ts sets from them where no daemon is shown.)
  const containerd = containerdBuiltin(m) || signals.has('containerd-pasta-alone');
  if (f.portDriver === null && !m.portDriverUnread && !f.portManager && (containerd || scriptBuiltin(m))) {
    // A daemon that answers started with a port driver RootlessKit accepts: one set where the paste does not show, unless the settings
    // stand in the unit's files shown whole and no restart since is shown: then they are not loaded yet, and which network runs is unknown.
    const lines = m.evidence.networkDriver!;
    if (m.daemonShown && lines.every((e) => m.wholeFile?.has(e.line) && e.line > (m.restartedAt ?? 0))) {
      notes.push(spec('pasta-set-alone', { defaulted: containerd ? null : f[scriptsRelease(f)] }, lines));
      f.networkDriver = null;
      delete m.evidence.networkDriver;
      return notes;
    }
    if (!m.daemonShown) {
      f.portDriver = containerd ? rootlessContainerd.portDriverDefault : 'builtin';
      m.inferred.add('portDriver');
    }
  }
  // A port driver set to a value the checker cannot read is not the default, nor is one with a port manager (pesto, with pasta), nor
  // one RootlessKit refuses beside pasta (its refusal says only that it is neither implicit nor none).
  if (f.portDriver === null && !m.portDriverUnread && !f.portManager && !signals.has('pasta-port-driver-refused')) {
    f.portDriver = 'implicit';
    // Beside pasta, a reset on a port published on loopback shows it: none forwards no port, so nothing on the host would answer it
    // (review R157 M2).
    const reset = f.networkDriver === 'pasta' && loopbackReset(signals) ? signals.get('connection-reset') : undefined;
    if (reset) m.evidence.portDriver = reset;
    else {
      m.inferred.add('portDriver');
      notes.push(spec('port-driver-assumed-implicit', {}, m.evidence.networkDriver));
    }
  }
  // A daemon shown rootful runs no RootlessKit (beside a rootless one, its version is not the rootless one's).
  if (f.rootlesskitVersion !== null || f.rootless === false) return notes;
  if (f.dockerPackaging === 'distribution') {
    notes.push(spec('distribution-packaging', { dockerVersion: f.dockerServerVersion, system: null }, m.evidence.dockerPackaging));
    return notes;
  }
  // A system Docker publishes no packages for, without Docker's static install shown: its own build is as likely, whose RootlessKit is its own.
  if (unpackagedSystem(f, m.staticInstall)) {
    notes.push(spec('distribution-packaging', { dockerVersion: f.dockerServerVersion, system: f.operatingSystem }, m.evidence.operatingSystem));
    return notes;
  }
  // The rootless extras installed hold RootlessKit, and the daemon started with the one they held then. A daemon older than them,
  // where the two releases bundle RootlessKits on either side of pasta's support or of the fix, may not have been restarted since
  // they were upgraded, or they were installed apart: only RootlessKit's own version can say which runs.
  const [extras, daemon] = [bundledRootlesskit(f.rootlessExtrasVersion), bundledRootlesskit(f.dockerServerVersion)];
  const thresholds = [rootlesskit.pastaDriver.version, rootlesskit.hostLoToNsLo.version];
  const older = atLeast(f.dockerServerVersion, f.rootlessExtrasVersion ?? '') === false;
  if (older && extras && daemon && thresholds.some((t) => atLeast(extras.rootlesskit, t) !== atLeast(daemon.rootlesskit, t))) return notes;
  const key = scriptsRelease(f);
  const dockerVersion = f[key];
  const bundle = key === 'rootlessExtrasVersion' ? extras : daemon;
  // A RootlessKit with the fix that only packages show (no daemon shows its version), where what runs says otherwise: the reset itself
  // (since the last restart shown) beside rootless extras, or pasta's argv without the flag, unless a restart shown after the packages
  // started that pasta. What they hold may not run yet (rules/not-running.ts; an upgrade does not restart the daemon), so it is what a
  // restart would start, not what decides pasta's era.
  // (A link carries no package nor restart: the signal core.ts sets from them says the daemon started from the extras.)
  const started = restartedSince(m, key) || (key === 'rootlessExtrasVersion' && signals.has('extras-started-since'));
  const contradicted = (f.hostLoToNsLo === false && !started) || (key === 'rootlessExtrasVersion' && m.resetSinceRestart && f.hostLoToNsLo === null);
  if (!m.versionRunning && contradicted && atLeast(bundle?.rootlesskit ?? null, rootlesskit.hostLoToNsLo.version) && !bundle?.newestKnown && !bundle?.range) {
    m.installedRootlesskit ??= bundle!.rootlesskit;
    return notes;
  }
  // A bundled RootlessKit without pasta cannot be the one running pasta: it was replaced, by a version the paste does not show.
  if (dockerVersion && bundle && atLeast(bundle.rootlesskit, rootlesskit.pastaDriver.version) !== false) {
    // A lower bound decides only what it settles (the fix, pasta support); a threshold above it stays unknown.
    if (bundle.newestKnown || bundle.range || bundle.since) m.rootlesskitAtLeast = bundle.rootlesskit;
    else f.rootlesskitVersion = bundle.rootlesskit;
    m.inferred.add('rootlesskitVersion');
    const params = { dockerVersion, rootlesskitVersion: bundle.rootlesskit, fromPackage: key === 'rootlessExtrasVersion', newestKnown: bundle.newestKnown ?? null, range: !!bundle.range, since: bundle.since ?? null };
    notes.push(spec('rootlesskit-from-docker-version', params, m.evidence[key]));
  }
  return notes;
}
