/**
 * DOCKERD_ROOTLESS_ROOTLESSKIT_* settings from override.conf, `systemctl --user show`, or the shell environment; rootless containerd's
 * CONTAINERD_ROOTLESS_ROOTLESSKIT_* alike.
 */
import { daemonElsewhere, firstTried, PODMAN_SOCKET, ROOTLESS_SOCKET } from '../daemon-address.ts';
import { BUILD_ENV, envAsPairs } from '../dockerfile.ts';
import { rootlessContainerd } from '../data/core/containerd.ts';
import { mtu, rootlessSettings } from '../data/core/docker.ts';
import { refusedDrivers } from '../data/core/network.ts';
import { atPrompt, type Line } from '../clean.ts';
import { quoting, quotingAt, quotingFrom, rank, type Sink } from '../facts.ts';
import { runsDind } from '../container.ts';
import { handRun } from '../hand-run.ts';
import { typedIn, type Typed } from '../prompts.ts';
import { itemName, yamlAsPairs } from '../yaml-env.ts';
import { ROOTLESS_DATA_ROOT } from './docker-info.ts';
import { flagsIn, flagsValue, unclosed, UNIT_LINE } from './flags-value.ts';
import { REFUSAL, refusalWords } from './refusals.ts';
import { unitSettings, unitWords, type NamedSetting } from './unit-line.ts';
import { everyIndex, type WordedAt } from './worded-at.ts';

/** What names each of dockerd-rootless.sh's settings. */
export const PREFIX = rootlessSettings.prefix;
// One or more NAME=value pairs per line: Environment="A=b" "C=d", export A=b, A='b', `A=b` in prose, and printf's
// 'A=b\nB=c' (a backslash ends an unquoted value). An unquoted value is ASCII: Chinese or Japanese prose goes on
// without a space ("…PORT_DRIVER=slirp4netns时，…"). A quote the line ends inside was cut there by a pager (less -S).
const settingOf = (prefix: string): RegExp => new RegExp(String.raw`${prefix}([A-Z_]+)=(?:"([^"]*)(?:"|$)|'([^']*)(?:'|$)|([^\s"'\`;\\\x80-\uffff]*))`, 'g');
// The variables a script reads, and what names them: dockerd-rootless.sh's, and containerd-rootless.sh's (rootless containerd's), whose
// names are fewer (it always passes --disable-host-loopback).
const DOCKERD = { prefix: PREFIX, names: rootlessSettings.names as readonly string[], setting: settingOf(PREFIX), containerd: false };
const CONTAINERD = { prefix: rootlessContainerd.prefix, names: rootlessContainerd.names as readonly string[], setting: settingOf(rootlessContainerd.prefix), containerd: true };
/**
 * What a line setting the variables of rootless containerd signals besides its facts and settings: here, and rootless containerd named by
 * its script logging them (nerdctl.ts). rules/containerd-settings.ts drops them beside the daemon of Docker, so a new one is listed here.
 */
export const CONTAINERD_LINE_SIGNALS = ['containerd-settings', 'containerd-rootless', 'configuration-named', 'flags-set', 'flags-with-option', 'setting-unclosed', 'containerd-net-unset'] as const;
// What both prefixes end with: the word that gives a line with either to the reader.
const SETTINGS_WORD = PREFIX.slice(PREFIX.indexOf('_') + 1);
// pasta's option, which RootlessKit passes to pasta itself from 2.3.2 on, written among RootlessKit's own flags (Go's parser takes one
// dash or two, and looks the name up before its value).
export const PASTA_OPTION = /(?:^|\s)--?host-lo-to-ns-lo(?=[=\s]|$)/;
// dockerd-rootless.sh's own choice of network driver, as its `set -x` trace prints it ("+ net=vpnkit").
const SCRIPT_NET = /^net=([\w-]+)$/;
// Its search for RootlessKit's binary, which it makes before that (no other program looks for docker-rootlesskit): a trace cut before the
// network is still a rootless daemon's start. bash traces the loop and which; dash and busybox's ash, command -v.
const SCRIPT_ROOTLESSKIT = 'docker-rootlesskit';
const SCRIPT_SEARCH = /^(?:for f in docker-rootlesskit rootlesskit|which docker-rootlesskit|command -v docker-rootlesskit)$/;
// A per-user socket: DOCKER_HOST, or the client's "Cannot connect … at unix:///run/user/1000/docker.sock" (/var/run is /run).
// Not root's /run/user/0: dockerd-rootless.sh refuses to run as root, so no rootless daemon listens there. (Through the variable,
// unix://$XDG_RUNTIME_DIR/docker.sock, it is what guides copy from Docker's docs: no sign of this machine's daemon.)
const ROOTLESS_HOST = new RegExp(`unix://${ROOTLESS_SOCKET.source}`);
// A container's own files, as docker inspect names them, under a rootless daemon's data root: a rootful daemon keeps its in
// /var/lib/docker unless set otherwise. The path is the key's own value, not one further along the line (review 46).
const CONTAINER_FILES = `${ROOTLESS_DATA_ROOT}/containers/`;
const CONTAINER_FILE = new RegExp(`^"(?:ResolvConfPath|HostnamePath|HostsPath|LogPath)": "[^"]*${CONTAINER_FILES.replaceAll('.', '\\.')}`);
// Podman's API socket, root's or a user's, as the Docker host a client or tool resolved: Podman answers.
const PODMAN_HOST = new RegExp(`unix://${PODMAN_SOCKET.source}`);
// docker inspect's Config.Env (an item of its array over lines, the array on one line, or printed alone by {{json .Config.Env}}): a
// container's environment (a nested daemon's, in docker:dind-rootless), not what the host's dockerd-rootless.sh reads (review R158 H4).
const INSPECT_ENV = /^"[A-Z_][A-Z0-9_]*=[^"]*",?$|"Env": ?\[|^\["[A-Z_][A-Z0-9_]*=/;
// A `docker context ls` row: the context's name, a "*" if it is the current one, then the padding before the next column.
const CONTEXT_ROW = /^[\w.-]+( \*)?\s{2,}/;
// A drop-in's setting with one of dockerd-rootless.sh's names but without its prefix (Environment="NET=pasta"), which it ignores.
const BARE_SETTING = /^Environment=["']?([A-Z_]+)=/;
const SETTING_NAMES: readonly string[] = rootlessSettings.names;
// systemctl --user show docker -p Environment, whose answer is the environment of the unit as systemd loaded it (not the files on disk),
// on the next line (not piped: tr or grep would move or drop what it printed).
/** systemctl asked for the environment of user unit `unit`, not piped. */
const showEnvironment = (unit: string): RegExp => new RegExp(String.raw`^systemctl --user show ${unit}(?:\.service)?\b[^|]*(?:--property[= ]|-p ?)Environment\b[^|]*$`);
const SHOW_ENVIRONMENT = showEnvironment('docker');
// The same of the unit of rootless containerd, whose answer without any of its settings leaves NET unset (rules/verdict-rules.ts).
const SHOW_CONTAINERD = showEnvironment(rootlessContainerd.unit);
const NARROWEST_TERMINAL = 80;
// systemctl --user show with no property named: every property of the unit (its Environment= among them, unless empty), Id= after it.
const SHOW_ALL = /^systemctl --user show(?![^|]*\s(?:-[pP]|--property|--value)\b)[^|]*$/;
// A line of the answer of systemctl show: a property and its value.
const PROPERTY = /^[A-Z][A-Za-z0-9]*=/;
// A system unit (rootful containerd) in its show answer: its slice, or its control group.
const SYSTEM_UNIT = /^(?:Slice=system\.slice|ControlGroup=\/system\.slice)\b/;
// A command whose answer a terminal's pager (less -S) shows: systemctl's and journalctl's, unless told not to or piped; less itself.
const PAGED = /^(?:\w+=\S* +)*(?:sudo +(?:-u +\S+ +)?)?(?:systemctl|journalctl)\b(?![^|]*--no-pager)[^|]*$|\bless\b/;
// systemd's words for a unit's line it rejects (a quote that never closes, a word that is no assignment), which quote what they reject.
const REJECTED = /Invalid syntax, ignoring|nvalid environment assignment/;
const CURRENT_JSON = /"Current": ?true/;
/**
 * A diff's removed line of a unit or a script ("-Environment=…", "-ExecStart=…", "-    export …"): a setting that is no longer there.
 * Not a list's item ("- export …" in a CI job's script), whose dash has one space after it (clean.ts widens a diff's tab).
 */
export const REMOVED = /^-(?:\s{2,})?(?:Environment=|ExecStart=|export |DOCKERD_ROOTLESS_ROOTLESSKIT_)/;
// What loads a changed drop-in (the command daemon-reload, --user anywhere in it; systemctl edit reloads by itself; not systemd's own "Run
// 'systemctl --user daemon-reload' to reload units.", which says the opposite), or sets variables that the unit's Environment does not
// list: EnvironmentFile= (systemctl show's EnvironmentFiles=), and the user manager's own environment (environment.d, which systemctl
// --user show-environment prints, set-environment and import-environment set).
const RELOADED = /^systemctl\b(?=[^|&;]*\s--user\b)[^|&;]*\s(?:daemon-reload|edit|show-environment|set-environment|import-environment)\b|^EnvironmentFiles?=|environment\.d\//;
/** Whether a line loads a changed drop-in or sets the manager's environment (RELOADED): tried only on a line that has what it needs. */
const reloads = (t: string): boolean => (t.startsWith('systemctl') || t.startsWith('Environment') || t.includes('environment.d/')) && RELOADED.test(t);
// What the user service's commands below have: each is tried only on a line with it.
const USER_SERVICE = 'systemctl --user ';
// A daemon on another machine: an ssh:// or (not loopback) tcp:// endpoint, as DOCKER_HOST or the current context names it, or the
// client's ssh command for one, as its error quotes it (or that quote's end, where the error wraps; not the daemon host's process list).
export const REMOTE_ENDPOINT = /(?:^|[\s"'=])(?:ssh:\/\/|tcp:\/\/(?!localhost\b|127\.|\[::1\]|0\.0\.0\.0))/;
const REMOTE_HOST = /\bDOCKER_HOST=/;
// The rootless daemon restarted, as a command alone or chained after daemon-reload.
const RESTARTED = /(?:^|&&\s*|;\s*)systemctl --user (?:try-|reload-or-)?restart docker(?:\.service)?(?=$|[\s;&])/;
// The user service stopped (the rootless daemon with it), and started again.
const STOPPED = /(?:^|&&\s*|;\s*)systemctl --user (?:stop|kill|disable +--now) docker(?:\.service)?(?=$|[\s;&])/;
const STARTED = /(?:^|&&\s*|;\s*)systemctl --user (?:start|enable +--now) docker(?:\.service)?(?=$|[\s;&])/;
// The client pointed back at this machine: DOCKER_HOST unset (as a command, not prose), or set to a unix socket for the shell, typed (not
// for one command, nor a line that a file, the environment or the setup tool's advice prints); or this machine's context made current,
// which a DOCKER_HOST still set overrides.
// (Other names beside it: a variable's, in capitals or with an underscore, as http_proxy; not a sentence's words.)
const NAME = String.raw`(?:[A-Z_][A-Z0-9_]*|[a-z][a-z0-9]*_[a-z0-9_]*)`;
const UNSET_HOST = new RegExp(String.raw`^(?:unset +(?:-v +)?|export +-n +)(?:${NAME} +)*DOCKER_HOST(?: +${NAME})*\s*(?:$|[;&#|>]|\d>)`);
// Set to a unix socket, or to nothing, which the CLI takes as unset.
const LOCAL_HOST = /^(?:(?:export|declare -x) +)?DOCKER_HOST=(?:["']?unix:\/\/[^\s;&]*|""|'')?\s*(?:$|[;&])/;
// A command that asks another daemon for itself alone (DOCKER_HOST or DOCKER_CONTEXT before it, docker's --context or --host): what it
// prints ends at the next command typed (local-again.ts).
const ONCE = /^(?:env +)?(?:[A-Za-z_]\w*=\S* +)*DOCKER_(?:HOST|CONTEXT)=\S+ +(?:[A-Za-z_]\w*=\S* +)*(?:sudo +)?docker |^(?:sudo +)?docker +(?:--context[= ]|-c +|--host[= ]|-H +)\S/;
// A shell opened on the same machine (as another user, or a login shell), whose exit leaves it and not the ssh session around it: sudo with -i
// or -s and no command, su, machinectl shell, newgrp; and a shell by name, which ssh may run as its command.
const SHELL = /^(?:sudo(?: +(?:-[A-Za-z]*u +\S+|--user[= ]\S+|-[A-Za-z]+|--login|--shell))+|(?:sudo +)?su(?: +(?:-|-l|--login|-m|-p|-s +\S+|--shell[= ]\S+))*(?: +[a-z_][\w.-]*)?|(?:sudo +)?machinectl +shell(?: +\S+){0,2}|newgrp(?: +[\w-]+)?)$/;
const SHELL_SUDO = / (?:-[A-Za-z]*[is][A-Za-z]*|--login|--shell)(?: |$)/;
const SHELL_NAMED = /^(?:\/(?:usr\/)?bin\/)?(?:ba|z|da|k|fi)?sh(?: +(?:-[a-z]+|--login))*$/;
// A shell named at a prompt that did not start: not installed ("-bash: zsh: command not found", dash's "sh: 1: fish: not found", Ubuntu's
// "Command 'zsh' not found, …"), or an option it refuses ("bash: -c: option requires an argument").
const SHELL_FAILED = /^(?:-?\w+: (?:(?:line )?\d+: )?)?(?:ba|z|da|k|fi)?sh: (?:command )?not found$|^Command '(?:ba|z|da|k|fi)?sh' not found|^(?:ba|z|da|k|fi)?sh: -?\w+: (?:invalid option|option requires an argument)/;
// sudo running a shell by name ("sudo -u dock bash").
const SUDO_NAMED = new RegExp(`^sudo(?: +(?:-[A-Za-z]*u +\\S+|--user[= ]\\S+|-[A-Za-z]+))* +${SHELL_NAMED.source.slice(1)}`);
/** Whether a command opens a shell on the machine it runs on (sudo with -i or -s and no command, or a shell by name, with sudo or not). */
const opensShell = (t: string): boolean => (SHELL.test(t) && (!t.startsWith('sudo -') || SHELL_SUDO.test(t))) || SUDO_NAMED.test(t) || SHELL_NAMED.test(t);
// A shell session on another machine, typed: ssh with a destination and no command, or a shell as its command ("ssh -t host sudo -iu
// dock"); OpenSSH reads options after the destination too. Not with -N, -f or -G, which open no shell; nor one that ssh's error says
// never opened. Its end is a typed exit: what is typed in it is that machine's.
// An option's value may be quoted with its blanks: -o "ProxyJump bastion".
const SSH_OPTION = String.raw` +(?:-[46AaCgKkMnqsTtVvXxYy]+|-[BbcDEeFIiJLlmopQRSw] *(?:"[^"]*"|'[^']*'|\S+))`;
const SESSION = new RegExp(String.raw`^ssh(?:${SSH_OPTION})* +[^\s-]\S*(?:${SSH_OPTION})*(?: +(["']?)(.+)\1)?$`);
const opensSession = (t: string): boolean => {
  const m = SESSION.exec(t);
  return !!m && (m[2] === undefined || SHELL_NAMED.test(m[2]) || opensShell(m[2]));
};
const SESSION_END = /^(?:exit|logout)(?: +\d+)?$/;
// ssh's last words on a session (which a typed exit may have ended already), and its errors (which end one only while it opens).
const SESSION_CLOSED = /^Connection to \S+ closed(?: by remote host)?\.$|^(?:client_loop: send disconnect|packet_write_wait: Connection to \S+ port \d+): Broken pipe$/;
const SESSION_FAILED =
  /^ssh: (?:connect to host|Could not resolve hostname) |^\S+: Permission denied \(|^(?:Host key verification failed\.|kex_exchange_identification: |Connection closed by \S+ port \d+|Received disconnect from |Unable to negotiate with |Too many authentication failures)|does not provide shell access\.$/;
// systemctl cat's header before each file it shows, after that command: a showing of that drop-in.
const UNIT_FILE = /^# \/\S*\/user\/docker\.service\.d\/[\w.@-]+\.conf$/;
// systemctl's options may come before or after cat (--user among them: not the system's unit), and sudo or a variable before it.
const UNIT_CAT = /^(?=.* --user\b)(?:\w+=\S* +)*(?:sudo +(?:-u +\S+ +)?)?systemctl(?: +-\S+| +-M +\S+)* +cat(?:\s|$)/;
// A typed command naming the unit whose files or environment it shows or acts on: Docker's, or rootless containerd's.
const UNIT_OF = /\b(docker|containerd)\.service\b|\bsystemctl\b.*? (docker|containerd)(?:\s|$)/;
/** The unit of Docker or of rootless containerd that line `t` names (UNIT_OF), unless it names the other as well, or neither. */
function unitNamed(t: string): string | undefined {
  const named = UNIT_OF.exec(t);
  const unit = named?.[1] ?? named?.[2];
  return unit && !t.includes(unit === 'docker' ? 'containerd' : 'docker') ? unit : undefined;
}
const LOCAL_CONTEXT = /^(?:docker context use (?:default|rootless)|Current context is now "(?:default|rootless)")$/;
// A command typed to show or edit dockerd-rootless.sh's settings (a drop-in, or the unit as systemd has it; not the manager's environment):
// rules/flags.ts tells which part of them. An append (>>, tee -a) leaves what was shown in the file.
const SHOWS_SETTINGS = /^systemctl --user edit(?:\s|$)|^(?!.*(?:>>|\btee +(?:-\w*a|--append))).*(?:docker\.service\.d|override\.conf)|^systemctl --user (?:cat|show)(?:\s|$)/;
// Another context made current: perhaps another machine's, whose ssh error an unset DOCKER_HOST does not end.
const OTHER_CONTEXT = /^docker context use [\w.-]+$/;
const DIAL = 'docker system dial-stdio';
// The same error with its ssh command cut away ("error during connect: … stderr=ssh: connect to host build01 port 22: …"): the client's
// ssh helper is what quotes ssh's stderr.
const DIAL_CUT = /\berror during connect: .*\bstderr=ssh: /;
// The system-wide daemon's socket as a context's endpoint.
const SYSTEM_HOST = /unix:\/\/\/(?:var\/)?run\/docker\.sock(?:\s|$)/;
/** What every line `environment` reads has, one of these for each test below (core.ts gives it no other line). */
export const environmentWords = ['unix:///', 'ssh://', 'tcp://', DIAL, 'unset ', 'export -n ', 'DOCKER_HOST=', 'DOCKER_CONTEXT=', 'ssh ', 'ssh: ', 'exit', 'logout', 'sudo ', 'su ', 'machinectl shell', 'newgrp', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'bin/sh', ...refusalWords, 'Connection to ', 'Connection closed by ', 'client_loop: ', 'packet_write_wait: ', 'Permission denied (', 'Host key verification failed', 'kex_exchange_identification', 'Received disconnect from ', 'Unable to negotiate with ', 'Too many authentication failures', 'shell access', 'docker --', 'docker -c ', 'docker -H ', 'context use ', 'Current context is now', 'service.d', 'override.conf', 'net=', SCRIPT_ROOTLESSKIT, SETTINGS_WORD, 'Environment', 'systemctl ', 'environment.d', CONTAINER_FILES, 'value: '];

/**
 * What every line has that the tests of the user service's commands, the daemon's address and the settings' names read: fewer than half
 * of the lines with its words (core.ts tells which lines may have one).
 */
export const environmentNamedWords = ['systemctl ', 'unix:///', 'ssh://', 'tcp://', DIAL, 'service.d', 'override.conf', CONTAINER_FILES, SETTINGS_WORD];

/**
 * Reports the environment of the unit of rootless containerd, as systemd loaded it, leaving NET unset (containerd-net-unset, and the line
 * as its settings): its Environment= line with no NET (none a pager, where `paged`, can have cut), or `line` that shows none set.
 */
function netUnset(line: Line, sink: Sink, paged?: boolean): void {
  const t = line.trimmed;
  if (paged !== undefined && (!t.startsWith('Environment=') || t.includes(`${SETTINGS_WORD}NET=`) || t.includes('--net') || (paged && t !== 'Environment='))) return;
  sink.signal('containerd-settings', line);
  sink.signal('containerd-net-unset', line);
}

/**
 * Reads the answer of systemctl --user show with no property named for the unit of rootless containerd (its Id=, or the command where
 * none is shown): its Environment= line as that of the -p form; none in an answer shown whole (no pager, its Id=, LoadState=loaded and
 * the next prompt, with or without a command at it) is an environment with nothing set, said on the line of its Id=. `prompts`: the
 * numbers of the lines with a bare prompt (clean.ts).
 */
export function containerdUnitShown(lines: readonly Line[], sink: Sink, typed: Typed = typedIn(lines), prompts: readonly number[] = []): void {
  for (const i of typed.at) {
    const t = lines[i]!.trimmed;
    if (!t.startsWith('systemctl --user show') || !SHOW_ALL.test(t)) continue;
    const { j, environment, id, loaded } = answerFrom(lines, i + 1, typed);
    // The unit its Id= names, else the command.
    const unit = UNIT_OF.exec((id ?? lines[i]!).trimmed);
    if ((unit?.[1] ?? unit?.[2]) !== rootlessContainerd.unit) continue;
    if (environment) netUnset(environment, sink, !t.includes('--no-pager'));
    // (None is nothing set only in an answer the pager cannot have shown in part, of a unit that systemd loaded.)
    else if (id && loaded && t.includes('--no-pager') && (typed.is(j) || prompts.some((n) => n > lines[j - 1]!.n && n <= (lines[j]?.n ?? Infinity))))
      netUnset(id, sink);
  }
  // The same answer pasted without its command: only its Id= names the unit, and LoadState=loaded says systemd has it (an answer comes
  // for any name); whether a pager cut it is not known, so only an Environment= line counts, as in a paged answer.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trimmed !== `Id=${rootlessContainerd.unit}.service`) continue;
    let start = i;
    while (start > 0 && !typed.is(start - 1) && PROPERTY.test(lines[start - 1]!.trimmed)) start--;
    if (start > 0 && typed.is(start - 1)) continue;
    const { j, environment, loaded, other } = answerFrom(lines, start, typed);
    if (environment && loaded && !other) netUnset(environment, sink, true);
    i = j - 1;
  }
}

/**
 * The answer of systemctl show from line `from` to the next typed line or other line (`j`): its Environment= line, its first Id= or
 * Names= line, whether it has LoadState=loaded, and whether it names another unit or a system unit (Id= of another, system.slice).
 */
function answerFrom(lines: readonly Line[], from: number, typed: Typed) {
  let j = from;
  let environment: Line | undefined;
  let id: Line | undefined;
  let loaded = false;
  let other = false;
  for (; j < lines.length && !typed.is(j) && PROPERTY.test(lines[j]!.trimmed); j++) {
    const at = lines[j]!;
    if (at.trimmed.startsWith('Environment=')) environment = at;
    else if (!id && /^(?:Id|Names)=/.test(at.trimmed)) id = at;
    else loaded ||= at.trimmed === 'LoadState=loaded';
    other ||= (at.trimmed.startsWith('Id=') && at.trimmed !== `Id=${rootlessContainerd.unit}.service`) || SYSTEM_UNIT.test(at.trimmed);
  }
  return { j, environment, id, loaded, other };
}

/**
 * Reads the configuration dockerd-rootless.sh will use (configuration, not necessarily what is running); `worded`: the lines that may
 * have one of environmentNamedWords.
 */
export const environment = (lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines)): void => {
  // docker context ls's current row when it is another daemon's than the rootless one (the system-wide daemon's, Docker Desktop's), and
  // whether a rootless context is listed as well.
  let system: Line | null = null;
  let rootlessContext = false;
  // The last command typed (of those with a word of ours) was systemctl cat: a file's header is its.
  let catting = false;
  // The line before was systemctl show's command for the unit's environment: with its pager on (a terminal's, whose less cuts a long
  // line at the screen's width, where a drop-in's settings come last), or off.
  let show: 'pager' | 'no-pager' | null = null;
  // The same for the unit of rootless containerd.
  let showContainerd: 'pager' | 'no-pager' | null = null;
  // The last command typed pages its answer; with none shown, any may have.
  let paged = true;
  // The setting a Kubernetes env item named on the last line read, whose value this line may give: the next line, or the one after a blank
  // line (a web page's double spacing), which is not read.
  let item: { n: number; name: string } | null = null;
  // The one unit the last command typed (or the file systemctl cat shows) named: rootless containerd's settings shown in Docker's are
  // names dockerd-rootless.sh never reads.
  let unitOf: string | undefined;
  // The next of the lines `worded`.
  let w = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trimmed;
    const withNamed = worded[w] === i;
    if (withNamed) w++;
    const yaml = yamlAsPairs(t, item && line.n - item.n <= 2 ? item.name : null);
    const named = itemName(t);
    item = named ? { n: line.n, name: named } : null;
    if (catting && UNIT_FILE.test(t)) sink.signal('settings-shown', line);
    // systemctl cat heads each file it shows with its path, which names its unit.
    if (catting && t.startsWith('# /')) unitOf = unitNamed(t);
    // (Not BuildKit's echo of an ENV step, which starts like a comment.)
    if ((t.startsWith('#') && !BUILD_ENV.test(t)) || t.startsWith(';') || REMOVED.test(t)) continue;
    // Without the settings, only a line the pager cannot have cut says they are missing: shorter than any terminal is wide.
    if (show && t.startsWith('Environment=') && (t.includes(PREFIX) || show === 'no-pager' || t.length < NARROWEST_TERMINAL))
      sink.signal(t.includes(PREFIX) ? 'drop-in-loaded' : 'drop-in-not-loaded', line);
    else if (reloads(t)) sink.signal('drop-in-loaded', line);
    // Typed, or a line of its own: not the checker's advice quoted back under its heading. (Each of these has the command.)
    if (withNamed && (line.prefix || !/^\s/.test(line.text)) && t.includes(USER_SERVICE)) {
      if (RESTARTED.test(t)) sink.signal('daemon-restarted', line);
      if (STOPPED.test(t)) sink.signal('rootless-stopped', line);
      if (STARTED.test(t)) sink.signal('rootless-started', line);
    }
    const answer = !!show && t.startsWith('Environment=');
    show = !SHOW_ENVIRONMENT.test(t) ? null : t.includes('--no-pager') ? 'no-pager' : 'pager';
    // (The answer of the unit of rootless containerd, right under its command: its first unit, if it names more.)
    const containerdAnswer = !!showContainerd && t.startsWith('Environment=');
    if (showContainerd) netUnset(line, sink, showContainerd === 'pager');
    showContainerd = !SHOW_CONTAINERD.test(t) ? null : t.includes('--no-pager') ? 'no-pager' : 'pager';
    const bare = t.startsWith('Environment=') ? BARE_SETTING.exec(t) : null;
    if (bare && SETTING_NAMES.includes(bare[1]!)) sink.signal('setting-ignored', line);
    const host = firstTried(t);
    // (Both sockets are named with it.)
    const unix = withNamed && host.includes('unix://');
    if (unix && ROOTLESS_HOST.test(host) && currentContext(t)) {
      sink.fact('rootless', true, rank.hint, line);
      // A client's address, as a setting's name below: configuration, which rules/overcome.ts tells from a daemon set up by the whole line.
      sink.signal('configuration-named', line);
    }
    if (unix && PODMAN_HOST.test(host) && currentContext(t)) sink.signal('podman-info', line);
    if (withNamed && t.includes(CONTAINER_FILES) && CONTAINER_FILE.test(t)) sink.fact('rootless', true, rank.hint, line);
    // The current context is Docker Desktop's (desktop-linux, made current as Desktop starts): its daemon is in Desktop's VM.
    const row = CONTEXT_ROW.exec(t);
    const place = row?.[1] ? daemonElsewhere(t) : null;
    if (place?.where === 'desktop') sink.signal(`desktop-${place.os}`, line);
    const remote = withNamed && t.includes('://') && REMOTE_ENDPOINT.test(t);
    if (REMOTE_HOST.test(t) && remote) sink.signal('remote-host', line);
    else if (row?.[1] && remote) sink.signal('remote-daemon', line);
    else if ((withNamed && t.includes(DIAL) && (t.includes('command [ssh') || t.includes(`${DIAL}] has exited`))) || DIAL_CUT.test(t)) sink.signal('remote-dial', line);
    if (UNSET_HOST.test(t) || (line.prefix && LOCAL_HOST.test(t))) sink.signal('host-local', line);
    const typed = atPrompt(line);
    if (typed) catting = UNIT_CAT.test(t);
    if (typed) paged = PAGED.test(t);
    if (typed) unitOf = unitNamed(t);
    if (typed && ONCE.test(t)) sink.signal('remote-once', line);
    if (typed && opensSession(t)) sink.signal('session-start', line);
    else if (typed && t.startsWith('ssh ')) sink.signal('ssh-once', line);
    else if (typed && opensShell(t)) sink.signal('shell-start', line);
    else if (REFUSAL.test(t) || SHELL_FAILED.test(t)) sink.signal('shell-failed', line);
    else if (typed && SESSION_END.test(t)) sink.signal('session-end', line);
    else if (SESSION_CLOSED.test(t)) sink.signal('session-closed', line);
    else if (SESSION_FAILED.test(t)) sink.signal('session-failed', line);
    if (LOCAL_CONTEXT.test(t)) sink.signal('context-local', line);
    else if (OTHER_CONTEXT.test(t)) sink.signal('context-other', line);
    if (withNamed && line.prefix && (t.includes(USER_SERVICE) || t.includes('.service.d') || t.includes('override.conf')) && SHOWS_SETTINGS.test(t)) sink.signal('settings-shown', line);
    if (row?.[1] && (SYSTEM_HOST.test(t) || place?.where === 'desktop')) system = line;
    rootlessContext ||= !!row && ROOTLESS_HOST.test(t);
    const chosen = SCRIPT_NET.exec(t);
    if (chosen && sink.driver('networkDriver', chosen[1]!, rank.config, line)) sink.fact('rootless', true, rank.hint, line);
    if (line.prefix?.endsWith('+ ') && SCRIPT_SEARCH.test(t)) sink.fact('rootless', true, rank.hint, line);
    const script = withNamed && t.includes(SETTINGS_WORD) && !INSPECT_ENV.test(t) ? (t.includes(PREFIX) ? DOCKERD : t.includes(CONTAINERD.prefix) ? CONTAINERD : null) : null;
    if (!script && !yaml) continue;
    // (A Compose or Kubernetes environment is a docker:dind-rootless container's.)
    const of = script ?? DOCKERD;
    if (of.containerd && unitOf === 'docker') continue;
    // And the settings of Docker in the environment of the unit of rootless containerd: containerd-rootless.sh reads only its own. (Only
    // right under its command: a later line, prompt or not, may be the unit of Docker.)
    if (!of.containerd && containerdAnswer) continue;
    // Rootless containerd's settings say nothing of Docker's daemon: its fixes are containerd's (apply.ts), unless Docker's daemon is
    // shown too (rules/containerd-settings.ts).
    if (of.containerd) sink.signal('containerd-settings', line);
    else sink.fact('rootless', true, rank.hint, line);
    sink.signal('configuration-named', line);
    if (REJECTED.test(t)) continue;
    const unit = UNIT_LINE.test(t) ? unitWords(t) : null;
    // A quote the line ends inside that no pager can have cut (not paged, or shorter than any terminal): systemd rejects the line. Not
    // in systemctl show's answer, which prints only what systemd loaded: there, it was cut.
    const unpaged = !paged || (line.prefix?.length ?? 0) + line.text.length < NARROWEST_TERMINAL;
    if (unit?.open && unpaged && !answer) {
      sink.signal('setting-unclosed', line);
      continue;
    }
    // Where the last setting read is set in the line: each is quoted from where it is (a long line's excerpt shows it), in order.
    let next = 0;
    // A Dockerfile's ENV NAME value is read as ENV NAME=value, and so is a Compose or Kubernetes environment's entry.
    const pairs = unit ? t : (yaml ?? envAsPairs(t));
    // docker run's -e is a command line too: a blank ends an unquoted value there.
    for (const s of unit ? unitSettings(unit, answer, !unpaged, of.prefix) : proseSettings(pairs, handRun(line) || runsDind(t), of.setting)) {
      const { name, value } = s;
      const assignment = `${of.prefix}${name}=`;
      const at = pairs.indexOf(assignment, next);
      const shown = quotingAt(line, at, assignment.length + value.length);
      if (at >= 0) next = at + assignment.length;
      // A name it does not read (DOCKERD_ROOTLESS_ROOTLESSKIT_NETWORK): the setting is ignored. (The findings on how dockerd-rootless.sh
      // reads its settings are not said of containerd-rootless.sh, which reads only its own names.)
      if (!of.names.includes(name)) {
        if (of.containerd) continue;
        sink.signal('setting-ignored', line);
      }
      // Only the values that matter are read from a value that may be cut ("…LOOPBACK=fals", "…MTU=655"). A cut driver name is one
      // the checker cannot read anyway.
      const cut = s.cut && !['true', 'false', String(mtu.explicitNetLegacy.value), String(mtu.pasta.value)].includes(value);
      // Read again from the whole line by the rules, which tell a setting's line by it too (evidence is cut short).
      sink.setting?.(line, name, s);
      switch (name) {
        case 'NET':
          sink.driver('networkDriver', value, rank.config, shown);
          break;
        case 'PORT_DRIVER':
          // No port driver has pasta's name: RootlessKit refuses it, whatever the network driver (unless a later line sets another).
          if (!sink.driver('portDriver', value, rank.config, shown) && !of.containerd && refusedDrivers.some((d) => d.key === 'portDriver' && d.value === value)) sink.signal('port-driver-pasta', line);
          break;
        case 'MTU':
          if (Number(value) > 0 && !cut) sink.fact('mtu', Number(value), rank.config, shown);
          break;
        case 'DISABLE_HOST_LOOPBACK':
          // dockerd-rootless.sh removes --disable-host-loopback only for the literal "false".
          if (!cut) sink.fact('disableHostLoopback', value !== 'false', rank.config, shown);
          break;
        case 'FLAGS': {
          // Which FLAGS line is in force, and whether it holds pasta's option, is for rules/flags.ts to say: the last one wins.
          // Quoted from FLAGS on: the note on a FLAGS shown cut (rules/flags-cut.ts) quotes where it ends.
          sink.signal('flags-set', quoting(line, `${of.prefix}FLAGS=`));
          const option = PASTA_OPTION.exec(value);
          // Quoted from the FLAGS name where the excerpt holds both: the finding is about the option being in it.
          if (option) sink.signal('flags-with-option', quotingFrom(line, at, t.indexOf(option[0], next), option[0].length));
          let after = next;
          for (const f of flagsIn(s)) {
            const flag = t.indexOf(f.written, after);
            const set = quotingAt(line, flag, f.written.length);
            if (flag >= 0) after = flag + f.written.length;
            if (f.name === 'mtu') {
              if (Number(f.value) > 0) sink.fact('mtu', Number(f.value), rank.config, set);
            } else if (f.name === 'disable-host-loopback') sink.fact('disableHostLoopback', f.value !== 'false', rank.config, set);
            // A driver RootlessKit refuses whatever else is set (--net=host, --port-driver=pasta): rules/flags.ts keeps its signal only
            // where this FLAGS is in force.
            else if (!sink.driver(f.name === 'net' ? 'networkDriver' : 'portDriver', f.value, rank.config, set) && !of.containerd) {
              const refused = refusedDrivers.find((d) => d.flag === f.name && d.value === f.value);
              if (refused) sink.signal(refused.signal, line);
            }
          }
          break;
        }
        case 'DETACH_NETNS':
          // dockerd-rootless.sh detaches for "1" or "true" (moby#52692 quotes its case).
          if (['true', '1', 'false', '0'].includes(value)) sink.fact('detachNetns', value === 'true' || value === '1', rank.config, shown);
          break;
      }
    }
  }
  // The CLI asks another daemon, though a rootless one has its context (DOCKER_HOST would show as default's endpoint).
  if (system && rootlessContext) sink.signal('context-system', system);
};

/**
 * A script's settings (`setting` matches each) on a line that is no unit's (prose, the shell's export, the script run by hand: `typed`),
 * each with its value and whether it may be cut.
 */
function proseSettings(t: string, typed: boolean, setting: RegExp): NamedSetting[] {
  return [...t.matchAll(setting)].map((m) => {
    if (m[1] === 'FLAGS') return { name: m[1], ...flagsValue(t, m, typed) };
    // A value that ends the line inside a quote that never closes may have been cut there.
    const open = unclosed(m) || (!!m[4] && m.index + m[0].length === t.length && (t.split('"').length % 2 === 0 || t.split("'").length % 2 === 0));
    return { name: m[1]!, value: m[2] ?? m[3] ?? m[4] ?? '', cut: open };
  });
}

/** Whether a line naming a socket is not a `docker context ls` row of a context other than the current one (a rootless context may just exist). */
function currentContext(t: string): boolean {
  // docker context ls --format json: one object per context.
  if (t.includes('"Current":')) return CURRENT_JSON.test(t);
  const row = CONTEXT_ROW.exec(t);
  return !row || row[1] !== undefined;
}
