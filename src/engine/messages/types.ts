/** The shape of a message catalogue: one rendering function per finding id, plus fact names and verdict and certainty labels. */
import type { Apply } from '../apply.ts';
import type { ValueSource } from '../facts.ts';
import type { EraSource, PastaEra } from '../rules/context.ts';
import type { Kept } from '../rules/flags-kept.ts';
import type { StatedFix } from '../rules/stated-fix.ts';
import type { PackageManager } from '../data/core/packaging.ts';
import type { DaemonElsewhere, DesktopOs } from '../daemon-address.ts';
import type { DaemonHost } from '../daemon-host.ts';
import type { Certainty, Evidence, FactKey, Result, Verdict } from '../types.ts';

type None = Record<string, never>;

/** Why newuidmap or newgidmap failed, by their words or RootlessKit's. */
export type IdMapCause = 'privilege' | 'overlap' | 'missing';

/** What one answer to a next-step question would lead to. */
/** An answer the paste contradicts: the fact, the answer, and what the paste shows (null: a daemon that runs as root, without RootlessKit). */
export interface Contradicted {
  key: FactKey;
  answer: string;
  shown: string | null;
}

export interface Outcome {
  /** The hypothetical answer, e.g. a network driver name. */
  answer: string;
  verdict: Verdict;
  /** The RootlessKit version the verdict would rest on, and whether it comes from the Docker table. */
  rootlesskitVersion: string | null;
  rootlesskitInferred: boolean;
  /** The Docker version an inferred RootlessKit comes from. */
  dockerVersion: string | null;
  /** An affected verdict (or, undecided, its RootlessKit's half) that holds only for a pasta from the change on: the paste shows no pasta version. */
  pastaUnseen: boolean;
  /** The daemon would not start (a finding that stops it), where the step asks (the settings of rootless containerd). */
  stops?: boolean;
}

/** Parameters of every message, by finding id. Versions inside the texts come from the data module, not from here. */
export interface MessageParams {
  /** `assumed`: only a docker version from before the rootlesskit component (Docker 20.10 to 22.x) says so. */
  'rootful-daemon': { dockerVersion: string | null; assumed: boolean; desktop: boolean; snap: boolean };
  /** `pastaSet`: settings name pasta, which this RootlessKit refuses: what sets slirp4netns again (review R157 M3). */
  'rootlesskit-without-pasta': { rootlesskitVersion: string; inferredFrom: string | null; pastaSet: ({ installed: boolean } & Kept) | null };
  'docker-without-pasta': { dockerVersion: string; pastaSet: boolean };
  'other-network-driver': { networkDriver: string };
  /** `absent`: the answer of systemctl show shows no Environment= line (its line below is that of Id=). */
  'containerd-net-default': { drivers: readonly string[]; absent: boolean };
  'nerdctl-as-root': None;
  /** `portDriver` null: not shown, but one with a port manager (an error quotes Docker's call to it). */
  'port-driver-excludes-pasta': { portDriver: string | null };
  'port-driver-none': None;
  'port-driver-pesto': None;
  /**
   * `rkFixed`: RootlessKit is known to pass the flag, so a newer passt is safe. `installed`: the version is an installed package's, what the
   * daemon's next start runs, not what runs now (the probe, and with rkFixed pasta's command line, confirm it).
   */
  /** `pastaDate`: what names pasta where its version is not known (a link's date alone). */
  'pasta-predates-change': { via: EraSource; pastaVersion: string | null; pastaDate: string | null; rkFixed: boolean; installed: boolean };
  /** `rkFixed`: whether RootlessKit passes the flag to a pasta installed later (null: its version is not known). */
  'pasta-not-installed': { rootlesskitVersion: string | null; rkFixed: boolean | null; inferredFrom: string | null };
  /**
   * `olderShown`: a RootlessKit version the paste shows that never passes the flag, though RootlessKit put it there (no wrapper).
   * `rkFixed`: RootlessKit's version (seen, from the Docker table, or a lower bound) has the fix, so it is what passes the flag.
   */
  'fixed-flag-seen': { rootlesskitVersion: string | null; olderShown?: string; rkFixed?: boolean };
  /** `down`: the paste shows the daemon not running, so that no pasta runs to check yet. */
  'fixed-rootlesskit': { rootlesskitVersion: string; orLater: boolean; inferredFrom: string | null; down?: boolean };
  /**
   * `installed`: a
   * RootlessKit with the fix that the paste shows installed while the daemon runs an older one (upgraded, not restarted).
   * `otherClient`: the client is set to ask another daemon (a rootful one, the default context), so checking asks the rootless socket.
   * `noRelease`: pasta's version line names no release ("unknown version").
   */
  affected: {
    rootlesskitVersion: string | null;
    inferredFrom: string | null;
    flagAbsent: boolean;
    pastaVersion: string | null;
    noRelease: boolean;
    era: PastaEra | null;
    /** With no pasta release shown, nor a pasta with the change (the probe): the passt that the operating system's release ships, older than it. */
    shipped: { release: string; version: string } | null;
    /** The reader says they have since upgraded to a release with the fix (rules/stated-fix.ts). */
    stated: StatedFix | null;
    installed: string | null;
    /** The running RootlessKit has the fix, yet pasta, shown to accept the flag, runs without it and the reset is seen: its probe failed at start-up. */
    probeMissed: boolean;
    otherClient: boolean;
    /** sudo systemctl restart docker was typed: the rootful daemon restarted, not this rootless one. */
    rootfulRestart: boolean;
    /** The paste shows ports published on all addresses only, which the problem leaves alone. */
    allAddresses: boolean;
  } & UpgradeWay;
  'nothing-recognised': None;
  'written-setup': None;
  'own-report': None;
  /**
   * `pastaFallback`: this Docker picks pasta by itself when slirp4netns is not installed. `dindRootless`: the paste names
   * docker:dind-rootless, whose daemon is one to ask about too.
   */
  'need-network-driver': {
    rootlessKnown: boolean;
    /** The docker info shown stops before its Security Options, which say whether the daemon is rootless. */
    infoCut: boolean;
    pastaFallback: boolean;
    /** From the pasta fallback on, the shell shows slirp4netns not installed (and whether pasta's version is shown): pasta is then the likely driver. */
    noSlirp4netns: { pastaShown: boolean } | null;
    outcomes: Outcome[];
    dindRootless: boolean;
    /** Only the client's version was shown (docker --version), and the RootlessKit Docker's own packages of it bundle, if known. */
    client: { version: string; rootlesskit: string | null; pasta: boolean; fixed: boolean } | null;
    /** The rootless daemon is shown down (its start is the finding before): docker version answers once it runs. */
    down: boolean;
    /** It runs, and the client asked another socket (the finding before points it at the daemon's): docker version answers once it does. */
    aside: boolean;
    /**
     * Rootless containerd: what its settings would mean, by the rules: NET unset (each driver containerd-rootless.sh then picks), NET=pasta
     * with PORT_DRIVER unset (the port driver the script then passes), and NET=pasta with PORT_DRIVER=implicit, which is what the answer
     * pasta gives (a RootlessKit that runs pasta has port driver implicit or none).
     */
    containerd: { unset: Outcome[]; portDriverDefault: string; alone: Outcome; implicit: Outcome } | null;
  };
  /** `restarted`: the paste restarts the daemon before the reset it shows. */
  /** `upgradedSince`: the installed RootlessKit came with an upgrade the paste shows after the daemon's start, and no reset is seen. */
  /** `misread`: a RootlessKit version the paste shows with a letter for a digit, left unread. */
  /** `shown`: a line of the paste names the driver (not an answer or a link alone). */
  'need-rootlesskit-version': { shown: boolean; distribution: boolean; dockerVersion: string | null; installed: string | null; restarted: boolean; upgradedSince: boolean; misread: string | null };
  'need-pasta-argv': { rootlesskitVersion: string | null; hidden: boolean };
  /**
   * `installed`: the RootlessKit with the fix that packages show, `dockerVersion` the Docker release they are of (context.ts olderUnknown),
   * `reset`: the reset on 127.0.0.1 is shown since; `running`: that RootlessKit is the one the daemon runs (shown running, or restarted into).
   */
  'need-pasta-probe': { installed: string; dockerVersion: string | null; reset: boolean; running: boolean };
  'need-docker-output': None;
  /** A client of Docker Desktop (or, on Windows, of Docker Engine for Windows containers): no rootless daemon to ask about here. */
  'docker-desktop': { os: DesktopOs };
  'port-driver-assumed-implicit': None;
  'network-driver-from-implicit': None;
  /** pasta set alone in the unit's files shown whole, beside a daemon that answers: `defaulted`, the Docker whose script sets builtin. */
  'pasta-set-alone': { defaulted: string | null };
  /** `unquoted`: an old systemctl show printed the value unquoted, as it would again: the unit's files show it. */
  'flags-cut': { unquoted: boolean };
  /**
   * `newestKnown`: past the table, whose newest release this is; `range`: a version with a part left out, whose releases bundle
   * different ones; `since`: a pre-release, whose RootlessKit is at least this earlier release's.
   */
  'rootlesskit-from-docker-version': { dockerVersion: string; rootlesskitVersion: string; fromPackage: boolean; newestKnown: string | null; range: boolean; since: string | null };
  /** `system`: one Docker publishes no packages for, whose Docker may be its own build or Docker's static one. */
  'distribution-packaging': { dockerVersion: string | null; system: string | null };
  /** `misread`: a date with a letter for a digit ("2O25_02_17", OCR's), not a version line that names no release. */
  'pasta-version-unknown': { printed: string; misread: boolean };
  'pasta-build-between-releases': { pastaVersion: string };
  'pasta-below-rootlesskit-minimum': { pastaVersion: string; rkFixed: boolean } & UpgradeWay;
  'passt-dual-stack-failure': { pastaVersion: string | null };
  /** That passt, where the paste does not show which network driver RootlessKit runs. */
  'passt-dual-stack-risk': { pastaVersion: string };
  'pasta-start-failed': None;
  'ipv6-disabled-kernel': None;
  /** Only RootlessKit's report that the program it ran exited, whose own error says why. */
  /** `buildkit`: RootlessKit runs rootless BuildKit's buildkitd (signal buildkit), whose log is no unit's. */
  'rootlesskit-failed': { childExited: boolean; idMap: boolean; buildkit: boolean };
  'daemon-failed': None;
  /** `exec`: systemd could not run the program at all (status 203/EXEC). */
  'service-failed': { exec: boolean };
  'no-systemd': None;
  'no-user-session': None;
  'setup-requirements': None;
  'run-as-root': None;
  'rootful-docker-running': None;
  /**
   * `setup`: rootless containerd's setup tool found it missing, before it installed the user service (its check runs RootlessKit);
   * `beside`: it failed so where the daemon of Docker is shown, which the failure does not stop.
   */
  'rootlesskit-missing': { setup: boolean };
  'network-driver-missing': None;
  /** `inFlags`: the FLAGS in force sets --net=host (NET may be unset). */
  /** inFlags: the flag as the FLAGS in force writes it ("--net host"), null where NET sets host. */
  'host-network-driver': { installed: boolean; inFlags: string | null } & Kept;
  'flags-pasta-option': { flags: string | null; older: boolean } & Pick<Kept, 'shell'>;
  /** `buildkit`: RootlessKit runs rootless BuildKit's buildkitd (signal buildkit). */
  'userns-unavailable': { buildkit: boolean };
  /** `buildkit`: RootlessKit runs rootless BuildKit's buildkitd (signal buildkit), whose words stay as they are beside rootless containerd. */
  'tap-unavailable': { buildkit: boolean };
  /** `unset`: the paste shows NET set and no MTU, on a script that then uses 1500. */
  /** inFlags: the flag as the FLAGS in force writes it ("--mtu=1500"), null where it does not set the MTU. */
  /** `rewritten`: a driver finding's fix writes FLAGS again without the 1500 (rules/findings.ts's mtuBeside). */
  /** `entrypoint`: docker:dind-rootless's entrypoint passes the MTU where none is set (rules/entrypoint.ts). */
  'mtu-1500': { mtu: number; unset: boolean; entrypoint: boolean; inFlags: string | null; rewritten?: boolean } & Kept;
  /** `affected`: 127.0.0.1 resets too, so it is no way out. `ipv6`: pasta runs without --ipv4-only (RootlessKit's --ipv6 is set). */
  'ipv6-loopback-not-forwarded': { affected: boolean; ipv6: boolean };
  'host-loopback-leak': { rootlesskitVersion: string };
  /** RootlessKit `from` (with the fix) downgraded to `to` (without); `pending`: the daemon still runs one with the fix, started before. */
  'downgraded-below-fix': { from: string; to: string; pending: boolean };
  /** `fixed`: RootlessKit is known to pass the flag, so implicit is safe. */
  /** `defaulted`: the Docker release whose dockerd-rootless.sh set builtin, none being set. */
  /** `entrypoint`: docker:dind-rootless's entrypoint passes the port driver (rules/entrypoint.ts). */
  'pasta-port-driver-mismatch': { portDriver: string | null; defaulted: string | null; unset: boolean; entrypoint: boolean; fixed: boolean; older: boolean; slirp4netnsInstalled: boolean } & Kept;
  'port-driver-pasta': { networkDriver: string | null; older: boolean; slirp4netnsInstalled: boolean } & Kept;
  'implicit-without-pasta': Kept;
  'pesto-unknown': { older: boolean; slirp4netnsInstalled: boolean } & Kept;
  'pesto-without-pasta': Pick<Kept, 'shell'>;
  /** `resetSeen`: the paste shows a reset, and a publication on such an address but none on 127.0.0.1: this is likely that reset. */
  'secondary-loopback': { affected: boolean; resetSeen: boolean };
  'slirp4netns-port-driver-tcp': None;
  /**
   * `regression`: a daemon of the slirp4netns port driver's regression; `held`: a daemon without it (older, fixed, or another port
   * driver), so something holds the port; `either`: the paste does not say which.
   */
  'bind-address-in-use': { cause: 'regression' | 'held' | 'either' };
  'host-network-mode': None;
  'two-daemons': None;
  /** Whether a daemon-reload came before: then the drop-in is not where systemd reads, or not under [Service]. */
  'drop-in-not-loaded': { reloaded: boolean };
  /** `misnamed`: a name dockerd-rootless.sh does not read; `unclosed`: a unit's line that systemd rejects, a quote in it never closing. */
  'setting-ignored': { misnamed: boolean; unclosed: boolean };
  'entrypoint-unread': None;
  'image-without-passt': None;
  /**
   * Why systemd never applies the lines: under a section other than [Service], below systemctl edit's discard marker, in the rootful
   * unit's directory, in another user unit's drop-in; `settings` are what they set (NAME=value without the prefix), for the fix.
   */
  'setting-not-applied': { section: boolean; discarded: boolean; system: boolean; unit: boolean; settings: string[] };
  /** `desktop`: the current context is Docker Desktop's, not the system-wide daemon's; `ports`: the paste's ports published without --context were its. */
  'context-system': { desktop: boolean; ports: boolean };
  /**
   * The lowest port refused (null where the paste's line is not at hand: a shared link), and who refused it: RootlessKit run as
   * rootlesskit (which offers the capability), Podman's rootlessport, or either.
   */
  'privileged-port': { port: number | null; by: 'rootlesskit' | 'podman' | 'pasta' | null };
  /**
   * Whether RootlessKit ran with --detach-netns (Docker's default from 29.5.0), where slirp4netns can be reported missing though
   * installed; null when the paste does not say. `shell` where the daemon is started by hand from a shell (rules/settings-source.ts).
   */
  'slirp4netns-not-found': { detachNetns: boolean | null; shell?: 'shell' | 'sudo' | 'run' | 'hand' | 'dockerfile' | 'container' };
  /** `daemonSaid`: RootlessKit's own error, not the shell's; `rkFixed` as for pasta-not-installed. */
  'pasta-not-found': { daemonSaid: boolean; rootlesskitVersion: string | null; rkFixed: boolean | null };
  'cannot-assign-address': None;
  'ubuntu-apparmor': { operatingSystem: string };
  /**
   * ruledOut: the verdict rules the problem out; fixed: by a fix the setup has (a reset seen before it was the problem); allAddresses:
   * only ports published on all addresses are shown, which it leaves alone; containerLoopback: an application says it listens on its
   * container's own 127.0.0.1.
   */
  'client-source-address-lost': { rootlesskit: string | null; fixed: boolean; propagates: boolean };
  /** `jobApart`: the daemon runs in a CI job's service under GitLab's Docker executor, whose job is a container apart from it. */
  'connection-reset-seen': { ruledOut: boolean; fixed: boolean; allAddresses: boolean; containerLoopback: boolean; containerd: boolean; jobApart: boolean };
  /** Why newuidmap or newgidmap failed: without privilege (or nested), ranges that overlap, or none for the user. */
  'id-map-failed': { cause: IdMapCause; buildkit: boolean };
  /**
   * Where the client looked: this machine's socket (beside a daemon shown rootful, or not; in a runtime directory under the home
   * directory, where a daemon started without systemd listens), the rootful one from inside docker:dind-rootless, elsewhere, or
   * nowhere: the client's context is missing.
   */
  'daemon-not-running':
    | { where: 'here' | 'rootful-shown' | 'dind-rootless' | 'manual' | 'missing-context' }
    | { where: 'desktop-client'; os: DesktopOs }
    /** The system-wide socket asked while the user's rootless daemon is shown running, at `socket` where ls lists it. */
    | { where: 'user-daemon'; socket: string | null }
    | DaemonElsewhere;
  /** Whose socket the client may not use: the system-wide daemon's, user `uid`'s (root's) runtime directory's, Podman's, Docker's pipe on Windows, or another. */
  'socket-permission-denied': { owner: 'system' | 'user' | 'root' | 'podman' | 'pipe' | 'other'; uid: string | null };
  'podman-not-docker': { podmanVersion: string | null; shim: boolean; answered: boolean };
  /**
   * Every fact with more than one value: the one used first, then the others, each with where it was seen (and `inferred` where
   * deduced, not printed). `rootful`: the daemon is not rootless, so the rootless unit's restart is no advice.
   */
  /** `restart`: whether restarting the rootless daemon would apply what was changed. */
  /** `shell` where the disagreement rests on a shell's exports the user service never reads (rules/settings-source.ts unreadConflict). */
  'answer-contradicted': { contradicted: readonly Contradicted[] };
  'facts-disagree': {
    conflicts: { key: FactKey; values: { value: string; source: ValueSource; inferred?: true }[] }[];
    restart: boolean;
    shell?: 'unknown' | 'both' | 'both-run';
    /** The machines the values were seen on, when the paste names two or more ('' the local one: see machines.ts machines). */
    machines?: string[];
    /** The restart applies configuration with which the daemon would be affected (verdict.ts affectedAfterRestart). */
    restartAffected?: true;
  };
  /**
   * A fact the verdict turns on differs between the machines (or people) the paste holds: each one's value, in the paste's order ('' the
   * local machine); `stepFor`: the machines the next step is for, where the paste shows what it asks for the others (else empty).
   */
  'machines-apart': { key: FactKey; values: { machine: string; value: string }[]; stepFor: string[] };
  /** Of the machines apart, the one alone that shows the reset, whose lines alone decided ('' the local machine), and the others. */
  'machine-with-reset': { machine: string; others: string[] };
  /** `lastLine`: the number of the last line read; `skipped`: the lines left unread between the head and the tail read, if both were. */
  'input-truncated': { limitChars: number; lastLine: number; skipped: { from: number; to: number } | null };
  /** `installed`: the paste shows slirp4netns's version. */
  /** Kept: what the fix sets, and what it does with FLAGS (rules/flags-kept.ts). */
  'workaround-slirp4netns': { installed: boolean } & Kept;
  'workaround-nftables': None;
}

/** The holds and locks the affected finding's fix releases before the upgrade. */
export type Locks = Pick<UpgradeWay, 'held' | 'locked' | 'zypperLocked' | 'ignored'>;

/** How the paste's RootlessKit is upgraded (rules/upgrade-way.ts). */
export interface UpgradeWay {
  /** A distribution built this Docker, so its RootlessKit comes from the distribution's packages. */
  distribution: boolean;
  /** The package manager of a distribution's Docker, where the paste shows it (rules/package-manager.ts). */
  manager: PackageManager | null;
  /** Docker's static install in ~/bin runs the daemon (rules/infer.ts staticInstall). */
  staticInstall: boolean;
  /** apt holds Docker's packages below the fixed release, where the fix upgrades them: the version with the fix that apt lists for them, if any. */
  pinned: { install: string | null } | null;
  /** apt-mark holds these of Docker's packages, where the fix upgrades them: apt-get refuses to until they are released. */
  held: readonly string[] | null;
  /** dnf's versionlock locks these of the packages, where the fix upgrades them: dnf leaves them as they are until the locks go. */
  locked: readonly string[] | null;
  /** zypper locks these of the packages, where the fix upgrades them: zypper leaves them as they are until the locks go. */
  zypperLocked: readonly string[] | null;
  /** pacman.conf's IgnorePkg names these of the packages, where the fix upgrades them: pacman -Syu skips them until they are taken out. */
  ignored: readonly string[] | null;
}

export type MessageId = keyof MessageParams;

/** A message in one language. `fix` is copy-pasteable commands or configuration. */
export interface Rendered {
  title: string;
  detail: string;
  fix?: string;
}

/** The words inside the fix snippets that commands.ts shares between findings: their comments, and what their echo says. */
export interface SnippetWords {
  /** Echoed where no package manager the snippet knows is found (no single quote: it is echoed inside them). */
  installWith: (pkg: string) => string;
  /** A comment before a docker:dind-rootless container's check that its image has slirp4netns, which no package manager of the host adds. */
  slirp4netnsInImage: string;
  /** A comment before a docker:dind-rootless container's check that its image has package `pkg` (no package manager of the host adds it). */
  inImage: (pkg: string) => string;
  /** A comment before the build of an image FROM a docker:dind-rootless container's that adds package `pkg` (IMAGE: the new image's name). */
  addToImage: (pkg: string) => string;
  /** The same for a CI job's service: the new image pushed (IMAGE: its name in a registry the runner pulls from), then named in services:. */
  addToServiceImage: (pkg: string) => string;
  /** A comment before kubectl apply: what its placeholder MANIFEST stands for. */
  manifest: string;
  /** The same before kubectl apply after a fix's env: entries: MANIFEST with them. */
  manifestEnv: string;
  /** After a CI job's service's image changed: the job run again, which starts the service from it. */
  serviceImage: string;
  /** Before a fix's variables for a CI job's service: where in .gitlab-ci.yml they go, then the job run again. */
  serviceVariables: string;
  /** Echoed where no package manager that holds passt is found (pacman holds it only in its configuration). */
  holdPasst: string;
  /** userns's comments: each file's value that stops RootlessKit. */
  userns: readonly [notAllowed: string, appArmor: string, noneAllowed: string];
  /** idHelpers's comments: what each check shows. */
  idHelpers: readonly [setuid: string, capabilities: string, noNewPrivs: string, outside: string];
  /** userSession's comment (root opens a login for the user), then setupAsUser's (the setup in it). */
  userSession: string;
  asThatUser: string;
  /** noSystemd's comments: WSL's way, the way elsewhere, and the setup tool's own line. */
  noSystemd: readonly [wsl: string, elsewhere: string, printed: string];
  /** Echoed by noSystemd's first check (no double quote, dollar or backtick: it is echoed inside double quotes). */
  systemd: readonly [runs: string, none: string];
  /** tun's comment: what the device's mode says. */
  tun: string;
  /** ciService's comment: what the client certificates mean. */
  ciCerts: string;
  /** sshDaemon's comment: what USER@HOST stands for. */
  sshAddress: string;
  /** Echoed by kernelIpv6 where the kernel has no IPv6 (no single quote). */
  noIpv6: string;
  /** daemonLog's comment: a rootful daemon's log command, labelled. */
  rootfulLog: (command: string) => string;
  /** The comment before a fix for a daemon on another machine (daemon-host.ts): where to run it, as whom, and its ssh command. */
  onDaemonHost: (at: DaemonHost) => string;
}

/** What a daemon started by hand from a shell takes instead of the user service's restart and start. */
export interface ByHand {
  /** Instead of a restart where the daemon runs: stop it, then run the script again. */
  restart: string;
  /** Instead of a restart where the paste shows no daemon running: only run the script again. */
  again: string;
  /** Instead of starting the user service. */
  start: string;
  /** Instead of any restart where the settings are a Dockerfile's ENV instruction: the image built again, its container made again. */
  image: string;
  /** Instead of any restart for a CI job's service (ci-service.ts): the job run again, which starts the service anew. */
  job: string;
  /** Where the job cannot list its service's processes: what shows that pasta runs with the flag instead (the checks before it). */
  jobProcesses: string;
}

/** A message catalogue (English in en.ts; other languages implement the same type). */
export interface Messages {
  /** The words of the shared fix snippets (commands.ts). */
  snippets: SnippetWords;
  /** Each fact's name, in the order the checker lists facts. */
  facts: Record<FactKey, string>;
  verdict: Record<Verdict, string>;
  /** The fixed verdict's headline where pasta's argv alone decides it (Result['byArgv']). */
  flagSeen: string;
  /**
   * Said under the verdict when findings show that Docker's daemon cannot run (Result['stops']), naming the first of them; or
   * BuildKit's, where RootlessKit runs buildkitd (signal buildkit); or rootless containerd, where the paste shows it (Result containerd).
   * Under the headline of an undecided verdict (`blocked`), which names the daemon already, it names the problem alone.
   */
  stopped: (problem: string, buildkit: boolean, containerd?: boolean, undecided?: boolean) => string;
  /** The headline of an undecided verdict where findings show that a daemon cannot start (as `stopped` names it): that comes first. */
  blocked: (buildkit: boolean, containerd?: boolean) => string;
  /** Said after the detail of a fix that FLAGS would still override with `options` (as written), where the fix leaves FLAGS as it is. */
  flagsLeft: (options: readonly string[]) => string;
  /** What a daemon started by hand from a shell takes instead of the user service's start and restart, as a fix's comment says it. */
  byHand: ByHand;
  /**
   * Said after the detail of a fix for settings exported in a shell (rules/settings-source.ts): how to apply it (`then`: a byHand
   * phrase; `sudo`: the script started through sudo, which drops them, so that they are typed in the command, said before `run`'s or
   * `run-own`'s words, or instead of it through doas, machinectl shell or sudo's --preserve-env list (`doas`, `machinectl`, `preserve-list`); `run`: the fix's last line is the command typed, with every fix's changes; `run-own`: with the others' and its own, which
   * stands apart from theirs (typed-line.ts `apart`); `hand`: none set yet, so each start needs them
   * exported first), that the exports must go too (`both-run`: that settings typed for one run are left out of the next), or that the user
   * service never reads them and, started by hand, the script would.
   */
  exported: {
    shell: (then: string) => string;
    sudo: string;
    doas: string;
    machinectl: string;
    'preserve-list': string;
    run: (then: string) => string;
    'run-own': (then: string) => string;
    hand: (then: string) => string;
    both: string;
    'both-run': string;
    unknown: string;
    dockerfile: string;
    container: string;
    'ci-service': string;
  };
  /** The certainty line of a decided verdict; an inferred one names what was not seen. */
  certainty: Record<Certainty, (r: Pick<Result, 'verdict' | 'unseen' | 'facts' | 'inferred' | 'beforeUpgrade'>) => string>;
  /** Each finding in words, with `apply`: how its fix makes the change take effect (apply.ts). */
  findings: { [K in MessageId]: (params: MessageParams[K], apply: Apply) => Rendered };
}

/**
 * A finding before rendering: its id, the parameters of its message and the lines it rests on; `stops: false` where the daemon a finding
 * of its id stops (findingMeta) is not the one in question.
 */
/** `leads`: it explains what the reader saw, so it comes first after what stops the daemon. */
export type FindingSpec = { [K in MessageId]: { id: K; params: MessageParams[K]; evidence: Evidence[]; stops?: false; leads?: true } }[MessageId];

/** Builds a finding spec with the parameters its id requires. */
export function spec<K extends MessageId>(id: K, params: MessageParams[K], evidence: Evidence[] = []): FindingSpec {
  return { id, params, evidence } as FindingSpec;
}
