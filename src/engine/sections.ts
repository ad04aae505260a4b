/** Splits cleaned lines into sections by the command output they look like. */
import type { Line } from './clean.ts';
import { dockerRoot, scanJson, type JsonScan } from './json-scan.ts';

/**
 * `docker`: docker info / docker version text (from a Client:/Server: header, a bare rootlesskit: component or driver line,
 * or a docker info line that starts its server part);
 * `podman`: podman info YAML; `json`: any JSON document; `text`: the rest.
 */
export type Section =
  | { kind: 'docker' | 'podman' | 'text'; lines: Line[] }
  | { kind: 'json'; lines: Line[]; json: JsonScan };

/** A `Client:` / `Server:` header of docker info or docker version, with the platform name after it. */
export function dockerHeader(text: string): { side: 'client' | 'server'; platform: string } | null {
  const t = text.trim();
  const m = t.startsWith('Client:') || t.startsWith('Server:') ? /^(Client|Server):(?: +(.*))?$/.exec(t) : null;
  return m ? { side: m[1] === 'Client' ? 'client' : 'server', platform: m[2] ?? '' } : null;
}

// docker output goes on while lines are indented, `Key: value` / `Key:` lines or one-token list items such as
// "rootless" or "127.0.0.0/8" (indentation may have been lost on the way), or cuts.
const DOCKER_LINE = /^(?:\s|[A-Za-z][\w .()/-]{0,60}:(?:\s|$)|\S+$)/;
// RootlessKit's driver lines left alone by `docker version | grep Driver`: one value, no space in the key (docker info's
// "Storage Driver:" and rootlessctl's "Network Driver:" have one).
const DRIVER_LINE = /^(?:Network|Port)Driver: +\S+$/;
// Empty, registries is printed on its line ("registries: {}").
const PODMAN_TOP = /^(?:host|plugins|registries|store|version):(?: \{\})?$/;
const PODMAN_LINE = /^(?:\s|- )/;
// Tested on every line, so made once: docker info's Server Version, and nerdctl's (with a "v").
const SERVER_VERSION = /^Server Version: \d/;
// docker info or docker version piped into a filter (grep, head): its output comes next, and may be part of it.
const PIPED = /^(?:env )?(?:[A-Z_]+=(?:\$\([^)]*\)|[^\s$]|\$(?!\())* )*(?:sudo )?docker\b[^|]*\b(?:info|version)\b[^|]*\|/;
const NERDCTL_VERSION = /^Server Version: v\d/;
// docker info piped into a filter, sudo before it too.
const PIPED_INFO = /^(?:sudo )?docker (?:system )?info\b[^|]*\|/;
// The first of docker version's components (Podman's API names its own).
const COMPONENT = /^(?:Podman )?Engine$/;
const OPTION = /^name=/;
/** A command of a tool that prints Docker's formats too (nerdctl info -f '{{json .SecurityOptions}}', podman info): what follows is its. */
export const OTHER_TOOL = /^(?:sudo )?(?:nerdctl|podman)\s/;

// What every start of docker's output begins with (Client:, Server:, rootlesskit:, NetworkDriver:, PortDriver:, Operating System:, Docker
// Engine:, tilt's "- ", Engine:, Version:): a line that begins otherwise, most of a long paste, is spared the tests.
const OPENS = 'CSrNPODE-V';

/** Whether line `i` starts docker's output: a Client:/Server: header, a bare rootlesskit: component or driver line, or a headerless start. */
export function opensOutput(lines: readonly Line[], i: number): boolean {
  const t = lines[i]!.trimmed;
  if (!OPENS.includes(t[0] ?? ' ')) return false;
  return !!dockerHeader(t) || t === 'rootlesskit:' || DRIVER_LINE.test(t) || headerlessInfo(lines, i) || headerlessVersion(lines, i);
}

/** Groups lines into sections; every line lands in exactly one section, in order. */
export function sections(lines: readonly Line[]): Section[] {
  const out: Section[] = [];
  let text: Line[] = [];
  const flush = (): void => {
    if (text.length) out.push({ kind: 'text', lines: text });
    text = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const t = line.trimmed;
    const json = t.startsWith('{') || t.startsWith('[') ? scanJson(lines, i) : quotedJson(line, i);
    // A brace that opens no value (prose, a template's "{") is text: many would each make a section of their own. Of arrays, only
    // docker version's components ({{json .Server.Components}}) and docker info's security options (jq .SecurityOptions): others, as
    // docker inspect's, are read line by line.
    const array = t[0] === '[' && !OTHER_TOOL.test(text.at(-1)?.trimmed ?? '');
    if (json && json.values.size > 0 && (t[0] !== '[' || (array && (COMPONENT.test(String(json.values.get('0.Name')?.value)) || OPTION.test(String(json.values.get('0')?.value)))))) {
      flush();
      out.push({ kind: 'json', lines: lines.slice(i, json.end), json });
      i = json.end;
    } else if (t === 'host:' && line.text === t) {
      flush();
      const end = extent(lines, i, (l) => PODMAN_LINE.test(l.text) || PODMAN_TOP.test(l.text));
      out.push({ kind: 'podman', lines: lines.slice(i, end) });
      i = end;
    } else if (opensOutput(lines, i)) {
      // The command piped into a filter whose output this is goes with it: what docker info | grep picked out is read as its ('Server
      // Version|rootless'), and what docker version | head left out is not taken to be missing.
      const command = text.length && PIPED.test(text.at(-1)!.trimmed) ? text.pop() : undefined;
      flush();
      // podman info pasted right after it starts with a flush-left "host:", which looks like a docker key.
      const end = extent(lines, i, (l) => l.cut || (DOCKER_LINE.test(l.text) && l.text !== 'host:'));
      // One push per part: spread as arguments, a paste of many headers would overflow the stack.
      const parts = byHeader(lines.slice(i, end));
      if (command) parts[0]!.lines = [command, ...parts[0]!.lines];
      for (const part of parts) out.push(part);
      i = end;
    } else {
      text.push(line);
      i++;
    }
  }
  flush();
  return out;
}

// An Ansible result printed on its line after its host and state: ansible -o's "app-03 | SUCCESS => {…}" (indented JSON with its
// newlines taken out, where the result is always verbose: -m debug's), ansible-playbook -v's "ok: [app-03] => {…}".
const ANSIBLE_RESULT = '=> {';
// A package of package_facts' lists ("packages.passt.0.source"): json.ts reads each with its name and version.
const PACKAGE_ITEM = /\.\d+\.source$/;

/**
 * docker version's or docker info's JSON as a quoted string in a line that is not JSON (logfmt's out="{\"Client\":…}"), or Ansible's
 * package_facts as a result on one line, read as the line's document (other results, as a command's stdout_lines, are read as text).
 */
function quotedJson(line: Line, i: number): JsonScan | null {
  const at = line.text.indexOf('"{\\"');
  const json = at < 0 ? null : scanJson([{ ...line, text: line.text.slice(at) }], 0);
  if (json && dockerRoot(json) !== null) return { ...json, end: i + 1 };
  const result = line.text.indexOf(ANSIBLE_RESULT);
  const facts = result < 0 ? null : scanJson([{ ...line, text: line.text.slice(result + 3) }], 0);
  return facts && [...facts.values.keys()].some((path) => PACKAGE_ITEM.test(path)) ? { ...facts, end: i + 1 } : null;
}

/** act --bug-report's block of docker info: "Docker Engine:", then "Engine version:". */
const actEngine = (lines: readonly Line[], i: number): boolean => lines[i]!.trimmed === 'Docker Engine:' && !!lines[i + 1]?.trimmed.startsWith('Engine version:');

/**
 * tilt doctor's list of docker info: "- Server Version: 20.10.2" right after "- Host:" names the local daemon (not any Markdown list's
 * server, nor a remote or minikube's daemon at tcp:// or ssh://).
 */
const tiltDoctor = (lines: readonly Line[], i: number): boolean =>
  lines[i]!.trimmed.startsWith('- Server Version: ') && /^- Host: (?:\[default\]|unix:\/\/)/.test(lines[i - 1]?.trimmed ?? '');

/**
 * docker info without its Server: header: before 19.03 it had none, people paste it from "Containers: N" on, and
 * `docker info | grep` leaves the Server Version, Security Options or Operating System lines alone, and act --bug-report and tilt doctor print their own.
 * (kubectl's "Server Version: v1.30.0" is not Docker's.)
 */
function headerlessInfo(lines: readonly Line[], i: number): boolean {
  const t = lines[i]!.trimmed;
  const containers = t.startsWith('Containers: ') && /^(?:Running|Images):/.test(lines[i + 1]?.trimmed ?? '');
  // Operating System: is a start only right after docker info | grep, which alone leaves it first: many tools print a line so named.
  const system = t.startsWith('Operating System: ') && PIPED_INFO.test(lines[i - 1]?.trimmed ?? '');
  return SERVER_VERSION.test(t) || t === 'Security Options:' || containers || system || actEngine(lines, i) || tiltDoctor(lines, i);
}

/** docker version without its Client: or Server: line, as issue forms get it: its Engine component, or the client's Version and API version. */
function headerlessVersion(lines: readonly Line[], i: number): boolean {
  const t = lines[i]!.trimmed;
  const next = lines[i + 1]?.trimmed ?? '';
  return (t === 'Engine:' && next.startsWith('Version:')) || (t.startsWith('Version:') && next.startsWith('API version:'));
}

/**
 * A docker section cut at its Client:/Server: headers, each part docker's unless nerdctl printed it; after nerdctl's, a
 * rootlesskit: component, docker version without its header lines, docker info's "Containers:" or act's block of it starts
 * Docker's own output again. Docker's server part stays with the client part right before it, which asked it (its Context says
 * which daemon).
 */
function byHeader(lines: readonly Line[]): Section[] {
  // Each part remembers whether nerdctl printed it, so that a paste of many headers is read in one pass, and whether it is a
  // client part still waiting for its server part.
  const parts: { lines: Line[]; nerdctl: boolean; client: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const part = parts[parts.length - 1];
    const t = l.trimmed;
    const side = dockerHeader(t)?.side;
    const asked = side === 'server' && part?.client && !part.nerdctl;
    const docker = t === 'rootlesskit:' || t.startsWith('Containers: ') || headerlessVersion(lines, i) || actEngine(lines, i);
    if (!part || (side && !asked) || (docker && part.nerdctl)) {
      parts.push({ lines: [l], nerdctl: nerdctlLine(l), client: side === 'client' });
    } else {
      part.lines.push(l);
      part.nerdctl ||= nerdctlLine(l);
      part.client &&= !asked;
    }
  }
  return parts.map((part) => ({ kind: part.nerdctl ? 'text' : 'docker', lines: part.lines }));
}

/**
 * A line only `nerdctl info` prints in its docker-like layout: its Client: has a containerd "Namespace:", its Server Version
 * is containerd's with a "v" (Docker's never has one), and its Security Options' "rootless" is not Docker's.
 */
function nerdctlLine(l: Line): boolean {
  // (The pattern only on a Server Version line: tested on every line of docker's output.)
  return l.trimmed.startsWith('Namespace:') || (l.trimmed.startsWith('Server Version: v') && NERDCTL_VERSION.test(l.trimmed));
}

/** Index just past the run of lines after `start` that `belongs` accepts (stopping at JSON). */
function extent(lines: readonly Line[], start: number, belongs: (l: Line) => boolean): number {
  let i = start + 1;
  while (i < lines.length && belongs(lines[i]!) && !lines[i]!.trimmed.startsWith('{')) i++;
  return i;
}
