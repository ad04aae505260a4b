/** Symptoms: curl's reset, the error messages of data/core/diagnostics.ts, and ports published on loopback addresses. */
import { knownErrors, settingRefusals } from '../data/core/diagnostics.ts';
import { finder } from '../any-of.ts';
import { spoken, type Line } from '../clean.ts';
import { quoting, rank, type Sink } from '../facts.ts';
import { daemonElsewhere } from '../daemon-address.ts';
import { daemonIpLoopback } from '../daemon-ip.ts';
import { elsewhere } from '../others-quote.ts';
import type { Signal } from '../types.ts';
import { everyIndex, type WordedAt } from './worded-at.ts';

// docker ps "127.0.0.1:8080->80/tcp", docker run "-p 127.0.0.1:8080:80", compose "127.0.0.1:8080:80", "[::1]:8080->80";
// not a connection in Go's errors ("read tcp 127.0.0.1:43828->127.0.0.1:33380: …"), which is no published port.
const PUBLISHED = /(?:^|[\s"'=,([])(?<!(?:tcp|udp)6? )(127(?:\.\d{1,3}){3}|\[::1\]|::1):\d{1,5}(?:->|:)\d/g;
// Ports published on all addresses, which this problem leaves alone: docker ps's "0.0.0.0:9000->9000/tcp" (":::9000->", "[::]:9000->"),
// docker run's "-p 9000:9000" or "--publish 0.0.0.0:9000:9000", and a compose file's quoted list item "- "9000:9000"".
// Ports have no leading zero, so a compose file's times ("- "07:30"") are none.
// A sentence that says something works: "… with -p 9000:9000 works", "works fine", "is fine".
const WORKS = /\b(?:works?|working|worked)\b|\bis (?:fine|ok)\b/i;
const PUBLISHED_ALL = /(?:^|[\s,])(?:0\.0\.0\.0|\[::\]|::):[1-9]\d{0,4}->\d|(?:^|\s)(?:-p|--publish)[ =]["']?(?:0\.0\.0\.0:)?[1-9]\d{0,4}:[1-9]|^- ["'](?:0\.0\.0\.0:)?[1-9]\d{0,4}:[1-9]\d{0,4}(?:\/(?:tcp|udp))?["']$/;
// A service's log line under Compose's prefix (a service name, "main_1  | " or "web-1  | ") in which its application says where it
// listens: jekyll's "Server address: http://127.0.0.1:4000", gunicorn's "Listening at: http://127.0.0.1:8000", Django's "Starting
// development server at http://127.0.0.1:8000/", Flask's "Running on http://127.0.0.1:5000", Vite's "use --host to expose". Inside
// a container that is its own loopback, which Docker's forwarding does not reach. Servers bound to every address print a loopback
// URL too (Flask, Vite), beside one on all addresses or the container's own: such a line clears it.
const COMPOSE_PREFIX = /^[\w.-]*[a-z][\w.-]*[-_]\d+ +\|/i;
const LISTENS_ON_LOOPBACK =
  /(?:\blisten\w*|server address|running (?:on|at)|starting development server)\W+(?:(?:on|at)\W+)?(?:https?:\/\/)?(?:127\.0\.0\.1|localhost):\d|use --host to expose/i;
const LISTENS_ON_ALL =
  /(?:\blisten\w*|running (?:on|at)|network)\W+(?:(?:on|at)\W+)?(?:all addresses|(?:https?:\/\/)?(?:0\.0\.0\.0|\[::\]|(?!127\.)\d{1,3}(?:\.\d{1,3}){3}):\d)/i;
// A container on the host network: docker run's or create's "--net=host" / "--network host" (not RootlessKit's own --net=host, nor
// Podman's, nor root's client under sudo), a compose file's "network_mode: host", docker inspect's "NetworkMode": "host".
const HOST_NETWORK = /(?:^|\s)--net(?:work)?[ =]["']?host(?:["'\s]|$)/;
const RUNS_CONTAINER = /(?<!sudo )\bdocker(?:-compose| compose)? (?:container )?(?:run|create)\b/;
const NETWORK_MODE_HOST = /^(?:network_mode: ["']?host["']?(?: +#.*)?|"NetworkMode": "host",?)$/;
// docker port: "80/tcp -> 127.0.0.1:8080", a line for each address a port is published on.
const DOCKER_PORT = /^\d{1,5}\/(?:tcp|udp|sctp) -> (127(?:\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0|\[::\]|::):\d{1,5}$/;
// Compose's long syntax names the address on a line of its own: "host_ip: 127.0.0.1".
const HOST_IP = /^host_ip: ["']?(127(?:\.\d{1,3}){3}|::1)["']?$/;
// A client's request to a port on 127.0.0.1 ("curl 127.0.0.1:8080", "wget -qO- http://127.0.0.1:8080/"): a reset beside it is what a port
// published there shows, whether or not the paste shows the port published.
const LOOPBACK_REQUEST = /\b(?:curl|wget)\b.*(?:\s|\/\/)127\.0\.0\.1:\d{1,5}(?![\d:]|->)/;
// Every address PUBLISHED finds has one of these: one regex finds either faster than two includes().
const LOOPBACK = /127\.|::1/;
// An access log's line (nginx's and Apache's common and combined formats) of a request from 127.0.0.1: "127.0.0.1 - - [04/Jun/2025:09:12:44
// +0000] "GET / HTTP/1.1" 200 …".
const LOOPBACK_CLIENT = /^127\.0\.0\.1 - \S+ \[[^\]]{10,40}\] "[A-Z]{3,7} \S/;
const PORT_DRIVER = /RootlessKit port driver "([a-z0-9]+)"/;
// Podman's pasta, not RootlessKit's: Podman's CLI words its error "Error: pasta failed …", and only Podman passes pasta port
// forwards by number ("for option '-t 9201-9201:9200-9200'"); RootlessKit forwards with --tcp-ports=auto (its pasta.go).
const PODMAN_PASTA = /^Error: pasta failed|for option '-[tu] \d/;
// Podman's own lines in the journal (a quadlet's, or any podman command run by systemd): "host podman[671]: … container create …".
const PODMAN_LOGGED = /(?:^|\s)podman\[\d+\]:/;
// A Podman command typed at a prompt, or a line that is one in backticks (a numbered list item too, not prose that names one): a paste
// of Podman's, unless it shows Docker too.
const PODMAN_COMMAND = /^(?:sudo )?podman +[a-z]/;
const PODMAN_QUOTED = /^(?:\d+\. )?`(?:sudo )?podman [a-z][^`]*`$/;
// Or a line that is Podman's version or info command alone, as its issue form's answers start (then that command's output).
const PODMAN_ALONE = /^(?:sudo )?podman (?:version|info)$/;
// The answer that slirp4netns is not installed, the shell's (bash's, zsh's, dash's, which's) or a package manager's (rpm -q's, dpkg -s's,
// pacman -Q's, dpkg -l's and dpkg-query -W's "no packages found matching"): from Docker 28.5.2, what makes pasta the driver.
const NO_SLIRP4NETNS =
  /(?:^|: )slirp4netns: (?:command )?not found$|^zsh: command not found: slirp4netns$|^which: no slirp4netns in |^(?:dpkg-query: )?package '?slirp4netns'? is not installed\b|^error: package 'slirp4netns' was not found$|^dpkg-query: no packages found matching slirp4netns$/;
// docker:dind-rootless, docker:29-dind-rootless, docker.io/library/docker:29.1.2-dind-rootless.
const DIND_IMAGE = /\bdocker:[\w.-]*dind-rootless/;
// Rootless BuildKit: its daemon named (not buildx's --buildkitd-flags or a buildkitd.toml), its rootless image (moby/buildkit:rootless,
// v0.10.5-rootless), or the words (not "not rootless BuildKit"); RootlessKit runs it.
const BUILDKIT = /(?<!--)\bbuildkitd\b(?!-flags|-config|\.toml)|\bmoby\/buildkit:[\w.-]*rootless|(?<!\bnot )\brootless[ -]buildkit\b/i;
// A command run in a container: docker exec, Compose's, or kubectl's.
const EXEC = /\b(?:docker(?: compose|-compose)?|kubectl) exec /;
// A comment ("#", not BuildKit's "#26 " step nor GitHub Actions' "##[error]", nor a line of RootlessKit's own log with its tag), where a
// drop-in or a script quotes a setting's refusal to say why it sets it so. (Other errors after "# " are a TAP diagnostic's, a Markdown
// heading's or the rootless installer's own.)
const COMMENT = /^#(?!\d+ |#\[|.*\[rootlesskit:)/;
// The first part of every known message, each once (messages that share one are listed together), and which is each message's.
const FIRST_PARTS = [...new Set(knownErrors.map((e) => e.parts[0]))];
// For each first part, the messages (their indices, in order) that start so.
const STARTING = FIRST_PARTS.map((first) => knownErrors.flatMap((e, k) => (e.parts[0] === first ? [k] : [])));
// One search for them all: most lines have none, and a line with one is tried only for the messages that start so.
const firstPartsIn = finder(FIRST_PARTS);
/** What every line with a known error message has: the first part of one (core.ts tells which lines may have one). */
export const symptomErrorWords = FIRST_PARTS;
const NONE: readonly number[] = [];
// systemctl status's line for a unit that runs (a daemon shown running, beside a setting that would keep one from starting).
const UNIT_RUNNING = 'Active: active (running)';
// systemctl status's first line, after its dot ("● pipewire.service - PipeWire Multimedia Service"), and the units of the daemons a
// paste may show running under RootlessKit: another unit running says nothing of them.
const UNIT_HEADER = /^(?:\S )?([\w@.:-]+)\.service - /;
const OUR_UNITS = /^(?:docker|containerd|buildkit)$/;
// The most lines from a status header to its Active line: Loaded, and a few drop-ins listed.
const STATUS_LINES = 8;
// The userland proxy's error where the RootlessKit that answered predates its API (moby#42290): a rootless daemon's.
const OLD_API = 'failed to call info API, probably RootlessKit binary is too old';
/** What every line `symptoms` reports from has, one of these for each test below (core.ts gives it no other line). */
export const symptomWords = [
  ...FIRST_PARTS,
  ...['pasta', "for option '-", 'podman ', 'podman[', 'dind-rootless', ' exec ', 'RootlessKit', '127.', '::1'],
  ...['0.0.0.0:', '::]:', ':::', '-p ', '-p=', '--publish', '- "', "- '", 'host_ip', 'localhost:', '--host', 'all addresses', 'Network'],
  ...['--net', 'network_mode', 'NetworkMode', UNIT_RUNNING, '.service - ', 'buildkit', 'BuildKit', 'Buildkit', 'slirp4netns'],
  // A web page's piece of a line before the error's own (pieces).
  'instead of',
];

/** The signal of a port published on a loopback address: 127.0.0.1, another 127.x address, or IPv6's. */
export const loopbackPublication = (address: string): Signal =>
  address.includes(':') ? 'published-ipv6-loopback' : address === '127.0.0.1' ? 'published-loopback' : 'published-secondary-loopback';

/**
 * Reports the known error messages in a line, each with its facts, given the first parts (their indices) that it has and the words
 * before it in its sentence (`before`: a web page's <code> makes pieces of one line).
 */
function knownErrorsIn(line: Line, firsts: readonly number[], sink: Sink, before: string): void {
  // One closure per line, not per message (and none for the lines without a first part).
  const has = (part: string): boolean => line.text.includes(part);
  const comment = COMMENT.test(line.trimmed);
  let explained = false;
  // In the catalogue's order, which decides which message explains the line; only the messages that start with a part it has.
  const tried = firsts.length === 1 ? STARTING[firsts[0]!]! : firsts.flatMap((f) => STARTING[f]!).sort((a, b) => a - b);
  for (const k of tried) {
    const e = knownErrors[k]!;
    if (!e.parts.every(has) || ('unless' in e && e.unless.test(line.trimmed)) || ('where' in e && !e.where.test(line.trimmed))) continue;
    if ('general' in e && explained) continue;
    if (comment && settingRefusals.includes(e.id)) continue;
    // A reset a sentence gives another person, or the time before a fix, is not the reader's symptom (review R140 01, 28).
    if (e.id === 'connection-reset' && elsewhere(before + line.trimmed, before.length + line.trimmed.indexOf(e.parts[0]!))) continue;
    explained = true;
    // Docker's errors come after a long preamble ("… driver failed programming external connectivity on endpoint …: ").
    const quoted = quoting(line, e.parts[0]);
    sink.signal(e.id, quoted);
    // A client on Windows or a Mac, or of Docker Desktop for Linux: its daemon is no rootless Docker (the next step says so).
    const place = e.id === 'daemon-unreachable' || e.id === 'socket-permission-denied' ? daemonElsewhere(line.text) : null;
    const system = place?.where === 'desktop' ? place.os : place?.where === 'podman-machine' ? 'windows' : null;
    if (system) sink.signal(`desktop-${system}`, quoted);
    if ('podman' in e && has(e.podman)) sink.signal('podman-info', quoted);
    if ('portManager' in e) {
      sink.fact('rootless', true, rank.running, quoted);
      sink.fact('portManager', true, rank.running, quoted);
    }
  }
}

/** The text of the pieces of line `i`'s line before it, the last three at most (a web page's "<code>200 OK</code> instead of <code>…"). */
function pieces(lines: readonly Line[], i: number): string {
  let text = '';
  for (let k = i - 1; k >= i - 3 && lines[k]?.n === lines[i]!.n; k--) text = `${lines[k]!.trimmed} ${text}`;
  return text;
}

/** Whether a line is Podman's pasta error or names its forward by number (PODMAN_PASTA). */
const podmanPasta = (t: string): boolean => (t.startsWith('Error: pasta failed') || t.includes("for option '-")) && PODMAN_PASTA.test(t);

/** Whether a line is a Podman command typed at a prompt, quoted in backticks, or its version or info command alone. */
const podmanTyped = (line: Line): boolean =>
  (!!line.prefix && !spoken(line) && PODMAN_COMMAND.test(line.trimmed)) || PODMAN_QUOTED.test(line.trimmed) || PODMAN_ALONE.test(line.trimmed);

/** Reports known error messages and loopback publications as signals; `errorWorded`: the lines that may have the first part of an error. */
export const symptoms = (lines: readonly Line[], sink: Sink, errorWorded: WordedAt = everyIndex(lines)): void => {
  // The next of the lines `errorWorded`.
  let w = 0;
  // The last status header not yet followed by its Active line: its line, and whether its unit is one of a daemon the checker reads.
  let header: { n: number; ours: boolean } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    const named = line.trimmed.includes('.service - ') ? UNIT_HEADER.exec(line.trimmed) : null;
    if (named) header = { n: line.n, ours: OUR_UNITS.test(named[1]!) };
    const may = errorWorded[w] === i;
    if (may) w++;
    // Most lines given have another of its words: they are spared the search for the messages.
    const firsts = may ? firstPartsIn(t) : NONE;
    if (firsts.length) knownErrorsIn(line, firsts, sink, pieces(lines, i));
    // Each pattern below is tried only on a line with a word every match of it has (most lines given have none): a search for a
    // string costs a fraction of a pattern's.
    if (podmanPasta(line.trimmed) || (line.prefix?.includes('podman[') && PODMAN_LOGGED.test(line.prefix))) sink.signal('podman-info', line);
    if (line.trimmed.includes('podman ') && podmanTyped(line)) sink.signal('podman-info', line);
    // The docker:dind-rootless image named (not a container named after it), and a command run in a container: together, a client
    // in the image, which looks for the rootful socket while the image's daemon listens on its user's.
    if (t.includes('dind-rootless') && DIND_IMAGE.test(t)) sink.signal('dind-rootless', line);
    if (line.trimmed.includes('slirp4netns') && NO_SLIRP4NETNS.test(line.trimmed)) sink.signal('slirp4netns-absent', line);
    // (Searched for from its rarer "x": a search for a string tries every place its first character is, and blanks are everywhere.)
    if (t.includes('xec ') && EXEC.test(t)) sink.signal('container-exec', line);
    if (BUILDKIT.test(t)) sink.signal('buildkit', line);
    // Only a rootless daemon's port driver can refuse a port this way.
    const driver = t.includes('RootlessKit port driver') ? PORT_DRIVER.exec(t) : null;
    const quoted = driver ? quoting(line, driver[0]) : line;
    if (driver && sink.driver('portDriver', driver[1]!, rank.running, quoted)) sink.fact('rootless', true, rank.running, quoted);
    // Only a rootless daemon's userland proxy asks RootlessKit's API; a hint, as people quote the error from elsewhere too.
    else if (t.includes(OLD_API)) sink.fact('rootless', true, rank.hint, quoting(line, OLD_API));
    // docker ps's and docker port's arrow: one search for both patterns below that need it.
    const arrow = line.trimmed.includes('->');
    // Each of its forms has one of these: the arrow, "-p" (-p, --publish) or a list item's "- ".
    const all = arrow || line.trimmed.includes('-p') || line.trimmed.startsWith('- ') ? PUBLISHED_ALL.exec(line.trimmed) : null;
    // Not where the line says it works that way ("same container with -p 9000:9000 works"): the contrast the problem draws, not the port
    // that reset (review R147 11).
    if (all && !WORKS.test(line.trimmed)) sink.signal('published-all', line);
    // Without an address (-p 8080:80): the daemon's default address, all addresses unless set (daemon-ip.ts).
    if (all && !all[0].includes('0.0.0.0') && !all[0].includes('->')) sink.signal('published-default', line);
    if (line.trimmed.startsWith(UNIT_RUNNING)) {
      // Only the first Active line within a status's few lines is its unit's: a later one ("| grep Active") is of no unit named.
      if (!header || header.ours || line.n - header.n > STATUS_LINES) sink.signal('unit-running', line);
      header = null;
    }
    if ((t.includes('--net') && HOST_NETWORK.test(t) && RUNS_CONTAINER.test(t)) || ('n"'.includes(line.trimmed[0]!) && NETWORK_MODE_HOST.test(line.trimmed))) sink.signal('host-network-mode', line);
    if (line.prefix && COMPOSE_PREFIX.test(line.prefix)) {
      if (LISTENS_ON_ALL.test(t)) sink.signal('container-all-listener', line);
      else if (LISTENS_ON_LOOPBACK.test(t)) sink.signal('container-loopback-listener', line);
    }
    const hostIp = t.includes('host_ip') ? HOST_IP.exec(line.trimmed) : null;
    if (hostIp) sink.signal(loopbackPublication(hostIp[1]!), line);
    const port = arrow ? DOCKER_PORT.exec(line.trimmed) : null;
    if (port) sink.signal(LOOPBACK.test(port[1]!) ? loopbackPublication(port[1]!) : 'published-all', line);
    if (!LOOPBACK.test(t)) continue;
    if (LOOPBACK_REQUEST.test(t)) sink.signal('loopback-request', line);
    if (line.trimmed.startsWith('127.0.0.1 - ') && LOOPBACK_CLIENT.test(line.trimmed)) sink.signal('loopback-clients', line);
    if (daemonIpLoopback(line.trimmed)) sink.signal('daemon-ip', line);
    for (const m of t.matchAll(PUBLISHED)) {
      sink.signal(loopbackPublication(m[1]!), line);
    }
  }
};
