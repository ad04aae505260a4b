import {
  distributions,
  dockerBundles,
  dockerDesktop,
  dockerEvents,
  dockerMtu,
  dockerNotable,
  dockerThresholds,
  passtCommits,
  passtMilestones,
  passtPackages,
  passtReleases,
  pastaReproduction,
  rootlesskitFixCommit,
  rootlesskitPastaArgv,
  rootlesskitPastaRequirements,
  rootlessExtrasDependencyDropped,
  rootlesskit591Report,
  rootlesskitAddressing,
  rootlesskitReleases,
  rootlesskitThresholds,
  slirp4netnsThresholds,
  slirp4netnsVersionSample,
  dockerVersionSample,
  throughput,
} from '../../engine/data/index.ts';
import { compareVersions, inRange } from './version-order.ts';

/** The element just before the one matching `match` in an oldest-first list; throws when there is none, so a data change cannot silently blank a page. */
function before<T>(list: readonly T[], match: (item: T) => boolean): T {
  const index = list.findIndex(match);
  const item = list[index - 1];
  if (index < 1 || item === undefined) throw new Error('facts: no earlier entry in the list');
  return item;
}

/** The element at `index` of a list; throws when it is missing. */
function at<T>(list: readonly T[], index: number): T {
  const item = list.at(index);
  if (item === undefined) throw new Error(`facts: no entry at ${index}`);
  return item;
}

/** The RootlessKit that Docker's own packages bundle with Docker Engine `version`. */
function bundledWith(version: string): string {
  const row = dockerBundles.find((bundle) => inRange(version, bundle.first, bundle.last));
  if (!row) throw new Error(`facts: no bundle row for Docker ${version}`);
  return row.rootlesskit;
}

/** The first Docker Engine whose own packages bundle RootlessKit `version` or later. */
function firstBundling(version: string): string {
  const row = dockerBundles.find((bundle) => compareVersions(bundle.rootlesskit, version) >= 0);
  if (!row) throw new Error(`facts: no Docker bundles RootlessKit ${version}`);
  return row.first;
}

/**
 * Every version, tag and release date that an article names, read from the data module.
 * Articles show them with <V of="key" />; a key that disappears from here fails the build instead of leaving a stale number.
 */
export const facts = {
  // Docker Engine
  dockerRootlessComponents: dockerThresholds.rootlessComponents.version,
  dockerCalendarVersions: dockerThresholds.calendarVersions.version,
  dockerDesktopCli: dockerDesktop.cli.version,
  dockerPastaCapable: dockerThresholds.pastaCapable.version,
  dockerDisableHostLoopbackVar: dockerThresholds.disableHostLoopbackVar.version,
  dockerFixed: dockerThresholds.fixed.version,
  dockerFixedDate: dockerThresholds.fixed.date,
  dockerLastUnfixed: before(dockerBundles, (b) => b.rootlesskit === rootlesskitThresholds.hostLoToNsLo.version).last,
  dockerSlirpRegression: dockerThresholds.slirpPortDriverRegression.version,
  dockerSlirpFixed: dockerThresholds.slirpPortDriverFixed.version,
  dockerLastMtu1500: dockerThresholds.lastMtu1500.version,
  dockerLastNeverPicksPasta: dockerThresholds.lastNeverPicksPasta.version,
  dockerLastBuiltinPortDefault: dockerThresholds.lastBuiltinPortDefault.version,
  dockerPastaFallback: dockerThresholds.pastaFallback.version,
  dockerPastaFallback29: dockerThresholds.pastaFallback29.version,
  dockerGvisorFallback: dockerThresholds.gvisorFallback.version,
  dockerIpv6Forwarding: dockerThresholds.ipv6Forwarding.version,
  dockerIpv6ForwardingFixed: dockerThresholds.ipv6ForwardingFixed.version,
  dockerIpv6ForwardingFixedDate: dockerThresholds.ipv6ForwardingFixed.date,
  dockerIpv6ForwardingFixed291: dockerThresholds.ipv6ForwardingFixed291.version,
  dockerIpv6ForwardingFixed291Date: dockerThresholds.ipv6ForwardingFixed291.date,
  dockerSlirpBindRegression: dockerThresholds.slirpBindRegression.version,
  dockerSlirpBindFixed: dockerThresholds.slirpBindFixed.version,
  dockerSlirpBindFixedDate: dockerThresholds.slirpBindFixed.date,
  dockerTagPrefix: dockerThresholds.mobyTagPrefix.version,
  dockerSeedClaim: dockerNotable.seedClaim.version,
  dockerNewest: at(dockerBundles, -1).last,
  dockerBugReported: dockerEvents.bugReported.date,
  // RootlessKit
  rlkPasta: rootlesskitThresholds.pastaDriver.version,
  rlkLastUnfixed: before(rootlesskitReleases, (r) => r.version === rootlesskitThresholds.hostLoToNsLo.version).version,
  rlkFixed: rootlesskitThresholds.hostLoToNsLo.version,
  rlkFixedDate: rootlesskitThresholds.hostLoToNsLo.date,
  rlkFixCommitDate: rootlesskitFixCommit.date,
  rlkFixMergedDate: rootlesskitFixCommit.merged,
  rlkSeedClaimBundled: bundledWith(dockerNotable.seedClaim.version),
  rlkBuiltinSourceAddress: rootlesskitThresholds.sourceAddressBuiltin.version,
  dockerBuiltinSourceAddress: firstBundling(rootlesskitThresholds.sourceAddressBuiltin.version),
  rlkGvisorBuiltIn: rootlesskitThresholds.gvisorBuiltIn.version,
  rlkExtrasDependencyDropped: rootlessExtrasDependencyDropped.rootlesskit,
  rlkHostLoopbackBlocked: rootlesskitThresholds.hostLoopbackBlocked.version,
  rlkHostLoopbackBlockedDate: rootlesskitThresholds.hostLoopbackBlocked.date,
  rlkPesto: rootlesskitThresholds.pestoPortDriver.version,
  rlkIpv6: rootlesskitThresholds.pastaIpv6.version,
  rlkThroughputDocs: throughput.measuredWith,
  rlkArgvFrom: rootlesskitPastaArgv.verifiedFrom,
  rlkArgvTo: rootlesskitPastaArgv.verifiedTo,
  rlkDateOpen: rootlesskitReleases.find((release) => release.date === null)?.version ?? 'none',
  // RootlessKit's default addressing in the child (not versions, but typed nowhere else either)
  rlkChildAddress: rootlesskitAddressing.child,
  rlkPrefixLength: String(rootlesskitAddressing.prefixLength),
  rlkGateway: rootlesskitAddressing.gateway,
  rlkDns: rootlesskitAddressing.dns,
  // The setup reported in rootlesskit#591
  report591Docker: rootlesskit591Report.docker,
  report591Rootlesskit: rootlesskit591Report.rootlesskit,
  // passt / pasta
  passtMapHostLoopback: passtMilestones.mapHostLoopback.version,
  passtLastGood: passtMilestones.lastGoodDefault.version,
  passtChange: passtMilestones.change.version,
  passtChangeCommitDate: passtCommits.change.date,
  passtUndeprecated: passtMilestones.unDeprecated.version,
  passtUndeprecateCommitDate: passtCommits.unDeprecate.date,
  passtBroken: passtMilestones.brokenWithRootlesskit.version,
  passtBrokenFixed: passtMilestones.brokenFixed.version,
  passtSemantics: passtMilestones.semanticsRefined.version,
  passtLastBeforeSemantics: before(passtReleases, (r) => r.tag === passtMilestones.semanticsRefined.version).tag,
  passtMinimum: rootlesskitPastaRequirements.minimum.version,
  passtRecommended: rootlesskitPastaRequirements.recommended.version,
  passtPesto: rootlesskitPastaRequirements.pesto.version,
  passtDebian12: passtPackages.debian12.version,
  passtGitBuild: at(pastaReproduction.rows, 0).build,
  // git describe: '<tag>-<commits>-g<hash>' → '<tag>'
  passtGitBuildTag: at(pastaReproduction.rows, 0).build.replace(/-\d+-g[0-9a-f]+$/, ''),
  // slirp4netns
  slirpAutodetect: slirp4netnsThresholds.autodetect.version,
  // Real outputs quoted on the diagnostics and slirp4netns pages
  slirp4netnsSampleVersion: slirp4netnsVersionSample.version,
  dockerSampleVersion: dockerVersionSample.docker,
  dockerSampleRootlesskit: dockerVersionSample.rootlesskit,
  dockerSampleApiVersion: dockerVersionSample.apiVersion,
  dockerSampleSlirp4netns: dockerVersionSample.slirp4netns,
  dockerSampleSlirp4netnsCommit: dockerVersionSample.slirp4netnsCommit,
  // MTU (not versions, but kept with the values they belong to)
  mtuLegacy: String(dockerMtu.explicitNetLegacy.value),
  mtuPasta: String(dockerMtu.pasta.value),
  // Distributions
  debian12: distributions.debian12.name,
  ubuntu2310: distributions.ubuntu2310.name,
  ubuntu2404: distributions.ubuntu2404.name,
  ubuntu2410: distributions.ubuntu2410.name,
  rhel10: distributions.rhel10.name,
} as const satisfies Record<string, string>;

export type FactKey = keyof typeof facts;
