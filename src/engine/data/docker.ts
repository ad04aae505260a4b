/** Docker Engine versions with what they change, for pages; the engine reads the numbers from core/docker.ts. */
import { described } from './cite.ts';
import { bundleTable, docker, mtu } from './core/docker.ts';
import type { DockerBundle, DockerReleaseNotes, Threshold } from './types.ts';

/** Docker Desktop releases the checker names, as the engine reads them. */
export { dockerDesktop } from './core/docker.ts';
import * as urls from './urls.ts';

const installer = urls.mobyRootlesskitInstaller;

/** Docker Engine versions at which rootless networking behaviour changes. */
export const dockerThresholds = {
  calendarVersions: described(
    docker.calendarVersions,
    "First release numbered by year and month (YY.MM); the one before was 1.13. A version 2.x to 16.x is another engine's: Podman's Docker-compatible API reports Podman's own.",
  ),
  rootlessComponents: described(
    docker.rootlessComponents,
    'First Docker Engine whose docker version lists the rootlesskit component (moby#42330); a rootless 20.10 daemon lists none, so only from here does its absence prove a rootful daemon.',
  ),
  pastaCapable: described(docker.pastaCapable, 'First Docker Engine bundling RootlessKit 2.x, which has the pasta driver; StateDir moves to $XDG_RUNTIME_DIR/dockerd-rootless.'),
  disableHostLoopbackVar: { version: '26.0.0', what: 'DOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK is read (only the literal "false" removes --disable-host-loopback).', source: urls.mobyRootlessScript },
  fixed: { ...described(docker.fixed, 'First Docker Engine bundling RootlessKit 2.3.2, which passes --host-lo-to-ns-lo.'), date: '2025-01-22' },
  slirpPortDriverRegression: described(docker.slirpPortDriverRegression, 'protocol "tcp" is not supported by the RootlessKit port driver "slirp4netns".'),
  slirpPortDriverFixed: described(docker.slirpPortDriverFixed, 'Fixes the slirp4netns port driver regression of the release before (moby#49514).'),
  lastMtu1500: described(docker.lastMtu1500, 'Last release where an explicit network driver makes the MTU default to 1500.'),
  // The next two end where the MTU one does today (all three changed with moby#51149), but each is its own fact: moving one must not move the others.
  lastNeverPicksPasta: { version: '28.5.1', what: 'Last release whose dockerd-rootless.sh never picks pasta by itself (slirp4netns, otherwise vpnkit); pasta needs NET and PORT_DRIVER set explicitly.', source: urls.mobyPr51149 },
  lastBuiltinPortDefault: { version: '28.5.1', what: 'Last release whose dockerd-rootless.sh defaults the port driver to builtin whatever the network driver, so NET=pasta alone is refused by RootlessKit.', source: urls.mobyPr51149 },
  pastaFallback: described(docker.pastaFallback, 'dockerd-rootless.sh picks pasta (port driver implicit, MTU 65520) when slirp4netns is not installed (also in 29.0.0).'),
  pastaFallback29: { version: '29.0.0', what: 'The pasta fallback of 28.5.2 on the 29.x line.', source: urls.mobyPr51149 },
  ipv6Forwarding: described(
    docker.ipv6Forwarding,
    'First release whose dockerd-rootless.sh turns on IPv6 forwarding (sysctl -w net.ipv6.conf.all.forwarding=1) and stops when the kernel has no IPv6 (booted with ipv6.disable=1).',
  ),
  ipv6ForwardingFixed: { ...described(docker.ipv6ForwardingFixed, 'dockerd-rootless.sh ignores a failure to turn on IPv6 forwarding, so rootless Docker starts on a host without IPv6 (moby#51543), on the 29.0 line.'), date: '2025-11-17' },
  ipv6ForwardingFixed291: { ...described(docker.ipv6ForwardingFixed291, 'The release notes list the same fix again; from here on it is in whatever line is installed.'), date: '2025-12-12' },
  slirpBindRegression: described(
    docker.slirpBindRegression,
    'With the slirp4netns port driver every published port fails: failed to bind host port 10.0.2.100:PORT/tcp: address already in use (moby#51591).',
  ),
  slirpBindFixed: { ...described(docker.slirpBindFixed, 'Fixes port publishing with the slirp4netns port driver (moby#51616).'), date: '2025-12-02' },
  mobyTagPrefix: { version: '29.0.0', what: "First release whose moby tag is docker-v… (docker-v29.0.0) rather than v… (v28.5.2).", source: urls.moby51685 },
  gvisorFallback: described(docker.gvisorFallback, 'Last fallback is gvisor-tap-vsock (RootlessKit v3); DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS defaults to true.'),
} as const satisfies Record<string, Threshold>;

const major = (version: string): number => Number.parseInt(version, 10);

/**
 * The installer file at a Docker release's tag, which names the RootlessKit that release builds (on master it shows only today's),
 * so that a row's link confirms that row.
 */
function installerAt(release: string): string {
  const tag = major(release) >= major(dockerThresholds.mobyTagPrefix.version) ? `docker-v${release}` : `v${release}`;
  return urls[bundleTable.source].replace('/blob/master/', `/blob/${tag}/`);
}

/** Docker Engine releases → the RootlessKit that Docker's own rootless extras bundle, oldest first; each links to its source at its first release. */
export const dockerBundles: readonly DockerBundle[] = bundleTable.rows.map(([first, last, rootlesskit, source]) => ({
  first,
  last,
  rootlesskit,
  source: source ? urls[source] : installerAt(first),
}));

/**
 * Every Docker Engine release from the first row of dockerBundles on that the release notes list, taken from their "## X.Y.Z" and
 * "### X.Y.Z" headings, without pre-releases: search indexes each with the row whose range holds it (named-releases.ts). The notes
 * list no release after 25.0.5, 26.1.4, 28.4.0 and 29.1.4 at these commits, though the table goes on. 27.md has a heading 27.0.0 only
 * to say that no 27.0.0 was released (its tag was made by mistake during a pre-release), so it is left out.
 */
export const dockerReleases: readonly DockerReleaseNotes[] = [
  { releases: ['24.0.9', '24.0.8', '24.0.7', '24.0.6', '24.0.5', '24.0.4', '24.0.3', '24.0.2', '24.0.1', '24.0.0'], source: urls.dockerReleaseNotes24 },
  { releases: ['25.0.5', '25.0.4', '25.0.3', '25.0.2', '25.0.1', '25.0.0'], source: urls.dockerReleaseNotes25 },
  { releases: ['26.0.2', '26.0.1', '26.0.0'], source: urls.dockerReleaseNotes260 },
  { releases: ['26.1.4', '26.1.3', '26.1.2', '26.1.1', '26.1.0'], source: urls.dockerReleaseNotes261 },
  {
    releases: ['27.5.1', '27.5.0', '27.4.1', '27.4.0', '27.3.1', '27.3.0', '27.2.1', '27.2.0', '27.1.2', '27.1.1', '27.1.0', '27.0.3', '27.0.2', '27.0.1'],
    source: urls.dockerReleaseNotes27,
  },
  {
    releases: ['28.4.0', '28.3.3', '28.3.2', '28.3.1', '28.3.0', '28.2.2', '28.2.1', '28.2.0', '28.1.1', '28.1.0', '28.0.4', '28.0.3', '28.0.2', '28.0.1', '28.0.0'],
    source: urls.dockerReleaseNotes28Later,
  },
  { releases: ['29.1.4', '29.1.3', '29.1.2', '29.1.1', '29.1.0', '29.0.4', '29.0.3', '29.0.2', '29.0.1', '29.0.0'], source: urls.dockerReleaseNotes29 },
];

/** The network driver MTUs dockerd-rootless.sh sets. */
export const dockerMtu = {
  explicitNetLegacy: described(mtu.explicitNetLegacy, 'MTU when DOCKERD_ROOTLESS_ROOTLESSKIT_NET is set, up to Docker 28.5.1.'),
  pasta: described(mtu.pasta, 'MTU for pasta from Docker 28.5.2 / 29.0.0, and the default of RootlessKit\'s pasta driver (pkg/network/pasta/pasta.go).'),
} as const;

/** Docker Engine releases the site names as examples or corrections rather than as thresholds. */
export const dockerNotable = {
  seedClaim: { version: '27.3.1', what: 'Listed as a working environment by the seed article; stock 27.3.1 bundles RootlessKit 2.3.1, which lacks the fix.', source: installer },
} as const satisfies Record<string, Threshold>;

/** Dated events on the Docker side of the story, for the timeline. */
export const dockerEvents = {
  bugReported: { date: '2024-11-08', what: 'moby/moby#48838 opened: loopback-published ports reset under pasta.', source: urls.moby48838 },
  fixReleased: { date: dockerThresholds.fixed.date, what: `Docker ${dockerThresholds.fixed.version} bundles the fixed RootlessKit.`, source: urls.mobyPr49304 },
} as const;

/** What the docker-ce-rootless-extras package pulls in for the network driver, by Docker Engine series. */
export const rootlessExtrasDependencies = [
  { series: '27.x, 28.x', depends: 'slirp4netns', source: urls.dockerCePackaging },
  { series: '29.4', depends: 'slirp4netns | passt', source: urls.dockerCePackaging },
] as const;

/** When docker-ce-rootless-extras stopped depending on a network driver package: on moby's main branch, with RootlessKit v3 (April 2026). */
export const rootlessExtrasDependencyDropped = {
  rootlesskit: '3.0.0',
  what: 'The network driver dependency of docker-ce-rootless-extras is dropped on moby master in April 2026, with RootlessKit v3.',
  source: urls.dockerCePackaging,
} as const;
