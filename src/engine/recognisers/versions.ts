/**
 * `rootlesskit --version`, `slirp4netns --version`, `docker --version`, `podman --version`, dockerd's start-up log line and
 * `rootlessctl info` (RootlessKit's API as text), and podman-docker's banner and podman info's own keys (Podman, not Docker).
 */
import { anyOf } from '../any-of.ts';
import { VERIFY_FLAG_OUTPUT, VERIFY_ROOTLESSKIT_FORMAT } from '../guide-checks.ts';
import type { Line } from '../clean.ts';
import { rank, type Sink } from '../facts.ts';
import { everyIndex, type WordedAt } from './worded-at.ts';
import { componentFact } from './docker-version.ts';
import { OUTPUT_SAID } from './pasta-version.ts';
import { fromJournal, nestedDaemon } from './process.ts';

// Also as a Chinese sentence quotes it after the command ("rootlesskit --version \u663e\u793a rootlesskit version 2.3.1": OUTPUT_SAID).
const TOOL = new RegExp(String.raw`^(?:(?:rootlesskit|slirp4netns|podman) (?:--version|-v) *${OUTPUT_SAID} *)?(rootlesskit|slirp4netns|podman) version (\S+)$`);
// RootlessKit asked for its version, by path (through sudo too) or as the PATH finds it, and where the PATH finds it (command -v, which,
// type): outside a home's bin directory, where Docker's static install puts it, it is not the static install's (rules/installed.ts).
const ASK_ROOTLESSKIT = /^(?:sudo .*? (?=\S*\/))?(?:(\S*)\/)?rootlesskit (?:--version|-v)$/;
const FOUND_ROOTLESSKIT = /^(?:rootlesskit is )?(\/\S*)\/rootlesskit$/;
// Not root's: the rootless installer refuses to run as root.
const HOME_BIN = /^(?:~|\$HOME|\/home\/[^\s/]+)\/bin$/;
// bin asked by a relative path is the home's only at a prompt in the home directory ("alice@host:~$ ", "[alice@host ~]$ ", Raspberry Pi
// OS's "pi@host:~ $ ", openSUSE's "alice@host:~> ", zsh's "alice@mac ~ % ", "~ $ ", oh-my-zsh's "➜  ~ "); elsewhere it may be a build tree's.
// Not at root's prompt ("~# "): root's home is no rootless install's.
const RELATIVE_BIN = /^(?:\.\/)?bin$/;
const HOME_PROMPT = /(?:^|[:\s])~(?:\]? ?[$%>] *| +)$/;
// bash -x's trace of the assignment that took a command substitution's output ("+ RK=2.3.6" after "++ rootlesskit --version" and the rest of
// its pipeline, "++ awk '{print $3}'"): a version whole, as the tool prints it or alone (review R139 22).
const TRACED_SET = /^\w+=(['"]?)(?:rootlesskit version )?(\d+\.\d+\.\d+[\w.+~-]*)\1$/;
// `docker --version`, also as a version table lists it without the word "version" ("Docker 26.1.4, build 5650f9b"); not an issue
// form's label ("Docker version (managed by Portainer): …").
const DOCKER = /^Docker (?:version ([^,\s(][^,\s]*)|(\d[^,\s]*), build \w{7})/;
// The daemon's own binary asked for its version ("$ dockerd --version"): the line after is the daemon's, not the client's.
// A list of versions written by hand that names the daemon rootless ("Docker (rootless) 20.10.6", slirp4netns#284): a hint of both.
const HAND_ROOTLESS = /^Docker (?:Engine )?\(rootless\):? +v?(\d+\.\d+\.\d+)$/;
const DOCKERD = /^(?:\S*\/)?dockerd(?:-rootless\.sh)? (?:--version|-v)$/;
const DAEMON_LOG = / version=v?(\d[\w.+~-]*)/;
// The journal's name for the system-wide unit's daemon ("dockerd[812]: "): the rootless unit's logs as dockerd-rootless.sh[…].
const SYSTEM_DOCKERD = /\bdockerd\[\d+\]/;
// rootlessctl info: "- REST API version: 1.1.1" first, then "- Implementation version: 2.3.1", "- Network Driver: pasta", …
const ROOTLESSCTL = /^- ([\w ]+): (\S+)$/;
// What podman-docker's `docker` prints before it runs Podman (containers/podman docker.in).
export const PODMAN_DOCKER = 'Emulate Docker CLI using podman';
// Keys only podman info prints (libpod/define/info.go): a part of it pasted without its "host:" line is still Podman's.
const PODMAN_KEY = /^(?:rootlessNetworkCmd|rootlessPortForwarder|networkBackend|buildahVersion|databaseBackend): \S/;
// The line the guide's `docker version --format` of RootlessKit prints: its version and network driver (other formats: format-fields.ts).
const FORMATTED = /^(\d+\.\d+\.\d+[\w.+~-]*)(?: (\w[\w-]*))?$/;
// The guide's check of pasta's argv: its case prints one of these after the script's own lines that name them.
const FLAG_CASE = `*--host-lo-to-ns-lo*) echo '${VERIFY_FLAG_OUTPUT.present}'`;
// A part of each phrase searched for below (RootlessKit, docker version's format, the case, the daemon's start): one search for them
// all spares most lines four, a few percent of them having one. Each part is looked for from its first vowel (anyOf): all start with
// the same "o", which a search skips to faster than to any of three letters.
/** What every line `versions` looks at more closely has (its phrases: RootlessKit, docker version's format, the daemon's start, the guide's case). */
export const versionWords = ['rootlesskit', 'ocker version --format', 'ocker daemon', 'host-lo-to-ns-lo*)'];
const SOUGHT = anyOf(versionWords);

/** Reads the version lines the tools print about themselves. */
export const versions = (lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines)): void => {
  // Whether rootlessctl's first line was seen: a bare "- Network Driver: pasta" may be someone's own list.
  let api = false;
  let daemon = false;
  // Asked only of a daemon's start: most sections have none.
  let nested: boolean | undefined;
  // The guide's checks (commands.ts): whether the last line asked for RootlessKit's format, and whether its check of pasta's argv was seen.
  let verify = false;
  let flagCase = false;
  // Whether the RootlessKit asked last, and the one the PATH finds, is outside a home's bin (null: not known), and the version the home's
  // bin answered on the line before. A RootlessKit asked right after that, whose place is not known (`elsewhere` null), is elsewhere if it
  // answers another version (nothing changed the home's between): `unlike` is then the home's version.
  let elsewhere: boolean | null = null;
  let unlike: string | null = null;
  let found: boolean | null = null;
  let home: string | null = null;
  // The next of the lines `worded`.
  let w = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trimmed;
    const askedElsewhere = elsewhere;
    const askedUnlike = unlike;
    const homeAnswered = home;
    home = null;
    const may = worded[w] === i;
    if (may) w++;
    const sought = may && SOUGHT.test(t);
    const rk = sought && t.includes('rootlesskit') ? ASK_ROOTLESSKIT.exec(t) : null;
    const path = t.endsWith('/rootlesskit') ? FOUND_ROOTLESSKIT.exec(t) : null;
    if (path) found = !HOME_BIN.test(path[1]!);
    elsewhere = rk ? (rk[1] === undefined ? found : !HOME_BIN.test(rk[1]) && !(RELATIVE_BIN.test(rk[1]) && HOME_PROMPT.test(line.prefix ?? ''))) : null;
    unlike = rk && elsewhere === null ? homeAnswered : null;
    if (rk && line.prefix?.endsWith('++ ')) {
      let j = i + 1;
      while (lines[j]?.prefix?.endsWith('++ ')) j++;
      const set = lines[j]?.prefix?.endsWith('+ ') ? TRACED_SET.exec(lines[j]!.trimmed) : null;
      if (set) sink.fact('rootlesskitVersion', set[2]!, rank.binary, lines[j]!);
    }
    const formatted = verify && FORMATTED.exec(t);
    if (formatted) {
      sink.fact('rootless', true, rank.running, line);
      componentFact('rootlesskit.Version', formatted[1]!, line, sink);
      if (formatted[2]) componentFact('rootlesskit.NetworkDriver', formatted[2], line, sink);
    }
    verify = sought && t.includes('docker version --format') && t.includes(VERIFY_ROOTLESSKIT_FORMAT);
    flagCase ||= sought && t.includes(FLAG_CASE);
    if (flagCase && (t === VERIFY_FLAG_OUTPUT.present || t === VERIFY_FLAG_OUTPUT.missing)) sink.fact('hostLoToNsLo', t === VERIFY_FLAG_OUTPUT.present, rank.running, line);
    const asked = daemon;
    // Only a line that ends as DOCKERD's does is tried: its path part would be tried on every line.
    daemon = (t.endsWith('-v') || t.endsWith('--version')) && DOCKERD.test(t);
    const ctl = t.startsWith('- ') ? ROOTLESSCTL.exec(t) : null;
    if (ctl?.[1] === 'REST API version') {
      api = true;
      sink.fact('rootless', true, rank.running, line);
    } else if (ctl && api) {
      // As the keys of docker version's rootlesskit component, which says the same: Version, NetworkDriver, PortDriver.
      componentFact(`rootlesskit.${ctl[1]!.replace('Implementation v', 'V').replace(' ', '')}`, ctl[2]!, line, sink);
    }
    // What TOOL, DOCKER and PODMAN_KEY find starts with one of these letters, which most lines do not: one test spares them three.
    const lead = 'rspbndD'.includes(t[0]!);
    if (t.startsWith(PODMAN_DOCKER) || (lead && PODMAN_KEY.test(t))) sink.signal('podman-info', line);
    if (t.startsWith(PODMAN_DOCKER)) sink.signal('podman-answered', line);
    const tool = lead ? TOOL.exec(t) : null;
    if (tool) {
      const key = tool[1] === 'rootlesskit' ? 'rootlesskitVersion' : tool[1] === 'podman' ? 'podmanVersion' : 'slirp4netnsVersion';
      sink.fact(key, tool[2]!, rank.binary, line);
      if (tool[1] === 'rootlesskit') {
        if (askedElsewhere || (askedUnlike !== null && askedUnlike !== tool[2])) sink.signal('rootlesskit-elsewhere', line);
        if (askedElsewhere === false) home = tool[2]!;
      }
      continue;
    }
    const docker = lead ? DOCKER.exec(t) : null;
    const hand = lead && !docker ? HAND_ROOTLESS.exec(t) : null;
    if (docker) sink.fact(asked ? 'dockerServerVersion' : 'dockerClientVersion', (docker[1] ?? docker[2])!, rank.binary, line);
    else if (hand) {
      sink.fact('rootless', true, rank.hint, line);
      sink.fact('dockerServerVersion', hand[1]!, rank.hint, line);
    }
    // dockerd logs msg="Docker daemon" commit=… version=27.3.1 when it starts; on a terminal, "INFO[0000] Docker daemon   commit=…".
    else if (sought && (t.includes('msg="Docker daemon"') || t.includes('] Docker daemon '))) {
      // Not the system-wide daemon's start (a rootful one, which may have stopped since, as its status's last lines show): its version
      // is not a rootless daemon's beside it.
      const v = (line.prefix && SYSTEM_DOCKERD.test(line.prefix)) || (!fromJournal(line) && (nested ??= nestedDaemon(lines))) ? null : DAEMON_LOG.exec(t);
      if (v) sink.fact('dockerServerVersion', v[1]!, rank.binary, line);
    }
  }
};
