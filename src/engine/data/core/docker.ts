/** The Docker Engine versions and MTUs the engine compares against (with what they mean, for pages: ../docker.ts). */
import type { Source, Versioned } from '../types.ts';

/**
 * Docker Engine releases → the RootlessKit that Docker's own rootless extras bundle, oldest first. A ".x" last release
 * covers every patch of that line; a ".x" RootlessKit means the exact patch is not recorded.
 */
export const bundleTable: {
  source: Source;
  rows: readonly (readonly [first: string, last: string, rootlesskit: string, source?: Source])[];
} = {
  source: 'mobyRootlesskitInstaller',
  rows: [
    ['24.0.0', '24.0.x', '1.1.x'],
    ['25.0.0', '25.0.2', '2.0.0'],
    ['25.0.3', '25.0.3', '2.0.1'],
    ['25.0.4', '25.0.17', '2.0.2'],
    ['26.0.0', '26.1.5', '2.0.2'],
    ['27.0.1', '27.2.1', '2.0.2'],
    ['27.3.0', '27.5.0', '2.3.1'],
    ['27.5.1', '27.5.1', '2.3.2', 'mobyPr49304'],
    ['28.0.0', '28.0.1', '2.3.2'],
    ['28.0.2', '28.5.2', '2.3.4'],
    ['29.0.0', '29.1.5', '2.3.5'],
    ['29.2.0', '29.4.3', '2.3.6'],
    ['29.5.0', '29.5.2', '3.0.0'],
    ['29.5.3', '29.6.1', '3.0.1'],
    ['29.6.2', '29.7.2', '3.0.2'],
  ],
};

/** Docker Engine versions the rules and messages name. */
export const docker = {
  // The first release numbered by year and month; the one before was 1.13, so a version 2.x to 16.x is no Docker's.
  calendarVersions: { version: '17.03.0', source: 'mobyReleaseMilestones' },
  rootlessSupport: { version: '20.10.0', source: 'mobyInfoUnix' },
  rootlessComponents: { version: '23.0.0', source: 'docker23ReleaseNotes' },
  pastaCapable: { version: '25.0.0', source: 'mobyRootlesskitInstaller' },
  fixed: { version: '27.5.1', source: 'mobyPr49304' },
  slirpPortDriverRegression: { version: '28.0.0', source: 'moby49499' },
  slirpPortDriverFixed: { version: '28.0.1', source: 'dockerReleaseNotes28' },
  lastMtu1500: { version: '28.5.1', source: 'moby47765' },
  pastaFallback: { version: '28.5.2', source: 'mobyPr51149' },
  // The same dockerd-rootless.sh turns --detach-netns on by default, which brings a container on the host network to the host (moby#47103).
  gvisorFallback: { version: '29.5.0', source: 'mobyRootlessScript' },
  ipv6Forwarding: { version: '29.0', source: 'moby51541' },
  // The release notes list the fix under 29.0.2, and again under 29.1.3: from 29.1.3 on it is certain on either line.
  ipv6ForwardingFixed: { version: '29.0.2', source: 'dockerReleaseNotes29' },
  ipv6ForwardingFixed291: { version: '29.1.3', source: 'dockerReleaseNotes29' },
  // With the slirp4netns port driver every published port fails: "failed to bind host port 10.0.2.100:PORT/tcp: address already in use".
  slirpBindRegression: { version: '29.0.0', source: 'moby51591' },
  slirpBindFixed: { version: '29.1.2', source: 'dockerReleaseNotes29' },
} as const satisfies Record<string, Versioned>;

/**
 * Systems Docker publishes no packages for, as docker info names them (Docker's install page lists CentOS, Debian, Fedora, Raspberry Pi OS,
 * RHEL, SLES and Ubuntu): their Docker is their own build or Docker's static one, whose RootlessKits differ.
 */
export const unpackagedSystems = {
  names: ['Alpine Linux', 'Arch Linux', 'Chimera Linux', 'EndeavourOS', 'Gentoo', 'Manjaro', 'NixOS', 'openSUSE', 'Void Linux'],
  source: 'dockerEngineInstall',
} as const satisfies { names: readonly string[]; source: Source };

/** Where Docker's static tarballs are downloaded, in a folder per architecture as uname -m names x86_64 and aarch64: the address a fix's curl fetches. */
export const staticTarballs = { url: 'https://download.docker.com/linux/static/stable/', source: 'dockerStaticDownloads' } as const satisfies { url: string; source: Source };

/** Docker Desktop releases the messages name: the first with the Docker Desktop CLI (docker desktop start, status). */
export const dockerDesktop = {
  cli: { version: '4.37', source: 'dockerDocs21619' },
} as const satisfies Record<string, Versioned>;

/** The security options a daemon reports, which docker info lists under "Security Options:", in its order (moby's fillSecurityOptions). */
export const securityOptions: { names: readonly string[]; source: Source } = {
  names: ['apparmor', 'seccomp', 'selinux', 'userns', 'rootless', 'cgroupns', 'no-new-privileges'],
  source: 'mobyDaemonInfo',
};

/** The data root of the docker snap's daemon, the system's rootful service (Docker as root or the docker group's, `snap restart docker.dockerd`). */
export const dockerSnap = { dataRoot: '/var/snap/docker/', source: 'dockerSnapReadme' } as const satisfies { dataRoot: string; source: Source };

/** The client context dockerd-rootless-setuptool.sh creates for the user's rootless daemon (and makes current with `docker context use`). */
export const setupContext = { name: 'rootless', source: 'mobyRootlessSetuptool' } as const satisfies { name: string; source: Source };

/**
 * The official image of a rootless daemon in a container, named as docker:<release>-dind-rootless (Docker Hub's library, its registry
 * and namespace optional): its RootlessKit is the one Docker's static rootless extras of that release bundle (bundleTable).
 */
export const dindRootlessImage = {
  registry: 'docker.io',
  namespace: 'library',
  repository: 'docker',
  variant: '-dind-rootless',
  // Its Dockerfile installs packages with Alpine's apk as root, then runs as its user.
  install: 'apk add --no-cache',
  user: 'rootless',
  source: 'dindRootlessDockerfile',
} as const satisfies { registry: string; namespace: string; repository: string; variant: string; install: string; user: string; source: Source };

/**
 * What docker:dind-rootless's entrypoint (dockerd-entrypoint.sh) passes RootlessKit, in every release: it runs no dockerd-rootless.sh and
 * reads only the variables `reads` names; it passes --mtu=`mtu` where MTU is unset, and --disable-host-loopback and --port-driver=`portDriver`
 * whatever is set, before FLAGS, whose flags come later on the command line and win (`laterWins`).
 */
export const dindEntrypoint = {
  reads: ['NET', 'MTU', 'FLAGS'],
  portDriver: 'builtin',
  mtu: 1500,
  source: 'dindEntrypoint',
  laterWins: 'urfaveStringFlag',
} as const satisfies { reads: readonly string[]; portDriver: string; mtu: number; source: Source; laterWins: Source };

/**
 * How a container whose settings or image a file holds is made again once the file changed: Compose recreates a service whose
 * configuration or image changed; kubectl apply updates the objects to the file. A Dockerfile's image is built again pulling its base,
 * since a build otherwise takes a cached image of the same tag, which a tag that names no one release (27-dind-rootless) may leave older.
 */
export const recreate = {
  compose: { command: 'docker compose up -d', source: 'composeUp' },
  kubernetes: { command: 'kubectl apply -f', source: 'kubectlApply' },
  build: { command: 'docker build --pull', source: 'dockerBuildPull' },
} as const satisfies Record<string, { command: string; source: Source }>;

/** dockerd's --ip (daemon.json's "ip"): the address a port published without one (-p 8080:80) binds to; 0.0.0.0, all addresses, unless set. */
export const publishAddress = { option: 'ip', default: '0.0.0.0', source: 'dockerdReference' } as const satisfies { option: string; default: string; source: Source };

/** The network driver MTUs dockerd-rootless.sh sets. */
export const mtu = {
  explicitNetLegacy: { value: 1500, source: 'moby47765' },
  pasta: { value: 65520, source: 'mobyRootlessScript' },
} as const satisfies Record<string, { value: number; source: Source }>;

/** The variables dockerd-rootless.sh reads, each `prefix` and one of these names. */
export const rootlessSettings = {
  prefix: 'DOCKERD_ROOTLESS_ROOTLESSKIT_',
  names: ['NET', 'MTU', 'PORT_DRIVER', 'STATE_DIR', 'SLIRP4NETNS_SANDBOX', 'SLIRP4NETNS_SECCOMP', 'DISABLE_HOST_LOOPBACK', 'DETACH_NETNS', 'FLAGS'],
  source: 'mobyRootlessScript',
} as const satisfies { prefix: string; names: readonly string[]; source: Source };
