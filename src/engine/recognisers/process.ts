/** Running processes: RootlessKit's and pasta's argv from ps, systemctl status, set -x traces and RootlessKit's debug log. */
import { atPrompt, type Line } from '../clean.ts';
import { podmanPasta, rootlesskitAddressing } from '../data/core/network.ts';
import { quotingAt, rank, type Recogniser, type Sink } from '../facts.ts';
import { REMOVED } from './env.ts';
import { storePackage } from './nix-store.ts';
import { report } from './packages.ts';
import { treeArgv } from './pstree.ts';

// RootlessKit flags that take a value, so "--net pasta" (with a space) reads like "--net=pasta".
const VALUE_FLAGS = new Set([
  'net', 'port-driver', 'mtu', 'state-dir', 'copy-up', 'propagation', 'cidr', 'ifname', 'subid-source',
  'slirp4netns-sandbox', 'slirp4netns-seccomp', 'slirp4netns-binary', 'vpnkit-binary', 'pasta-binary', 'log-level', 'p', 'publish',
  'reaper', 'evacuate-cgroup2', 'lxc-user-nic-binary', 'lxc-user-nic-bridge',
]);
// NixOS installs the script without its .sh.
const DOCKERD = /^(?:dockerd-rootless(?:\.sh)?|dockerd)$/;
const UNIT_ROOTLESS = 'Docker Application Container Engine (Rootless)';
// What the system-wide daemon's init script answers to `service docker status` (moby's contrib/init/sysvinit-debian: status_of_proc,
// " * Docker is running"), right after that command (also invoke-rc.d's, chained or after any prompt: some are not read as one,
// "└──☻ "), not a bullet in someone's notes nor another tool's "Docker is running": that init script starts dockerd as root.
const INIT_STATUS = /(?:^|[\s;&|(])(?:service docker|\/etc\/init\.d\/docker|invoke-rc\.d docker) status\b/;
const INIT_RUNNING = 'Docker is running';
// What the setup tool prints as it installs the rootless unit, and as it removes it.
const SETUP_DONE = '[INFO] Installed docker.service';
const SETUP_UNDONE = '[INFO] Uninstalled docker.service';
const QUOTED = /`([^`]*(?:rootlesskit|pasta)[^`]*)`/;
// What only a daemon under RootlessKit does (moby's daemon config): use RootlessKit's port proxy before Docker 28 (it is missing, or
// runs as "rootlesskit-docker-proxy -proto tcp …"), or say it runs with RootlessKit; and RootlessKit's own log of its child,
// rootless Docker's launcher.
const UNDER_ROOTLESSKIT = /rootlesskit-docker-proxy(?:: no such file| -proto )|[Rr]unning with RootlessKit|\[rootlesskit:\w+ *\].*dockerd-rootless/;
// What only a daemon run by root shows as it runs: the system-wide unit's cgroup (the rootless one is the user's, under user.slice),
// that unit's dockerd -H fd:// as a process (moby's contrib/init/systemd/docker.service; the rootless unit runs dockerd-rootless.sh),
// and the system socket it listens on. Not on an ExecStart= line, which a unit that failed shows too.
const ROOTFUL = /\/system\.slice\/docker\.service|dockerd -H fd:\/\/|API listen on \/(?:var\/)?run\/docker\.sock/;
// The log of docker:dind that the paste runs, when it says it runs in a user namespace (moby's overlay2 driver, as it gives up native
// diff) and listens on the system socket, is a nested daemon's: docker:dind under a rootless engine. Its root is not the host's, nor its
// version the host daemon's. (Without the image run, such a log is rootful Docker's in an unprivileged LXC container.)
// The image run (docker run, docker container run, podman run), any tag but dind-rootless's; or a Compose service's log, its name before
// each line ("dind-1  | ").
const DIND_RUN = /\b(?:docker|podman)(?: container)? run\b.*\bdocker:(?:[\w.]+-)?dind(?!-rootless)/;
const DIND_SERVICE = /\bdind(?!-rootless)[\w.-]*?[-_]\d+ +\|/;
const IN_USER_NAMESPACE = 'running in a user namespace';
const SYSTEM_API = /API listen on \/(?:var\/)?run\/docker\.sock/;
// What a host's journal logged of its own daemon ("host dockerd[812]: ", "dockerd-rootless.sh[1069]: "), never a nested daemon's (which
// a unit running docker run logs as "docker[2401]: ").
const JOURNAL = /\bdockerd(?:-rootless(?:\.sh)?)?\[\d+\]: ?$/;
// A Docker unit's logger in a journal line ("docker.service[2211]: " of -o with-unit, "dockerd-rootless.sh[2211]: "), and RootlessKit's
// own log line: the unit runs RootlessKit, whatever form the journal printed it in.
const DOCKER_LOGGER = /docker[\w.@/-]*\[\d+\]: ?$/;
export const ROOTLESSKIT_LOG = '[rootlesskit:';
/** Whether a line came through a journal: the host's, never a nested daemon's. */
export const fromJournal = (line: Line): boolean => !!line.prefix && JOURNAL.test(line.prefix);
/** Whether these lines run docker:dind and show its daemon's log: in a user namespace, on the system socket. */
export const nestedDaemon = (lines: readonly Line[]): boolean =>
  // The rarest first, as plain searches: most sections have none, and versions.ts asks of every section.
  lines.some((line) => line.text.includes(IN_USER_NAMESPACE) && !fromJournal(line)) &&
  lines.some((line) => (line.text.includes('dind') && DIND_RUN.test(line.trimmed)) || (!!line.prefix?.includes('dind') && DIND_SERVICE.test(line.prefix))) &&
  lines.some((line) => line.text.includes('API listen') && !fromJournal(line) && SYSTEM_API.test(line.text));
// The socket a rootless daemon listens on, in the user's runtime directory (/run/user/<uid>; root's is /run/user/0).
const ROOTLESS_API = /API listen on \/(?:var\/)?run\/user\/[1-9]\d*\/docker\.sock/;
// RootlessKit's warning as it starts without --disable-host-loopback (cmd/rootlesskit/main.go).
const HOST_LOOPBACK_OPEN = 'specifying --disable-host-loopback is highly recommended';
// RootlessKit's network driver without a namespace of its own.
const HOST_NET = 'host';
// An inet socket on the host and its owner, RootlessKit or pasta (its AVX2 build too): ss -p's owner after an address and port,
// netstat -p's last column, lsof's command (cut to nine letters), or an address and port with the owner's name alone.
const SS_OWNER = /users:\(\("(rootlesskit|pasta|passt)(?:\.avx2)?",/;
const ADDRESS_PORT = /(?:\d|\]|\*):\d{1,5}\s/;
// The first characters of HOST_SOCKET's lines (ss's and netstat's protocol, lsof's command, an address): others are spared the pattern.
const SOCKET_START = 'turp0123456789.[*';
const HOST_SOCKET =
  /^(?:tcp|udp)6? .* \d+\/(rootlesskit|pasta|passt)(?:\.avx2)?$|^(rootlessk|pasta|passt)\S* +\d+ .* (?:TCP|UDP) |^(?:[\d.]+|\[[\da-f:.]*\]|\*):\d{1,5} +(rootlesskit|pasta|passt)(?:\.avx2)?$/;
// The slirp4netns that RootlessKit runs (pkg/network/slirp4netns): "--mtu N -r 3", its options, then the child's PID and tap0. Podman's
// takes "--mtu=N", "-c" and a namespace's path. Only a hint: the RootlessKit may be another engine's (rootless containerd's, BuildKit's,
// k3s's, another user's), so anything else the paste says of the network driver beats it.
const ROOTLESSKIT_SLIRP = /(?:^|[\s/])slirp4netns --mtu \d+ -r 3 (?:--[a-z-]+ (?:[^\s-]\S* )?)*\d+ tap0(?:\s|$)/;
// RootlessKit by name (one regex finds either faster than two includes()).
const NAMED = /rootlesskit|RootlessKit/;
// Markdown headings ("## rootlesskit --net=pasta") name a topic, and a usage line ("Usage: rootlesskit --net=pasta …", release notes) shows
// how to run it: neither is a process.
const HEADING = /^(?:#{2,6} |Usage: )/i;
// Flags left out by hand: "rootlesskit ... snip ... /usr/bin/dockerd-rootless.sh".
const ELISION = /^(?:\.{3}|…)$/;
// A program's bare name, as the child RootlessKit runs (a path may be cut where a status reached the terminal's width; a tree's glyphs
// are a status that lost its newlines), and the daemons whose network RootlessKit's flags describe: Docker's, and rootless
// containerd's (nerdctl's), whose drivers work alike.
const PROGRAM = /^[\w.-]+$/;
// (A name that starts one of them may be one cut at the terminal's width.)
const DAEMON_CHILDREN = ['dockerd-rootless.sh', 'docker-init', 'containerd-rootless.sh'];
// Rootless containerd's launcher, and its state directory's name.
const CONTAINERD = 'containerd-rootless';
// What RootlessKit runs for Docker. Bare "dockerd" is not enough after an elision: prose says "rootlesskit … dockerd".
const SCRIPT = /^dockerd-rootless(?:\.sh)?$/;
// The same launcher typed at a prompt (not with sudo or at root's prompt, which it refuses).
const SCRIPT_RUN = /^(?:\S*\/)?dockerd-rootless\.sh(?:\s|$)/;
// What the shell answers, naming the launcher, when it is missing.
const NOT_STARTED = /command not found|No such file/;
// The process id that ends pasta's whole argv (its namespace's owner), or one a user redacted before pasting ("NNNN", "XXXX").
const PROCESS_ID = /^(?:\d+|N{2,}|X{2,})$/;
// The namespace pasta joins instead: the one RootlessKit detached (--detach-netns, <state-dir>/netns), or that of a process.
const NETNS = /(?:\/netns|^\/proc\/\d+\/ns\/net)$/;

// What every argv the tokeniser below accepts contains: the program's name (perhaps quoted), then a flag or an elision. Most
// lines that name RootlessKit or pasta are prose or logs; this one test spares them the tokenising.
const PROGRAM_THEN_FLAG = /(?:rootlesskit|pasta(?:\.avx2)?|\/proc\/self\/exe)(?:,\d+)?['"]?[\s[\]]+['"]?(?:-|\.{3}|…)/;
// RootlessKit's child re-executes RootlessKit with the same flags, so ps and lsns show it as "/proc/self/exe --state-dir=… --net=…"
// (runc's own re-execution, "/proc/self/exe init", has none of RootlessKit's flags).
const SELF_EXE = '/proc/self/exe';
// pasta, or RootlessKit's child (one regex, as NAMED).
const PASTA_OR_CHILD = /pasta|\/proc\/self\/exe/;
// The error of RootlessKit for a command that exited ("command [pasta …] exited: exit status 1"); what it logs as the pasta it ran
// exits, and what getopt (glibc) prints as pasta refuses the flag RootlessKit passed: that pasta never ran.
const EXITED = /\] exited: /;
const PASTA_FAILED = ['pasta failed with exit code', "unrecognized option '--host-lo-to-ns-lo'"];
// RootlessKit's error as its network driver fails prints the driver's fields with Go's %+v ("failed to setup network &{logWriter:0xc…
// binary:pasta mtu:65520 … implicitPortForwarding:true …}: pasta failed …"): the driver it runs (by its program), and pasta's ports. Read
// only as the daemon's journal logs it: k3s, BuildKit and containerd start RootlessKit too.
const SETUP_FAILED = 'failed to setup network &{';
const SETUP_DRIVER = /failed to setup network &\{(?:[^{}]* )?binary:(?:\S*\/)?(pasta|slirp4netns|vpnkit|lxc-user-nic)(?:\.avx2)?[ }]/;
// (Its fields hold structs of their own, nested up to three deep: infoMu:{w:{…} readerCount:{_:{} v:0}}, review R158 L4.)
const SETUP_IMPLICIT = /failed to setup network &\{(?:[^{}]|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})* implicitPortForwarding:true[ }]/;
// The journal's tag of RootlessKit or of either script that starts it ("rootlesskit[1502]: "), as a line's prefix.
export const LOGGER = /\b(?:rootlesskit|dockerd-rootless\.sh|containerd-rootless\.sh)\[\d+\]: ?$/;

/**
 * What every line `processes` reports from has in its text or its prefix (the process that logged it), one of these for each
 * test below (core.ts gives it no other line).
 */
export const processWords = ['dockerd-rootless', 'system.slice', 'dockerd -H', 'API listen', IN_USER_NAMESPACE, 'dind', 'slirp4netns --mtu ', 'rootlesskit', 'RootlessKit', 'rootlessk ', 'passt', UNIT_ROOTLESS, 'pasta', SELF_EXE, 'stalled docker.service', 'docker status', INIT_RUNNING];

const basename = (token: string): string => token.slice(token.lastIndexOf('/') + 1);
const QUOTED_WORD = /^(['"])(.*)\1$/;
const unquote = (token: string): string => QUOTED_WORD.exec(token)?.[2] ?? token;

/**
 * Splits "--flag=value" / "--flag value" argv tokens into a map, and each flag's token (the last that sets it); `rest` is the first
 * positional (the child command); `elided`, whether flags were left out by hand ("..."). Without a positional, the argv may have been cut
 * at the screen's edge: its last number is left out ("--mtu=150" of 1500).
 */
function flags(tokens: readonly string[], from: number): { flags: Map<string, string>; written: Map<string, string>; rest: string | null; elided: boolean } {
  const out = new Map<string, string>();
  const written = new Map<string, string>();
  let name = '';
  let elided = false;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Flags left out hide what they were, not those written after them (review R150 17: "… --mtu=65520 ... --host-lo-to-ns-lo 2041").
    if (ELISION.test(t)) {
      elided = true;
      continue;
    }
    if (!t.startsWith('-')) return { flags: out, written, rest: t, elided };
    const eq = t.indexOf('=');
    name = (eq < 0 ? t : t.slice(0, eq)).replace(/^--?/, '');
    let value = eq < 0 ? 'true' : t.slice(eq + 1);
    if (eq < 0 && VALUE_FLAGS.has(name) && tokens[i + 1] && !tokens[i + 1]!.startsWith('-')) value = tokens[++i]!;
    out.set(name, value);
    written.set(name, t);
  }
  if (/^\d+$/.test(out.get(name) ?? '')) out.delete(name);
  return { flags: out, written, rest: null, elided };
}

/** The line as evidence of the flag whose token is `token` (its last in the line, which RootlessKit and pasta take), else the line. */
const showing = (line: Line, token: string | undefined): Line => (token ? quotingAt(line, line.trimmed.lastIndexOf(token), token.length) : line);

/**
 * Whether a line is the init script's answer to the status command before it: its " * " bullet, right after that command (these lines
 * are only those with a word: "Docker is not running" between them has none, so the command must be the paste's line before, or
 * the one before that where a blank line came between every line).
 */
const initAnswer = (line: Line, before: Line | undefined): boolean =>
  !!before && line.n - before.n <= 2 && !!line.prefix?.endsWith('* ') && INIT_STATUS.test(before.trimmed);

/** Whether the launcher typed on a line started: not at root's prompt, nor missing by the shell's answer right after it. */
const started = (line: Line, next: Line | undefined): boolean =>
  !line.prefix?.trimEnd().endsWith('#') && !(next && next.n - line.n <= 2 && NOT_STARTED.test(next.text));

/** Reads rootlesskit's and pasta's command lines, and the rootless unit's description. */
export const processes: Recogniser = (lines, sink) => {
  // Rootless containerd's RootlessKit says nothing of Docker's beside it (nerdctl's and Docker's, in one ps).
  const dockers = lines.some((line) => line.text.includes('dockerd-rootless'));
  // Asked only of a line that listens on the system socket: most sections have none.
  let nested: boolean | undefined;
  // pasta failing: the log of RootlessKit running pasta (or of the script it runs under) shows an attempt that failed. The pasta of Podman
  // failing says nothing of it (review R131).
  const failed = lines.some(
    (line) => PASTA_FAILED.some((words) => line.text.includes(words)) && (line.text.includes(ROOTLESSKIT_LOG) || LOGGER.test(line.prefix ?? '')),
  );
  for (const [i, line] of lines.entries()) {
    const t = line.text;
    // A journal line logged by dockerd-rootless.sh ("host dockerd-rootless.sh[1069]: + net=vpnkit").
    if (line.prefix?.includes('dockerd-rootless')) sink.fact('rootless', true, rank.hint, line);
    else if (line.trimmed.startsWith(ROOTLESSKIT_LOG) && DOCKER_LOGGER.test(line.prefix ?? '')) sink.fact('rootless', true, rank.hint, line);
    if (HEADING.test(line.trimmed) || REMOVED.test(line.trimmed)) continue;
    // What both look for names docker (docker.service, dockerd, docker.sock).
    const docker = t.includes('docker');
    // Only the nested daemon's own socket line is passed over: what only a host's systemd prints still says the host's is rootful.
    const inner = docker && SYSTEM_API.test(t) && !fromJournal(line) && (nested ??= nestedDaemon(lines));
    if (docker && !inner && ROOTFUL.test(t) && !t.includes('ExecStart=')) sink.fact('rootless', false, rank.hint, line);
    if (docker && ROOTLESS_API.test(t)) sink.fact('rootless', true, rank.hint, line);
    if (line.trimmed === INIT_RUNNING && initAnswer(line, lines[i - 1])) sink.fact('rootless', false, rank.hint, line);
    if (docker && SCRIPT_RUN.test(line.trimmed) && atPrompt(line) && started(line, lines[i + 1])) sink.fact('rootless', true, rank.hint, line);
    const named = NAMED.test(t);
    if (named && UNDER_ROOTLESSKIT.test(t)) sink.fact('rootless', true, rank.hint, line);
    if (named && t.includes(HOST_LOOPBACK_OPEN)) sink.fact('disableHostLoopback', false, rank.running, line);
    const owner = hostSocket(line.trimmed);
    if (owner === 'rootless') sink.fact('rootless', true, rank.hint, line);
    if (owner) sink.signal(owner === 'rootless' ? 'rootlesskit-listener' : 'pasta-listener', line);
    // The rootless unit's description, also where a status flattened to one line names rootlesskit as its main PID; the setup tool
    // that installed it.
    if (t.includes(UNIT_ROOTLESS) || line.trimmed.startsWith(SETUP_DONE)) sink.fact('rootless', true, rank.hint, line);
    if (line.trimmed.startsWith(SETUP_UNDONE)) sink.signal('rootless-uninstalled', line);
    if (t.includes('slirp4netns --mtu ') && ROOTLESSKIT_SLIRP.test(t)) sink.driver('networkDriver', 'slirp4netns', rank.hint, line);
    if (t.includes(SETUP_FAILED) && DOCKER_LOGGER.test(line.prefix ?? '')) setupFailed(line, sink);
    if (!named && !PASTA_OR_CHILD.test(t)) continue;
    if (!PROGRAM_THEN_FLAG.test(t)) continue;
    // A command quoted in backticks ends at the closing one: the prose after it is not its argv. The words before it are not read: readers
    // quote their own ps row so ("On my machine ps shows `pasta …`", review R127) as often as the docs.
    const command = t.includes('`') ? (QUOTED.exec(t)?.[1] ?? t) : t;
    // "Executing [pasta …]" (RootlessKit's debug log) and tree glyphs become plain tokens.
    // dash and busybox `set -x` quote every word with "=" in it ('--net=pasta'): the quotes are not part of the argv.
    // pstree -a's lines as ps shows them.
    const tokens = treeArgv(command.replace(/[[\]]/g, ' ').trim().split(/\s+/).map(unquote));
    // The next token read from the callback's own array: a closure over `tokens` would cost every line a context.
    const at = tokens.findIndex(
      (token, i, all) => argv(all[i + 1]) && (/^(?:rootlesskit|pasta(?:\.avx2)?)$/.test(basename(token)) || (token === SELF_EXE && rootlesskitFlag(all[i + 1]!))),
    );
    if (at < 0) continue;
    if (basename(tokens[at]!) !== 'pasta' && basename(tokens[at]!) !== 'pasta.avx2') rootlesskit(tokens, at, line, sink, dockers);
    else pasta(tokens, at, line, sink, EXITED.test(t) || (failed && t.includes(ROOTLESSKIT_LOG)));
  }
};

/** Reads the driver RootlessKit ran from its error as that driver failed to start (SETUP_DRIVER), with pasta's implicit ports. */
function setupFailed(line: Line, sink: Sink): void {
  const driver = SETUP_DRIVER.exec(line.trimmed);
  if (!driver) return;
  sink.driver('networkDriver', driver[1]!, rank.running, quotingAt(line, driver.index + driver[0].indexOf('binary:'), driver[0].length - driver[0].indexOf('binary:') - 1));
  const implicit = driver[1] === 'pasta' ? SETUP_IMPLICIT.exec(line.trimmed) : null;
  if (implicit) sink.driver('portDriver', 'implicit', rank.running, quotingAt(line, implicit.index + implicit[0].lastIndexOf('implicit'), 'implicitPortForwarding:true'.length));
}

/**
 * Whose inet socket on the host a line lists: RootlessKit's (from the first letters of its name: "rootless") or pasta's (the address
 * before ss's owner is tested alone, so that the time stays linear).
 */
function hostSocket(t: string): string | null {
  // Every form names its owner: most lines name neither.
  if (!t.includes('rootlessk') && !t.includes('pas')) return null;
  const ss = t.includes('users:((') ? SS_OWNER.exec(t) : null;
  const owner = ss ? (ADDRESS_PORT.test(t.slice(0, ss.index)) ? ss[1] : null) : SOCKET_START.includes(t[0]!) ? HOST_SOCKET.exec(t)?.slice(1).find(Boolean) : null;
  return owner ? (owner.startsWith('rootless') ? 'rootless' : 'pasta') : null;
}

/** Whether a token is one of RootlessKit's own flags that take a value ("--state-dir=…", "--net", …). */
const rootlesskitFlag = (token: string): boolean => VALUE_FLAGS.has(token.replace(/^--?/, '').split('=')[0]!);

/** Whether a token can follow a program name in its argv: a flag, or flags elided. */
const argv = (token = ''): boolean => token.startsWith('-') || ELISION.test(token);

/** Reads a running RootlessKit's argv (the program at `at`): the network and port drivers, MTU and flags it gave its child. */
function rootlesskit(tokens: readonly string[], at: number, line: Line, sink: Sink, dockersShown: boolean): void {
  const { flags: f, written, rest, elided } = flags(tokens, at + 1);
  const of = (name: string): Line => showing(line, written.get(name));
  const containerds = [f.get('state-dir') ?? '', rest ?? ''].some((path) => basename(path).startsWith(CONTAINERD));
  if (containerds && dockersShown) return;
  // Alone, it is rootless containerd's: its fixes are containerd's (apply.ts).
  if (containerds) sink.signal('containerd-rootless', line);
  // Elided flags prove nothing, but the child at the end still shows RootlessKit running Docker.
  if (elided && SCRIPT.test(basename(tokens.at(-1)!))) sink.fact('rootless', true, rank.running, line);
  // dockerd-rootless.sh's own state directory: the argv is Docker's even when systemctl cut it before the child. After a PID (ps,
  // pgrep, systemctl's process tree), a process running.
  const dockers = basename(f.get('state-dir') ?? '') === 'dockerd-rootless';
  if (dockers) sink.fact('rootless', true, /\d$/.test(tokens[at - 1] ?? '') ? rank.running : rank.hint, line);
  const net = f.get('net');
  const port = f.get('port-driver');
  if (!net && !port) return; // "rootlesskit --version" and the like
  // RootlessKit running another program than a daemon (a test shell, a benchmark, BuildKit; a script's trial run, "… true; then")
  // says nothing of the daemon's network.
  const child = rest?.replace(/[;&|]+$/, '') ?? null;
  if (child !== null && !elided && !dockers && PROGRAM.test(child) && !DAEMON_CHILDREN.some((name) => name.startsWith(child))) return;
  // No network namespace: nothing else of this argv matters (its MTU is the script's default for other drivers). Whether such
  // a daemon starts, only its refusal says (rootless BuildKit, or dockerd with --bridge=none, run this way).
  if (net === HOST_NET) return;
  runningStore(tokens[at]!, line, sink);
  if (rest && !elided) runningStore(rest, line, sink);
  if (net) sink.driver('networkDriver', net, rank.running, of('net'));
  if (port) sink.driver('portDriver', port, rank.running, of('port-driver'));
  const mtu = Number(f.get('mtu'));
  if (mtu > 0) sink.fact('mtu', mtu, rank.running, of('mtu'));
  if (rest === null || elided) return;
  // The argv is complete (the child command follows the flags), so an absent boolean flag means false.
  sink.fact('disableHostLoopback', (f.get('disable-host-loopback') ?? 'false') !== 'false', rank.running, of('disable-host-loopback'));
  sink.fact('detachNetns', (f.get('detach-netns') ?? 'false') !== 'false', rank.running, of('detach-netns'));
  // RootlessKit runs pasta with --ipv4-only unless it has --ipv6 (its argv is known only for some releases: only --ipv6 is read).
  if (net === 'pasta' && (f.get('ipv6') ?? 'false') !== 'false') sink.fact('ipv4Only', false, rank.running, of('ipv6'));
  if (DOCKERD.test(basename(rest))) sink.fact('rootless', true, rank.running, line);
}

/** Reports the version a running program's Nix store path names as the one that runs (the path's contents never change). */
function runningStore(program: string, line: Line, sink: Sink): void {
  const stored = storePackage(program);
  if (stored) report(stored[0], stored[1], showing(line, program), sink, rank.running);
}

/** Whether a pasta argv from `from` has an option only Podman writes (data/core/network.ts), in either written form. */
const podmans = (tokens: readonly string[], from: number): boolean =>
  tokens.slice(from).some((token, i, all) => {
    if (!token.startsWith('-')) return false;
    const eq = token.indexOf('=');
    const name = (eq < 0 ? token : token.slice(0, eq)).replace(/^--?/, '');
    const value = eq < 0 ? (all[i + 1] ?? '') : token.slice(eq + 1);
    return podmanPasta.options.includes(name) || (name === 'dns-forward' && value === podmanPasta.dnsForward) || (name === 'netns' && podmanPasta.netns.test(value));
  });

// A plain word of a sentence ("like", "this:"): three of them right before the program make it an argv written in prose, not a process.
// Columns of ps are words too ("alice alice Ss pasta", "alice Ss pasta pasta"), ending in the state of the process or its name.
const WORD = /^[A-Za-z][A-Za-z']*[,:]?$/;
const STATE = /^[DIRSTWXZt][<NLls+]*$/;
// Chinese (or Japanese) words or punctuation ("\u542f\u52a8", "\u8fdb\u7a0b\u662f\uff1a"), which a column of ps or lsns shows before the program
// only as the date it started in a Chinese locale (STIME, "12\u670805") or a user named in Chinese: after its PID ("2236 \u674e\u96f7"), or
// first and padded to the width of the column ("\u5f20\u4f1f     pasta"), where a sentence has one space.
const CJK = /[\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
const CJK_DATE = /^\d{1,2}\u6708\d{1,2}\u65e5?$/;
// A Chinese label's colon glued to the PID after it ("pgrep \u7ed3\u679c\uff1a2236 /usr/bin/pasta …"): the output quoted, a process listed.
const LABELLED_PID = /[:\uff1a]\d+$/;
const NAME = /^\p{L}+$/u;
// The cells procps gives USER and GROUP (8), and the blank after each column.
const NAME_COLUMN = 9;

/**
 * Whether the words right before the program at `at` are a sentence: three plain words that do not end as columns of ps do, or Chinese
 * before fewer ("\u4e4b\u540e\u5e94\u8be5 run pasta") that is no column nor a label before the PID (LABELLED_PID), or glued to the path of the
 * program ("\u542f\u52a8\uff1a/usr/bin/pasta").
 */
function inProse(tokens: readonly string[], at: number, line: Line): boolean {
  const program = tokens[at]!;
  if (CJK.test(program.slice(0, program.indexOf('/') + 1))) return true;
  if (STATE.test(tokens[at - 1]!) || tokens[at - 1] === program) return false;
  let i = at - 1;
  while (i >= at - 3 && i >= 0 && WORD.test(tokens[i]!)) i--;
  const word = tokens[i]!;
  return i < at - 3 || (CJK.test(word) && !CJK_DATE.test(word) && !LABELLED_PID.test(word) && !(NAME.test(word) && (/^\d+$/.test(tokens[i - 1] ?? '') || nameColumns(tokens, i, line.trimmed))));
}

/**
 * Whether the line starts with the tokens up to `i` as names in the columns of ps (USER, GROUP): each padded to the width of the column,
 * as a phrase before two blanks (as input methods leave them) is not.
 */
function nameColumns(tokens: readonly string[], i: number, trimmed: string): boolean {
  let from = 0;
  for (const name of tokens.slice(0, i + 1)) {
    if (!NAME.test(name) || !trimmed.startsWith(name, from)) return false;
    // The cells the name and its blanks fill (a Chinese character takes two). A name that fills the column leaves one blank, as a
    // sentence does: that says nothing.
    let cells = 0;
    for (const character of name) cells += CJK.test(character) ? 2 : 1;
    from += name.length;
    const blanks = from;
    for (; trimmed[from] === ' '; from++) cells++;
    if (cells !== NAME_COLUMN || from - blanks < 2) return false;
  }
  return true;
}

/**
 * Reads the argv of pasta run by RootlessKit (the program at `at`): whether it has --host-lo-to-ns-lo, and its MTU and port options.
 * Of a pasta that `failed`, only what RootlessKit chose: the flag is not that of a pasta running.
 */
function pasta(tokens: readonly string[], at: number, line: Line, sink: Sink, failed: boolean): void {
  // Typed at a prompt, pasta is the reader trying it by hand; in a sentence, someone describing it: neither is the daemon running.
  if (atPrompt(line) || inProse(tokens, at, line)) return;
  const { flags: f, written, rest, elided } = flags(tokens, at + 1);
  const of = (name: string): Line => showing(line, written.get(name));
  // Only the pasta of RootlessKit (its tap device or child address); Podman runs pasta too, with these at times (its pasta_options).
  if (f.get('ns-ifname') !== rootlesskitAddressing.ifname && f.get('address') !== rootlesskitAddressing.child) return;
  if (podmans(tokens, at + 1)) return;
  sink.fact('networkDriver', 'pasta', rank.running, line);
  runningStore(tokens[at]!, line, sink);
  const mtu = Number(f.get('mtu'));
  if (mtu > 0) sink.fact('mtu', mtu, rank.running, of('mtu'));
  if (f.has('no-map-gw')) sink.fact('disableHostLoopback', true, rank.running, of('no-map-gw'));
  // RootlessKit asks pasta to forward every port (--tcp-ports=auto) only with the implicit port driver, and none (--tcp-ports=none)
  // with none or pesto: a hint of none, which any port driver shown outranks. Not beside the flag: pesto needs a passt new enough to
  // take it, and RootlessKit passes it to every such passt.
  const ports = f.get('tcp-ports');
  if (ports === 'auto') sink.fact('portDriver', 'implicit', rank.running, of('tcp-ports'), true);
  else if (ports === 'none' && !f.has('host-lo-to-ns-lo')) sink.fact('portDriver', 'none', rank.hint, of('tcp-ports'));
  // Without the trailing PID or --netns the argv may be cut short: then a missing flag proves nothing. So may the path of --netns
  // ("/run/user/1000/dock"), unless it ends as a namespace does; written "--netns PATH", the path is the first positional.
  const netns = f.get('netns') === 'true' ? rest : f.get('netns');
  const complete = !elided && ((rest !== null && PROCESS_ID.test(rest)) || NETNS.test(netns ?? ''));
  if ((f.has('host-lo-to-ns-lo') || complete) && !failed) sink.fact('hostLoToNsLo', f.has('host-lo-to-ns-lo'), rank.running, of('host-lo-to-ns-lo'));
  if (f.has('ipv4-only') || complete) sink.fact('ipv4Only', f.has('ipv4-only'), rank.running, of('ipv4-only'));
}
