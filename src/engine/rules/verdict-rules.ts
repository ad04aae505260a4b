/** The verdict rules, as ordered records: the first that applies decides. */
import { rootlessContainerd } from '../data/core/containerd.ts';
import { docker, dockerSnap } from '../data/core/docker.ts';
import { pastaPortDrivers } from '../data/core/network.ts';
import { releasePasst } from '../data/core/passt.ts';
import { rootlesskit } from '../data/core/rootlesskit.ts';
import { wholeLine } from '../facts.ts';
import { spec, type FindingSpec } from '../messages/types.ts';
import type { FactKey, Verdict } from '../types.ts';
import { namesNoRelease } from '../version.ts';
import { rootlesskitsFlag } from './flag-place.ts';
import { flagsKept, slirp4netns } from './flags-kept.ts';
import { argvWithoutFlagNow, desktopOnly, installedFixed, loopbackReset, nerdctlAsRootOnly, olderUnknown, onlyAllAddresses, remoteDaemon, rootlesskitKeys, scriptsRelease, showsDocker, type Ctx } from './context.ts';
import { statedFix } from './stated-fix.ts';
import { upgradeWay } from './upgrade-way.ts';

/** The passt that the release of operating system `os` ships (older than the change), if the data names one. */
const shippedPasst = (os: string | null): { release: string; version: string } | null =>
  (os && releasePasst.find((r) => r.os.some((name) => os.startsWith(name)))) || null;

export interface VerdictRule {
  verdict: Verdict;
  /** The finding that explains the verdict when the rule applies, else null. */
  when(c: Ctx): FindingSpec | null;
  /** The facts the verdict rests on: if one of them was inferred, so is the verdict. */
  deciding(c: Ctx): FactKey[];
  /**
   * What the verdict takes as given without seeing it, which it names as unseen: pasta's release (not shown, or between two releases),
   * a pasta missing from the daemon's PATH as from the shell's, or the network driver the script of rootless containerd picks.
   */
  assumed?(c: Ctx): FactKey | null;
}

const fix = rootlesskit.hostLoToNsLo.version;
/**
 * A running RootlessKit with the fix (not one the Docker table gives), and pasta shown to accept the flag but running without it, its argv
 * not from before a restart the paste shows, and the reset seen: RootlessKit's probe failed when the daemon started. (Without the reset,
 * the pasta that runs may be one from before an upgrade of passt, older than the change: it keeps the working mapping.)
 */
const probeMissed = (c: Ctx): boolean => c.era === 'new' && c.freshReset && c.rk(fix) === true && !c.inferred.has('rootlesskitVersion') && argvWithoutFlagNow(c);
/** The facts that put pasta in its era (context.ts's pastaEra): the probe, RootlessKit's argv without the flag, or pasta's version. */
const eraKeys = (c: Ctx): FactKey[] =>
  c.eraSource === 'probe' ? ['pastaAcceptsHostLoToNsLo'] : c.eraSource === 'argv' || c.eraSource === 'stale' ? ['hostLoToNsLo', 'rootlesskitVersion'] : c.eraSource === 'version' ? ['pastaDate'] : [];
const inferredFrom = (c: Ctx): string | null => (c.inferred.has('rootlesskitVersion') ? c.f[scriptsRelease(c.f)] : null);

/**
 * pasta's version or the probe's answer shown alone, nothing of a daemon beside it: the only pasta a rootless daemon here can run (issue 3:
 * pasta older than the change is not affected), unless the version is only a package's, another pasta's is shown too, or the daemon is on
 * another machine. The probe runs the pasta in the shell's PATH, as pasta --version does (review R160 M1).
 */
const pastaAlone = (c: Ctx): boolean =>
  (c.eraSource === 'probe' || (c.eraSource === 'version' && !c.signals.has('pasta-unsure'))) && !remoteDaemon(c) && !desktopOnly(c);

/** Whether only the docker snap's data root says the daemon is not rootless (its Security Options, say, would show it). */
const snapOnly = (c: Ctx): boolean => !!c.evidence.rootless?.length && c.evidence.rootless.every((e) => e.text.includes(dockerSnap.dataRoot));

export const verdictRules: readonly VerdictRule[] = [
  {
    verdict: 'not-rootless',
    when: (c) =>
      c.f.rootless === false
        ? spec('rootful-daemon', {
            dockerVersion: c.f.dockerServerVersion,
            assumed: c.inferred.has('rootless'),
            // Docker Desktop's daemon names itself (docker version's Server line, docker info's Operating System).
            desktop: !!c.evidence.rootless?.some((e) => e.text.includes('Docker Desktop')),
            snap: snapOnly(c),
          })
        : null,
    deciding: () => ['rootless'],
    // The snap's data root names whose daemon it is; that it runs as root is the snap's packaging, not seen.
    assumed: (c) => (snapOnly(c) ? 'rootless' : null),
  },
  {
    verdict: 'not-affected',
    when: (c) => {
      if (c.rk(rootlesskit.pastaDriver.version) !== false) return null;
      // Settings that name pasta are what keeps such a daemon from starting ("unknown network mode: pasta").
      const pastaSet = c.signals.has('pasta-set-only') ? { installed: c.f.slirp4netnsVersion !== null, ...flagsKept(c, slirp4netns(c)) } : null;
      return spec('rootlesskit-without-pasta', { rootlesskitVersion: c.f.rootlesskitVersion!, inferredFrom: inferredFrom(c), pastaSet });
    },
    deciding: () => ['rootlesskitVersion'],
  },
  {
    verdict: 'not-affected',
    when: (c) => (c.f.networkDriver && c.f.networkDriver !== 'pasta' ? spec('other-network-driver', { networkDriver: c.f.networkDriver }) : null),
    deciding: () => ['networkDriver'],
  },
  {
    // The unit of rootless containerd shown without NET among its settings (or without any): containerd-rootless.sh picks the network
    // driver, never pasta. The line that shows it sets no driver, so it is the evidence, and the driver is named as unseen. (A port
    // driver shown that rules pasta out says so for certain, below.)
    verdict: 'not-affected',
    when: (c) => {
      const unset = c.signals.get('containerd-net-unset');
      const shown = unset?.[0];
      const excludes = !!c.f.portDriver && !pastaPortDrivers.includes(c.f.portDriver) && !c.inferred.has('portDriver');
      return !c.f.networkDriver && c.containerd && unset && !excludes
        ? spec('containerd-net-default', { drivers: rootlessContainerd.netDefault, absent: !!shown && !shown.text.startsWith('Environment=') }, unset)
        : null;
    },
    deciding: () => [],
    assumed: () => 'networkDriver',
  },
  {
    // With pesto (RootlessKit 3.1.0), RootlessKit adds each published port to pasta itself, and Docker listens on the namespace's
    // address: pasta's automatic forwarding, where the reset happens, is off. An older RootlessKit refuses pesto and does not start.
    verdict: 'not-affected',
    when: (c) => (c.f.portDriver === 'pesto' && c.rk(rootlesskit.pestoPortDriver.version) !== false ? spec('port-driver-pesto', {}) : null),
    deciding: () => ['portDriver'],
  },
  {
    // RootlessKit refuses pasta with any port driver but implicit, none or pesto, so a running builtin/slirp4netns one rules pasta out.
    verdict: 'not-affected',
    when: (c) =>
      !c.f.networkDriver && c.f.portDriver && !pastaPortDrivers.includes(c.f.portDriver)
        ? spec('port-driver-excludes-pasta', { portDriver: c.f.portDriver })
        : null,
    deciding: () => ['portDriver'],
  },
  {
    // An error shows Docker calling RootlessKit's port manager, which only port drivers other than implicit or none have: not pasta's own forwarding.
    verdict: 'not-affected',
    when: (c) =>
      !c.f.networkDriver && !c.f.portDriver && c.f.portManager ? spec('port-driver-excludes-pasta', { portDriver: null }) : null,
    deciding: () => ['portManager'],
  },
  {
    verdict: 'not-affected',
    // Docker's own releases before pasta support bundle a RootlessKit without it; a distribution's build may pair its
    // Docker with any RootlessKit package, and a pasta seen running settles it anyway. pasta only set is no driver such a daemon started with.
    when: (c) =>
      c.f.rootlesskitVersion === null && c.docker(docker.pastaCapable.version) === false && c.f.dockerPackaging !== 'distribution' && (c.f.networkDriver !== 'pasta' || c.signals.has('pasta-set-only'))
        ? spec('docker-without-pasta', { dockerVersion: c.f.dockerServerVersion!, pastaSet: c.f.networkDriver === 'pasta' })
        : null,
    deciding: () => ['dockerServerVersion'],
  },
  {
    // RootlessKit cannot run a pasta that is not installed: it matters where the paste shows Docker here, not only Docker Desktop's, and
    // the shell's PATH is no match for the reset itself.
    verdict: 'not-affected',
    when: (c) =>
      c.f.pastaInstalled === false && !c.f.networkDriver && c.f.portDriver !== 'implicit' && showsDocker(c) && !desktopOnly(c) && !c.signals.has('connection-reset')
        ? spec('pasta-not-installed', { rootlesskitVersion: c.f.rootlesskitVersion, rkFixed: c.rk(fix), inferredFrom: inferredFrom(c) })
        : null,
    deciding: () => ['pastaInstalled'],
    assumed: () => 'pastaInstalled',
  },
  {
    verdict: 'not-affected',
    // (Not where only pasta's --tcp-ports=none says none and a port published on loopback resets: that argv is from before a restart.)
    when: (c) =>
      c.f.networkDriver === 'pasta' && c.f.portDriver === 'none' && !(loopbackReset(c.signals) && c.evidence.portDriver?.every((e) => wholeLine(e).includes('--tcp-ports=none')))
        ? spec('port-driver-none', {})
        : null,
    deciding: () => ['networkDriver', 'portDriver'],
  },
  {
    // An old pasta keeps the working mapping, whichever daemon and driver run: it matters where the paste shows Docker (not only
    // Docker Desktop's, whose own step comes first).
    verdict: 'not-affected',
    when: (c) =>
      c.era === 'old' && c.eraSource && (c.f.networkDriver === 'pasta' || c.f.rootless === true || (showsDocker(c) && !desktopOnly(c)) || pastaAlone(c))
        ? spec('pasta-predates-change', { via: c.eraSource, pastaVersion: c.f.pastaVersion, pastaDate: c.f.pastaDate, rkFixed: c.rk(fix) === true, installed: c.eraSource === 'version' && c.packaged.has('pastaDate') })
        : null,
    deciding: eraKeys,
    assumed: (c) => (c.eraSource === 'argv' || c.eraSource === 'stale' ? 'pastaVersion' : null),
  },
  {
    verdict: 'fixed',
    // A RootlessKit shown that never passes the flag, beside the flag where RootlessKit puts it, is not the one that runs: not named as it.
    when: (c) =>
      c.f.hostLoToNsLo !== true
        ? null
        : c.rk(fix) === false && !c.inferred.has('rootlesskitVersion') && c.evidence.hostLoToNsLo?.some(rootlesskitsFlag)
          ? spec('fixed-flag-seen', { rootlesskitVersion: null, olderShown: c.f.rootlesskitVersion! })
          : spec('fixed-flag-seen', { rootlesskitVersion: c.f.rootlesskitVersion, rkFixed: c.rk(fix) === true }),
    deciding: () => ['hostLoToNsLo'],
  },
  {
    verdict: 'fixed',
    when: (c) =>
      // (Not from the Docker table beside pasta's argv without the flag, which a RootlessKit with the fix leaves out only for an old
      // pasta: era. Nor beside the argv of the pasta that runs now without it. A RootlessKit shown after a restart is the one that runs now.)
      c.f.networkDriver === 'pasta' && c.rk(fix) === true && !(c.f.hostLoToNsLo === false && c.inferred.has('rootlesskitVersion')) && !argvWithoutFlagNow(c)
        ? spec('fixed-rootlesskit', { rootlesskitVersion: c.f.rootlesskitVersion ?? c.rootlesskitAtLeast!, orLater: !c.f.rootlesskitVersion, inferredFrom: inferredFrom(c) })
        : null,
    deciding: (c) => ['networkDriver', ...rootlesskitKeys(c)],
  },
  {
    verdict: 'affected',
    when: (c) =>
      // (Not where an installed RootlessKit with the fix leaves open whether the daemon or pasta is the older: the probe tells.)
      c.f.networkDriver === 'pasta' && c.f.portDriver === 'implicit' && (c.rk(fix) === false || c.f.hostLoToNsLo === false) && !olderUnknown(c)
        ? spec('affected', {
            rootlesskitVersion: c.f.rootlesskitVersion,
            inferredFrom: inferredFrom(c),
            flagAbsent: c.f.hostLoToNsLo === false,
            pastaVersion: c.f.pastaVersion,
            noRelease: namesNoRelease(c.f.pastaVersion),
            era: c.era,
            shipped: c.era !== 'new' && c.f.pastaDate === null ? shippedPasst(c.f.operatingSystem) : null,
            stated: statedFix(c),
            installed: installedFixed(c),
            probeMissed: probeMissed(c),
            otherClient: c.signals.has('two-daemons') || c.signals.has('context-system'),
            rootfulRestart: c.signals.has('rootful-restarted'),
            // (What holds the upgrade back only where the fix upgrades: not beside a RootlessKit with the fix installed, or one that runs
            // and missed its probe.)
            ...upgradeWay(c, !installedFixed(c) && !probeMissed(c)),
            allAddresses: onlyAllAddresses(c.signals),
          })
        : null,
    // pasta's argv without the flag settles it alone; otherwise the RootlessKit version and the port driver do; and pasta's era, where shown.
    deciding: (c) => (c.f.hostLoToNsLo === false ? ['networkDriver', 'hostLoToNsLo', ...eraKeys(c)] : ['networkDriver', 'portDriver', ...rootlesskitKeys(c), ...eraKeys(c)]),
    // Affected needs a pasta with the change; unless that was shown, it is assumed.
    assumed: (c) => (c.era !== 'new' ? 'pastaVersion' : null),
  },
  {
    // nerdctl typed only as root, and nothing else decided: its containers are those of the system-wide containerd, whose ports go through
    // neither RootlessKit nor pasta (nerdctl docs/rootless.md: the user reaches rootless containerd with nerdctl as is). That it runs as
    // root is the command, not seen.
    verdict: 'not-rootless',
    when: (c) => (nerdctlAsRootOnly(c) ? spec('nerdctl-as-root', {}, c.signals.get('nerdctl-as-root')) : null),
    deciding: () => [],
    assumed: () => 'rootless',
  },
];
