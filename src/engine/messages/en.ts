/** The English message catalogue. Every version in these texts comes from the data module. */
import type { Apply } from '../apply.ts';
import { DESKTOP_MAC } from '../daemon-address.ts';
import { askSocket, checksFor, passtAdded, ciService, CLIENT_TARGET, CREATE_CONTEXT, daemonLog, DESKTOP_START, DESKTOP_START_ANY, DIND_ROOTLESS, DIND_VERSION, DISABLE_ROOTFUL, dockerUpgrade, FLAG, holdPasst, ID_MAPS, idHelpers, imageUpgrade, install, installAptVersion, installRootlesskit, installRootlesskitThenSetup, kernelIpv6, moveSettings, noSystemd, OWN_SOCKET, OWNER, passtUpgrade, upgradePasst, pastaFailureLog, PROBE, PS, PUBLISHED, publishFiltered, REMOTE_DAEMON, run, setcapRootlesskit, setDrivers, settingsFix, setupAsUser, slirp4netnsChecked, sshDaemon, START_PODMAN_MACHINE, startDaemon, startDesktop, startPodmanSocket, STATIC_RELEASE, removeLock, unignore, tun, unhold, UNIT_ENVIRONMENT, unlock, UNIT_FILES, unprivilegedFrom, unprivilegedInContainer, UNSET_HOST, upgrade, UPGRADE_APT, UPGRADE_NIXOS, UPGRADE_STATIC, upgradeRootlesskit, userns, userSession, driverChecks, runningVersion } from '../commands.ts';
import { blockedTitle, reportWords, stoppedNote } from './report-words.ts';
import { nerdctl, rootlessContainerd } from '../data/core/containerd.ts';
import { appArmorUbuntu } from '../data/core/diagnostics.ts';
import { dindEntrypoint, docker, dockerDesktop, mtu, recreate, rootlessSettings } from '../data/core/docker.ts';
import { managedPortDrivers, pastaPortDrivers, rootlesskitAddressing } from '../data/core/network.ts';
import { passt, passtChangeCommit, passtDebian12 } from '../data/core/passt.ts';
import { rootlesskit, rootlesskitPasta } from '../data/core/rootlesskit.ts';
import { toPesto } from '../driver-settings.ts';
import type { ValueSource } from '../facts.ts';
import type { PackageManager } from '../data/core/packaging.ts';
import type { StatedFix } from '../rules/stated-fix.ts';
import { byHandSource } from '../rules/settings-source.ts';
import type { FactKey } from '../types.ts';
import { packagedFact } from './packaged.ts';
import type { Locks, MessageParams, Messages, Outcome, SnippetWords, UpgradeWay } from './types.ts';

/** The words of the shared fix snippets. */
const snippets: SnippetWords = {
  installWith: (pkg) => `install ${pkg} with your package manager`,
  slirp4netnsInImage: 'slirp4netns must be in the image, as newer docker:dind-rootless images have it: this prints its version, or fails without it',
  inImage: (pkg) => `${pkg} must be in the image, which no package manager of the host changes: this prints its version, or fails without it, and then an image built FROM this one adds it with apk as root`,
  addToServiceImage: (pkg) =>
    `the image has no ${pkg}, and no command of the job adds it there: an image built FROM it with ${pkg}, pushed as IMAGE (its name in a registry the runner pulls from), then IMAGE as the service's name: in services:`,
  addToImage: (pkg) => `the image has no ${pkg}, and no package manager of the host adds it there: an image built FROM it with ${pkg}, named IMAGE, then the container run from IMAGE, in its docker run or its image: line`,
  manifest: 'MANIFEST: the file of the manifest, with its image: line changed',
  manifestEnv: 'MANIFEST: the file of the manifest, with these entries in the env: of its container',
  serviceImage: 'then run the job again: GitLab starts the service from the new image',
  serviceVariables: "in .gitlab-ci.yml, these variables in the service's item of services: (beside its alias and its other variables), then run the job again, which starts the service anew with them",
  holdPasst: 'hold passt with your package manager (pacman: IgnorePkg = passt in /etc/pacman.conf)',
  userns: ['0: not allowed to users', '1: AppArmor decides', '0: none allowed'],
  idHelpers: ['setuid root shows as -rwsr-xr-x root', 'if not: cap_setuid, cap_setgid', '1: setuid and file capabilities are ignored', '0 0 4294967295 outside any user namespace'],
  userSession: 'as root, for USER, the user that runs rootless Docker',
  asThatUser: 'then as that user, without sudo',
  noSystemd: [
    'WSL: wsl --update, then systemd=true under the boot section of /etc/wsl.conf, then wsl.exe --shutdown in Windows, then the setup tool with uninstall and install',
    'Elsewhere, as the user and not root, at each boot: a runtime directory of its own, not under /tmp, emptied first',
    'or the line the setup tool printed',
  ],
  systemd: ['systemd runs', 'no systemd'],
  tun: 'crw-rw-rw-: there, and writable by all',
  ciCerts: 'ca.pem cert.pem key.pem: TLS, port 2376',
  sshAddress: 'USER@HOST: the ssh:// address',
  noIpv6: 'no IPv6 in this kernel',
  onDaemonHost: ({ host, user, ssh, via }) =>
    `on ${host}${user ? ` as ${user}` : ''}, the host of the daemon ${via === 'host' ? 'DOCKER_HOST' : via === 'context' ? 'the current docker context' : 'ssh from this client'} reaches: ${ssh}`,
  rootfulLog: (command) => `rootful: ${command}`,
};

const FIX_RK = rootlesskit.hostLoToNsLo.version;
/** What the upgrade of Docker's packages echoes where RootlessKit is not theirs. */
const UPGRADE_ELSEWHERE = 'RootlessKit in ~/bin, or not from the packages of Docker: see Upgrade in the guide';
/** The comment before a container's upgrade to the image `image`, for reason `why` (after a comma): made again from its docker run, or where the image is named. */
const newImage =
  (a: Apply, why: string) =>
  (image: string): string =>
    a.container?.service
      ? `the service's image ${image} or later${why}, in its item of services: in .gitlab-ci.yml (or in the FROM of the image built on it, then built again)`
      : a.container?.run
        ? `the image ${image} or later${why}: the container made again with it`
        : `the image ${image} or later where it is named${why}, then the container made again`;
/** Docker upgraded to `release`, which fixes the problem: the container's image, or Docker's packages here. */
const upgradeTo = (a: Apply, release: string): string =>
  dockerUpgrade(a, release, { image: newImage(a, ', which fixes it'), packages: `the packages of Docker: Docker ${release} or later`, elsewhere: UPGRADE_ELSEWHERE }, snippets);
const CHANGE = passt.change.version;
const NOT_AFFECTED = 'another network driver, which is not affected.';

/** The upgrade of a distribution's RootlessKit with the package manager the paste shows; where none is, the package that provides it. */
const fromDistribution = (m: PackageManager | null): string[] =>
  m === 'nix'
    ? [`# Docker from Nix: NixOS upgrades RootlessKit with its channel, to ${FIX_RK} or later once the channel has it. With a flake, update its nixpkgs input instead, then rebuild`, UPGRADE_NIXOS]
    : m
      ? [`# Docker from the distribution: upgrade its rootlesskit package to ${FIX_RK} or later${m === 'pacman' ? ', with the whole system, as Arch supports no partial upgrade' : m === 'xbps' ? ', with the whole system' : ''}`, upgradeRootlesskit(m)]
      : [`# Docker from a distribution: upgrade the package that provides rootlesskit to ${FIX_RK} or later`, OWNER];
/**
 * RootlessKit upgraded to a release with the fix the way `p` says (a container's image, rootless containerd's, Docker's static install, a
 * distribution's package or Docker's), then the daemon restarted.
 */
const rootlesskitUpgrade = (p: UpgradeWay, a: Apply): string[] =>
  a.container
    ? [imageUpgrade(a, docker.fixed.version, newImage(a, ', whose RootlessKit has the fix'), snippets)]
    : a.containerd
    ? [`# RootlessKit ${FIX_RK} or later: upgrade the package this prints, or where none owns rootlesskit, unpack a newer ${nerdctl.bundle} archive, which bundles RootlessKit, or a release of RootlessKit`, OWNER, a.restart]
    : [...(p.staticInstall
      ? [`# Docker static install in ~/bin: the static tarballs of Docker ${STATIC_RELEASE} unpacked over it, any release from ${docker.fixed.version} on has the fix`, UPGRADE_STATIC]
      : p.distribution
      ? [...releases(p), ...fromDistribution(p.manager)]
      : [...releases(p), ...(p.pinned?.install
        ? [`# the pin of apt holds Docker back: install Docker ${docker.fixed.version} or later by its version`, installAptVersion(p.pinned.install), '# then make the pin name that version, Pin: version in /etc/apt/preferences.d/, or remove it']
        : p.pinned
          ? [`# the pin of apt holds Docker back: make it name Docker ${docker.fixed.version} or later, Pin: version in /etc/apt/preferences.d/, or remove it, then`, UPGRADE_APT]
          : [`# the packages of Docker: Docker ${docker.fixed.version} or later`, upgrade(UPGRADE_ELSEWHERE)])]), a.restart];
/** The holds and locks on the packages to upgrade, released before the upgrade. */
const releases = ({ held, locked, zypperLocked, ignored }: Locks): string[] => [
  ...(held ? ['# apt-mark holds these packages: release them first, and hold them again after the upgrade if you want', unhold(held)] : []),
  ...(locked ? ['# dnf versionlock locks these packages: remove the locks first, and add them again after the upgrade if you want', unlock(locked)] : []),
  ...(zypperLocked ? ['# zypper locks these packages: remove the locks first, and add them again after the upgrade if you want', removeLock(zypperLocked)] : []),
  ...(ignored ? ["# pacman.conf's IgnorePkg skips these packages: take them out of it first, and put them back after the upgrade if you want", unignore(ignored)] : []),
];
/** What the reader says they upgraded to, and the RootlessKit it brings. */
const statedRelease = (s: StatedFix): string => (s.tool === 'docker' ? `Docker ${s.version}, whose own packages bundle RootlessKit ${s.rootlesskit}` : `RootlessKit ${s.version}`);

const rkPhrase = (rk: string, from: string | null): string => (from ? `Docker ${from} bundles RootlessKit ${rk}` : `RootlessKit ${rk}`);
/** A version, or a lower bound on one. */
const extrasOf = (v: string | null): string => `rootless extras of Docker ${v}`;
const orLater = (version: string, bound: boolean): string => (bound ? `${version} or later` : version);
/** " (Docker 27.3.1)"-style suffix, or nothing. */
const paren = (label: string, value: string | null): string => (value ? ` (${label} ${value})` : '');
/** What switching to pasta later would do beside this RootlessKit (rkFixed null: its version is not known). */
const beforePasta = (rk: string | null, rkFixed: boolean | null, from: string | null): string =>
  rkFixed
    ? `${rk ? `RootlessKit ${rk}` : 'This RootlessKit'} passes ${FLAG} to pasta, so pasta would be safe to use.`
    : `Before you install passt, upgrade RootlessKit to ${FIX_RK} or later${rk ? ` (${rkPhrase(rk, from)})` : ''}: before it, a passt from ${CHANGE} on resets connections to ports published on 127.0.0.1.`;
/** Names as prose lists them, with `word` before the last: "a, b or c". */
const listed = (word: string) => (names: readonly string[]): string => names.join(', ').replace(/, (?!.*, )/, ` ${word} `);
const orList = listed('or');
const andList = listed('and');

/** What one answer to the missing fact would make the verdict, as the next step words it. */
function outcome(o: Outcome): string {
  const rk = o.rootlesskitVersion ? `${rkPhrase(o.rootlesskitVersion, o.rootlesskitInferred ? o.dockerVersion : null)}: ` : '';
  if (o.verdict === 'affected' || o.verdict === 'fixed') return `${rk}${o.verdict}${o.pastaUnseen ? ` if pasta is ${CHANGE} or later` : ''}.`;
  return o.verdict === 'incomplete' ? `the RootlessKit version decides: before ${FIX_RK} affected${o.pastaUnseen ? ` if pasta is ${CHANGE} or later` : ''}, from ${FIX_RK} fixed.` : 'not affected.';
}

/** What the settings of rootless containerd would mean, each as the rules decide it. */
function containerdOutcomes(c: NonNullable<MessageParams['need-network-driver']['containerd']>): string {
  const [first, ...rest] = c.unset;
  const picks = `${first!.answer}${rest.map((o) => `, or ${o.answer} where it is missing`).join('')}`;
  const unset = c.unset.every((o) => o.verdict === first!.verdict) ? outcome(first!) : c.unset.map((o) => `with ${o.answer}, ${outcome(o)}`).join(' ');
  const alone = c.alone.stops ? `RootlessKit refuses ${c.portDriverDefault} with pasta, so containerd does not start.` : outcome(c.alone);
  return `With NET unset, the script picks ${picks}, never pasta: ${unset} With NET=pasta and PORT_DRIVER unset, it passes ${c.portDriverDefault}: ${alone} With NET=pasta and PORT_DRIVER=implicit, as for pasta seen running (the answer pasta: RootlessKit starts pasta only with port driver implicit or none): ${outcome(c.implicit)}`;
}

/** A fact's value as the fact table shows it: a yes or no for a boolean. */
// The local machine, where the paste names none beside a tool's hosts (machines.ts machines).
const machineName = (machine: string): string => machine || 'the local machine';
const valueOf = (value: string): string => (value === 'true' ? 'yes' : value === 'false' ? 'no' : value);

// Where a disagreeing value was seen; one deduced rather than printed is marked as the fact table marks it.
const INFERRED = 'inferred';
const seenIn: Record<ValueSource, string> = { running: 'running daemon', binary: "the program's own version", package: 'installed package', config: 'configuration' };

/** Each fact's name, in the order the checker lists facts. */
const factNames: Record<FactKey, string> = {
  rootless: 'Rootless daemon',
  networkDriver: 'Network driver',
  portDriver: 'Port driver',
  portManager: "RootlessKit's port manager in use",
  rootlesskitVersion: 'RootlessKit',
  hostLoToNsLo: 'pasta runs with --host-lo-to-ns-lo',
  pastaAcceptsHostLoToNsLo: 'pasta accepts --host-lo-to-ns-lo',
  pastaInstalled: 'pasta installed',
  pastaVersion: 'pasta version',
  pastaDate: 'pasta release date',
  dockerServerVersion: 'Docker Engine',
  rootlessExtrasVersion: 'docker-ce-rootless-extras',
  dockerPackaging: 'Docker packaged by',
  dockerClientVersion: 'Docker client',
  slirp4netnsVersion: 'slirp4netns',
  mtu: 'MTU',
  disableHostLoopback: '--disable-host-loopback',
  detachNetns: '--detach-netns',
  ipv4Only: 'pasta --ipv4-only',
  operatingSystem: 'Operating system',
  podmanVersion: 'Podman',
};

/** Whose daemon listens where a client looked on Windows, a Mac, or Docker Desktop for Linux. */
const desktopPlace = {
  windows:
    `Docker's pipe on Windows, which Docker Desktop serves (or another engine in its place, such as a Podman machine; Docker Engine on Windows Server is a service: Start-Service docker). Start Docker Desktop from its menu, or with docker desktop start from Docker Desktop ${dockerDesktop.cli.version} on (docker desktop status says when it runs), then run the command again.`,
  mac: `Docker Desktop's socket on a Mac. Start Docker Desktop from Applications, or with docker desktop start from Docker Desktop ${dockerDesktop.cli.version} on, then run the command again.`,
  macVm: "a socket in a Mac's home directory, which a tool that runs Docker's daemon in a Linux VM provides (Docker Desktop's is ~/.docker/run/docker.sock). Start that tool, then run the command again.",
  linux: "Docker Desktop's socket, its context desktop-linux, current while Docker Desktop runs. Start Docker Desktop, or switch back to this machine's rootless daemon with docker context use rootless, then run the command again.",
} as const;

/** Why the client could not connect, by where it looked, and what to check there. */
function unreachable(p: MessageParams['daemon-not-running'], a: Apply): { detail: string; fix: string } {
  switch (p.where) {
    case 'dind-rootless':
      return {
        detail:
          "In docker:dind-rootless a command run by docker exec has no DOCKER_HOST, so its client looks for /var/run/docker.sock, while the daemon listens on /run/user/1000/docker.sock (its user's, UID 1000). See in the log whether the daemon started, then point the client at its socket.",
        fix: DIND_ROOTLESS,
      };
    case 'service':
      return {
        detail: `The client looked for the daemon at ${p.address}, a container it reaches by name: usually a CI job's docker:dind (or docker:dind-rootless) service or a sidecar; the docker image's client looks for one named docker when it has no socket. Starting a daemon here does not help. The service needs that name or alias and must run privileged ("mount: permission denied" in its log says it does not). With TLS (DOCKER_TLS_CERTDIR=/certs) its daemon listens on port 2376 and the job needs the client certificates from its certificate directory; without TLS (DOCKER_TLS_CERTDIR="") on port 2375. With GitLab's Kubernetes executor the service may also not have started yet: the last command waits for it.`,
        fix: ciService(snippets),
      };
    case 'remote':
      return {
        detail: `The client looked for the daemon at ${p.address}, over the network, where DOCKER_HOST or the current docker context points it. If that daemon is on another machine or in a container, run the checker's commands there: starting one here does not help. This machine's rootless daemon listens on its user's socket.`,
        fix: REMOTE_DAEMON,
      };
    case 'ssh':
      return {
        detail: `The client reaches the daemon through SSH${p.address.toLowerCase().startsWith('ssh:') ? `, at ${p.address}` : ` (${p.address} stands in for the SSH host)`}, as DOCKER_HOST or the current docker context says; starting one here does not help. For a rootless daemon there, DOCKER_HOST must be set on that host for the SSH user.`,
        fix: sshDaemon(snippets),
      };
    case 'loopback':
      return {
        detail: `The client looked for the daemon at ${p.address}, on the loopback: this machine's daemon on TCP (a rootless one can listen there), or a docker:dind service beside a job in a Kubernetes pod or CI job (see the guide's checks for a service). On this machine, start the rootless daemon and ask it through its socket.`,
        fix: startDaemon(a),
      };
    case 'desktop': {
      const otherVm = p.os === 'mac' && !p.address.includes(DESKTOP_MAC);
      return {
        detail: `The client looked for the daemon at ${p.address}, ${desktopPlace[otherVm ? 'macVm' : p.os]}`,
        fix: otherVm ? CLIENT_TARGET : startDesktop(p.os),
      };
    }
    case 'podman':
      return {
        detail: `The client looked for the daemon at ${p.address}, the socket of Podman's API service, which answers Docker's API for Podman: start it. The verdict is about Docker; it needs a Docker daemon's output.`,
        fix: startPodmanSocket(p.rootful),
      };
    case 'podman-machine':
      return {
        detail: `The client looked for the daemon at ${p.address}, a Podman machine's pipe on Windows, which answers Docker's API for Podman: start the machine. The verdict is about Docker; it needs a Docker daemon's output.`,
        fix: START_PODMAN_MACHINE,
      };
    case 'root-runtime':
      return {
        detail: `The client looked for the daemon at ${p.address}, in root's runtime directory, where no rootless daemon runs: rootless Docker refuses to run as root. As root, unset DOCKER_HOST to ask the system-wide daemon; for a user's rootless daemon, run the client as that user.`,
        fix: UNSET_HOST,
      };
    case 'rootful-shown':
      return {
        detail: 'The client could not connect, while the paste shows a daemon that runs as root, whose ports this problem leaves alone. If the client should reach that daemon, see where it points.',
        fix: CLIENT_TARGET,
      };
    case 'missing-context':
      return {
        detail: "The client's current context (the setup tool makes one named rootless) is not in this user's configuration: another HOME, or one removed. Make it again as the setup tool does (below); if rootless Docker was uninstalled, unset DOCKER_CONTEXT and use the default context instead.",
        fix: CREATE_CONTEXT,
      };
    case 'manual':
      return {
        detail: "The client looked for a rootless daemon in a runtime directory under the home directory, where one started without systemd listens (Docker's tips), and none listens there. Start it by hand, as the user (below). Inside a container, read its daemon's log instead: a rootless daemon in a container also needs it run with --privileged.",
        fix: noSystemd(snippets),
      };
    case 'desktop-client':
      return {
        detail: `This client belongs to Docker Desktop (the lines below say so) and found no daemon where it looked. Docker Desktop's daemon answers while Desktop runs: start Docker Desktop, from its menu or with docker desktop start (from Docker Desktop ${dockerDesktop.cli.version} on)${p.os === 'linux' ? ' or, on Linux, its user service (below)' : ''}${p.os === 'linux' ? ", or, if you meant this machine's rootless Docker, start that daemon and point DOCKER_HOST at its socket" : ''}.`,
        fix: p.os === 'linux' ? DESKTOP_START_ANY : DESKTOP_START,
      };
    case 'user-daemon':
      return {
        detail: `The client asked the system-wide daemon's socket, while your rootless daemon runs (its user service is active) and listens on its own socket${p.socket ? `, ${p.socket}` : ' in your runtime directory'}: it needs no start. Point the client at that socket (below, for this shell; the export line in ~/.bashrc keeps it), or use the context the setup tool makes, \`docker context use rootless\`.`,
        fix: askSocket(p.socket),
      };
    case 'here':
      // In a CI job whose daemon is its service, the client has no daemon of its own to start.
      return a.container?.service
        ? {
            detail:
              "The client could not connect: it looked for a daemon of its own, and the job's daemon is its service, which it reaches by name over TCP. Point DOCKER_HOST at the service, as the docker image's client does when it has no socket: tcp://docker:2376 with TLS (DOCKER_TLS_CERTDIR=/certs), with the client certificates from its certificate directory; tcp://docker:2375 without. Then run the commands again.",
            fix: ciService(snippets),
          }
        : {
            detail: 'The client could not connect, so there is no server section. Start the rootless daemon (or point DOCKER_HOST at it) and run the commands again.',
            fix: startDaemon(a),
          };
  }
}

// The variables docker:dind-rootless's entrypoint reads.
const entrypointReads = dindEntrypoint.reads
  .map((n) => `${rootlessSettings.prefix}${n}`)
  .join(', ')
  .replace(/, (?=\S+$)/, ' and ');

// What a daemon started by hand from a shell takes instead of the user service's restart (where the paste shows it did not start,
// nothing runs to stop) and start.
const AGAIN = 'run dockerd-rootless.sh again from this shell';
const BY_HAND = {
  restart: `stop the running daemon, then ${AGAIN}`,
  again: AGAIN,
  start: 'start dockerd-rootless.sh from this shell, in the background',
  image: `build the image again with ${recreate.build.command} and recreate its container`,
  job: 'run the job again: GitLab starts its services anew for each job, and the service reads its settings as it starts',
  jobProcesses: `the job cannot list its service's processes: rootlesskit ${FIX_RK} or later in docker version, and 0 from the probe of the image's pasta, mean that RootlessKit passes ${FLAG} to pasta`,
};

/** Said where a shell's exports are all the paste shows, with no daemon shown to read them: the user service never does. */
const UNREAD_EXPORTS = " The user service does not read a shell's exports: if you start dockerd-rootless.sh by hand instead, export the settings in that shell.";

export const en: Messages = {
  snippets,
  facts: factNames,
  verdict: reportWords.en.titles,
  flagSeen: reportWords.en.flagSeen,
  flagsLeft: (o) => ` The commands leave DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS as it is, and its ${andList(o)} would still win: remove ${andList(o)} from it yourself before running the commands below.`,
  byHand: BY_HAND,
  exported: {
    shell: (then) => ` These commands set the variables in this shell only: ${then} (and change your export lines to match).`,
    sudo: " The daemon was started as another user by sudo (without -E) or by a login shell (su -, runuser -l), which does not pass a shell's exports on: only what that command types is in force, so the changes are typed in it.",
    doas: " The daemon was started as another user by doas, which runs its command in a new environment (unless doas.conf says keepenv, which the paste cannot show): a shell's exports are not taken as in force, so the changes are typed in that command.",
    machinectl: " The daemon was started by machinectl shell, whose new login session inherits none of a shell's exports: only what that command types is in force, so the changes are typed in it.",
    'preserve-list': " The daemon was started as another user by sudo with a --preserve-env= list, which passes on only the exports it names: the others are not in force, so the changes are typed in that command.",
    run: (then) => ` The last line is the command you typed, with every change the findings here make to its settings (this one's too): ${then}, with that line.`,
    'run-own': (then) => ` The last line is the command you typed, with every change the other findings here make to its settings and this one's own, which their line leaves out (so this line differs from theirs): ${then}, with that line.`,
    hand: (then) => ` These commands set the variables in this shell only: ${then}. The paste shows none exported yet: set them with export like this before every start of the daemon (in ~/.profile, say, to keep them).`,
    both: ' The settings exported in a shell here must go too (unset them, and remove their export lines): dockerd-rootless.sh run by hand from that shell would still take them.',
    'both-run': ' The settings typed before dockerd-rootless.sh here were for that one run, and the user service never reads them: to run the script by hand again, leave them out (or type the changed ones instead).',
    unknown: UNREAD_EXPORTS,
    dockerfile:
      ` The last line is your Dockerfile's ENV instruction with every change the findings here make to its settings (this one's too): put it in place of that line in the Dockerfile, then build the image again and recreate its container (no user service runs in a container, so no drop-in applies). Build with \`${recreate.build.command}\`: without it, the build takes the base image cached for its tag, which may be an older release.`,
    'ci-service':
      " The daemon runs in a CI job's service (GitLab's services:), which no user service's drop-in reaches and no command of the job changes: its settings are the service's variables: in .gitlab-ci.yml, where its image is named too, and they take effect when the job runs again, as GitLab starts the service anew for each job. The job's client reaches only the service's daemon: its docker version is that daemon's, and the checks run the service's image in a container of their own.",
    container:
      " The daemon runs in a docker:dind-rootless container, which no user service's drop-in reaches: its settings are the container's (docker run's -e, a Compose file's environment:, a Kubernetes container's env:), and take effect when the container is recreated. A docker run line shown is typed again with every change the findings here make to its settings, options and image's tag (this one's too), after the old container is removed.",
  },
  stopped: (problem, buildkit, containerd, undecided) => stoppedNote('en', problem, buildkit, containerd, undecided),
  blocked: (buildkit, containerd) => blockedTitle('en', buildkit, containerd),
  certainty: {
    confirmed: () => reportWords.en.confirmed,
    // What a verdict can rest on unseen: RootlessKit from the Docker table, the port driver and rootful from defaults, pasta's release,
    // a pasta the shell did not find, the network driver the script of rootless containerd picks.
    inferred: ({ verdict, unseen, facts: f, inferred, beforeUpgrade }) =>
      `${reportWords.en.inferred[0]}${unseen
        .map((k) =>
          packagedFact(k, f, inferred, extrasOf)
            ? beforeUpgrade?.includes(k)
              ? `what runs is ${packagedFact(k, f, inferred, extrasOf)}, the one installed before the upgrade shown after the daemon's start`
              : `what runs is the installed ${packagedFact(k, f, inferred, extrasOf)}`
            : k === 'rootlesskitVersion'
            ? `${f.rootlesskitVersion ? `RootlessKit ${f.rootlesskitVersion}, the one` : 'the RootlessKit that'} Docker ${f.rootlessExtrasVersion ?? f.dockerServerVersion} bundles`
            : k === 'pastaVersion'
              ? `pasta ${verdict === 'affected' ? `is ${CHANGE} or later` : `predates ${CHANGE}`}`
              : k === 'rootless'
                ? 'the daemon runs as root'
                : k === 'pastaInstalled'
                  ? "the daemon's PATH lacks pasta as the shell's does"
                : k === 'portManager'
                  ? "this daemon uses RootlessKit's port manager"
                  : k === 'networkDriver'
                    ? f.networkDriver
                      ? `network driver ${f.networkDriver}`
                      : `network driver ${orList(rootlessContainerd.netDefault)}, as containerd-rootless.sh picks it`
                    : k === 'hostLoToNsLo'
                      ? `pasta runs ${f.hostLoToNsLo ? 'with' : 'without'} --host-lo-to-ns-lo, as the later of its two argvs shown says`
                      : `port driver ${f.portDriver}`,
        )
        .join('; ')}${reportWords.en.inferred[1]}`,
  },
  findings: {
    'rootful-daemon': (p) =>
      p.assumed
        ? {
            title: 'Taken to run as root: this docker version cannot show rootless',
            detail: `docker version lists a rootlesskit component only from Docker ${docker.rootlessComponents.version}, so Docker ${p.dockerVersion}'s cannot tell. docker info can: a rootless daemon lists "rootless" under Security Options.`,
            fix: 'docker info',
          }
        : {
            title: p.desktop ? "The daemon is Docker Desktop's" : p.snap ? "The daemon is the docker snap's" : 'The daemon runs as root',
            detail: `${
              p.desktop
                ? 'Docker Desktop runs its daemon in a VM of its own, not as rootless Docker'
                : p.snap
                  ? "Its data root is the docker snap's (under /var/snap/docker), whose daemon is the system's service, run as root, not rootless Docker"
                  : `No "rootless" security option or rootlesskit component${paren('Docker', p.dockerVersion)}`
            }: ports are published without RootlessKit or pasta, so this problem cannot be the cause of a reset on 127.0.0.1.`,
          },
    'rootlesskit-without-pasta': (p, a) => ({
      title: `RootlessKit ${p.rootlesskitVersion} has no pasta driver`,
      detail: `pasta came with RootlessKit ${rootlesskit.pastaDriver.version}; ${p.inferredFrom ? rkPhrase(p.rootlesskitVersion, p.inferredFrom) : `this is RootlessKit ${p.rootlesskitVersion}`}, so this problem cannot occur.${
        p.pastaSet
          ? ` The settings name pasta, which this RootlessKit refuses ("unknown network mode: pasta"), so the daemon does not start: the commands set slirp4netns again. For pasta, upgrade Docker first: its packages bundle RootlessKit with pasta from Docker ${docker.pastaCapable.version}, and without the loopback reset from ${docker.fixed.version}.`
          : ''
      }`,
      ...(p.pastaSet ? { fix: setDrivers(p.pastaSet, p.pastaSet.installed, snippets, a) } : {}),
    }),
    'docker-without-pasta': (p) => ({
      title: `Docker ${p.dockerVersion} predates the pasta driver`,
      detail: `Docker's packages bundle a RootlessKit with pasta from Docker ${docker.pastaCapable.version}; this one runs ${NOT_AFFECTED}${
        p.pastaSet ? " The paste's settings name pasta, which its RootlessKit does not have: the daemon that answers did not start with them." : ''
      }`,
    }),
    'other-network-driver': (p) => ({
      title: `Network driver ${p.networkDriver}: not affected`,
      detail: `Only pasta has the problem; with ${p.networkDriver}, published ports do not go through pasta's address mapping.`,
    }),
    'containerd-net-default': (p) => ({
      title: `Network driver not set: containerd-rootless.sh picks ${orList(p.drivers)}, never pasta`,
      detail: `The environment of the user unit of rootless containerd (${p.absent ? 'its answer below, which has no Environment= line' : 'the line below'}) does not set ${rootlessContainerd.prefix}NET, so containerd-rootless.sh picks the network driver itself: ${p.drivers[0]}${p.drivers.slice(1).map((d) => `, or ${d} where it is missing`).join('')}, never pasta. Only pasta has the problem, so rootless containerd is not affected. A variable this ${p.absent ? 'answer' : 'line'} does not list (set by an EnvironmentFile=, the environment of the user manager, or the shell that starts the script by hand) would choose otherwise: the command line of its RootlessKit (--net=) shows the driver that runs.`,
    }),
    'nerdctl-as-root': () => ({
      title: 'nerdctl run as root asks the system-wide containerd, not rootless containerd',
      detail: `nerdctl typed with sudo (or doas) runs as root and connects to the system-wide (rootful) containerd, not to rootless containerd, which runs in the user unit of the user who set it up: the containers it lists or runs, and the ports they publish, go through neither RootlessKit nor pasta, so the loopback problem of this guide does not apply to them. To reach rootless containerd, run nerdctl as the user who ran \`${rootlessContainerd.setupTool.install}\`, without sudo: it needs no socket address.`,
      fix: `# as the user who ran ${rootlessContainerd.setupTool.install}, without sudo\n${nerdctl.client} ps`,
    }),
    'port-driver-excludes-pasta': (p) =>
      p.portDriver
        ? {
            title: `Port driver ${p.portDriver}: pasta is not in use`,
            detail: `RootlessKit runs pasta only with port driver ${orList(pastaPortDrivers)}, so this daemon runs ${NOT_AFFECTED}`,
          }
        : {
            // Said whatever the network driver: none is known here (a known one is other-network-driver's), and slirp4netns may be it.
            title: "RootlessKit's port manager is in use: not port driver implicit, where the reset happens",
            detail: `Docker called RootlessKit's port manager, which it does only with port driver ${orList(managedPortDrivers)}, or RootlessKit holds a port on the host, as builtin and gvisor-tap-vsock do. The reset needs implicit, where pasta forwards ports by itself, so this daemon is not affected.`,
          },
    'port-driver-pesto': () => ({
      title: 'Port driver pesto: not affected',
      detail: `RootlessKit adds each published port to pasta with pesto, on the host address it was published on, and has Docker listen on the namespace's address ${rootlesskitAddressing.child}; pasta's automatic forwarding, where the reset happens, is off. RootlessKit's own tests run Docker this way, publish a port on 127.0.0.1 and connect to it.`,
    }),
    'port-driver-none': () => ({
      title: 'Port driver none: pasta forwards no ports',
      detail: 'pasta is not asked to forward host ports, so the reset cannot occur.',
    }),
    'pasta-predates-change': (p, a) => ({
      title: `pasta predates ${CHANGE}: not affected`,
      detail: `${
        p.via === 'probe'
          ? `pasta rejects ${FLAG} (the probe failed), so it`
          : p.via === 'argv'
            ? `RootlessKit ${FIX_RK} and later pass ${FLAG} whenever pasta accepts it; pasta runs without it, so pasta`
            : p.via === 'stale'
              ? `RootlessKit ${FIX_RK} and later pass ${FLAG} whenever pasta accepts it, as the pasta installed${p.pastaVersion ? ` (${p.pastaVersion})` : ''} does; the pasta that runs was started without it, before passt was upgraded, so it`
              : p.pastaVersion ? `pasta ${p.pastaVersion}` : `pasta from ${p.pastaDate}`
      } is older than ${CHANGE} and keeps the old mapping.${
        p.installed
          ? ` That version is the installed passt package's, which the daemon runs from its next start, not necessarily the pasta running now: the guide's probe below confirms it (any status but 0)${p.rkFixed ? `, and so does pasta's command line without ${FLAG}, which this RootlessKit passes to every pasta from ${CHANGE} on` : ''}.`
          : ''
      } ${
        p.via === 'stale'
          ? `A restart of the daemon runs the pasta installed, with ${FLAG}. If the flag is still missing after it, RootlessKit's probe failed, and ports published on 127.0.0.1 reset.`
          : p.rkFixed
            ? `This RootlessKit passes ${FLAG} to a newer passt, so upgrading passt is safe.`
            : `Upgrading passt before RootlessKit ${FIX_RK} would break it: upgrade RootlessKit first, or hold passt until then.`
      }`,
      ...(p.via === 'stale'
        ? { fix: [a.restart, checksFor(a, false).argv(`includes ${FLAG}`)].join('\n') }
        : p.rkFixed && !p.installed
          ? {}
          : {
              fix: [
                ...(p.installed ? [`# 0: this pasta has the change after all, any other number: it predates ${CHANGE}`, checksFor(a, false).probe] : []),
                ...(p.installed && p.rkFixed ? [checksFor(a, false).argv(`without ${FLAG}: the pasta running predates ${CHANGE}`)] : []),
                ...(p.rkFixed ? [] : [holdPasst(snippets)]),
              ].join('\n'),
            }),
    }),
    'pasta-not-installed': (p) => ({
      title: 'pasta is not installed: not affected',
      detail: `The shell found no pasta, and RootlessKit cannot run a pasta that is not installed: your daemon uses ${NOT_AFFECTED} (The daemon's PATH is its service's, which usually holds the same directories.) ${beforePasta(p.rootlesskitVersion, p.rkFixed, p.inferredFrom)}`,
    }),
    'fixed-flag-seen': (p) => ({
      title: `pasta runs with ${FLAG}`,
      detail: `Its command line carries the flag${paren('RootlessKit', p.rootlesskitVersion)}, so host-loopback connections reach 127.0.0.1 in the namespace.${p.olderShown ? ` The paste also shows RootlessKit ${p.olderShown}, which never passes ${FLAG}: that version is from before an upgrade, or another rootlesskit than the daemon's. The running pasta is what counts.` : ''}`,
    }),
    'fixed-rootlesskit': (p, a) => ({
      title: `RootlessKit ${orLater(p.rootlesskitVersion, p.orLater)} passes ${FLAG}`,
      detail: `RootlessKit ${FIX_RK} and later pass it whenever pasta accepts it, as every passt from ${CHANGE} does${
        p.inferredFrom ? ` (${p.orLater ? `Docker ${p.inferredFrom} is taken to bundle RootlessKit ${orLater(p.rootlesskitVersion, true)}` : rkPhrase(p.rootlesskitVersion, p.inferredFrom)})` : ''
      }. To confirm${p.down ? ', once the daemon runs again' : ''}:`,
      fix: a.container ? checksFor(a, false).argv(`should include ${FLAG}`) : `# should include ${FLAG}\n${PS}`,
    }),
    affected: (p, a) => ({
      title: 'pasta sends host-loopback connections to the wrong address',
      detail: `${
        p.flagAbsent ? `pasta runs without ${FLAG}` : `${p.inferredFrom ? `${rkPhrase(p.rootlesskitVersion ?? '', p.inferredFrom)}, which` : `RootlessKit ${p.rootlesskitVersion ?? ''}`} does not pass ${FLAG} (${FIX_RK} does)`
      }, so pasta ${p.era === 'new' && p.pastaVersion && !p.noRelease ? p.pastaVersion : `from ${CHANGE} on`} delivers host-loopback connections to the namespace's external address, where nothing listens: "Connection reset by peer".${
        p.era === 'new'
          ? ''
          : p.noRelease
            ? " pasta does not print which release it is (the collector's probe tells); an older pasta is not affected."
            : ` pasta's version was not shown${p.era === 'between' ? ' precisely' : ''}; an older pasta is not affected.`
      }${p.shipped ? ` ${p.shipped.release} ships passt ${p.shipped.version}, from before ${CHANGE}: if that is the one installed (\`dpkg -l passt\`), this daemon is not affected until passt is upgraded.` : ''}${p.installed ? ` RootlessKit ${p.installed} is installed, but the daemon still runs the old one: restart it.` : ''}${
        p.probeMissed
          ? ` RootlessKit ${p.rootlesskitVersion ?? FIX_RK} passes the flag to a pasta that accepts it, as this one does: its probe failed when the daemon started. Restart the daemon; if the flag is still missing, run the probe as RootlessKit does.`
          : ''
      }${
        p.stated
          ? ` You write that you have since upgraded to ${statedRelease(p.stated)}, which passes ${FLAG}: either the output shown predates that, or the daemon still starts an older RootlessKit (another binary first on its PATH, such as one in ~/bin). What runs now tells: RootlessKit ${FIX_RK} or later with pasta still without the flag means its probe failed when the daemon started if the probe says 0 (any other number: pasta predates ${CHANGE}, not affected); with the flag, the reset has another cause, such as a port on 127.0.0.2 or ::1.`
          : ''
      }${p.rootfulRestart ? ' sudo systemctl restart docker restarts the system\'s rootful daemon, not this rootless one: restart the rootless daemon.' : ''}${p.allAddresses ? ' The ports shown are published on all addresses, which this leaves alone: only ports published on a loopback address reset.' : ''}${p.pinned ? " An apt pin holds Docker's packages at the installed version (it is apt's candidate too), so a plain upgrade installs nothing." : ''}${p.held ? ` apt-mark holds ${andList(p.held)}, and apt-get will not upgrade a held package: the commands release the hold before the upgrade.` : ''}${
        p.locked ? ` dnf's versionlock locks ${andList(p.locked)}, and dnf will not upgrade a locked package: the commands remove the lock before the upgrade.` : ''
      }${
        p.zypperLocked ? ` zypper locks ${andList(p.zypperLocked)}, and zypper will not upgrade a locked package: the commands remove the lock before the upgrade.` : ''
      }${p.ignored ? ` pacman.conf's IgnorePkg names ${andList(p.ignored)}, which pacman -Syu skips: the commands take them out of IgnorePkg before the upgrade.` : ''}`,
      fix: ((c) => [
        // Where pasta's release is not shown, the probe says first whether an upgrade is needed (a restart is harmless either way).
        ...(p.era === 'new' || p.installed ? [] : ['# first, the probe: 0 means this pasta has the change and the rest applies, any other number means not affected', c.probe]),
        // A container's upgrade is another tag, the container made again: no restart after it.
        // An upgrade the reader says they made and restarted is not advised again: the checks below tell what runs. Where the restart shown
        // is the rootful daemon's, the rootless one is restarted (review R154 02).
        ...(p.installed || p.probeMissed || (p.stated && p.rootfulRestart) ? [a.restart] : p.stated ? [] : rootlesskitUpgrade(p, a)),
        `# rootlesskit ${FIX_RK} or later`,
        c.version,
        // (A service's check of the argv is the probe, already run first where it is.)
        c.argv(`includes ${FLAG}`, !(p.era === 'new' || p.installed)),
        ...(p.probeMissed || (p.stated && p.era === 'new') ? ['# 0: pasta accepts the flag', c.probe] : []),
      ].join('\n'))(checksFor(a, p.otherClient)),
    }),
    'nothing-recognised': () => ({
      title: 'Nothing recognisable in this paste',
      detail: 'Paste the output of docker version (its rootlesskit component names the drivers), or run the collector.',
      fix: 'docker version',
    }),
    'written-setup': () => ({
      title: 'A setup written by hand',
      detail: 'The checker reads what programs print, and this was written by hand. It can take what you wrote as your answers, below: the verdict then rests on them. For one it can confirm, paste the output of docker version, or run the collector.',
      fix: 'docker version',
    }),
    'own-report': () => ({
      title: "This looks like the checker's own report",
      detail: "Its verdict, findings and commands are the checker's words, not your machine's output, so they are not read: paste the commands' output instead (docker version, or the collector's).",
      fix: 'docker version',
    }),
    'need-network-driver': (p, a) => ({
      title: 'Which network driver does the daemon use?',
      detail: `${p.aside ? 'Once the client asks the rootless daemon (as above), ' : p.down ? 'Once the rootless daemon runs (start it first, as above), ' : ''}${a.containerd ? `rootless containerd's RootlessKit shows it on its command line (--net=)${p.containerd ? `, as containerd-rootless.sh sets it from ${rootlessContainerd.prefix}NET and the port driver from ${rootlessContainerd.prefix}PORT_DRIVER, which the drop-ins of its user unit set (Environment=), or the shell that starts the script by hand` : ''}` : `docker version shows it in its rootlesskit component (NetworkDriver)${p.rootlessKnown ? '' : `; from Docker ${docker.rootlessComponents.version}, a daemon without that component is rootful`}`}.${
        p.infoCut ? ' The docker info stops at the line below, before its Security Options, which list rootless for a rootless daemon: paste all of it.' : ''
      }${
        p.client
          ? ` Docker ${p.client.version} is the client's version (\`docker --version\`), which need not be the daemon's: docker version shows the daemon's under Server.${
              p.client.rootlesskit ? ` Docker's own packages of ${p.client.version} bundle RootlessKit ${p.client.rootlesskit}, ${p.client.pasta ? `which ${p.client.fixed ? 'has' : 'lacks'} the fix` : 'which cannot run pasta at all'}.` : ''
            }`
          : ''
      }${
        p.pastaFallback ? ` From Docker ${docker.pastaFallback.version}, dockerd-rootless.sh picks pasta where slirp4netns is missing and passt is installed (where neither is, vpnkit, and from ${docker.gvisorFallback.version}, last of all, gvisor-tap-vsock).` : ''
      }${
        p.noSlirp4netns
          ? ` No slirp4netns was found${p.noSlirp4netns.pastaShown ? ' and pasta is installed' : ''} (${p.noSlirp4netns.pastaShown ? 'the lines' : 'the line'} below), so pasta is the likely driver${p.noSlirp4netns.pastaShown ? '' : ' if passt is installed'} (the daemon's PATH is its service's, which usually holds the same directories).`
          : ''
      } ${
        p.containerd
          ? containerdOutcomes(p.containerd)
          : p.outcomes.every((o) => o.verdict === p.outcomes[0]?.verdict)
          ? `Whichever it is, a rootless daemon is ${outcome(p.outcomes[0]!)}`
          : p.outcomes.map((o) => `If it is ${o.answer === 'pasta' ? 'pasta' : `${o.answer} (or any driver but pasta)`}: ${outcome(o)}`).join(' ')
      }${p.dindRootless ? ' If the daemon is docker:dind-rootless\'s: the image starts RootlessKit with slirp4netns (vpnkit in older tags) unless DOCKERD_ROOTLESS_ROOTLESSKIT_NET says otherwise, and with --port-driver=builtin, which RootlessKit refuses with pasta, and has no passt: it is not affected unless passt was added, pasta chosen and the port driver changed too.' : ''}`,
      fix: `${p.containerd && a.containerd ? `${a.containerd.environment}\n` : ''}${driverChecks(a)}${p.containerd ? '\nrootlesskit --version' : ''}${p.dindRootless && !a.container?.service ? `\n# the daemon in docker:dind-rootless\n${DIND_VERSION}` : ''}`,
    }),
    'need-rootlesskit-version': (p, a) => ({
      title: 'Which RootlessKit runs?',
      detail: `${p.shown ? 'The paste names pasta as the network driver (the lines below)' : 'The network driver is pasta, as answered or linked (no paste shows it)'}${
        p.distribution ? `, and Docker${p.dockerVersion ? ` ${p.dockerVersion}` : ''} is a distribution's build, whose RootlessKit may differ from Docker's own` : ''
      }. RootlessKit before ${FIX_RK} is affected (with pasta ${CHANGE} or later); ${FIX_RK} or later, fixed.${
        p.misread ? ` The paste's "${p.misread}" has a letter where a digit goes, as OCR reads 1 as l or I and 0 as O: paste the output as text, not a picture of it.` : ''
      }${
        !p.installed
          ? ''
          : p.upgradedSince
            ? ` RootlessKit ${p.installed} is installed, but the paste does not show the daemon restarted after the upgrade that installed it (an upgrade restarts nothing): it may still run the old one. Restart it, then check which runs.`
          : p.restarted
            ? ` RootlessKit ${p.installed} is installed, yet a port published on 127.0.0.1 resets after the restart: the daemon may run another, older binary. Check which runs:`
            : ` RootlessKit ${p.installed} is installed, yet a port published on 127.0.0.1 resets: the daemon may still run an older one (not restarted since an upgrade, or another binary). Restart it, check which runs, and try the port again.`
      }`,
      fix: p.installed
        ? `${p.restarted ? '' : `${a.restart}\n`}# rootlesskit: Version, the one running\n${runningVersion(a)}`
        : `# rootlesskit: Version, the one running\n${runningVersion(a)}\n# the one installed, which runs after a restart\nrootlesskit --version`,
    }),
    'need-pasta-argv': (p) => ({
      title: `Does pasta run with ${FLAG}?`,
      detail: `${
        p.hidden
          ? `RootlessKit ${p.rootlesskitVersion} leaves out the part that decides: before ${FIX_RK} it is affected; ${FIX_RK} or later, fixed.`
          : `RootlessKit ${p.rootlesskitVersion} is a development build that may or may not have the fix.`
      } With the flag in pasta's command line it is fixed; without, affected.`,
      fix: PS,
    }),
    'need-pasta-probe': (p, a) => ({
      title: p.running ? `Did RootlessKit's probe fail, or is pasta older than ${CHANGE}?` : `Is the daemon older than RootlessKit ${p.installed}, or pasta older than ${CHANGE}?`,
      detail: `RootlessKit ${p.installed} ${p.running ? 'runs' : 'is installed'}${p.dockerVersion ? ` (Docker ${p.dockerVersion}'s own packages bundle it)` : ''}: it passes ${FLAG} to every pasta from ${CHANGE} on, yet pasta runs without it. Either ${p.running ? 'pasta has the change and RootlessKit\'s probe of it failed when the daemon started' : 'the daemon still runs an older RootlessKit, started before the upgrade'}: affected, and a restart fixes it. Or pasta predates ${CHANGE}: not affected${p.reset ? ', and the reset shown has another cause, such as the application in the container' : ''}. The probe tells which; a restart does no harm either way.`,
      fix: ((c) => `# 0: pasta has the change, so ${p.running ? 'the probe failed at the start' : 'the daemon runs an older RootlessKit'}, any other number: pasta is older, not affected\n${c.probe}\n${a.restart}\n${c.argv(`includes ${FLAG} after the restart when the probe said 0`, true)}`)(checksFor(a, false)),
    }),
    'need-docker-output': () => ({
      title: 'More output needed',
      detail: 'Run the collector, or paste docker version and pasta\'s command line.',
      fix: `docker version\n${PS}`,
    }),
    'docker-desktop': (p) => ({
      title: { windows: 'Docker on Windows is not rootless Docker', mac: 'Docker on a Mac is not rootless Docker', linux: 'Docker Desktop is not rootless Docker' }[p.os],
      detail: `${{ windows: "None of the engines that serve Docker's pipe on Windows is rootless Docker", mac: "On a Mac, Docker's daemon runs in a Linux VM (Docker Desktop's or another tool's), not as rootless Docker", linux: 'Docker Desktop runs its daemon in a VM of its own, not as rootless Docker' }[p.os]}, a Linux user's daemon under RootlessKit, and only rootless Docker has this problem. If you also run rootless Docker, paste its docker version from where it runs.`,
    }),
    'flags-cut': (p) => ({
      title: 'DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS is not shown whole',
      detail: `${p.unquoted ? 'This systemd prints the value unquoted, and a pager may have cut the line' : 'The line ends before its value does: a pager cut it'}: the rest may set another driver or an MTU, which would win over the settings shown. ${p.unquoted ? 'This command shows the files as written.' : 'This command prints it whole.'}`,
      fix: p.unquoted ? UNIT_FILES : UNIT_ENVIRONMENT,
    }),
    'port-driver-assumed-implicit': (_, a) => ({
      title: 'Port driver: implicit (inferred)',
      detail: a.containerd
        ? `None is shown: with pasta, RootlessKit starts rootless containerd only with port driver implicit or none (which forwards no ports at all); the command line of containerd's RootlessKit (--port-driver=) tells them apart. Where ${rootlessContainerd.prefix}PORT_DRIVER is unset, containerd-rootless.sh passes ${rootlessContainerd.portDriverDefault}, which RootlessKit refuses with pasta: a rootless containerd that runs with pasta has a port driver set, and with none set it does not start at all.`
        : 'None is shown: docker version omits PortDriver for implicit, which Docker uses with pasta, and for none, which forwards no ports at all; the process line (--port-driver=) tells them apart.',
    }),
    'network-driver-from-implicit': () => ({
      title: 'Network driver: pasta (inferred from port driver implicit)',
      detail:
        'No network driver is shown, but port driver implicit is: RootlessKit refuses implicit with any other network driver ("port driver requires pasta network"), so a daemon that starts with it runs pasta. docker version shows the driver (NetworkDriver in its rootlesskit component).',
    }),
    'pasta-set-alone': (p, a) => ({
      title: 'pasta is set without a port driver, yet the daemon runs',
      detail: `The unit's files shown set pasta and no port driver, so ${a.containerd ? 'containerd-rootless.sh, whatever the network driver,' : `dockerd-rootless.sh${p.defaulted ? ` of Docker ${p.defaulted}` : ''} (before ${docker.pastaFallback.version})`} sets builtin, which RootlessKit refuses with pasta: network "pasta" requires port driver "none" or "implicit". A daemon that answers did not start with these settings: they were written after it started (no daemon-reload and restart since), or a port driver is set where the paste does not show. Which network driver runs is therefore not known; the next step shows it. At its next start, with these settings as they are, the daemon stops.`,
    }),
    'rootlesskit-from-docker-version': (p, a) => ({
      title: `RootlessKit ${orLater(p.rootlesskitVersion, !!p.newestKnown || p.range || !!p.since)} (inferred from Docker ${p.dockerVersion})`,
      detail: `${
        p.newestKnown
          ? `Docker ${p.dockerVersion} is newer than the releases the checker knows: the newest, ${p.newestKnown}, bundles RootlessKit ${p.rootlesskitVersion}, and a newer release is assumed to bundle that or a later one`
          : p.range
            ? `Docker ${p.dockerVersion} leaves out which release it is: the earliest of them bundles RootlessKit ${p.rootlesskitVersion}, and no later one an older RootlessKit`
            : p.since
              ? `Docker ${p.dockerVersion} is a pre-release, which may bundle another RootlessKit than its release; it was built after ${p.since}, which bundles RootlessKit ${p.rootlesskitVersion}, so it holds that or a later one`
            : `Docker ${p.dockerVersion}'s own ${p.fromPackage ? 'docker-ce-rootless-extras bundles' : 'packages bundle'} RootlessKit ${p.rootlesskitVersion}`
      }; a distribution's Docker may ship another.`,
      fix: checksFor(a, false).rootlesskit,
    }),
    'distribution-packaging': (p) => ({
      title: p.system ? `Docker on ${p.system}, which Docker publishes no packages for` : 'Distribution-packaged Docker',
      detail: p.system
        ? `This Docker${p.dockerVersion ? ` ${p.dockerVersion}` : ''} is ${p.system}'s own build or Docker's static one, whose RootlessKits may differ, so it is not inferred.`
        : `This Docker${p.dockerVersion ? ` ${p.dockerVersion}` : ''} is a distribution's build, whose RootlessKit may differ from Docker's own, so it is not inferred.`,
      fix: 'rootlesskit --version',
    }),
    'pasta-version-unknown': (p) => ({
      title: p.misread ? `pasta's version "${p.printed}" looks misread` : `pasta prints "${p.printed || 'pasta'}" as its version`,
      detail: `${
        p.misread
          ? 'A letter stands where its date has a digit (as OCR reads 0 as O, 1 as l or I, 5 as S): which release it is would be a guess'
          : 'It does not name its release (Debian and Ubuntu builds may not)'
      }. RootlessKit's own probe tells whether it has ${FLAG}, and so the new mapping: 0 means yes.`,
      fix: PROBE,
    }),
    'pasta-build-between-releases': (p) => ({
      title: `pasta ${p.pastaVersion} is a build between two releases`,
      detail: `Newer than ${passt.lastGoodDefault.version} (the last with the old mapping), older than ${CHANGE}: the change (${passtChangeCommit.hash.slice(0, 7)}, ${passtChangeCommit.date}) may or may not be in it. The probe tells.`,
      fix: PROBE,
    }),
    'pasta-below-rootlesskit-minimum': (p, a) => ({
      title: `pasta ${p.pastaVersion} is older than RootlessKit supports`,
      detail: `RootlessKit needs ${rootlesskitPasta.minimum.version} or later (${rootlesskitPasta.recommended.version} recommended; Debian 12 has ${passtDebian12.version}). ${
        p.rkFixed ? 'Install a newer passt.' : `Upgrade RootlessKit to ${FIX_RK} or later first, then passt: a newer passt with an older RootlessKit resets loopback-published ports.`
      }`,
      ...(p.rkFixed ? {} : { fix: [`# first RootlessKit ${FIX_RK} or later, then passt can be upgraded`, ...rootlesskitUpgrade(p, a)].join('\n') }),
    }),
    'passt-dual-stack-failure': (_, a) => ({
      title: `passt ${passt.brokenWithRootlesskit.version} stops the daemon from starting`,
      detail: `Under RootlessKit this pasta exits with "Dual stack forward, but IPv6 not enabled" (rootlesskit#591). passt ${passt.brokenFixed.version} fixes it.`,
      fix: `# upgrade passt to ${passt.brokenFixed.version} or later${passtUpgrade(a, ', then')}\n${a.restart}`,
    }),
    'passt-dual-stack-risk': (p, a) => ({
      title: `passt ${p.pastaVersion} stops a daemon on pasta from starting`,
      detail: `The paste does not show which network driver RootlessKit runs. If it is pasta, this pasta exits with "Dual stack forward, but IPv6 not enabled" (rootlesskit#591) when RootlessKit starts it, so the daemon does not start (or not at its next restart). passt ${passt.brokenFixed.version} fixes it.`,
      fix: `# whether pasta failed under RootlessKit, and why:\n${pastaFailureLog(a)}\n# if for Dual stack forward, upgrade passt to ${passt.brokenFixed.version} or later${passtUpgrade(a, ', then')}\n${a.restart}`,
    }),
    'pasta-start-failed': (_, a) => ({
      title: 'pasta exited, so the daemon does not start',
      detail: `RootlessKit sets up the network with pasta before it starts dockerd, and stops if pasta exits with an error. pasta's own reason follows the exit code, usually on the next lines of the log. On ${appArmorUbuntu.releases.join(' and ')}, AppArmor stops pasta until its workaround is applied.`,
      fix: pastaFailureLog(a),
    }),
    'mtu-1500': (p, a) => ({
      title: `MTU ${p.mtu} slows rootless networking`,
      detail: `${
        p.inFlags
          ? `${p.inFlags} in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS sets it, and wins over DOCKERD_ROOTLESS_ROOTLESSKIT_MTU`
          : p.unset && p.entrypoint
            ? `DOCKERD_ROOTLESS_ROOTLESSKIT_MTU is not set, so docker:dind-rootless's entrypoint passes --mtu=${dindEntrypoint.mtu}, as it does in every release`
          : p.unset
            ? `DOCKERD_ROOTLESS_ROOTLESSKIT_NET is set and DOCKERD_ROOTLESS_ROOTLESSKIT_MTU is not, so the network gets MTU ${p.mtu}: Docker up to ${docker.lastMtu1500.version} does that (moby#47765)`
            : `Docker up to ${docker.lastMtu1500.version} sets it when DOCKERD_ROOTLESS_ROOTLESSKIT_NET is set (moby#47765)`
      }; the usual ${mtu.pasta.value} is several times faster.${p.rewritten ? ' The commands of the finding that changes the drivers set DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS again without it.' : ''}`,
      fix: setDrivers(p, true, snippets, a),
    }),
    'ipv6-loopback-not-forwarded': (p) => ({
      title: 'Ports published on ::1 are not forwarded',
      detail: p.ipv6
        ? `pasta runs without --ipv4-only, so RootlessKit's --ipv6 is set; but the pasta driver's IPv6 is broken before RootlessKit ${rootlesskit.pastaIpv6.version} (rootlesskit#620), so upgrading RootlessKit to ${rootlesskit.pastaIpv6.version} or later fixes this.`
        : `dockerd-rootless.sh never passes --ipv6, so RootlessKit runs pasta with --ipv4-only (from the code; rootlesskit#511). RootlessKit ${rootlesskit.pastaIpv6.version} fixes the pasta driver's IPv6, but only with --ipv6, so upgrading RootlessKit alone does not change this (not verified).`,
      // While affected, 127.0.0.1 resets too: the way out is the main finding's.
      ...(p.affected ? {} : { fix: `# publish on IPv4 loopback instead\n${run('127.0.0.1:8080:80')}` }),
    }),
    'host-loopback-leak': (p) => ({
      title: `Host loopback is reachable from the namespace (RootlessKit ${p.rootlesskitVersion})`,
      detail: `--disable-host-loopback becomes pasta's --no-map-gw, which leaves its spliced path open: processes in RootlessKit's network namespace may reach services on the host's 127.0.0.1. RootlessKit ${rootlesskit.hostLoopbackBlocked.version} closes it (rootlesskit#612): upgrade when a release with it reaches you, and meanwhile keep services on the host's loopback authenticated, or use slirp4netns.`,
    }),
    'downgraded-below-fix': (p) => ({
      title: `RootlessKit downgraded to ${p.to}, below ${FIX_RK}`,
      detail: `A package log shows RootlessKit ${p.from} replaced by ${p.to}, which does not pass --host-lo-to-ns-lo. ${
        p.pending ? `The daemon still runs ${p.from}, started before the downgrade; its next start (a restart, a reboot) runs ${p.to} and brings the reset back. Unless you downgraded on purpose, upgrade again before then` : 'Unless you downgraded on purpose, upgrade again'
      }, releasing first any hold or lock that keeps the older release.`,
    }),
    'pasta-port-driver-mismatch': (p, a) => ({
      title: 'pasta needs port driver implicit or none (or pesto)',
      detail: `${p.unset && a.containerd ? 'No port driver is set, so containerd-rootless.sh sets builtin, as it does whatever the network driver. ' : p.defaulted ? `No port driver is set, so dockerd-rootless.sh of Docker ${p.defaulted} (before ${docker.pastaFallback.version}) sets builtin. ` : ''}${p.entrypoint ? `docker:dind-rootless's entrypoint passes --port-driver=${dindEntrypoint.portDriver} whatever ${rootlessSettings.prefix}PORT_DRIVER says: it runs no dockerd-rootless.sh, and reads only ${entrypointReads}. ` : ''}${p.portDriver ? `With port driver ${p.portDriver}, RootlessKit stops` : 'With a port driver that is neither implicit nor none, RootlessKit stops'}: network "pasta" requires port driver "none" or "implicit" (from ${rootlesskit.pestoPortDriver.version}, or "pesto").${
        p.fixed ? '' : p.older ? ` With RootlessKit before ${FIX_RK}, as this one is, implicit brings the loopback reset: the commands switch to slirp4netns instead${p.slirp4netnsInstalled ? '' : ', installing it first'}; or upgrade RootlessKit first, then set port driver implicit.` : ` Before RootlessKit ${FIX_RK}, implicit brings the loopback reset: upgrade first, or use slirp4netns.`
      }${
        p.entrypoint
          ? ` A port driver goes in ${rootlessSettings.prefix}FLAGS, whose flags come after the entrypoint's own and win${p.passt ? '; the image has no passt either, which the commands add to an image built FROM it' : ''}. Or remove ${rootlessSettings.prefix}NET: the image's own network driver then runs (slirp4netns; vpnkit in older tags).`
          : ''
      }`,
      fix: setDrivers(p, p.slirp4netnsInstalled, snippets, a),
    }),
    'port-driver-pasta': (p, a) => ({
      title: 'RootlessKit has no port driver "pasta"',
      detail: `No port driver is called "pasta": RootlessKit stops, so dockerd does not start. From ${rootlesskit.pestoPortDriver.version} it says unknown port driver "pasta": did you mean "pesto"?; before, network "pasta" requires port driver "none" or "implicit" with network driver pasta, and unknown port driver: pasta with another. With network driver pasta, the port driver is implicit (or pesto); with any other, builtin.${p.networkDriver === 'pasta' && p.older ? ` With RootlessKit before ${FIX_RK}, as this one is, implicit brings the loopback reset: the commands switch to slirp4netns instead; or upgrade RootlessKit first, then set port driver implicit.` : ''}`,
      ...(p.networkDriver ? { fix: setDrivers(p, p.slirp4netnsInstalled, snippets, a) } : {}),
    }),
    'implicit-without-pasta': (p, a) => ({
      title: 'Port driver implicit needs pasta',
      detail: 'RootlessKit refuses it with any other network driver: "port driver requires pasta network".',
      fix: setDrivers(p, true, snippets, a),
    }),
    'secondary-loopback': (p, a) => ({
      title: 'Ports on 127.0.0.2 and other loopback addresses',
      detail: `${p.resetSeen ? 'The reset the paste shows is likely this: e' : 'E'}ven with ${FLAG}, passt before ${passt.semanticsRefined.version} delivers every host loopback address to 127.0.0.1 in the namespace, so 127.0.0.2 likely still resets (untested). ${passt.semanticsRefined.version} keeps the address.${p.affected ? '' : ` Until then, publish on 127.0.0.1 (on a port free there), which ${FLAG} serves.`}`,
      ...(p.affected || !upgradePasst(a) ? {} : { fix: `# upgrade passt to ${passt.semanticsRefined.version} or later, which serves 127.0.0.2 as well\n${upgradePasst(a)}\n${a.restart}` }),
    }),
    'slirp4netns-port-driver-tcp': (_, a) => ({
      title: `Docker ${docker.slirpPortDriverRegression.version} regression with the slirp4netns port driver`,
      detail: `Publishing fails: protocol "tcp" is not supported by the RootlessKit port driver "slirp4netns" (moby#49499). Docker ${docker.slirpPortDriverFixed.version} fixes it: upgrade, and the slirp4netns port driver keeps the clients' source addresses, which is why it is chosen. The builtin port driver avoids the error too, but loses them.`,
      fix: `${upgradeTo(a, docker.slirpPortDriverFixed.version)}\n${checksFor(a, false).version}`,
    }),
    'pesto-unknown': (p, a) => ({
      title: `This RootlessKit predates pesto (${rootlesskit.pestoPortDriver.version})`,
      detail: `RootlessKit before ${rootlesskit.pestoPortDriver.version} stops at "unknown port driver: pesto", so dockerd does not start. Upgrade RootlessKit, or go back to port driver implicit (which before ${FIX_RK} has the loopback reset${p.older ? ': this RootlessKit is older, so the commands switch to slirp4netns instead' : ''}).`,
      fix: setDrivers(p, p.slirp4netnsInstalled, snippets, a),
    }),
    'pesto-without-pasta': (p, a) => ({
      title: 'Port driver pesto needs pasta',
      detail: 'RootlessKit stops with any other network driver (port driver "pesto" requires --net=pasta), so dockerd does not start. Set NET=pasta too (pesto also needs passt\'s pesto program), or remove the port driver setting.',
      fix: setDrivers({ ...p, sets: toPesto, flags: null }, true, snippets, a),
    }),
    'bind-address-in-use': (p, a) => {
      const regression = `with the slirp4netns port driver, Docker ${docker.slirpBindRegression.version} to before ${docker.slirpBindFixed.version} refuse every port published on all addresses (the default), on the namespace's own address, ${rootlesskitAddressing.child}, whichever port is picked: the engine also binds the port's IPv6 half, which that port driver does not support (moby#51591, moby#51616)`;
      const held = `something in RootlessKit's namespace already holds this port on its own address, ${rootlesskitAddressing.child}: most often another container that publishes it`;
      if (p.cause === 'held') return { title: '"failed to bind host port … address already in use"', detail: `The slirp4netns port driver's regression does not apply to this daemon (another release or port driver), so ${held}.`, fix: PUBLISHED };
      if (p.cause === 'either') return { title: '"failed to bind host port … address already in use"', detail: `Either ${regression}, or, on another release or port driver, ${held}. docker version shows which.`, fix: `docker version\n${PUBLISHED}` };
      return {
        title: `Docker ${docker.slirpBindRegression.version} regression with the slirp4netns port driver`,
        detail: `${regression[0]!.toUpperCase()}${regression.slice(1)}. Docker ${docker.slirpBindFixed.version} fixes it: upgrade. Until then, the builtin port driver avoids it but loses the clients' source addresses; pasta with port driver implicit keeps them; a port published on an IPv4 address alone (-p 0.0.0.0:3000:3000) is likely spared (not verified).`,
        fix: `${upgradeTo(a, docker.slirpBindFixed.version)}\n${checksFor(a, false).version}`,
      };
    },
    'drop-in-not-loaded': (p, a) => ({
      title: 'The drop-in is not loaded',
      detail: p.reloaded
        ? "`systemctl --user show docker` prints the unit's environment as systemd has loaded it, and even after the daemon-reload shown it has none of the DOCKERD_ROOTLESS_ROOTLESSKIT_* settings shown here: systemd does not read that file. Check that it is in ~/.config/systemd/user/docker.service.d/ with a name ending in .conf, and that its Environment= lines stand under [Service]; `systemctl --user cat docker` shows the files systemd read. The checker leaves the settings out."
        : "`systemctl --user show docker` prints the unit's environment as systemd has loaded it, which the daemon starts with, and it has none of the DOCKERD_ROOTLESS_ROOTLESSKIT_* settings shown here: systemd reads a changed drop-in only on daemon-reload (and only its [Service] section), so the daemon chose its drivers without them. The checker leaves them out. Reload, restart, then check again.",
      fix: p.reloaded ? UNIT_FILES : `${a.reloadThenRestart}\n${UNIT_ENVIRONMENT}`,
    }),
    'setting-ignored': (p) => ({
      title: 'A setting dockerd-rootless.sh does not read',
      detail: `${[
        p.misnamed && `dockerd-rootless.sh reads DOCKERD_ROOTLESS_ROOTLESSKIT_ followed by ${rootlessSettings.names.join(', ')}. The lines below set a variable it does not know, or one of those names without the prefix, so it ignores them: correct the name`,
        p.unclosed && 'systemd ignores a whole Environment= line whose quote never closes ("Invalid syntax, ignoring"), as below: close the quote',
      ]
        .filter(Boolean)
        .join('. ')}, then run \`systemctl --user daemon-reload\` and restart.`,
    }),
    'entrypoint-unread': () => ({
      title: "A setting docker:dind-rootless's entrypoint does not read",
      detail: `The image runs no dockerd-rootless.sh: its entrypoint starts RootlessKit itself and reads only ${entrypointReads}: the other variables the lines below set change nothing. It always passes --port-driver=${dindEntrypoint.portDriver} and --disable-host-loopback, and never --detach-netns. A flag in ${rootlessSettings.prefix}FLAGS comes after its own and wins: --port-driver=slirp4netns there sets the port driver.`,
    }),
    'image-without-passt': (_, a) => ({
      title: 'docker:dind-rootless has no passt, so pasta cannot start',
      detail: `The settings choose pasta, but the image installs slirp4netns and no passt: RootlessKit cannot start pasta, so the daemon does not start. Build an image FROM it that adds passt, as the commands do, and run the container from that one; or remove ${rootlessSettings.prefix}NET (and any --port-driver in FLAGS), and the image's own network driver runs.`,
      fix: passtAdded(snippets, a),
    }),
    'setting-not-applied': (p) => ({
      title: 'Settings systemd never applies',
      detail: `${[
        p.section && "systemd reads Environment= only under [Service]: under another section it ignores the line (\"Unknown key name 'Environment' in section …, ignoring\")",
        p.discarded && '`systemctl --user edit` saves only what stands between its two comments: lines below "### Edits below this comment will be discarded" never reach the drop-in',
        p.system && "/etc/systemd/system/docker.service.d/ (where `sudo systemctl edit docker` writes) is the rootful daemon's: the user manager that runs the rootless one never reads it",
        p.unit && "these lines are in the drop-in directory of another unit: the rootless daemon's is docker.service, whose directory is docker.service.d",
      ]
        .filter(Boolean)
        .join('. ')}. The checker leaves them out: the daemon chose its drivers without them (before Docker ${docker.pastaFallback.version}, never pasta). The commands below write them under [Service] in ~/.config/systemd/user/docker.service.d/override.conf and restart the daemon; then delete them where they were.`,
      fix: moveSettings(p.settings),
    }),
    'two-daemons': () => ({
      title: 'Two daemons, a rootful one and a rootless one',
      detail: 'The paste shows a daemon running as root and a rootless one. Both can run at once (installing rootless Docker with --force leaves the system-wide daemon running): the verdict follows the rootless one, the only one this problem can concern (without the version the rootful one reports of itself), and what the two show differently is no disagreement to restart away. Each docker command asks one of them: the one DOCKER_HOST names, or else the current context\'s.',
      fix: CLIENT_TARGET,
    }),
    'context-system': (p) => ({
      title: p.desktop ? "The CLI asks Docker Desktop's daemon" : 'The CLI asks the system-wide daemon',
      detail: `${
        p.desktop
          ? "The current context is Docker Desktop's: docker commands typed without --context, and the containers they start, go to the daemon in its VM, which this problem leaves alone."
          : 'The current context points at /var/run/docker.sock, the socket of the daemon that runs as root: docker commands, and the containers they start, go to that daemon, which this problem leaves alone.'
      } The rootless daemon answers through the rootless context listed beside it.${p.ports ? " The ports this paste publishes without --context, and the requests and resets after them, are that daemon's: the verdict leaves them out." : ''}`,
      fix: 'docker context use rootless\ndocker version',
    }),
    'host-network-mode': () => ({
      title: "A rootless daemon's host network is RootlessKit's namespace",
      detail: `With rootless Docker before ${docker.gvisorFallback.version}, or with DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=false, a container on the host network (--net=host, network_mode: host) shares the namespace RootlessKit made for the daemon: what it listens on is not on the host. Publish its ports with -p instead, or upgrade: from ${docker.gvisorFallback.version}, dockerd-rootless.sh detaches that namespace and the host network is the host's (moby#47103).`,
    }),
    'privileged-port': (p, a) => {
      const title = p.port ? `Port ${p.port} is a privileged port` : 'A privileged port (below 1024) was refused';
      if (a.container) {
        const fix = p.port ? unprivilegedInContainer(a, String(p.port)) : null;
        return {
          title,
          detail: `Binding a port below net.ipv4.ip_unprivileged_port_start (1024 unless changed) takes a privilege that ${p.by === 'pasta' ? 'pasta' : "RootlessKit's port driver"} lacks. The daemon runs in a docker:dind-rootless container, so its ports are bound in the container's own network namespace, whose setting is not the host's: publish a port from 1024 up (-p 8080:80, not -p 80:80), or give the container --sysctl net.ipv4.ip_unprivileged_port_start=${p.port ?? 'the lowest port you publish'} (Compose: sysctls:, Kubernetes: the Pod's securityContext.sysctls)${fix ? ', as below' : ''}.`,
          ...(fix ? { fix } : {}),
        };
      }
      return {
        title,
        detail: `Binding a host port below net.ipv4.ip_unprivileged_port_start (1024 unless changed) takes a privilege that ${
          p.by === 'rootlesskit'
            ? "RootlessKit's builtin port driver lacks: give it that (below, from Docker's documentation). Or publish"
            : `${p.by === 'pasta' ? 'pasta lacks (a capability does not reach its automatic forwarding, says its manual)' : `${p.by ? "Podman's rootlessport" : "RootlessKit's builtin port driver (or Podman's rootlessport)"} lacks`}. Publish`
        } a port from 1024 up (-p 8080:80, not -p 80:80), or let every user bind ports from ${p.port ?? 'that port'} up${
          p.by !== 'rootlesskit' ? (p.port ? ' (below)' : '') : `: net.ipv4.ip_unprivileged_port_start=${p.port ?? 'the lowest port you publish'} in /etc/sysctl.d, then \`sudo sysctl --system\``
        }.`,
        ...(p.by === 'rootlesskit' ? { fix: setcapRootlesskit(a) } : p.port ? { fix: unprivilegedFrom(String(p.port)) } : {}),
      };
    },
    'slirp4netns-not-found': (p, a) =>
      p.detachNetns === false
        ? {
            title: 'slirp4netns not found',
            detail: `The program that runs slirp4netns did not find it on its PATH: install slirp4netns, or choose another network driver. (Docker's own failure of this kind, with --detach-netns, needs Docker ${docker.gvisorFallback.version} or later.)`,
          }
        : {
            title: p.detachNetns ? 'slirp4netns not found with --detach-netns' : 'slirp4netns not found',
            detail: `${p.detachNetns ? '' : 'If slirp4netns is not installed, install it. If it is: '}from Docker ${docker.gvisorFallback.version}, --detach-netns is the default, and slirp4netns can then fail with "executable file not found" (moby#52641)${p.detachNetns ? ' even where it is installed (if command -v slirp4netns prints nothing, install it)' : ''}; the setting below turns it off.`,
            fix: settingsFix(a, snippets, 'DETACH_NETNS=false'),
          },
    'pasta-not-found': (p, a) => ({
      title: 'pasta is the network driver, and it is not installed',
      detail: `${p.daemonSaid ? "RootlessKit did not find pasta on the daemon's PATH" : 'The daemon is set to use pasta, and the shell found none'}, so RootlessKit stops and the daemon it runs does not start. Install passt, which provides pasta, or remove the setting that chose pasta. ${beforePasta(p.rootlesskitVersion, p.rkFixed, null)}`,
      ...(p.rkFixed ? { fix: install('passt', snippets, a, 'pasta') } : {}),
    }),
    'cannot-assign-address': () => ({
      title: 'A specific host IP cannot be published with the implicit port driver',
      detail: 'dockerd binds inside the namespace, which lacks the host\'s addresses: "cannot assign requested address". Publish on all addresses and filter with nftables.',
    }),
    'ubuntu-apparmor': (p) => ({
      title: `AppArmor on ${p.operatingSystem} can stop pasta`,
      detail: `On ${appArmorUbuntu.releases.join(' and ')}, pasta under RootlessKit needs the AppArmor workaround in RootlessKit's docs/network.md (Launchpad #2077158).`,
    }),
    'ipv6-disabled-kernel': () => ({
      title: 'IPv6 is off in the kernel, and dockerd-rootless.sh stops',
      detail: `From Docker ${docker.ipv6Forwarding.version}, dockerd-rootless.sh turns on IPv6 forwarding and stops where the kernel has no IPv6 (booted with ipv6.disable=1), so dockerd never starts (moby#51541). Upgrade to Docker ${docker.ipv6ForwardingFixed291.version} or later, which ignores the error (moby#51543; listed from ${docker.ipv6ForwardingFixed.version}), or boot without ipv6.disable=1 and turn IPv6 off with sysctl instead.`,
      fix: kernelIpv6(snippets),
    }),
    'userns-unavailable': (p, a) => {
      // Rootless containerd's words name neither docker:dind-rootless nor docker build, which are Docker's only.
      const containerd = !p.buildkit && !!a.containerd;
      return {
        title: 'User namespaces are not allowed here, so RootlessKit cannot start',
        detail:
          `RootlessKit runs ${p.buildkit ? 'buildkitd' : containerd ? 'containerd (containerd-rootless.sh starts it inside RootlessKit)' : 'dockerd'} in a user namespace of its own, and the kernel refused to create one: not allowed to users (kernel.unprivileged_userns_clone=0; on Ubuntu, AppArmor's restriction while rootlesskit has no profile), none allowed at all (user.max_user_namespaces=0: "no space left on device"), ${p.buildkit ? "or inside a container or pod that may not create one: BuildKit's rootless documentation says what rootless BuildKit's container needs" : containerd ? 'or inside a container that may not create one' : 'or inside a container started without --privileged, which docker:dind-rootless needs'}. ${containerd ? "These are settings of the host: change them there; nerdctl's rootless documentation points to its prerequisites at rootlesscontaine.rs." : `These are settings of the host: change them there, as Docker's rootless troubleshooting shows.${p.buildkit ? '' : " In a docker build (a RUN step), the setup tool's trial run fails this way: install with --force there, and run the image with --privileged."}`}`,
        fix: userns(snippets),
      };
    },
    'id-map-failed': (p, a) => {
      // Rootless containerd's words name no docker:dind-rootless, which is Docker's only.
      const containerd = !p.buildkit && !!a.containerd;
      return {
        privilege: {
          title: 'newuidmap or newgidmap failed, so RootlessKit cannot start',
          detail:
            `newuidmap and newgidmap write RootlessKit's map of the user's ID and its ranges from /etc/subuid and /etc/subgid. "Could not set caps": they had no privilege, neither setuid root nor the file capabilities cap_setuid and cap_setgid (a copy installed without root has neither), or no_new_privs made the kernel ignore it. "Operation not permitted": that, or they ran in a user namespace without those ranges: LXD, or a container${p.buildkit ? ", such as rootless BuildKit's" : containerd ? '' : ', such as docker:dind-rootless on rootless Docker'}. Reinstall uidmap (shadow-utils on Fedora); start RootlessKit without no_new_privs (in Kubernetes, allowPrivilegeEscalation: true); ${p.buildkit ? "run BuildKit's container as BuildKit's rootless documentation says." : containerd ? "nerdctl's rootless documentation points to its prerequisites at rootlesscontaine.rs." : 'run dind-rootless with --privileged on rootful Docker.'}`,
          fix: idHelpers(snippets),
        },
        overlap: {
          title: "The user's ID ranges overlap, so RootlessKit cannot start",
          detail:
            'The kernel refuses ranges that overlap in RootlessKit\'s map (in brackets: "0 <ID> 1" for the user\'s own ID, then the ranges from /etc/subuid and /etc/subgid), such as a range holding the user\'s own ID, or one listed twice. Keep one range per user, apart from its ID.',
          fix: ID_MAPS,
        },
        missing: {
          title: 'The user has no ID ranges, so RootlessKit cannot start',
          detail:
            "/etc/subuid or /etc/subgid has no range for the user the message names, or does not exist, so RootlessKit has none to map. Add a range of at least 65,536 IDs for that user to both files, apart from other users' ranges. If it names root (0), RootlessKit ran as root, or saw itself as root: start it as the user it is for, not through sudo.",
          fix: ID_MAPS,
        },
      }[p.cause];
    },
    'tap-unavailable': (p, a) => ({
      title: 'RootlessKit cannot create its tap device, tap0',
      detail: `With slirp4netns or vpnkit, RootlessKit creates the tap device tap0 in its namespace from /dev/net/tun (ip tuntap add). That device must exist, which takes the kernel's tun module, and be writable by the user; and ip itself must be installed (iproute2: "failed to execute ip" without it). ${
        // Rootless containerd's words name no docker:dind-rootless, which is Docker's only.
        !p.buildkit && a.containerd ? "nerdctl's rootless documentation points to its prerequisites at rootlesscontaine.rs." : 'In a container, run it with --privileged, as docker:dind-rootless needs.'
      }`,
      fix: tun(snippets),
    }),
    'rootlesskit-failed': (p, a) =>
      p.childExited
        ? p.buildkit
          ? {
              title: 'The program RootlessKit ran exited, so the daemon does not run',
              detail: "RootlessKit says that its child process, which runs buildkitd for rootless BuildKit, exited with an error. buildkitd's own lines, just before this one or in its container's or pod's log (docker logs, kubectl logs), say why.",
            }
          : {
              title: 'The program RootlessKit ran exited, so the daemon does not run',
              detail: `RootlessKit says that its child process, which runs ${a.containerd ? 'containerd-rootless.sh and containerd for rootless containerd' : 'dockerd-rootless.sh and dockerd for Docker'}, exited with an error. Its own lines, just before this one or in the daemon's log (in a container, the container's log), say why.`,
              fix: daemonLog(snippets, a),
            }
        : p.idMap
          ? {
              title: 'RootlessKit stopped, so the daemon does not run',
              detail: `RootlessKit prints this as it exits, and ${p.buildkit ? 'buildkitd, which runs inside it' : a.containerd ? 'containerd, which containerd-rootless.sh starts inside it' : 'dockerd, which runs inside it'}, stops or never starts. The rest of the line says why; for a UID/GID map, check newuidmap, newgidmap and the user's ranges in /etc/subuid and /etc/subgid.`,
              fix: ID_MAPS,
            }
          : {
              title: 'RootlessKit stopped, so the program it runs does not',
              detail: `RootlessKit prints this as it exits, and the program it runs (${p.buildkit ? 'buildkitd, for rootless BuildKit' : a.containerd ? 'containerd, which containerd-rootless.sh starts inside it for rootless containerd' : 'dockerd, for Docker'}) stops or never starts. The rest of the line says why: Go writes the first cause last, such as a directory it could not create or a namespace the kernel refused.`,
            },
    'daemon-failed': () => ({
      title: 'dockerd stopped while it started',
      detail: 'dockerd prints this as it exits; the rest of the line, after "failed to start daemon:", is the reason. The lines before it in the log show what it was doing.',
      fix: daemonLog(snippets),
    }),
    'service-failed': (p) => ({
      title: 'docker.service failed',
      detail: `systemd started Docker's service and it stopped.${p.exec ? ' Status 203/EXEC: systemd could not run the program in ExecStart (missing, or not executable).' : ''} Its log says why: paste it here.`,
      fix: daemonLog(snippets),
    }),
    'no-systemd': (_, a) => ({
      title: 'systemd is not running here',
      detail: a.containerd
        ? `systemctl, or ${rootlessContainerd.setupTool.name} ("Needs systemd"), says this where systemd is not PID 1 (it checks /run/systemd/system): WSL without systemd enabled, a container, or a host with another init. The setup tool installs only a systemd user service, so it stops there; it says the same where systemd runs but this shell has no login session of the user's own (one that su or sudo opened): there, log in as the user (ssh, machinectl shell) and run it again. In WSL, update WSL, enable systemd in /etc/wsl.conf, restart WSL, then run \`${rootlessContainerd.setupTool.install}\` again. Elsewhere, start containerd-rootless.sh by hand as the user, with a runtime directory of the user's own, not under /tmp and emptied at every boot; nerdctl finds containerd through that directory, so run it from that shell too. Nothing restarts containerd then.`
        : 'systemctl prints this where systemd is not PID 1 (it checks /run/systemd/system): WSL without systemd enabled, a container, or a host with another init. `systemctl --user`, the rootless service and machinectl all need it. In WSL, update WSL, enable systemd in /etc/wsl.conf, restart WSL, then run the setup tool\'s uninstall and install (a context made without systemd points at the old socket). Elsewhere, start dockerd-rootless.sh by hand as the user, with HOME and a runtime directory of the user\'s own, not under /tmp and emptied at every boot, as Docker\'s documentation says; nothing restarts it then.',
      fix: noSystemd(snippets, a),
    }),
    'no-user-session': () => ({
      title: "This shell has no login session of the user's own",
      detail: "`systemctl --user` and the rootless daemon's socket need the user's runtime directory (XDG_RUNTIME_DIR), which only a login session of that user sets up; a shell from su or sudo has none (there, DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock names /docker.sock). Log in as the user (ssh, or machinectl shell as below).",
      fix: userSession(snippets),
    }),
    'setup-requirements': () => ({
      title: "Docker's rootless setup stopped: requirements are missing",
      detail: 'It checks what rootless Docker needs (newuidmap, iptables and its kernel module, user namespaces) and prints the commands that provide what is missing, or, where it knows no package manager, only what is missing. Run them (or install that) as root, then run the setup again.',
    }),
    'run-as-root': () => ({
      title: 'Rootless Docker was set up or started as root, which it refuses',
      detail: "Rootless Docker is the daemon of the user who starts it: its setup and dockerd-rootless.sh stop when run as root (a root shell, or sudo in front). Run them as that user, without sudo, in that user's own login.",
      fix: setupAsUser(snippets),
    }),
    'rootful-docker-running': () => ({
      title: 'The rootless setup stopped: the system-wide Docker is running',
      detail: "The setup stops while the system-wide daemon's socket, /var/run/docker.sock, is writable by you. Docker's documentation advises disabling that daemon first, which stops every container it runs, and they do not start again at boot; to keep both, run the setup with --force (the installer: FORCE_ROOTLESS_INSTALL=1).",
      fix: `${DISABLE_ROOTFUL}\n# then, as the user that runs rootless Docker\ndockerd-rootless-setuptool.sh install`,
    }),
    'rootlesskit-missing': (p, a) =>
      p.setup
        ? {
            title: `RootlessKit is not installed, so ${rootlessContainerd.setupTool.name} stops`,
            detail: `${rootlessContainerd.setupTool.name} runs RootlessKit once to check it before it installs containerd's user service, and the shell found none on PATH. Install the rootlesskit package of your distribution (or unpack the ${nerdctl.bundle} archive, which bundles RootlessKit), then run the setup again.`,
            fix: `# the rootlesskit package of the distribution\n${installRootlesskitThenSetup(snippets, a)}`,
          }
        : a.containerd
        ? {
            title: 'RootlessKit is not installed, so containerd-rootless.sh stops',
            detail: `containerd-rootless.sh runs containerd inside RootlessKit and stops without one on PATH. Install the rootlesskit package of your distribution, or unpack the ${nerdctl.bundle} archive, which bundles RootlessKit.`,
            fix: `# the rootlesskit package of the distribution\n${installRootlesskit(snippets, a)}`,
          }
        : {
            title: 'RootlessKit is not installed, so dockerd-rootless.sh stops',
            detail: "dockerd-rootless.sh runs dockerd inside RootlessKit and stops without one on PATH. Docker's packages ship it in docker-ce-rootless-extras; a distribution's Docker, in its rootlesskit package.",
            fix: a.container ? installRootlesskit(snippets, a) : `# docker-ce-rootless-extras beside the packages of Docker, else the rootlesskit package of the distribution\n${installRootlesskit(snippets, a)}`,
          },
    'network-driver-missing': (_, a) => ({
      title: 'No network driver is installed, so dockerd-rootless.sh stops',
      detail: `With no network driver set, dockerd-rootless.sh picks slirp4netns, then (from Docker ${docker.pastaFallback.version}) pasta, then vpnkit, and found none. Install slirp4netns. From Docker ${docker.gvisorFallback.version}, it falls back to RootlessKit's built-in gvisor-tap-vsock instead.`,
      fix: install('slirp4netns', snippets, a),
    }),
    'host-network-driver': (p, a) => ({
      title: "RootlessKit's host network driver is set, and rootless Docker does not run with it",
      detail:
        `With network driver host (${p.inFlags ? '' : 'DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host, or '}${p.inFlags ?? '--net=host'} in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS), RootlessKit gives dockerd no network namespace of its own. dockerd-rootless.sh now refuses it; before, RootlessKit refused its port driver ("port driver requires non-host network"), and with port driver none dockerd failed to set up its networks. Choose a network driver that rootless Docker supports, such as slirp4netns.`,
      fix: setDrivers(p, p.installed, snippets, a),
    }),
    'flags-pasta-option': (p, a) => {
      // Rootless containerd: the variable that containerd-rootless.sh reads, and its daemon.
      const flags = `${a.containerd ? rootlessContainerd.prefix : rootlessSettings.prefix}FLAGS`;
      const again = a.containerd ? AGAIN.replace('dockerd', 'containerd') : AGAIN;
      return {
        title: `${FLAG} is pasta's option: RootlessKit refuses it in ${flags}`,
        detail: `${flags} adds flags to RootlessKit's command line, and RootlessKit defines no ${FLAG}: it stops ("flag provided but not defined"), so ${a.containerd ? 'containerd' : 'dockerd'} does not start. From RootlessKit ${FIX_RK}, RootlessKit passes ${FLAG} to pasta itself, where pasta accepts it.${p.older ? ` This RootlessKit is older: without the option, upgrade it to get the fix (or use slirp4netns).` : ''}${p.flags === null ? ` Remove ${FLAG} from that setting, then ${byHandSource(p.shell) ? again : a.containerd ? 'reload and restart containerd' : 'reload and restart'}.` : ''}`,
        ...(p.flags === null ? {} : { fix: setDrivers({ ...p, sets: [] }, true, snippets, a) }),
      };
    },
    'client-source-address-lost': (p) => ({
      title: 'The builtin port driver shows every client as 127.0.0.1',
      detail: `The log shows requests from 127.0.0.1: RootlessKit's builtin port driver makes each connection inside the namespace itself, so the container never sees the client's address. The slirp4netns port driver keeps it, and so does pasta with port driver implicit${p.fixed ? `, which RootlessKit ${p.rootlesskit} runs without the loopback reset` : `, without the loopback reset from RootlessKit ${FIX_RK}`}.${p.propagates ? ` RootlessKit ${p.rootlesskit} keeps it with builtin too, for TCP, once Docker's userland proxy is off ("userland-proxy": false in ~/.config/docker/daemon.json, then restart the daemon).` : ''}`,
    }),
    'connection-reset-seen': (p) => ({
      title: 'The symptom: "Connection reset by peer"',
      detail: p.containerLoopback
        ? "The application in the container says it listens on 127.0.0.1, which inside a container is the container's own loopback: Docker forwards published ports to the container's address, where nothing answers, so the connection resets whatever the host runs. Make the application listen on 0.0.0.0."
        : p.fixed
        ? 'The setup shown has the fix, so this problem does not reset connections now. If RootlessKit was upgraded since the reset, the reset was most likely this problem; one that happens now comes from elsewhere, such as the application in the container.'
        : p.containerd
        ? `The verdict is of Docker, which runs as root. The RootlessKit shown runs rootless containerd (${nerdctl.client}'s): a reset of a port it publishes may be this problem there, as RootlessKit before ${FIX_RK} runs pasta without --host-lo-to-ns-lo.`
        : p.ruledOut
        ? 'The verdict rules this problem out as its cause, so the reset comes from elsewhere, such as the application in the container.'
        : p.jobApart
        ? "Under GitLab's Docker executor, the job and its services are containers apart: the job's 127.0.0.1 is its own, so a port the service's daemon publishes on 127.0.0.1 answers clients inside the service alone, and one reached through the service's name (docker:8080) comes to its external address, where this problem does not act. This reset has another cause, such as the application in the container. The verdict is of the service's daemon: clients inside the service would meet the problem, as would the job under the Kubernetes executor, where the job and its services share 127.0.0.1."
        : p.allAddresses
          ? 'The ports shown are published on all addresses (-p 8080:80), which this problem leaves alone: the reset comes from elsewhere, such as an application in the container that listens only on the container\'s own 127.0.0.1.'
          : 'What a port on 127.0.0.1 returns when pasta sends host-loopback connections to the namespace\'s external address; the verdict says whether that is the cause here.',
    }),
    'daemon-not-running': (p, a) => ({
      title: 'The Docker daemon is not reachable',
      ...unreachable(p, a),
    }),
    'socket-permission-denied': (p) => ({
      title: 'Permission denied on the daemon\'s socket',
      detail: {
        system:
          "The client asked the system-wide daemon, whose socket only root and the docker group may use (the group grants root-level privileges, and takes effect at the next login); that daemon runs as root and does not have this problem. To ask your rootless daemon, point the client at its socket (`id -u` gives the number in its path).",
        user: `The socket is in user ${p.uid}'s runtime directory, which only that user may enter: the rootless daemon there is that user's. Run the client as that user, or point it at your own daemon (\`id -u\` gives the number in its path).`,
        root: "The socket is in root's runtime directory, where no rootless daemon runs: rootless Docker refuses to run as root. Point the client at your own user's daemon.",
        podman: "The socket is Podman's API socket, and this checker is about Docker's daemon: point the client at your own rootless Docker daemon.",
        pipe: "The client may not use Docker's pipe on Windows: its own older words say that by default it must run elevated to connect. That daemon is not rootless Docker.",
        other: "The client may not use that socket. A rootless daemon's socket is its user's alone: point the client at your own.",
      }[p.owner],
      ...(p.owner === 'pipe' ? {} : { fix: OWN_SOCKET }),
    }),
    'podman-not-docker': (p) => ({
      title: `This is Podman's output${paren('Podman', p.podmanVersion)}`,
      ...(p.shim
        ? {
            detail:
              "This machine's docker command is Podman's (the podman-docker package): docker version answers for Podman, and its settings say nothing about rootless Docker; only the installed pasta counts. The problem is rootless Docker's: where Docker itself runs, paste its docker version.",
          }
        : p.answered
          ? {
              detail:
                "This docker client talks to Podman's API, not to a Docker daemon: the server docker version shows is Podman Engine. Its settings say nothing about rootless Docker, and only rootless Docker, under RootlessKit, has this problem. If you also run rootless Docker, paste its docker version from where it runs.",
            }
          : { detail: 'Its settings say nothing about rootless Docker; only the installed pasta counts. For the verdict, paste docker version.', fix: 'docker version' }),
    }),
    'answer-contradicted': (p) => {
      // Mid-sentence: "network driver", not "Network driver"; names ("RootlessKit", "Docker Engine", "Docker packaged by") as they are.
      const name = (key: FactKey): string => factNames[key].replace(/^(?!Docker)[A-Z](?=[^A-Z]*$)/, (c) => c.toLowerCase());
      const answers = p.contradicted.map((c) => `${name(c.key)} ${valueOf(c.answer)}`).join(', ');
      return {
        title: 'Your answer and the paste disagree',
        detail: p.contradicted.some((c) => c.shown === null)
          ? `You answered ${answers}, but the paste shows a daemon that runs as root, which has no RootlessKit: the answer is set aside. If you also run rootless Docker, this client asked the other daemon: check docker context ls and DOCKER_HOST, then paste the rootless daemon's docker version.`
          : `You answered ${answers}; the paste shows ${p.contradicted.map((c) => `${name(c.key)} ${valueOf(c.shown!)}`).join(', ')} (the lines below). The paste decides, and the answer is set aside: if the paste is another machine's, paste this machine's output instead.`,
      };
    },
    'facts-disagree': (p, a) => ({
      title: `Different values for ${p.conflicts.map((c) => factNames[c.key]).join(', ')}`,
      detail: `The paste shows ${p.conflicts.map((c) => `${factNames[c.key]} ${c.values.map((v) => `${valueOf(v.value)} (${v.inferred ? INFERRED : seenIn[v.source]})`).join(', ')}`).join('; ')}. ${p.machines ? `The paste seems to hold more than one machine (${p.machines.map(machineName).join(', ')}), which the checker reads as one, using ${p.conflicts.map((c) => valueOf(c.values[0]!.value)).join(', ')}: check one machine at a time, pasting only its output.` : `The checker uses ${p.conflicts.map((c) => valueOf(c.values[0]!.value)).join(', ')}, as the running daemon beats the program's own version, packages and configuration, and only among values of one kind does later output beat earlier.`}${p.restart && !p.shell ? (p.restartAffected ? ` A restart applies the configuration, and with it this setup is affected: upgrade RootlessKit to ${FIX_RK} or later before restarting, or keep the driver that runs now.` : ' Restart after changing configuration.') : ''}${p.shell ? UNREAD_EXPORTS : ''}`,
      // Exports the user service never read: reloading it changes nothing, and the sentence says what would.
      fix: p.restart && !p.shell ? `${p.restartAffected ? `# only after upgrading RootlessKit to ${FIX_RK} or later\n` : ''}${a.reloadRestart}` : undefined,
    }),
    'machines-apart': (p) => ({
      title: `Which machine? ${factNames[p.key]} differs between ${p.values.map((v) => machineName(v.machine)).join(', ')}`,
      detail: `The paste holds more than one machine or person, and what decides the verdict differs between them (${factNames[p.key]}: ${p.values.map((v) => `${valueOf(v.value)} for ${machineName(v.machine)}`).join(', ')}). Neither is the other's later state, so the checker decides nothing: paste one machine's output at a time, starting with the one that shows the problem.${
        p.stepFor.length ? ` The step below is for ${p.stepFor.map(machineName).join(', ')}: the paste shows what it asks for ${p.values.filter((v) => !p.stepFor.includes(v.machine)).map((v) => machineName(v.machine)).join(', ')}.` : ''
      }`,
    }),
    'machine-with-reset': (p) => ({
      title: `Decided for ${machineName(p.machine)}, which shows the reset`,
      detail: `The paste holds more than one machine or person (${[p.machine, ...p.others].map(machineName).join(', ')}), and what decides the verdict differs between them. Only ${machineName(p.machine)} shows the reset, so the verdict, the facts and the other findings are read from its lines alone. To check ${p.others.map(machineName).join(', ')} too, paste its output alone.`,
    }),
    'input-truncated': (p) =>
      p.skipped
        ? {
            title: 'The middle of the paste was not read',
            detail: `The paste is longer than ${p.limitChars.toLocaleString('en')} characters: the checker read its beginning and its end, where a log's oldest and newest lines are, and skipped lines ${p.skipped.from.toLocaleString('en')} to ${p.skipped.to.toLocaleString('en')}, so the verdict rests on those parts alone. If the state now is in the lines skipped, paste only the last docker version and ps -o args= -C pasta.`,
          }
        : {
            title: 'Only the first part was read',
            detail: `The paste is longer than ${p.limitChars.toLocaleString('en')} characters: the checker read it up to line ${p.lastLine.toLocaleString('en')} and ignored the rest, so the verdict rests on that part alone. A log's newest lines come last: if the state now is further down, paste only the last docker version and ps -o args= -C pasta.`,
          },
    'workaround-slirp4netns': (p, a) => ({
      title: 'If you cannot upgrade: switch back to slirp4netns',
      detail: `slirp4netns is not affected, but its published ports are slower, and containers see every client as 127.0.0.1 (from RootlessKit ${rootlesskit.sourceAddressBuiltin.version}, TCP clients keep their address only with the userland proxy disabled).${p.installed ? '' : slirp4netnsChecked(a) ? ' The commands check first that the image has it.' : ' The commands install it first.'}`,
      fix: setDrivers(p, p.installed, snippets, a),
    }),
    'workaround-nftables': (_, a) => ({
      title: 'Or publish on all addresses and filter',
      detail: 'A port published on all addresses (-p 0.0.0.0:8080:80) works with pasta (inferred from how pasta forwards); restrict access with nftables, as suggested in moby#48838.',
      // The rules must be loaded before the port opens: the block runs as printed, and fails until then. The address is written out: a
      // daemon's own default ("ip" in daemon.json) may be 127.0.0.1.
      fix: publishFiltered(a, { host: 'only where the nftables rules of Security in the guide are loaded', container: 'only where the nftables rules of Security in the guide are loaded in the network namespace of the container, where pasta listens, as nsenter -n runs nft there: the rules of the host never see its ports' }),
    }),
  },
};
