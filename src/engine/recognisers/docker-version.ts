/** `docker version` as text: client and server versions, and the rootlesskit / slirp4netns server components. */
import type { Line } from '../clean.ts';
import { docker } from '../data/core/docker.ts';
import { rank, type Recogniser, type Sink } from '../facts.ts';
import type { DesktopOs } from '../daemon-address.ts';
import { dockerHeader } from '../sections.ts';
import { atLeast } from '../version.ts';

// Any one word: a header damaged on the way (a stray mark inside "containerd:") still ends the component before it.
const COMPONENT = /^(\S+):$/;
const KEY_VALUE = /^([A-Za-z]\w*): +(\S.*)$/;
// What an indented prompt has (user@host, ~, a theme's glyphs) and a component's lines have not; the components that follow docker-init.
const PROMPT_LIKE = /[@~❯➜]|[^\x00-\x7f…]/;
const AFTER_INIT = ['rootlesskit', 'slirp4netns', 'vpnkit'];
const HASH = /^\w{7,}$/;
// Fedora's moby-engine names its RPM release where Docker's own builds name a commit ("Git commit: 1.fc44"), and a Debian or Ubuntu
// build its package's version ("27.5.1-0ubuntu3~24.04.2", "26.1.5+dfsg1-9"): another packager's build.
const RPM_RELEASE = /^\d+\.fc\d+$/;
const DEB_RELEASE = /^\d+\.\d+\.\d+\S*(?:ubuntu|\+dfsg|debian)/i;
/** Whether the Engine's Git commit names a distribution's package rather than the commit Docker's own builds name. */
export const packagerCommit = (commit: string): boolean => RPM_RELEASE.test(commit) || DEB_RELEASE.test(commit);
const PODMAN_ENGINE = 'Podman Engine:';
// The context Docker Desktop makes current as it starts: the client asks Desktop's daemon, in its VM.
const DESKTOP_CONTEXT = 'desktop-linux';
// Docker Desktop's own builds of the client's plugins and of its cloud integration ("Version:  v0.12.1-desktop.4", "Cloud integration:
// v1.0.35+desktop.5"; kubernetes-sigs/kind#3554, docker/desktop-linux#192): a client that came with Docker Desktop.
const DESKTOP_BUILD = /^(?:Version|Cloud integration): +v\d[\w.]*[-+]desktop\.\d+$/;
// Where Docker Desktop's plugins are, for the systems a path tells: a Mac's home or application, Windows' drives. (/usr/local/lib/docker
// is a Mac's or WSL's, docker/desktop-feedback#451; /usr/lib Linux's, as Docker Engine's packages have it, docker/desktop-linux#192.)
const PLUGIN_PATH: readonly (readonly [RegExp, DesktopOs])[] = [
  [/^Path: +(?:\/Users\/|\/Applications\/)/, 'mac'],
  [/^Path: +[A-Za-z]:\\/, 'windows'],
];
// The client's system ("OS/Arch: windows/amd64"), as Docker Desktop's signals name it.
const DESKTOP_OS: Readonly<Record<string, DesktopOs>> = { windows: 'windows', darwin: 'mac' };
// Variables set for a command (DOCKER_HOST=unix:///run/user/$(id -u)/docker.sock docker …), with env before them or not.
const VARIABLES = String.raw`(?:env )?(?:[A-Z_]+=(?:\$\([^)]*\)|[^\s$]|\$(?!\())* )*`;
// docker version piped into a filter that keeps only part of it (| head, | sed -n 1,20p, | grep; after other filters too), after any
// variables set for it: a server block that ends at docker-init may have been cut there. Not under sudo, nor asked of the system-wide
// daemon (its socket, its context): that daemon is rootful either way; nor a sed range to the end. (A count of lines that the output
// ended before, head's or grep's after a match, is checked at the end.)
const FILTERED = new RegExp(
  String.raw`^(?!.*(?:unix:\/\/\/(?:var\/)?run\/docker\.sock|--context[ =]default\b|DOCKER_CONTEXT=default\b))${VARIABLES}docker\b[^|]*\bversion\b[^|]*(?:\|[^|]*)*?\|\s*(?:head\b|sed -n\b(?![^|]*,\$p)|grep\b(?![^|]*\s-\w*v))`,
);
const LINE_COUNT = /\|\s*(?:head\s+(?:-n\s*|--lines=|-)|grep\b[^|]*\s-\w*A\s*)(\d+)/;
// A command, after any variables set for it.
const COMMAND = new RegExp(String.raw`^${VARIABLES}(?:docker|sudo)\b`);
// Keys only RootlessKit's component has: under another component (its header lost in the paste) they still rule out rootful.
const ROOTLESSKIT_KEYS = ['ApiVersion', 'NetworkDriver', 'PortDriver', 'StateDir'];
// The component at a second, other Version: another's keys follow, their header left out ("[snip]" over "containerd:", or docker version |
// grep -E 'Engine|Version', which keeps one header and every component's Version; the same Version again is the block pasted twice).
// RootlessKit's own keys stay RootlessKit's.
const ELIDED = '…';
/** A name as OCR misreads it read back: its l read as I, 1 or |, its o as 0 ("rootIesskit", review R153 07). */
const ocrRead = (name: string): string => name.replace(/[I1|]/g, 'l').replace(/0/g, 'o');

/**
 * One `Server:` block: its Engine version line, whether a rootlesskit component appeared, and whether it reached the end of
 * docker-init (its GitCommit), the last component every engine prints before rootlesskit (a paste that stops earlier may
 * be cut short).
 */
interface ServerBlock {
  engine: Line | null;
  version: string | null;
  rootlesskit: boolean;
  init: boolean;
  /** The line after docker-init's GitCommit was looked at. */
  afterInit: boolean;
  cut: boolean;
  /** The client asked through the context that dockerd-rootless-setuptool.sh names "rootless", or the output went through a filter. */
  mayBeCut: boolean;
  /** RootlessKit's NetworkDriver line when it names pasta, and whether a PortDriver line followed. */
  pasta: Line | null;
  portDriver: boolean;
  /** The first Version right under "Server:", with no component before it, and whether an API version and components followed. */
  bare: Line | null;
  api: boolean;
  components: boolean;
}

const newServer = (mayBeCut: boolean): ServerBlock => ({
  engine: null,
  version: null,
  rootlesskit: false,
  init: false,
  afterInit: false,
  cut: false,
  mayBeCut,
  pasta: null,
  portDriver: false,
  bare: null,
  api: false,
  components: false,
});

/** Reports what the server's platform name says (text header or JSON Server.Platform.Name): whose packages, or Docker Desktop's daemon. */
export function serverPlatform(platform: string, line: Line, sink: Sink): void {
  // Docker's own engine packages call themselves "Docker Engine - Community".
  if (platform.includes('Docker Engine - Community')) sink.fact('dockerPackaging', 'docker', rank.hint, line);
  // Docker Desktop's daemon runs in its VM and is not rootless Docker (Docker's documentation): a cut block still says whose it is.
  if (platform.includes('Docker Desktop')) sink.fact('rootless', false, rank.running, line);
}

/** Reads client/server versions and the rootlesskit component; a complete server block without one is rootful. */
export const dockerVersion: Recogniser = (lines, sink) => {
  let side: 'client' | 'server' | null = null;
  let component: string | null = null;
  // The current server component's Version, once shown.
  let versioned: string | null = null;
  let server: ServerBlock | null = null;
  // The current client part's Context, and its system.
  let context: string | null = null;
  let os: DesktopOs = 'linux';
  // The output is a filter's: its server part may be cut after docker-init.
  let filtered = false;
  // Lines of Docker Desktop's builds, said once the system is known (a plugin's Path, or the client's OS/Arch further down).
  const desktop: Line[] = [];
  let pluginOs: DesktopOs | null = null;
  for (const [i, line] of lines.entries()) {
    const t = line.trimmed;
    if (COMMAND.test(t)) filtered = FILTERED.test(t) && !endedBeforeCount(t, i, lines);
    const header = dockerHeader(t);
    if (header) {
      endServer(server, sink);
      // Podman prints the same layout ("Client: Podman Engine"): the paste is Podman's, and its versions are not Docker's.
      const podman = header.platform.includes('Podman');
      if (podman) sink.signal('podman-info', line);
      side = podman ? null : header.side;
      component = null;
      versioned = null;
      server = side === 'server' ? newServer(context === 'rootless' || filtered) : null;
      if (side === 'client') context = null;
      os = 'linux';
      if (side === 'server') serverPlatform(header.platform, line, sink);
      continue;
    }
    if (line.cut) {
      if (server) server.cut = true;
      continue;
    }
    // Podman's API answers docker version with its own engine as the one component (pkg/api/handlers/compat/version.go).
    if (t === PODMAN_ENGINE) {
      sink.signal('podman-info', line);
      sink.signal('podman-answered', line);
    }
    const c = t.endsWith(':') ? COMPONENT.exec(t) : null;
    // A rootful daemon prints nothing indented after docker-init: the next line, indented, may be its next component cut off (" rootlessk",
    // "  2.3.1", a note that the rest was cut); not a prompt that a theme draws indented, unless glued to a component's name
    // (" rootlesskit:me@host:~$"), nor a sentence of the reader's.
    if (server?.init && !server.afterInit) {
      server.afterInit = true;
      const component = AFTER_INIT.some((name) => t.startsWith(name.slice(0, 5)));
      if (!c && line.text[0] === ' ' && (component || (!PROMPT_LIKE.test(t) && (t.split(' ').length <= 3 || /…\)?$|\b(?:cut|snip|truncated)/.test(t))))) server.cut = true;
    }
    if (c) {
      component = ocrRead(c[1]!) === 'rootlesskit' ? 'rootlesskit' : c[1]!;
      versioned = null;
      // A snippet (docker version | grep -A4 rootlesskit) starts at the component itself, a paste that lost its "Server:" line at
      // the Engine.
      if (!side && (component === 'rootlesskit' || component === 'Engine')) {
        side = 'server';
        server = newServer(context === 'rootless' || filtered);
      }
      if (server) server.components = true;
      if (server && component === 'rootlesskit') {
        server.rootlesskit = true;
        sink.fact('rootless', true, rank.running, line);
      }
      continue;
    }
    // A client part that lost its "Client:" line still names its system and context.
    if (side !== 'server' && t.startsWith('OS/Arch:')) os = DESKTOP_OS[t.slice(8).trim().split('/')[0]!] ?? 'linux';
    if (side !== 'server' && t.startsWith('Context:')) {
      context = t.slice(8).trim();
      if (context === DESKTOP_CONTEXT) sink.signal(`desktop-${os}`, line);
    }
    if (side === 'client' && t.includes('desktop.') && DESKTOP_BUILD.test(t)) desktop.push(line);
    if (desktop.length && t.startsWith('Path:')) pluginOs ??= PLUGIN_PATH.find(([path]) => path.test(t))?.[1] ?? null;
    if (server && component === null && t.startsWith('API version:')) server.api = true;
    if (server && component === 'Engine' && t.startsWith('Git commit: ') && packagerCommit(t.slice(12).trim()))
      sink.fact('dockerPackaging', 'distribution', rank.hint, line);
    // Outside a docker version block only a driver line counts: the rest of a paste is not read key by key.
    const kv = t.includes(': ') && (side || t.includes('Driver: ')) ? KEY_VALUE.exec(t) : null;
    if (!kv) continue;
    const [, key, text] = kv as unknown as [string, string, string];
    // A version is one word: what follows it is another key whose newline was lost, cut short ("27.3.1   API versi").
    const value = key === 'Version' ? text.split(' ', 1)[0]! : text;
    if (!side) {
      // A driver line without its header (docker version | grep Driver) is still the rootlesskit component's, if it names
      // a driver RootlessKit has: other tools print "NetworkDriver: calico" and the like.
      if (key.endsWith('Driver') && componentFact(`rootlesskit.${key}`, value, line, sink)) sink.fact('rootless', true, rank.running, line);
    } else if (side === 'client') {
      // Only the client's own Version, before any plugin block ("Plugins:" / "buildx: …") starts.
      if (component === null && key === 'Version') sink.fact('dockerClientVersion', value, rank.binary, line);
      if (key === 'Version') component = key;
    } else if (server) {
      if (versioned !== null && key === 'Version' && value !== versioned) component = ELIDED;
      read(component, key, value, line, server, sink);
      if (component !== null && key === 'Version') versioned ??= value;
    }
  }
  endServer(server, sink);
  for (const line of desktop) sink.signal(`desktop-${pluginOs ?? os}`, line);
};

/**
 * Whether the output after a command piped into head, or grep -A, ends well before its count of lines: the filter cut nothing. Its
 * lines are counted as the paste keeps them (without blank lines, which some pastes add and docker version has one of), and a line
 * short may be one the paste left out.
 */
function endedBeforeCount(command: string, at: number, lines: readonly Line[]): boolean {
  const count = LINE_COUNT.exec(command)?.[1] ?? (/\|\s*head\b/.test(command) ? '10' : null);
  return count !== null && lines.length - 1 - at < +count - 2;
}

/** Reads one key of a server component into the server block being built and the fact it names. */
function read(component: string | null, key: string, value: string, line: Line, server: ServerBlock, sink: Sink): void {
  if (component === 'Engine' && key === 'Version') {
    server.engine = line;
    server.version = value;
  }
  if (component === null && key === 'Version') server.bare ??= line;
  // Its GitCommit is one abbreviated hash of 7 or more characters: fewer, or more words, is a paste cut off there.
  if (component === 'docker-init' && key === 'GitCommit' && HASH.test(value)) server.init = true;
  const rootlesskit = ROOTLESSKIT_KEYS.includes(key);
  if (rootlesskit) server.rootlesskit = true;
  if (key === 'NetworkDriver' && value === 'pasta') server.pasta = line;
  if (key === 'PortDriver') server.portDriver = true;
  // StateDir comes after PortDriver's place (the keys are in alphabetical order): with pasta, none there is the implicit driver.
  if (key === 'StateDir' && server.pasta && !server.portDriver) sink.omitsPortDriver?.(server.pasta);
  componentFact(`${rootlesskit ? 'rootlesskit' : component}.${key}`, value, line, sink);
}

// What the server components of `docker version` say, in text ("rootlesskit:" / "Version: …") and JSON alike.
export const componentFacts: Readonly<Record<string, 'dockerServerVersion' | 'rootlesskitVersion' | 'slirp4netnsVersion' | 'networkDriver' | 'portDriver'>> = {
  'Engine.Version': 'dockerServerVersion',
  'rootlesskit.Version': 'rootlesskitVersion',
  'rootlesskit.NetworkDriver': 'networkDriver',
  'rootlesskit.PortDriver': 'portDriver',
  'slirp4netns.Version': 'slirp4netnsVersion',
};

/**
 * Reports a server component's `Component.Key` value (e.g. "rootlesskit.NetworkDriver") as the fact it is, and a daemon answering with
 * pasta as pasta started; true for a known driver.
 */
export function componentFact(path: string, value: string, line: Line, sink: Sink): boolean {
  const key = componentFacts[path];
  if (key === 'networkDriver' && value === 'pasta') sink.signal('pasta-answered', line);
  if (key === 'networkDriver' || key === 'portDriver') return sink.driver(key, value, rank.running, line);
  if (key) sink.fact(key, value, rank.running, line);
  return false;
}

/**
 * Reports a complete server with an Engine but no rootlesskit component as rootful: shown from Docker 23.0, which lists the
 * component; only assumed (weakest, inferred) from 20.10, whose rootless daemons listed none; nothing before.
 */
export function reportRootful(engineVersion: string | null, rootlesskit: boolean, complete: boolean, line: Line, sink: Sink): void {
  if (rootlesskit || !complete || atLeast(engineVersion, docker.rootlessSupport.version) !== true) return;
  const listed = atLeast(engineVersion, docker.rootlessComponents.version) === true;
  sink.fact('rootless', false, listed ? rank.running : rank.weak, line, !listed);
  // A link carries no inferred fact: the signal lets it infer this one again.
  if (!listed) sink.signal('rootful-unlisted', line);
}

/**
 * Reports a finished server block. Asked through the rootless context, or shown through a filter (docker version | head), a server
 * without the rootlesskit component may be one cut right after docker-init, not a rootful daemon.
 */
function endServer(server: ServerBlock | null, sink: Sink): void {
  // Docker's server keys before its components (up to 17.x), right under "Server:" with its API version; not ctr's (containerd's own
  // client prints the same layout, without one).
  if (server && !server.engine && server.bare && server.api && !server.components) {
    server.engine = server.bare;
    server.version = server.bare.trimmed.slice(server.bare.trimmed.indexOf(':') + 1).trim();
    sink.fact('dockerServerVersion', server.version, rank.running, server.bare);
  }
  if (server?.engine) reportRootful(server.version, server.rootlesskit, server.init && !server.cut && !server.mayBeCut, server.engine, sink);
}
