/**
 * A setup written by hand as a list ("docker 27.3.1, rootlesskit 2.3.1, pasta", "My setup: Docker 28.0.1 + RootlessKit 2.3.2"): what
 * it says, as the answers a reader would give. Never read as output: the reader chooses to use them (the widget offers it).
 */
import { bulleted, type Line } from './clean.ts';
import { portDrivers } from './data/core/network.ts';
import { validAnswers } from './share.ts';
import type { Answers } from './types.ts';
import { parsePastaVersion } from './version.ts';
import { TABLE_ROW, tableHeader, tableRow } from './written-table.ts';

// A tool, and its version after a blank (not a colon: "docker: 27.3.1" is YAML's, "docker:27.3.1-dind" an image's). Docker's and
// RootlessKit's versions whole, with their patch: "2.3" or "27.5" spans releases with and without the fix. pasta's as it prints it,
// or as Fedora's package names it ("0^20240906.g6b38f07"). After the patch, only a build's suffix ("+dev", "-rc.1", "-1.fc42"): a word there
// ("2.3.1-old", "2.3.1+upgraded") may say anything.
const ITEM =
  '(rootless )?(?:(docker(?: engine| client)?|rootlesskit|slirp4netns)(?: version| ?\\u7248\\u672c)? v?(\\d+\\.\\d+\\.\\d+(?:(?:[-+]|~(?![v\\d]))(?:dev|ce|rc|beta|alpha|\\d)[\\w.+~-]*)?)|(docker(?: engine| client)?|rootlesskit|slirp4netns|pasta|passt(?:\\/pasta)?)(?:(?: version| ?\\u7248\\u672c)? (\\d[\\w.+~^-]*))?)';
// No version has a blank, a comma or a semicolon: splitting at these gives the items back ("2.3.1+dev" keeps its plus). Chinese text
// separates with full-width commas (escaped, so that English pages load no Chinese).
const SEPARATOR = ' *[,;\\uff0c\\uff1b\\u3001] *| [+&/] | and | with ';
// The whole line is such a list, perhaps after a list's bullet, with a full stop: a sentence that names the tools ("upgraded docker
// 27.3.1 to 28") is none.
const LIST = new RegExp(`^${ITEM}(?:(?:${SEPARATOR})${ITEM})*$`, 'i');
const ONE = new RegExp(`^${ITEM}$`, 'i');
const SPLIT = new RegExp(SEPARATOR, 'i');
const BULLET = /^(?:[-*+•] |\d+[.)] )/;
// An issue template's fields ("Docker version: 27.3.1", "Network driver: pasta", "docker版本：27.3.1"): read anywhere when they say
// "version" or "driver", and in a list's items or under the reader's own heading without (alone, "docker: 27.3.1" is YAML's). An arrow
// ("rootlesskit → 2.3.1") ends a field's name as a colon does.
const FIELD = /\b(docker(?: engine| client)?|rootlesskit|slirp4netns|pasta|passt)(?: version| ?\u7248\u672c)?(?:[:\uff1a]| ?\u2192) */gi;
const NAMED_FIELD = /\b(docker(?: engine| client)?|rootlesskit|slirp4netns|pasta|passt)(?: version| ?\u7248\u672c)(?:[:\uff1a]| ?\u2192) */gi;
const DRIVER_FIELD = /^(?:network(?: ?driver)?|\u7f51\u7edc(?:\u9a71\u52a8)?)(?:[:\uff1a]| ?\u2192) *(?=(?:pasta|slirp4netns)\b)/i;
const NAMED_DRIVER_FIELD = /^(?:network driver|\u7f51\u7edc\u9a71\u52a8)(?:[:\uff1a]| ?\u2192) *(?=(?:pasta|slirp4netns)\b)/i;
// "Docker 27.3.1 (rootless)", with full-width brackets too, or "Docker: 27.4.1 rootless", "Docker 27.4.1, rootless mode" (review R150 24).
const ROOTLESS_AFTER = /(^|[,;:\uff0c\uff1b\u3001\uff1a] *)([^,;:\uff0c\uff1b\u3001\uff1a]+?)(?: ?[(\uff08]rootless(?: mode)?[)\uff09]|,? rootless(?: mode)?$)/gi;
// A package's name before its version, as rpm names it ("passt: passt-0^20240906.g6b38f07-1.fc41.x86_64").
const PACKAGE_NAMED = /\b(pasta|passt|rootlesskit|slirp4netns) (?:passt|pasta|rootlesskit|slirp4netns)-(?=\d)/i;
// The system a setup runs on, as a list's item or a template's field ("Debian 12", "OS: Ubuntu 24.04 LTS", "Kernel: 6.8.0-45-generic"):
// a system's name, its version's words and its release's codename ("(bookworm)", "(Noble Numbat)"), nothing else (a word more, or another
// note, may say anything).
const SYSTEM_KEY = '(?:os|operating system|distro|distribution|kernel|arch(?:itecture)?|platform|\\u7cfb\\u7edf|\\u64cd\\u4f5c\\u7cfb\\u7edf|\\u5185\\u6838|\\u53d1\\u884c\\u7248)(?: version)?[:\\uff1a] *';
export const SYSTEM_NAME =
  '(?:(?:ubuntu|debian(?: gnu\\/linux)?|fedora(?: linux)?|centos(?: stream)?|rhel|red hat enterprise linux|almalinux|rocky linux|arch linux|alpine(?: linux)?|linux mint|opensuse(?: tumbleweed| leap)?|nixos|gentoo|manjaro|raspberry pi os|linux|kernel|wsl2?)(?: \\d[\\w.+~-]*| lts| workstation| server| desktop)*(?: \\((?:buster|bullseye|bookworm|trixie|forky|focal(?: fossa)?|jammy(?: jellyfish)?|noble(?: numbat)?|oracular(?: oriole)?|plucky(?: puffin)?|questing(?: quokka)?)\\))?|x86_64|amd64|arm64|aarch64)';
// A number alone is a system's only after its field's name ("Kernel: 6.8.0-45"): in a list, "2.3.2" may be any tool's.
export const SYSTEM = new RegExp(`^(?:${SYSTEM_KEY}(?:${SYSTEM_NAME}|\\d[\\w.+~-]*(?: x86_64| amd64| arm64| aarch64)?)|${SYSTEM_NAME})$`, 'i');
// A word of three letters or more (not hexadecimal, not a build's dev, rc, beta or alpha, nor the program's name that ends Fedora's pasta's
// "0^20240906.g6b38f07-1.fc40.x86_64-pasta") between a version's separators.
const WORD_IN_VERSION = /[-+~.](?!(?:dev|rc|beta|alpha|pasta|passt)(?![a-z]))(?=[a-z]*[g-z])[a-z]{3,}(?![a-z\d])/i;
// A release of a system, not its kernel or its architecture (a second one is another machine), and the release after its field's name.
const OS_RELEASE = /^(?!(?:kernel|arch(?:itecture)?|platform|\u5185\u6838)(?: version)?[:\uff1a])(?:(?:os|operating system|distro|distribution|\u7cfb\u7edf|\u64cd\u4f5c\u7cfb\u7edf|\u53d1\u884c\u7248)(?: version)?[:\uff1a] *)?((?!linux\b|kernel\b|wsl|x86_64|amd64|arm64|aarch64|\d)[a-z].*)/i;
// The port driver as a field ("Port driver: implicit"), which a list's items do not name.
const PORT_DRIVER_FIELD = new RegExp(`^(?:port driver|\\u7aef\\u53e3\\u9a71\\u52a8)[:\\uff1a] *(${portDrivers.join('|')})$`, 'i');
// A label before a list on its line ("My setup: …", "环境：…").
const LABELLED = /^([^:\uff1a]{1,40})[:\uff1a] *(.+)$/;
// The reader's own heading or label, whole ("My setup", "Environment", "## Version information", "Reproduced on",
// "我的环境", "版本信息"): any other word may make the setup another's, past or planned ("Original setup", "Setup yesterday", "His setup").
const HEADING =
  /^(?:(?:here(?:'s| is) |this is )?(?:my|our) |current |software |component )?(?:set-?up|environment|env|system|stack|config(?:uration)?|specs?|versions?(?: info(?:rmation)?| details)?)(?: (?:on|of) (?:the affected|my|our|this) (?:host|machine|server|system))?(?: is)?$|^(?:reproduced|tested) on$|^(?:\u6211\u7684)?(?:\u73af\u5883|\u914d\u7f6e|\u7cfb\u7edf|\u7248\u672c(?:\u4fe1\u606f)?)$/i;

/**
 * The answers a text that is nothing but one setup written by hand gives: one list of tools and versions (lines of it in a row), the
 * system it runs on, and the reader's own heading or label. Any other line (prose in any language, another's heading, a note, a quote,
 * a second list or heading: another machine, or the same one before and after) may say that what runs is not what the list says, so
 * it gives none; nor does a list that names a version twice. Docker's version is the client's (as `docker -v` prints it) unless it says
 * the engine's, but a table's "Docker" row gives neither: a table names its fields, and that one names no side. passt named says which
 * pasta is installed, not that it is the driver, and so does a table's row of a tool and its version ("pasta | 2025_01_21…").
 */
export function writtenAnswers(lines: readonly Line[]): Answers {
  let run: Run | null = null;
  let headings = 0;
  let system: string | undefined;
  let portDriver: string | undefined;
  let rootless: boolean | undefined;
  let table = false;
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const item = bulleted(line) || BULLET.test(line.trimmed);
    // What came before the text but a list's bullet: a quote ("> "), a prompt, a log's time or a chat's speaker.
    if (line.prefix && !bulleted(line)) return {};
    // A table's header starts it, and the line under it belongs to it; a row of it is a field, named in its first cell.
    if (tableHeader(line.trimmed, lines[i + 1]?.trimmed ?? '')) {
      if (run || table) return {};
      table = true;
      last = lines[++i]!.n;
      continue;
    }
    const row = table ? TABLE_ROW.exec(line.trimmed) : null;
    const field = row ? tableRow(row[1]!.trim(), row[2]!.trim()) : undefined;
    if (field === null || typeof field === 'boolean') {
      // "Rootless | yes" or "no": said once, and only yes or no.
      if (field === null || rootless !== undefined) return {};
      rootless = field;
      last = line.n;
      continue;
    }
    let whole = field ?? line.trimmed.replace(BULLET, '').replace(/[.\u3002]$/, '');
    // A table's row names the driver only in a field that says so ("Network driver | pasta"): "pasta | 2025_01_21.4f2c8e7" lists it installed.
    const tool = !!row && !DRIVER_FIELD.test(whole);
    // Under the reader's own heading, names alone and "docker: 27.3.1" are the setup's (alone, "docker: 27.3.1" is YAML's).
    whole = item || headings || row ? whole.replace(FIELD, '$1 ').replace(DRIVER_FIELD, '') : whole.replace(NAMED_FIELD, '$1 ').replace(NAMED_DRIVER_FIELD, '');
    const port = PORT_DRIVER_FIELD.exec(whole);
    if (port) {
      if (portDriver) return {};
      portDriver = port[1]!.toLowerCase();
      last = line.n;
      continue;
    }
    whole = whole.replace(ROOTLESS_AFTER, '$1rootless $2').replace(PACKAGE_NAMED, '$1 ');
    if (LIST.test(whole)) {
      // A list after a line that is none of it, or after a blank line, is a second one.
      if (run && line.n > last + 1) return {};
      run ??= { lines: [], own: headings > 0 || table, tools: new Set() };
      const parts = items(whole);
      run.lines.push(parts);
      if (tool) run.tools.add(parts);
      last = line.n;
      continue;
    }
    if (SYSTEM.test(whole)) {
      const release = OS_RELEASE.exec(whole)?.[1];
      if (release && system) return {};
      system ??= release;
      last = line.n;
      continue;
    }
    const labelled = LABELLED.exec(whole);
    if (labelled && heading(labelled[1]!)) {
      // After the reader's own label, the tools and the system ("Environment: Debian 12, Docker 27.3.1, pasta").
      const parts = labelled[2]!.split(SPLIT);
      if (run || headings++ || !parts.every((part) => ONE.test(part) || SYSTEM.test(part))) return {};
      const releases = parts.filter((part) => !ONE.test(part) && OS_RELEASE.test(part));
      if (releases.length + (system ? 1 : 0) > 1) return {};
      system ??= releases.map((part) => OS_RELEASE.exec(part)![1])[0];
      const tools = parts.filter((part) => ONE.test(part));
      if (tools.length) run = { lines: [tools.map((part) => ONE.exec(part)!)], own: true, tools: new Set() };
      last = line.n;
      continue;
    }
    if (run || headings++ || !heading(whole)) return {};
  }
  const answers = run ? runAnswers(run) : {};
  // The system goes with what the list says, as docker info would print it: a release's shipped passt and AppArmor read it.
  if (answers && system && Object.keys(answers).length) answers.operatingSystem = system;
  if (answers && portDriver && Object.keys(answers).length) answers.portDriver = portDriver;
  // A table's rootless row stands alone as an answer, but not against its own drivers, which only a rootless daemon runs.
  if (answers && rootless !== undefined) {
    if (answers.rootless === !rootless) return {};
    answers.rootless = rootless;
  }
  return answers ? validAnswers(answers) : {};
}

/**
 * A list (lines of it in a row), whether it is the reader's own (under their heading or label, or a table's rows, each naming its field),
 * and its table rows that list a tool's version.
 */
interface Run {
  lines: RegExpExecArray[][];
  own: boolean;
  tools: Set<RegExpExecArray[]>;
}

/** Whether a line is the reader's own heading ("My setup:", "## Environment", "**版本信息**"), whole and in plain words. */
function heading(whole: string): boolean {
  // Markdown's heading and bold; a struck-out one ("~~My setup~~") is none, nor one in letters of another width ("Ｏｌｄ").
  const text = whole.replace(/^#{1,6} +/, '').replace(/\*\*|__/g, '').replace(/[:\uff1a]$/, '').trim();
  return text === text.normalize('NFKC') && HEADING.test(text);
}

/** The items of a line that is a list. */
const items = (list: string): RegExpExecArray[] => list.split(SPLIT).map((item) => ONE.exec(item)!);

/** The answers one list gives (none if it names only tools, outside the reader's own heading), or null if it names a version twice. */
function runAnswers(run: Run): Record<string, unknown> | null {
  const items = run.lines.flat();
  // A tool's name alone is no setup, unless the reader's heading says it is theirs ("My setup:\n- rootlesskit 2.3.1\n- pasta") or a table's
  // row names what it is ("Network driver | pasta").
  if (!run.own && !items.some((m) => m[3] ?? m[5])) return {};
  const name = (m: RegExpExecArray): string => (m[2] ?? m[4])!.toLowerCase();
  const answers: Record<string, unknown> = {};
  const give = (key: string, value: unknown): boolean => {
    if (answers[key] !== undefined && answers[key] !== value) return false;
    answers[key] = value;
    return true;
  };
  // A table's rows of tools say only what is installed: neither the driver nor a rootless daemon.
  const saying = run.lines.filter((line) => !run.tools.has(line));
  // One driver named alone on a line: lines that name one each disagree.
  for (const line of saying) {
    const pasta = line.some((m) => name(m) === 'pasta');
    if (pasta !== line.some((m) => name(m) === 'slirp4netns') && !give('networkDriver', pasta ? 'pasta' : 'slirp4netns')) return null;
  }
  // passt beside slirp4netns is two installed, either of which may run.
  const names = new Set(items.map(name));
  if (names.has('slirp4netns') && names.has('passt')) delete answers.networkDriver;
  // RootlessKit, its network drivers, or the word itself: a rootless daemon.
  const said = new Set(saying.flat().map(name));
  if (said.has('pasta') || said.has('slirp4netns') || said.has('rootlesskit') || items.some((m) => m[1])) answers.rootless = true;
  // A table's "Docker" row does not say whose version it is, the client's or the daemon's: it gives neither.
  const unsided = new Set([...run.tools].flat().filter((m) => name(m) === 'docker'));
  for (const m of items) {
    const version = m[3] ?? m[5];
    // A word in a version ("2.3.1-old", "2.3.1-1.patched", "2024_09_06.6b38f07-upgraded") may say anything, and pasta's version unread
    // may be one from before the change; Docker's or RootlessKit's cut short ("2.3", "27") says nothing.
    if (version && WORD_IN_VERSION.test(version)) return null;
    if (version && /^pas/.test(name(m)) && !parsePastaVersion(version)) return null;
    if (version && !m[3] && !/^pas/.test(name(m)) && !/^\d+(?:\.\d+)?$/.test(version)) return null;
    if (version && !unsided.has(m) && !itemAnswers(name(m), version, !!m[3]).every(([key, value]) => give(key, value))) return null;
  }
  return answers;
}

/**
 * What one tool's version says: Docker's (the engine's where it says so, else the client's, as `docker -v` prints it), RootlessKit's and
 * slirp4netns's only whole (`whole`), pasta's or passt's if it is a build.
 */
function itemAnswers(tool: string, version: string, whole: boolean): [string, string][] {
  if (/^pas/.test(tool)) {
    const build = parsePastaVersion(version);
    return build ? [['pastaVersion', version], ['pastaDate', build.date]] : [];
  }
  if (!whole) return [];
  return [[tool === 'docker engine' ? 'dockerServerVersion' : tool.startsWith('docker') ? 'dockerClientVersion' : tool === 'rootlesskit' ? 'rootlesskitVersion' : 'slirp4netnsVersion', version]];
}
