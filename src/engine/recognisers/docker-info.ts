/** `docker info` as text (19.03 … 29.x layouts), its `{{.SecurityOptions}}` custom format and Go's dump of it (minikube's log). */
import { atPrompt, spoken, type Line } from '../clean.ts';
import { dockerSnap, securityOptions } from '../data/core/docker.ts';
import { notDockers, quoting, rank, type Recogniser, type Sink } from '../facts.ts';
import { dockerHeader, OTHER_TOOL } from '../sections.ts';
import { everyIndex, type WordedAt } from './worded-at.ts';

// The four keys that matter; anchored, so other lines fail at their first characters. act --bug-report names two of them its own
// way ("Engine version:", "Security options:"), and tilt doctor lists the version ("- Server Version: 20.10.2").
const KEY_VALUE = /^(?:- )?(Server Version|Engine version(?=: +\d)|Security [Oo]ptions|Docker Root Dir|Operating System): *(.*)$/;
// A Security Options item: "seccomp", "rootless", "name=seccomp,profile=builtin"; rootless also with the reader's own note after it
// ("rootless   <-- here", "rootless  # yes"). (Another word with a note may be one that stands for lines left out: "snip (rest cut)".)
const OPTION = /^(?:name=)?([a-z][\w-]*)(?:,[\w=,./-]*)?$|^(rootless)\s+[<←#(]/;
// `{{json .SecurityOptions}}`, or that list cut out of one-line JSON (grep -o): ["name=seccomp,profile=builtin","name=rootless"].
const JSON_OPTIONS = /\["name=[^\]]*\]/;
// `{{.SecurityOptions}}`, alone or quoted in a sentence: "[name=seccomp,profile=builtin name=rootless]". Items hold no "[",
// so a failed try stops at the next one (no quadratic scan of a long line).
const FORMAT_OPTIONS = /\[name=[^\s[\]]*(?: name=[^\s[\]]*)*\]/;
const ROOTLESS_PLACE = securityOptions.names.indexOf('rootless');
/** A rootless daemon's data root, in its user's home: a rootful daemon's is /var/lib/docker unless set otherwise, never a home's. */
export const ROOTLESS_DATA_ROOT = '/.local/share/docker';
/** Whether a data root is in a user's home (ROOTLESS_DATA_ROOT). */
const inRootlessHome = (path: string): boolean => path.replace(/\/$/, '').endsWith(ROOTLESS_DATA_ROOT);
// Go's %+v of docker info, which minikube logs ("docker info: {ID:… DockerRootDir:/var/lib/docker … ServerVersion:20.10.6 …}"):
// a field is its Go name, a colon and the value up to the next space, right after a space or the opening brace.
const GO_FIELD = /[ {](ServerVersion|DockerRootDir):([^\s{}]+)/g;
const NEXT_KEY = /^[A-Z][\w ]*:/;
// What Podman's answer to Docker's API sets (pkg/api/handlers/compat/info.go), with its own version, which no Docker release
// has had: such a docker info is Podman's. (Someone's own build of Docker may name the same licence.)
const PODMAN_LICENSE = 'Apache-2.0';
/** Whether docker info's licence and version are Podman's. */
export const podmanAnswered = (license: string | undefined, version: string | undefined): boolean =>
  license === PODMAN_LICENSE && !!version && notDockers('dockerServerVersion', version);

/**
 * Reports what a daemon's data root hints (a hint: it may be set anywhere its user can write): a rootless daemon's is in its user's home,
 * where a rootful one never keeps it; the docker snap's is its rootful service's.
 */
export function reportDataRoot(path: string, line: Line, sink: Sink): void {
  if (inRootlessHome(path)) sink.fact('rootless', true, rank.hint, line);
  else if (path.startsWith(dockerSnap.dataRoot)) sink.fact('rootless', false, rank.hint, line);
}

/**
 * Reports the daemon's Operating System; Docker Desktop's daemon names Desktop there (sourcegraph/src-cli#1008), and runs in its VM, not as
 * rootless Docker (as its docker version's "Server: Docker Desktop" says).
 */
export function reportOperatingSystem(value: string, line: Line, sink: Sink): void {
  sink.fact('operatingSystem', value, rank.running, line);
  if (value === 'Docker Desktop') sink.fact('rootless', false, rank.running, line);
}

/** Reads Server Version, Security Options (rootless or not), Docker Root Dir and Operating System; Podman's answer only as Podman's. */
export const dockerInfo: Recogniser = (lines, sink) => {
  const podman = lines.find((line) => line.trimmed === `Product License: ${PODMAN_LICENSE}`);
  const version = lines.find((line) => line.trimmed.startsWith('Server Version: '))?.trimmed.slice(16);
  if (podman && podmanAnswered(PODMAN_LICENSE, version)) return sink.signal('podman-info', podman);
  // act's block names no licence: a version no Docker release has had is Podman's answer to Docker's API there.
  const act = lines[0]?.trimmed === 'Docker Engine:' ? lines[1] : undefined;
  if (act && notDockers('dockerServerVersion', act.trimmed.slice('Engine version:'.length).trim())) return sink.signal('podman-info', act);
  // The Security Options list being read: the header line, whether `rootless` was among its items, whether it had any, whether all were
  // options a daemon reports, and whether one came after rootless's place. docker info prints the header only above items (docker/cli's
  // cli/command/system/info.go): one without any lost them to a filter (| grep); another word is no item, or one cut in two ("rootl" /
  // "ess"), and the list says nothing then. A list cut at its end still says the daemon is rootful once past rootless's place (cgroupns):
  // the daemon lists its options in one order.
  let options: { line: Line; rootless: boolean; items: boolean; known: boolean; past: boolean } | null = null;
  // A daemon's part that shows its version and none of the keys from Security Options on: cut before them (| head, a paste's limit).
  let server = false;
  let rest = false;
  const endOptions = (complete: boolean): void => {
    const whole = (complete || options?.past) && options?.items && options.known;
    if (options && (options.rootless || whole)) sink.fact('rootless', options.rootless, rank.running, options.line);
    options = null;
  };
  for (const line of lines) {
    let t = line.trimmed;
    if (line.cut || dockerHeader(t)) {
      endOptions(false);
      continue;
    }
    if (options) {
      // docker info's warnings go to standard error, which a terminal may print in the middle of the list, even mid-line ("rootlessWARNING:
      // …", "ProfilWARNING: …"): what stands before one is the list's.
      if (t.includes('WARNING: ')) t = t.slice(0, t.indexOf('WARNING: ')).trim();
      if (t.startsWith('Profile:') || 'Profile:'.startsWith(t)) continue;
      const item = OPTION.exec(t);
      if (item) {
        const name = item[1] ?? item[2]!;
        options.items = true;
        options.known &&= securityOptions.names.includes(name);
        options.past ||= securityOptions.names.indexOf(name) > ROOTLESS_PLACE;
        if (name === 'rootless') options.rootless = true;
        continue;
      }
      // The next key ("Kernel Version:") ends the list; anything else may be an item cut off at the end of the paste ("Profi").
      endOptions(NEXT_KEY.test(t));
    }
    const kv = KEY_VALUE.exec(t);
    if (!kv) continue;
    const value = kv[2]!.trim();
    switch (kv[1]) {
      case 'Server Version':
      case 'Engine version':
        // One word: a --format template may print the next key on the same line ("Server Version: 27.3.1 Security Options: […]").
        if (value) sink.fact('dockerServerVersion', value.split(' ')[0]!, rank.running, line);
        server = true;
        break;
      case 'Security Options':
      case 'Security options':
        rest = true;
        if (!value) options = { line, rootless: false, items: false, known: true, past: false };
        // A summary that lists the options on the key's own line (a script's own format): only "rootless" there says anything,
        // as the line may have been cut before it.
        else if (value.split(/\s+/).some((o) => OPTION.exec(o)?.[1] === 'rootless')) sink.fact('rootless', true, rank.running, line);
        break;
      case 'Docker Root Dir':
        rest = true;
        reportDataRoot(value, line, sink);
        break;
      case 'Operating System':
        rest = true;
        if (value) reportOperatingSystem(value, line, sink);
        break;
    }
  }
  endOptions(false);
  if (server && !rest) sink.signal('info-cut', lines.at(-1)!);
};

// What each of the formats below has: one test that most lines fail, rather than one for each.
const FORMAT_MAY = /\["?name=|ServerVersion:|DockerRootDir:/;
// `docker info | grep rootless` (also docker system info, egrep, -i, -w, 2>/dev/null): its output has the Security Options item
// without the header; also a quoted alternation ('Server Version|rootless'). Not with a format of its own (-f '{{.ClientInfo.Context}}')
// or grep -o, whose "rootless" may be a context's name. A quoted word is passed whole, or entered only to find "rootless" in it.
const GREP_ROOTLESS =
  /^(?:sudo )?docker (?:system )?info\b(?![^|]*(?:\s-f\b|--format))[^|]*\| *e?grep\b(?![^|]*\s-\w*o)(?:[^|'"]|'[^']*'|"[^"]*")*?(?:['"][^'"]*?)?rootless/;

// docker info's warning of a daemon whose cgroup driver is none, which only rootless mode uses (moby daemon/info.go): printed to standard
// error, to a daemon's log, or quoted in a report. A hint only: nerdctl prints it too, and a report may quote another machine's.
const ROOTLESS_WARNING = 'Running in rootless-mode without cgroups';
/** What every line with the warning or a format FORMAT_MAY finds has. */
export const securityOptionsWords = [ROOTLESS_WARNING, '[name=', '["name=', 'ServerVersion:', 'DockerRootDir:'];

/**
 * `docker info --format '{{.SecurityOptions}}'`: "[name=seccomp,profile=builtin name=rootless name=cgroupns]", also mid-line,
 * in Go's dump of docker info also its ServerVersion and DockerRootDir fields, and the rootless item that grep picks out.
 */
export const securityOptionsFormat = (lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines)): void => {
  // Whether the line before was a grep's command, or its output so far: its output follows right after (blank lines aside, which
  // some pastes put between every line), indented as docker info indents it (or flush left right after the command, its indentation
  // lost on the way); another command's output is flush left.
  let grep: 'command' | 'output' | null = null;
  // Whether the line before was another tool's command, whose output this line is.
  let other = false;
  // The next of the lines `worded`.
  let w = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trimmed;
    const may = worded[w] === i;
    if (may) w++;
    if (may && t.includes(ROOTLESS_WARNING)) sink.fact('rootless', true, rank.hint, quoting(line, ROOTLESS_WARNING));
    const answer = other;
    other = 'snp'.includes(t[0]!) && OTHER_TOOL.test(t);
    // The prompt before the next command: its output is not grep's; nor is a chat's line, someone's own daemon's answer or a word.
    const output: boolean = !!grep && !atPrompt(line) && !spoken(line) && (grep === 'command' || line.text[0] === ' ');
    if (output && t === 'rootless') sink.fact('rootless', true, rank.running, line);
    grep = output ? 'output' : 'ds'.includes(t[0]!) && GREP_ROOTLESS.test(t) ? 'command' : null;
    if (!may || !FORMAT_MAY.test(t) || answer) continue;
    const list = t.includes('[name=') ? FORMAT_OPTIONS.exec(t) : null;
    if (list) sink.fact('rootless', hasRootless(list[0].slice(1, -1).split(' ')), rank.running, quoting(line, list[0]));
    if (t.includes('ServerVersion:') || t.includes('DockerRootDir:')) {
      for (const [field, key, value] of t.matchAll(GO_FIELD)) {
        if (key === 'ServerVersion') sink.fact('dockerServerVersion', value!, rank.running, quoting(line, field));
        else reportDataRoot(value!, quoting(line, field), sink);
      }
    }
    const json = t.includes('["name=') ? JSON_OPTIONS.exec(t) : null;
    if (json) sink.fact('rootless', json[0].includes('"name=rootless'), rank.running, line);
  }
};

/** Whether a SecurityOptions list ("name=seccomp,profile=builtin", "name=rootless", …) names rootless. */
export function hasRootless(options: readonly string[]): boolean {
  return options.some((o) => /^name=rootless(?:,|$)/.test(o));
}
