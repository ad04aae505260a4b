/** Shell commands the engine hands out: in findings' fixes (the same in every language, with each language's words in comments and echoes) and in the collector. */
import { CURRENT_UID, mine, PASTA_NAMES } from './argv.ts';
import type { DesktopOs } from './daemon-address.ts';
import type { Apply, InContainer, StartedAs } from './apply.ts';
import { CONTAINER, namesDind, withImage, withOption, withRelease } from './container.ts';
import { DOCKER_SERVICE, DROP_IN, OVERRIDE, RELOAD_RESTART } from './drop-in.ts';
import { nerdctl, rootlessContainerd } from './data/core/containerd.ts';
import { bundleTable, dindRootlessImage, recreate, rootlessSettings, staticTarballs } from './data/core/docker.ts';
import { systemInstalls, type PackageManager } from './data/core/packaging.ts';
import { FLAG } from './data/core/rootlesskit.ts';
import type { DriverSettings } from './driver-settings.ts';
import { envInstruction } from './dockerfile.ts';
import { asUser } from './hand-run.ts';
import type { SnippetWords } from './messages/types.ts';
import { prefixedAssignment, retyped } from './retyped.ts';
import { stopThenStart } from './stop-by-hand.ts';
import { entries, isEnvironment, type EnvironmentForm } from './yaml-env.ts';

export { FLAG };

/** An argv as one shell command: the user's id expanded, words with other shell characters quoted. */
export const shellCommand = (argv: readonly string[]): string =>
  argv.map((a) => (a === CURRENT_UID ? `"${a}"` : /[^\w.,=/:-]/.test(a) ? `'${a}'` : a)).join(' ');

export const PS = shellCommand(mine(PASTA_NAMES));
/** pasta's processes with their argv where BusyBox's pgrep has no -u (Alpine, review R161 MED-2): every user's, as BusyBox's ps prints them whole. */
const BUSYBOX_PS = `ps -o args | grep -E '^(\\S*/)?(${PASTA_NAMES}) '`;
/** pasta's processes with their argv, as the system that `a` names lists them (Alpine's BusyBox, else procps's pgrep). */
const psFor = (a: Apply): string => (a.system === 'apk' ? BUSYBOX_PS : PS);
/** The current user's RootlessKit processes, each with its argv (--net=, --port-driver=). */
const ROOTLESSKIT_PS = shellCommand(mine('rootlesskit'));
/**
 * The version of the RootlessKit running (the user's oldest, the parent), as docker version's rootlesskit component tells it for Docker: its
 * process's own binary, which /proc keeps running after an upgrade replaced or deleted the file.
 */
const RUNNING_ROOTLESSKIT = `"/proc/$(pgrep -o -u "${CURRENT_UID}" -x rootlesskit)/exe" --version`;
/** What shows the version of the RootlessKit running: docker version's rootlesskit component, else rootless containerd's process's binary. */
export const runningVersion = (a: Apply): string => (a.containerd ? RUNNING_ROOTLESSKIT : 'docker version');
/**
 * What shows the rootless daemon's network driver: docker version's rootlesskit component, else rootless containerd's RootlessKit argv;
 * then its unit's status (a CI job's service has none: its docker version is the job's).
 */
export const driverChecks = (a: Apply): string =>
  a.containerd ? `${ROOTLESSKIT_PS}\n${a.containerd.status}` : a.container?.service ? 'docker version' : `docker version\n${DOCKER_SERVICE.status}`;
/** The rootless daemon's last log lines. */
export const JOURNAL = DOCKER_SERVICE.log;
/** The rootless unit's environment as systemd loaded it, each line whole (no pager to cut it) and a value with blanks quoted. */
export const UNIT_ENVIRONMENT = DOCKER_SERVICE.environment;
/** The rootless unit's files as systemd read them, each setting as written. */
export const UNIT_FILES = 'systemctl --user cat docker';
/** The last log lines of the daemon `a` applies to (rootless containerd's unit, else Docker's) from pasta's failure on: RootlessKit's error, then pasta's own reason. */
export const pastaFailureLog = (a?: Apply): string => `${(a?.containerd ?? DOCKER_SERVICE).log} | grep -A 4 -F 'pasta failed'`;
export const PASTA_FAILURE_LOG = pastaFailureLog();
/** Whether the user namespace's helpers are installed, and the user's subordinate ID ranges they map. */
export const ID_MAPS = 'for c in newuidmap newgidmap; do command -v "$c" || echo "$c: not found"; done\ngrep -E "^($(id -un)|$(id -u)):" /etc/subuid /etc/subgid';
/** Each command after its comment, in the language the comments are in. */
const commented = (comments: readonly string[], commands: readonly string[]): string => commands.map((c, i) => `# ${comments[i]}\n${c}`).join('\n');
/** A login session of the user's own, opened by root (as the setup tool advises after su or sudo). */
export const userSession = (w: SnippetWords): string => `# ${w.userSession}\nmachinectl shell USER@`;
/** The rootless setup as the user it is for: in that user's own login, without sudo. */
export const setupAsUser = (w: SnippetWords): string => `${userSession(w)}\n# ${w.asThatUser}\ndockerd-rootless-setuptool.sh install`;
/** The nftables table of the guide's Security page, which the workaround of publishing on all addresses needs loaded first. */
export const NFT_TABLE = 'inet rootless_ports';
/**
 * Whether newuidmap and newgidmap have their privilege (setuid root, or file capabilities; getcap is in /sbin, outside a user's
 * PATH, on Debian), whether no_new_privs takes it away, and whether this is a user namespace already.
 */
export const idHelpers = (w: SnippetWords): string =>
  commented(w.idHelpers, [
    'ls -l "$(command -v newuidmap)" "$(command -v newgidmap)"',
    'PATH="$PATH:/sbin" getcap "$(command -v newuidmap)" "$(command -v newgidmap)"',
    'grep NoNewPrivs /proc/self/status',
    'cat /proc/self/uid_map',
  ]);
/** The kernel's settings for user namespaces, each with the value that stops RootlessKit (a file may not exist). */
export const userns = (w: SnippetWords): string =>
  commented(w.userns, ['cat /proc/sys/kernel/unprivileged_userns_clone', 'cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns', 'cat /proc/sys/user/max_user_namespaces']);
/** Whether ip and the tap devices' /dev/net/tun are there (writable by all), and the tun module loaded where it is not. */
export const tun = (w: SnippetWords): string => `command -v ip || echo "ip: not found (iproute2)"\n# ${w.tun}\nls -l /dev/net/tun\nlsmod | grep -qw tun || sudo modprobe tun`;
/** The rootless daemon started as `a` says, and the client pointed at its socket. */
export const startDaemon = (a: Apply): string => `${a.start}\nexport DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock\ndocker version`;
/** A runtime directory of one's own under `dir`, emptied first, for a rootless daemon started without systemd. */
const runtimeDir = (dir: string): string[] => [`export XDG_RUNTIME_DIR="${dir}/run"`, 'rm -rf "$XDG_RUNTIME_DIR" && mkdir -p -m 700 "$XDG_RUNTIME_DIR"'];
/**
 * Whether systemd is PID 1 (its own test), systemd enabled in WSL, and the rootless daemon started by hand without it (Docker's tips); for
 * rootless containerd (`a`), containerd-rootless.sh run the same way, which needs only a writable XDG_RUNTIME_DIR (its setup tool needs
 * systemd, so prints no line); nerdctl finds it through that directory, so it runs from that shell too.
 */
export const noSystemd = ({ systemd: [runs, none], noSystemd: [wsl, elsewhere, printed] }: SnippetWords, a?: Apply): string =>
  [
    `[ -d /run/systemd/system ] && echo "${runs}" || echo "${none}"`,
    `# ${wsl}`,
    `# ${elsewhere}`,
    ...(a?.containerd
      ? [...runtimeDir('$HOME/.containerd'), 'nohup containerd-rootless.sh >"$HOME/.containerd/containerd.log" 2>&1 &']
      : [
          ...runtimeDir('$HOME/.docker'),
          `# ${printed}`,
          'PATH=/usr/bin:/sbin:/usr/sbin:$PATH nohup dockerd-rootless.sh >"$HOME/.docker/dockerd.log" 2>&1 &',
          'export DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock',
        ]),
  ].join('\n');
/** A CI job's docker:dind service: what the client was told, whether it has the service's TLS certificates, and the service waited for. */
export const ciService = (w: SnippetWords): string =>
  [
    'echo "DOCKER_HOST=$DOCKER_HOST DOCKER_TLS_CERTDIR=$DOCKER_TLS_CERTDIR"',
    `# ${w.ciCerts}`,
    'ls "$DOCKER_TLS_CERTDIR/client"',
    'for i in $(seq 30); do docker version >/dev/null 2>&1 && break; sleep 2; done; docker version',
  ].join('\n');
/** Docker Desktop started with its own CLI, on every system (from the release that data's dockerDesktop.cli names). */
export const DESKTOP_START = 'docker desktop start\ndocker version';
/** Docker Desktop started where the system is not known for sure (Linux, or WSL or a Mac): its own CLI, else its Linux user service. */
export const DESKTOP_START_ANY = 'docker desktop start || systemctl --user start docker-desktop\ndocker version';
/** Docker Desktop started: with the Docker Desktop CLI on Windows and a Mac, as its user service on Linux (no comments: zsh and cmd run them). */
export const startDesktop = (os: DesktopOs): string => (os === 'linux' ? 'systemctl --user start docker-desktop\ndocker version' : DESKTOP_START);
/** Podman's API socket started as Podman's systemd notes do, for root or for the user, and its service's state. */
export const startPodmanSocket = (rootful: boolean): string => {
  const systemctl = rootful ? 'sudo systemctl' : 'systemctl --user';
  return `${systemctl} enable --now podman.socket\n${systemctl} status podman.socket podman.service`;
};
/** The client pointed at this user's own rootless daemon instead of the socket it may not use (without a comment: zsh reads `<` in one). */
export const OWN_SOCKET = 'id -u\nexport DOCKER_HOST=unix:///run/user/$(id -u)/docker.sock\ndocker version';
/** The client pointed at the rootless daemon's socket shown (the user's own where none is), then asked again. */
export const askSocket = (socket: string | null): string => (socket ? `export DOCKER_HOST=unix://${socket}\ndocker version` : OWN_SOCKET);
/** docker version asked of the rootless daemon's own socket, where the client is set to ask another daemon. */
export const ROOTLESS_VERSION = 'DOCKER_HOST=unix:///run/user/$(id -u)/docker.sock docker version';
/** Lets rootlesskit bind ports below 1024 (Docker's tips), restarted as `a` says; setcap needs the file itself, not a link to it. */
export const setcapRootlesskit = (a: Apply): string => `sudo setcap cap_net_bind_service=ep "$(readlink -f "$(command -v rootlesskit)")"\n${a.restart}`;
// The lowest port a user may bind, a setting of each network namespace.
const UNPRIVILEGED_START = 'net.ipv4.ip_unprivileged_port_start';
/** Lets every user bind ports from `port` up, now and after a reboot. */
export const unprivilegedFrom = (port: string): string =>
  `echo '${UNPRIVILEGED_START}=${port}' | sudo tee /etc/sysctl.d/99-unprivileged-ports.conf\nsudo sysctl --system`;
/**
 * Lets the daemon's docker:dind-rootless container, as `a` applies to it, bind ports from `port` up: the setting in the container's own
 * network namespace, where RootlessKit binds them, given by its docker run (--sysctl), which is typed again; null where none is shown.
 */
export const unprivilegedInContainer = (a: Apply, port: string): string | null => {
  const into = a.settingsIn;
  if (typeof into !== 'object' || !into.recreate) return null;
  const option = `--sysctl ${UNPRIVILEGED_START}=${port}`;
  into.options?.push(option);
  return `${into.recreate}\n${withOption(into.own ? (into.asTyped ?? into.line) : into.line, option)}`;
};
/** A Podman machine started, which serves Docker's API on Windows (Podman's Windows tutorial). */
export const START_PODMAN_MACHINE = 'podman machine start';
/** The setup tool's context for the rootless daemon made again, asked from the default context (the missing one cannot be used). */
export const CREATE_CONTEXT =
  'docker --context=default context create rootless --docker "host=unix://$XDG_RUNTIME_DIR/docker.sock" --description "Rootless mode"\ndocker context use rootless\ndocker version';
/** As root, the system-wide daemon asked without a DOCKER_HOST that names root's runtime directory. */
export const UNSET_HOST = 'unset DOCKER_HOST\ndocker version';
/** Where the client points: DOCKER_HOST and the docker contexts. */
export const CLIENT_TARGET = 'echo "$DOCKER_HOST"\ndocker context ls';
/** A daemon the client reaches through SSH: which address it uses, and the daemon asked on that host as Docker's rootless tips do. */
export const sshDaemon = (w: SnippetWords): string => `docker context ls\n# ${w.sshAddress}\nssh USER@HOST 'echo $DOCKER_HOST; docker version'`;
/** A daemon the client looks for over the network: where it was pointed, and this machine's rootless daemon asked directly. */
export const REMOTE_DAEMON = 'echo "$DOCKER_HOST"\ndocker context ls\nDOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock docker version';
/** Docker command `command` inside docker:dind-rootless container `name`, its client pointed at the image's user's socket (UID 1000). */
const inDind = (name: string, command: string): string => `docker exec -e DOCKER_HOST=unix:///run/user/1000/docker.sock ${name} ${command}`;
/**
 * Program `program` of container `c`'s image with arguments `args`: through docker exec in the container, or for a CI job's service, in a
 * container of its image that the job's client runs, which overrides the image's entrypoint (dockerd's start).
 */
const inImage = (c: InContainer, program: string, args: string): string =>
  c.service ? `docker run --rm --entrypoint ${program} ${c.image ?? 'IMAGE'} ${args}` : `docker exec ${c.name} ${program} ${args}`;
/** docker version inside docker:dind-rootless container `name`. */
const dindVersion = (name: string): string => inDind(name, 'docker version');
/** docker version inside docker:dind-rootless. */
export const DIND_VERSION = dindVersion(CONTAINER);
/** docker:dind-rootless: the daemon's last log lines (where it listens), then docker version there. */
export const DIND_ROOTLESS = `docker logs --tail=3 CONTAINER\n${DIND_VERSION}`;
/** The system-wide daemon disabled before the rootless setup, as Docker's documentation advises. */
export const DISABLE_ROOTFUL = 'sudo systemctl disable --now docker.service docker.socket\nsudo rm /var/run/docker.sock';
/** Whether the kernel has IPv6 at all, and the boot parameter that takes it away if it was that. */
export const kernelIpv6 = (w: SnippetWords): string => `test -d /proc/sys/net/ipv6 || echo '${w.noIpv6}'\ngrep -o 'ipv6.disable=1' /proc/cmdline`;
/** The daemon's log: the user service's, and a rootful daemon's; rootless containerd's unit's alone, where `a` applies to it (nerdctl was not run as root). */
export const daemonLog = (w: SnippetWords, a?: Apply): string =>
  a?.containerd ? a.containerd.log : `# ${w.rootfulLog('sudo journalctl -u docker --no-pager -n 50')}\n${JOURNAL}`;
/** RootlessKit's feature probe, printing the line the engine reads ("host-lo-to-ns-lo probe: 0" = pasta accepts the flag). */
export const PROBE = `pasta ${FLAG} --version >/dev/null 2>&1; echo "host-lo-to-ns-lo probe: $?"`;

/**
 * The checks of a fix for the daemon `a` applies to: RootlessKit's probe of pasta, docker version (of the rootless daemon's own socket
 * where `otherClient`: the client is set to ask another; for rootless containerd, its running RootlessKit's), pasta's argv after a comment
 * that says what to look for in it, and RootlessKit's version; in its docker:dind-rootless container through docker exec (a CI job's
 * service: in its image, docker version the job's own, and what stands in for the argv, which the job cannot list: the probe, unless
 * the fix has run it already, `probed`).
 */
export const checksFor = (a: Apply, otherClient: boolean): { probe: string; version: string; argv: (look: string, probed?: boolean) => string; rootlesskit: string } => {
  const c = a.container;
  const rootlesskit = 'rootlesskit --version';
  const argv = (ps: string) => (look: string) => `# ${look}\n${ps}`;
  if (a.asUser) {
    const as = checksAs(a.asUser);
    return { probe: PROBE, version: as.version, argv: argv(as.ps), rootlesskit };
  }
  if (a.containerd) return { probe: PROBE, version: RUNNING_ROOTLESSKIT, argv: argv(psFor(a)), rootlesskit };
  if (!c) return { probe: PROBE, version: otherClient ? ROOTLESS_VERSION : 'docker version', argv: argv(psFor(a)), rootlesskit };
  const probe = inImage(c, 'sh', `-c '${PROBE}'`);
  // A CI job's client asks its service's daemon; the service's image runs the probe and RootlessKit in a container of that daemon's.
  const service = c.service;
  // (Its check of the argv is the probe, unless the fix runs it already: `probed`.)
  if (service) return { probe, version: 'docker version', argv: (_, probed) => `# ${service.processes}${probed ? '' : `\n${probe}`}`, rootlesskit: inImage(c, 'rootlesskit', '--version') };
  // The probe's redirections and $? are the container's shell's; busybox's ps prints each argv whole with -o args.
  return { probe, version: dindVersion(c.name), argv: argv(inImage(c, 'ps', '-o args')), rootlesskit: inImage(c, 'rootlesskit', '--version') };
};

/**
 * docker version and pasta's processes, for a daemon started through a user switch as another user: as that user, at its socket (in the
 * runtime directory the start typed, else its own under /run/user), since sudo's env_reset or a login shell leaves the client at the
 * rootful daemon's socket.
 */
const checksAs = (as: StartedAs): { version: string; ps: string } => {
  // (The user's own, typed for a switch that kept the caller's (hand-run.ts ownRuntimeDir), is the fallback's directory.)
  const socket = as.runtimeDir?.startsWith('/') ? `unix://${as.runtimeDir}/docker.sock` : `"unix:///run/user/$(id -u ${as.user})/docker.sock"`;
  return { version: asUser(as, `docker -H ${socket} version`), ps: PS.replace(`"${CURRENT_UID}"`, as.user) };
};

/**
 * The upgrade of a daemon in a docker:dind-rootless container, as `a` applies to it, to Docker `release` (its RootlessKit with it): after
 * comment `says` (given the image's new reference), its docker run again with that tag, the container removed first; for a Compose or
 * Kubernetes file's container, the command that makes it again from the file once its image: line names that tag; else the comment alone.
 */
export const imageUpgrade = (a: Apply, release: string, says: (reference: string) => string, w: SnippetWords): string => {
  const c = a.container;
  // A CI job's service named by its registry's reference keeps it (no docker run line says it again).
  const named = c?.service && c.image && namesDind(c.image) ? withRelease(c.image, release) : `${dindRootlessImage.repository}:${release}${dindRootlessImage.variant}`;
  const comment = `# ${says(named)}`;
  if (c?.run) {
    if (typeof a.settingsIn === 'object') a.settingsIn.releases?.push(release);
    return `${comment}\ndocker rm -f ${c.name}\n${withRelease(c.run, release)}`;
  }
  return isEnvironment(a.settingsIn) ? `${comment}\n${remade(a.settingsIn, w.manifest, w.serviceImage)}` : comment;
};

/**
 * What makes a Compose or Kubernetes file's container again once the file changed: Compose's command, or kubectl apply after `manifest`,
 * the comment saying what MANIFEST is; for a CI job's service's image, comment `job`: the job run again.
 */
const remade = (form: EnvironmentForm, manifest: string, job: string): string =>
  form === 'k8s-env' ? `# ${manifest}\n${recreate.kubernetes.command} MANIFEST` : form === 'gitlab-variables' ? `# ${job}` : recreate.compose.command;

/**
 * Docker upgraded to `release` for the daemon `a` applies to: in its container, the image's tag (imageUpgrade, after comment `says`);
 * else Docker's packages on this machine (the line `elsewhere` echoed where they are not Docker's), then the daemon restarted.
 */
export const dockerUpgrade = (a: Apply, release: string, says: { image: (reference: string) => string; packages: string; elsewhere: string }, w: SnippetWords): string =>
  a.container ? imageUpgrade(a, release, says.image, w) : `# ${says.packages}\n${upgrade(says.elsewhere)}\n${a.restart}`;

/** A `docker run` (or `client`'s run) that publishes `ports`, with the placeholder image the guide's pages use, so the line runs as copied. */
export const run = (ports: string, client = 'docker'): string => `${client} run -d -p ${ports} nginx:alpine`;

/**
 * A port published on all addresses only where the guide's nftables table is loaded (it must filter before the port opens; the address
 * written out, as a daemon's "ip" may be 127.0.0.1), after comment `says`; for a daemon in a docker:dind-rootless container, the table
 * sought in that container's network namespace, where pasta listens (the host's input hook never sees those ports), and the port
 * published by the daemon there.
 */
export const publishFiltered = (a: Apply, says: { host: string; container: string }): string => {
  const name = a.container?.name;
  const ports = run('0.0.0.0:8080:80', a.containerd ? nerdctl.client : 'docker');
  if (!name) return `# ${says.host}\nsudo nft list table ${NFT_TABLE} > /dev/null && ${ports}`;
  return `# ${says.container}\nsudo nsenter -n -t "$(docker inspect -f '{{.State.Pid}}' ${name})" nft list table ${NFT_TABLE} > /dev/null && ${inDind(name, ports)}`;
};

/**
 * What a fix sets, written where the daemon reads it as `a` says (a drop-in, a shell's exports, the command typed), after installing
 * slirp4netns where the fix switches to it and it is not known to be installed; with FLAGS set again to `flags` where FLAGS set the drivers
 * (rules/flags-kept.ts): it comes last in RootlessKit's argv and would win.
 */
export const setDrivers = (k: { sets: DriverSettings; flags: string | null; passt?: true }, installed: boolean, w: SnippetWords, a: Apply): string =>
  [
    ...(k.sets.includes('NET=slirp4netns') && !installed ? [installSlirp4netns(w, a)] : []),
    ...(k.passt ? [installWhere('passt', 'pasta', w, a)] : []),
    settingsFix(k.passt ? fromBuilt(a) : a, w, ...k.sets, ...(k.flags === null ? [] : [`FLAGS=${k.flags}`])),
  ].join('\n');

/**
 * Package `pkg` (its program `program`) installed where the daemon runs as `a` says: for a Dockerfile's ENV instruction, in the
 * docker:dind-rootless image it builds (as root, then its user again); in a docker:dind-rootless container, in an image built FROM the
 * container's (addedTo); else with this machine's package manager.
 */
const installWhere = (pkg: string, program: string, w: SnippetWords, a: Apply): string => {
  if (builtImage(a)) return apkLines(pkg);
  if (a.container) return addedTo(pkg, program, w, a.container);
  return installPackage(pkg, w, a.system);
};
/** Apk's lines in a Dockerfile FROM docker:dind-rootless that install package `pkg`: as root, then the image's user again. */
const apkLines = (pkg: string): string => `USER root\nRUN ${dindRootlessImage.install} ${pkg}\nUSER ${dindRootlessImage.user}`;
/**
 * Package `pkg` (its program `program`) for docker:dind-rootless container `c`, which the host's package manager cannot reach: an image
 * built FROM the container's image with it (named IMAGE, to run the container from); only checked where the image is not known.
 */
const addedTo = (pkg: string, program: string, w: SnippetWords, c: InContainer): string => {
  if (!c.image) return `# ${w.inImage(pkg)}\n${inImage(c, program, '--version')}`;
  const built = `${recreate.build.command} -t IMAGE - <<'EOF'\nFROM ${c.image}\n${apkLines(pkg)}\nEOF`;
  // A CI job's service is pulled by the runner: the image goes to a registry it reaches.
  return c.service ? `# ${w.addToServiceImage(pkg)}\n${built}\ndocker push IMAGE` : `# ${w.addToImage(pkg)}\n${built}`;
};
/**
 * `a` with the container run from IMAGE, the image addedTo builds on its own with a package: a service's services: item names it, and a
 * container's docker run runs it.
 */
const fromBuilt = (a: Apply): Apply => {
  const into = a.settingsIn;
  if (a.container?.service) return { ...a, container: { ...a.container, image: 'IMAGE' } };
  return a.container?.image && typeof into === 'object' && into.recreate ? { ...a, settingsIn: { ...into, line: withImage(into.line, 'IMAGE') } } : a;
};
/**
 * passt added to the image of a docker:dind-rootless container (addedTo; a Dockerfile's, then its image built again), then the container run
 * from the new image where its docker run shows.
 */
export const passtAdded = (w: SnippetWords, a: Apply): string => {
  const into = fromBuilt(a).settingsIn;
  return [install('passt', w, a, 'pasta'), ...(typeof into === 'object' && into.recreate ? [into.recreate, into.line] : [])].join('\n');
};
/** slirp4netns for a fix that switches to it: checked in a container, whose newer images have it (installWhere otherwise). */
const installSlirp4netns = (w: SnippetWords, a: Apply): string =>
  slirp4netnsChecked(a) ? `# ${w.slirp4netnsInImage}\n${inImage(a.container!, 'slirp4netns', '--version')}` : installWhere('slirp4netns', 'slirp4netns', w, a);

/** Whether the daemon's settings are a Dockerfile's ENV instruction, whose image a fix builds again. */
const builtImage = (a: Apply): boolean => typeof a.settingsIn === 'object' && envInstruction(a.settingsIn.line) !== null;

/** Whether a fix that switches to slirp4netns only checks that it is there, in a container the image of which it does not build. */
export const slirp4netnsChecked = (a: Apply): boolean => !!a.container && !builtImage(a);

/**
 * The given DOCKERD_ROOTLESS_ROOTLESSKIT_* settings (NAME=value without the prefix) written where the daemon reads them, as `a` says; for
 * a command typed, that command as it carries every fix's changes (collected where `a` collects them); for a Compose or Kubernetes file's
 * environment, its entries, then the container made again from the file, which alone makes them take effect.
 */
export const settingsFix = (a: Apply, w: SnippetWords, ...settings: string[]): string => {
  const into = a.settingsIn;
  if (into === 'drop-in') return a.containerd ? appended(a.containerd.dropIn, rootlessContainerd.prefix, a.reloadRestart, settings) : override(...settings);
  if (into === 'exports') {
    const exports = exported(a.containerd ? rootlessContainerd.prefix : rootlessSettings.prefix, settings);
    return a.startAfterExports ? `${exports}\n${a.startAfterExports}` : exports;
  }
  if (into === 'gitlab-variables') return serviceVariables(a, w, settings);
  if (typeof into === 'string') return `${entries(into, settings)}\n${remade(into, w.manifestEnv, w.serviceImage)}`;
  into.changes?.push(...settings);
  const line = into.own ? retyped(into.asTyped ?? into.line, settings) : into.line;
  if (into.recreate) return `${into.recreate}\n${line}`;
  return into.stop ? stopThenStart(line, line) : line;
};

/** The given settings as a CI job's service's variables: in .gitlab-ci.yml, under its item of services: (its image's), after comment `w.serviceVariables`. */
const serviceVariables = (a: Apply, w: SnippetWords, settings: readonly string[]): string =>
  `# ${w.serviceVariables}\nservices:\n  - name: ${a.container?.image ?? 'IMAGE'}\n    variables:\n${entries('gitlab-variables', settings).replace(/^/gm, '      ')}`;

/**
 * Shell lines that export the given settings (NAME=value, each after `prefix`: dockerd-rootless.sh's or containerd-rootless.sh's) for the
 * script run by hand; FLAGS unset where it becomes empty.
 */
const exported = (prefix: string, settings: readonly string[]): string =>
  settings.map((s) => (s === 'FLAGS=' ? `unset ${prefix}FLAGS` : `export ${prefixedAssignment(prefix, s)}`)).join('\n');

/**
 * Shell lines that append the given settings (NAME=value, each after `prefix`) to override.conf in drop-in directory `dir` (creating it if
 * need be), then `reloadRestart`. Appending keeps the settings already there; for the same variable, systemd applies the later
 * Environment= line, so the appended value wins. The empty first line keeps [Service] off a last line without a newline.
 */
const appended = (dir: string, prefix: string, reloadRestart: string, settings: readonly string[]): string =>
  [`mkdir -p ${dir}`, `cat >> ${dir}/${OVERRIDE} <<'EOF'`, '', '[Service]', ...settings.map((s) => `Environment="${prefix}${s}"`), 'EOF', reloadRestart].join('\n');

/** The given DOCKERD_ROOTLESS_ROOTLESSKIT_* settings appended to rootless Docker's drop-in, then reload and restart. */
export const override = (...settings: string[]): string => appended(DROP_IN, rootlessSettings.prefix, RELOAD_RESTART, settings);

/** Settings systemd never applied, appended where it applies them (override); with none known, the unit's files as systemd reads them. */
export const moveSettings = (settings: readonly string[]): string => (settings.length ? override(...settings) : UNIT_FILES);

const PACKAGES = 'docker-ce docker-ce-cli docker-ce-rootless-extras';
export const UPGRADE_APT = `sudo apt-get update && sudo apt-get install -y --only-upgrade ${PACKAGES}`;
/** Docker's packages installed at one apt version named: what a pin that holds them at another leaves apt to do. */
export const installAptVersion = (version: string): string =>
  `sudo apt-get update && sudo apt-get install -y ${PACKAGES.split(' ').map((p) => `${p}=${version}`).join(' ')}`;
/** Releasing apt-mark's hold on the packages named, which apt-get otherwise refuses to upgrade. */
export const unhold = (packages: readonly string[]): string => `sudo apt-mark unhold ${packages.join(' ')}`;
/** Removing dnf's versionlocks on the packages named, which dnf otherwise leaves at their version. */
export const unlock = (packages: readonly string[]): string => `sudo dnf versionlock delete ${packages.join(' ')}`;
/** Removing zypper's locks on the packages named, which zypper otherwise leaves at their version. */
export const removeLock = (packages: readonly string[]): string => `sudo zypper removelock ${packages.join(' ')}`;
/** Taking the packages named out of pacman.conf's IgnorePkg, which pacman -Syu otherwise skips. */
// (Again until none is left: a name's match takes the blank before the next name.)
export const unignore = (packages: readonly string[]): string =>
  `sudo sed -i -E ':a; /^[[:space:]]*IgnorePkg/s/([=[:space:]])(${packages.join('|')})([[:space:]]|$)/\\1\\3/; ta' /etc/pacman.conf`;
export const UPGRADE_DNF = `sudo dnf upgrade -y ${PACKAGES}`;
/** The package that provides the rootlesskit on PATH, on Debian's family, an rpm distribution or Arch. */
export const OWNER = 'dpkg -S "$(command -v rootlesskit)" 2>/dev/null || rpm -qf "$(command -v rootlesskit)" 2>/dev/null || pacman -Qo "$(command -v rootlesskit)"';
/**
 * The upgrade of Docker's own packages (the three the remediation page upgrades, #dockers-deb-and-rpm-packages) as one command that works
 * pasted on apt or dnf, without prompts (which would swallow the next pasted line), where Docker's rootless extras are installed. A
 * static-tarball install (RootlessKit in ~/bin) gets `elsewhere` printed instead, and a distribution's Docker that too, with the package
 * that provides its RootlessKit: apt and dnf would skip packages that are not installed.
 */
export const upgrade = (elsewhere: string): string =>
  branches([
    ['[ -x ~/bin/rootlesskit ]', `echo '${elsewhere}'`],
    ['dpkg -s docker-ce-rootless-extras >/dev/null 2>&1', UPGRADE_APT],
    ['rpm -q docker-ce-rootless-extras >/dev/null 2>&1', UPGRADE_DNF],
    [null, `echo '${elsewhere}'\n${OWNER}`],
  ]);

/**
 * A distribution's upgrade of its rootlesskit package with package manager `m`, its package index refreshed first, without prompts;
 * pacman's upgrades the whole system, as Arch supports no partial upgrade, and xbps's too, as Void's handbook updates.
 */
export const upgradeRootlesskit = (m: Exclude<PackageManager, 'nix'>): string =>
  ({
    apt: 'sudo apt-get update && sudo apt-get install -y --only-upgrade rootlesskit',
    dnf: 'sudo dnf upgrade -y rootlesskit',
    zypper: 'sudo zypper update -y rootlesskit',
    pacman: 'sudo pacman -Syu --noconfirm',
    emerge: 'sudo emerge --sync && sudo emerge --ask=n --oneshot --update app-containers/rootlesskit',
    apk: 'sudo apk update && sudo apk upgrade rootlesskit',
    xbps: 'sudo xbps-install -Syu',
  })[m];
const PASST_UPGRADES: Partial<Record<PackageManager, string>> = {
  apt: 'sudo apt-get update && sudo apt-get install -y --only-upgrade passt',
  dnf: 'sudo dnf upgrade -y passt',
  zypper: 'sudo zypper update -y passt',
  pacman: upgradeRootlesskit('pacman'),
  xbps: upgradeRootlesskit('xbps'),
};
/**
 * passt's upgrade with the package manager of the system `a` names, where that names its package passt as its rows do (dpkg's, rpm's,
 * pacman's), with the whole system where the manager upgrades that (upgradeRootlesskit); else null.
 */
export const upgradePasst = (a: Apply): string | null => (a.system && PASST_UPGRADES[a.system]) ?? null;
/** After a comment that says to upgrade passt, upgradePasst's command on a line of its own, or where there is none, `then`, which ends the comment. */
export const passtUpgrade = (a: Apply, then: string): string => {
  const command = upgradePasst(a);
  return command ? `\n${command}` : then;
};
/** NixOS upgraded to the latest packages of its channel (the NixOS manual's Upgrading NixOS). */
export const UPGRADE_NIXOS = 'sudo nixos-rebuild switch --upgrade';
/** The release of Docker's static tarballs the static upgrade installs: the newest the bundle table knows. */
export const STATIC_RELEASE = bundleTable.rows.at(-1)![1];
/**
 * Docker's static docker and docker-rootless-extras tarballs of STATIC_RELEASE unpacked over ~/bin, as the remediation page's static
 * upgrade does: both downloaded and unpacked before anything is replaced, in a subshell that set -e ends at the first failure (the
 * terminal's shell stays); cp -f replaces the binaries that run, and the restart after it starts the new ones.
 */
export const UPGRADE_STATIC = [
  '(',
  '  set -eu',
  `  VERSION=${STATIC_RELEASE}`,
  '  ARCH=$(uname -m)',
  '  tmp=$(mktemp -d)',
  `  trap 'rm -rf "$tmp"' EXIT`,
  '  mkdir "$tmp/bin"',
  '  for tarball in docker docker-rootless-extras; do',
  `    curl -fsSL -o "$tmp/$tarball.tgz" "${staticTarballs.url}$ARCH/$tarball-$VERSION.tgz"`,
  '    tar -xzf "$tmp/$tarball.tgz" -C "$tmp/bin" --strip-components=1',
  '  done',
  '  cp -f "$tmp"/bin/* "$HOME/bin/"',
  ')',
].join('\n');

/**
 * A shell if/elif/else with each branch on lines of its own, indented (a phone shows what each runs; the shell reads the whole
 * command before it runs any of it, so it still works pasted). A null condition is the else.
 */
const branches = (cases: readonly (readonly [string | null, string])[]): string =>
  [...cases.map(([test, run], i) => `${test === null ? 'else' : `${i ? 'elif' : 'if'} ${test}; then`}\n${indent(run)}`), 'fi'].join('\n');
const indent = (lines: string): string => lines.replace(/^/gm, '  ');
/**
 * Installing a package with apt, dnf, zypper or pacman (another package manager is named, not guessed at); with the package manager of
 * Alpine, Gentoo or Void where the paste shows that system (`m`) and the package has a name there.
 */
export const installPackage = (pkg: string, w: SnippetWords, m?: PackageManager | null): string => {
  const system = m && m in systemInstalls ? systemInstalls[m as keyof typeof systemInstalls] : null;
  const name = system && (system.names as Record<string, { name: string }>)[pkg]?.name;
  return name ? `sudo ${system.command} ${name}` : anyInstall(pkg, w);
};
/** Installing a package with whichever of apt, dnf, zypper or pacman is there. */
const anyInstall = (pkg: string, w: SnippetWords): string =>
  branches([
    ['command -v apt-get >/dev/null', `sudo apt-get install -y ${pkg}`],
    ['command -v dnf >/dev/null', `sudo dnf install -y ${pkg}`],
    ['command -v zypper >/dev/null', `sudo zypper install -y ${pkg}`],
    ['command -v pacman >/dev/null', `sudo pacman -S --needed --noconfirm ${pkg}`],
    [null, `echo '${w.installWith(pkg)}'`],
  ]);
/**
 * Installing package `pkg` (its program `program`) where the daemon runs, as `a` says (installWhere), then restarting it (for a
 * Dockerfile's image, building it again); for a container, the image built FROM its own, which the container is then run from.
 */
export const install = (pkg: string, w: SnippetWords, a: Apply, program = pkg): string =>
  a.container && !builtImage(a) ? installWhere(pkg, program, w, a) : `${installWhere(pkg, program, w, a)}\n${a.restart}`;
/**
 * Installing RootlessKit: Docker's rootless extras beside Docker's packages, else the distribution's rootlesskit package, then the restart
 * `a` says; for a container, Alpine's package in its image; for rootless containerd, the distribution's package alone.
 */
export const installRootlesskit = (w: SnippetWords, a: Apply): string =>
  a.container || a.containerd
    ? install('rootlesskit', w, a)
    : `${branches([
        ['dpkg -s docker-ce >/dev/null 2>&1 || rpm -q docker-ce >/dev/null 2>&1', installPackage('docker-ce-rootless-extras', w)],
        [null, installPackage('rootlesskit', w)],
      ])}\n${a.restart}`;
/** Installing RootlessKit where rootless containerd's setup tool stopped without it: the distribution's package, then the setup again (no unit yet to restart). */
export const installRootlesskitThenSetup = (w: SnippetWords, a: Apply): string => `${installWhere('rootlesskit', 'rootlesskit', w, a)}\n${rootlessContainerd.setupTool.install}`;
/** The containers and the ports they publish. */
export const PUBLISHED = "docker ps --format '{{.Names}} {{.Ports}}'";
/** Holding passt at its version: Debian's family, Fedora's (dnf5's versionlock, or dnf4's plugin), openSUSE's; pacman holds it only in its configuration. */
export const holdPasst = (w: SnippetWords): string =>
  branches([
    ['command -v apt-mark >/dev/null', 'sudo apt-mark hold passt'],
    // dnf5 has the command; dnf4 gets it from a plugin (/remediation/#pin-passt).
    ['command -v dnf >/dev/null', 'sudo dnf versionlock add passt || { sudo dnf install -y python3-dnf-plugin-versionlock && sudo dnf versionlock add passt; }'],
    ['command -v zypper >/dev/null', 'sudo zypper addlock passt'],
    [null, `echo '${w.holdPasst}'`],
  ]);
