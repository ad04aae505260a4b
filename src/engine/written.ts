/**
 * A setup written by hand as a list ("docker 27.3.1, rootlesskit 2.3.1, pasta", "My setup: Docker 28.0.1 + RootlessKit 2.3.2"): what
 * it says, as the answers a reader would give. Never read as output: the reader chooses to use them (the widget offers it).
 */
import { bulleted, type Line } from './clean.ts';
import { validAnswers } from './share.ts';
import type { Answers } from './types.ts';
import { parsePastaVersion } from './version.ts';

// A tool, and its version after a blank (not a colon: "docker: 27.3.1" is YAML's, "docker:27.3.1-dind" an image's). Docker's and
// RootlessKit's versions whole, with their patch: "2.3" or "27.5" spans releases with and without the fix. pasta's as it prints it,
// or as Fedora's package names it ("0^20240906.g6b38f07").
const ITEM =
  '(rootless )?(?:(docker(?: engine)?|rootlesskit|slirp4netns)(?: version| ?\\u7248\\u672c)? v?(\\d+\\.\\d+\\.\\d+(?:(?:[-+]|~(?![v\\d]))[\\w.+~-]*)?)|(docker(?: engine)?|rootlesskit|slirp4netns|pasta|passt)(?:(?: version| ?\\u7248\\u672c)? (\\d[\\w.+~^-]*))?)';
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
// "version" or "driver", and in a list's items or under the reader's own heading without (alone, "docker: 27.3.1" is YAML's).
const FIELD = /\b(docker(?: engine)?|rootlesskit|slirp4netns|pasta|passt)(?: version| ?\u7248\u672c)?[:\uff1a] */gi;
const NAMED_FIELD = /\b(docker(?: engine)?|rootlesskit|slirp4netns|pasta|passt)(?: version| ?\u7248\u672c)[:\uff1a] */gi;
const DRIVER_FIELD = /^(?:network(?: driver)?|\u7f51\u7edc(?:\u9a71\u52a8)?)[:\uff1a] *(?=(?:pasta|slirp4netns)\b)/i;
const NAMED_DRIVER_FIELD = /^(?:network driver|\u7f51\u7edc\u9a71\u52a8)[:\uff1a] *(?=(?:pasta|slirp4netns)\b)/i;
// "Docker 27.3.1 (rootless)", with full-width brackets too.
const ROOTLESS_AFTER = /(^|[,;\uff0c\uff1b\u3001] *)([^,;\uff0c\uff1b\u3001]+?) ?[(\uff08]rootless[)\uff09]/gi;
// Any other note, bracketed ("(upgraded by hand)", "(no longer)", "（以前）"), may say the item is not what runs.
const NOTE = /[(\uff08\[]/;
// The system a setup runs on, as a list's item or a template's field ("Debian 12", "OS: Ubuntu 24.04 LTS", "Kernel: 6.8.0-45-generic"):
// a system's name, words with digits and its codename ("(bookworm)"), nothing else (a word more may say anything).
const SYSTEM_KEY = '(?:os|operating system|distro|distribution|kernel|arch(?:itecture)?|platform|\\u7cfb\\u7edf|\\u64cd\\u4f5c\\u7cfb\\u7edf|\\u5185\\u6838|\\u53d1\\u884c\\u7248)(?: version)?[:\\uff1a] *';
const SYSTEM_NAME =
  '(?:(?:ubuntu|debian(?: gnu\\/linux)?|fedora(?: linux)?|centos(?: stream)?|rhel|red hat enterprise linux|almalinux|rocky linux|arch linux|alpine(?: linux)?|linux mint|opensuse(?: tumbleweed| leap)?|nixos|gentoo|manjaro|raspberry pi os|linux|kernel|wsl2?)(?: (?=[\\w.+~\\/-]*\\d)[\\w.+~\\/-]+| lts)*(?: \\([a-z]+\\))?|x86_64|amd64|arm64|aarch64)';
// A number alone is a system's only after its field's name ("Kernel: 6.8.0-45"): in a list, "2.3.2" may be any tool's.
const SYSTEM = new RegExp(`^(?:${SYSTEM_KEY}(?:${SYSTEM_NAME}|\\d[\\w.+~-]*(?: x86_64| amd64| arm64| aarch64)?)|${SYSTEM_NAME})$`, 'i');
// A label before a list on its line ("My setup: …", "环境：…").
const LABELLED = /^([^:\uff1a]{1,40})[:\uff1a] *(.+)$/;
// What says a list is the reader's own: setup, environment, running, installed, reproduced on… (环境, 配置, 系统), or "Versions" alone
// (not "Affected versions", "Last good version").
const OWN = /\b(?:set-?up|env|system|stack|config|spec|running|installed|using|have|host|machine|reproduc|tested)|^(?:(?:my|our|software|component) )?versions?(?: info(?:rmation)?| details)?$|\u73af\u5883|\u914d\u7f6e|\u7cfb\u7edf|^\u7248\u672c(?:\u4fe1\u606f)?$/i;
// What says it is not, or not now: what a fix requires, what works, what was before or after, what to try, what was or will be (要求, 需要,
// 修复, 升级, 之前, 之后, 旧, 以前, 过去, 原来, 计划).
const OTHERS =
  /\b(?:requir|minimum|fix|need|upgrad|updat|recommend|support|expect|should|must|work(?:s|ed|ing)?\b|latest|before|after|tr(?:y|ied)\b|instead|example|previous|former|old\b|good|bad|docs?\b|bundl|was\b|were\b|used\b|until|earlier|no longer|last\b|then\b|next\b|plan|will\b|future|target)|\u8981\u6c42|\u9700\u8981|\u4fee\u590d|\u5347\u7ea7|\u4e4b\u524d|\u4e4b\u540e|\u65e7|\u4ee5\u524d|\u8fc7\u53bb|\u539f\u6765|\u8ba1\u5212/i;
// Upstream's ("Upstream bug environment", "Setup in the upstream thread"), but not upstream's packages ("Using upstream docker-ce").
const UPSTREAM = /\bupstream/i;
const UPSTREAM_PACKAGES = /\bupstream(?:'s)? (?:docker|packages?|repo|builds?|binar|release)/i;
// What says it is not unless it says it is the reader's: "Affected versions", but "Affected system", "Bug environment" (受影响).
const OTHERS_UNLESS_OWN = /\b(?:affect|bug)|\u53d7\u5f71\u54cd/i;
// A heading is as short as a label.
const SHORT = 60;

/**
 * The answers a text that is nothing but a setup written by hand gives: lists of tools and versions, the system they run on, and the
 * reader's own headings. Any other line (prose in any language, another's heading, a note) may say that what runs is not what the
 * lists say (upgraded since, back to an older one, planned), so it gives none; nor do lists that disagree, or name a version twice.
 * Docker's version is the client's (as `docker -v` prints it); passt named says which pasta is installed, not that it is the driver.
 */
export function writtenAnswers(lines: readonly Line[]): Answers {
  const runs: Run[] = [];
  let run: Run | null = null;
  // Under the reader's own heading (until a blank line after its lists), names alone and "docker: 27.3.1" are the setup's.
  let own = false;
  let listed = false;
  let last = 0;
  for (const line of lines) {
    if (line.n > last + 1) {
      run = null;
      if (listed) own = false;
    }
    last = line.n;
    const item = bulleted(line) || BULLET.test(line.trimmed);
    let whole = line.trimmed.replace(BULLET, '').replace(/[.\u3002]$/, '');
    whole = item || own ? whole.replace(FIELD, '$1 ').replace(DRIVER_FIELD, '') : whole.replace(NAMED_FIELD, '$1 ').replace(NAMED_DRIVER_FIELD, '');
    whole = whole.replace(ROOTLESS_AFTER, '$1rootless $2');
    if (LIST.test(whole)) {
      listed = true;
      if (!run) runs.push((run = { lines: [], own }));
      run.lines.push(items(whole));
      continue;
    }
    run = null;
    if (SYSTEM.test(whole)) continue;
    const labelled = LABELLED.exec(whole);
    if (labelled && heading(labelled[1]!)) {
      // After the reader's own label, the tools and the system ("Environment: Debian 12, Docker 27.3.1, pasta").
      const parts = labelled[2]!.split(SPLIT);
      if (!parts.every((part) => ONE.test(part) || SYSTEM.test(part))) return {};
      const tools = parts.filter((part) => ONE.test(part));
      if (tools.length) runs.push({ lines: [tools.map((part) => ONE.exec(part)!)], own: true });
      listed = true;
      continue;
    }
    if (!heading(whole)) return {};
    own = true;
    listed = false;
  }
  const found = new Map<string, unknown>();
  for (const r of runs) {
    const answers = runAnswers(r);
    if (answers === null) return {};
    // Lists that disagree describe two setups (before and after, one that works and one that does not): none is offered.
    for (const [key, value] of Object.entries(answers)) {
      if (found.has(key) && found.get(key) !== value) return {};
      found.set(key, value);
    }
  }
  return validAnswers(Object.fromEntries(found));
}

/** A list (lines of them in a row count as one), and whether it is under the reader's own heading or label. */
interface Run {
  lines: RegExpExecArray[][];
  own: boolean;
}

/** Whether a line is the reader's own heading for the lists under it ("My setup:", "## Environment", "**版本信息**"), and nothing more. */
function heading(whole: string): boolean {
  // Markdown's heading and bold.
  const text = whole.replace(/^#{1,6} +/, '').replace(/\*\*|__/g, '').replace(/[:\uff1a]$/, '').trim();
  return text.length <= SHORT && !NOTE.test(text) && whose(text) === 'own';
}

/** Whose lists a label's or heading's words say follow: another's ("Required", "Fixed in"), the reader's ("My setup"), or neither. */
const whose = (label: string): 'own' | 'other' | 'none' =>
  OTHERS.test(label) || (UPSTREAM.test(label) && !UPSTREAM_PACKAGES.test(label))
    ? 'other'
    : OWN.test(label.trim())
      ? 'own'
      : OTHERS_UNLESS_OWN.test(label)
        ? 'other'
        : 'none';

/** The items of a line that is a list. */
const items = (list: string): RegExpExecArray[] => list.split(SPLIT).map((item) => ONE.exec(item)!);

/** The answers one list gives (none if it names only tools, outside the reader's own heading), or null if it names a version twice. */
function runAnswers(run: Run): Record<string, unknown> | null {
  const items = run.lines.flat();
  // A tool's name alone is no setup, unless the reader's heading says it is theirs ("My setup:\n- rootlesskit 2.3.1\n- pasta").
  if (!run.own && !items.some((m) => m[3] ?? m[5])) return {};
  const name = (m: RegExpExecArray): string => (m[2] ?? m[4])!.toLowerCase();
  const answers: Record<string, unknown> = {};
  const give = (key: string, value: unknown): boolean => {
    if (answers[key] !== undefined && answers[key] !== value) return false;
    answers[key] = value;
    return true;
  };
  // One driver named alone on a line: lines that name one each disagree.
  for (const line of run.lines) {
    const pasta = line.some((m) => name(m) === 'pasta');
    if (pasta !== line.some((m) => name(m) === 'slirp4netns') && !give('networkDriver', pasta ? 'pasta' : 'slirp4netns')) return null;
  }
  // passt beside slirp4netns is two installed, either of which may run.
  const names = new Set(items.map(name));
  if (names.has('slirp4netns') && names.has('passt')) delete answers.networkDriver;
  // RootlessKit, its network drivers, or the word itself: a rootless daemon.
  if (names.has('pasta') || names.has('slirp4netns') || names.has('rootlesskit') || items.some((m) => m[1])) answers.rootless = true;
  for (const m of items) {
    const version = m[3] ?? m[5];
    if (version && !itemAnswers(name(m), version, !!m[3]).every(([key, value]) => give(key, value))) return null;
  }
  return answers;
}

/** What one tool's version says: Docker's, RootlessKit's and slirp4netns's only whole (`whole`), pasta's or passt's if it is a build. */
function itemAnswers(tool: string, version: string, whole: boolean): [string, string][] {
  if (tool === 'pasta' || tool === 'passt') {
    const build = parsePastaVersion(version);
    return build ? [['pastaVersion', version], ['pastaDate', build.date]] : [];
  }
  if (!whole) return [];
  return [[tool.startsWith('docker') ? 'dockerClientVersion' : tool === 'rootlesskit' ? 'rootlesskitVersion' : 'slirp4netnsVersion', version]];
}
