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
// A tool named with its version anywhere in a line: what a line that is no list says, compared with the lists.
const MENTION = new RegExp(`\\b${ITEM}`, 'gi');
const BULLET = /^(?:[-*+•] |\d+[.)] )/;
// An issue template's fields ("Docker version: 27.3.1", "Network driver: pasta", "docker版本：27.3.1"): read anywhere when they say
// "version" or "driver", and in a list's items or under the reader's own heading without (alone, "docker: 27.3.1" is YAML's).
const FIELD = /\b(docker(?: engine)?|rootlesskit|slirp4netns|pasta|passt)(?: version| ?\u7248\u672c)?[:\uff1a] */gi;
const NAMED_FIELD = /\b(docker(?: engine)?|rootlesskit|slirp4netns|pasta|passt)(?: version| ?\u7248\u672c)[:\uff1a] */gi;
const DRIVER_FIELD = /^(?:network(?: driver)?|\u7f51\u7edc(?:\u9a71\u52a8)?)[:\uff1a] *(?=(?:pasta|slirp4netns)\b)/i;
const NAMED_DRIVER_FIELD = /^(?:network driver|\u7f51\u7edc\u9a71\u52a8)[:\uff1a] *(?=(?:pasta|slirp4netns)\b)/i;
// "Docker 27.3.1 (rootless)", with full-width brackets too.
const ROOTLESS_AFTER = /(^|[,;\uff0c\uff1b\u3001] *)([^,;\uff0c\uff1b\u3001]+?) ?[(\uff08]rootless[)\uff09]/gi;
// What in a labelled list is no item but names a tool or is a version of its own ("rootlesskit 2.3.1 / 2.3.2", "built from source").
const STRAY = /docker|rootlesskit|slirp4netns|pasta|passt|^v?\d/i;
// A daemon said to run as root, not one said not to ("rootless, not rootful", "previously rootful").
const ROOTFUL = /\brootful\b/i;
const NOT_ROOTFUL = /\b(?:not|non|never|previously|formerly|was|from)[- ](?:\w+ )?rootful\b/i;
// A reader's note after a list's item ("rootlesskit 2.3.2 (upgraded by hand)", "rootlesskit 2.3.1（旧版本）"); one that says the item is
// no longer, or not yet, what runs ("(old setup)", "(before upgrading)", "(was)", "(planned)", 旧, 之前, 升级前, 原来, 计划), not one that
// names what it replaced ("(was 2.3.1)", "(before: 2.3.0)", "(之前是 2.3.1)", "(used to be slirp4netns)").
const NOTE = new RegExp(` ?[(\\uff08][^()\\uff08\\uff09]*[)\\uff09](?=$|${SEPARATOR})`, 'gi');
const PAST =
  /\b(?:old|previous|former|outdated|original(?:ly)?|pre-upgrade|planned|target)\b|\bbefore\b(?!:? v?\d)|^ ?[(\uff08]was[)\uff09]$|\u65e7|\u4e4b\u524d(?!\u662f? ?v?\d)|\u5347\u7ea7\u524d|\u539f\u6765|\u8ba1\u5212/i;
// A label before a list on its line ("My setup: …", "环境：…").
const LABELLED = /^([^:\uff1a]{1,40})[:\uff1a] *(.+)$/;
// What says a list is the reader's own: setup, environment, running, installed, reproduced on… (环境, 配置, 系统), or "Versions" alone
// (not "Affected versions", "Last good version").
const OWN = /\b(?:set-?up|env|system|stack|config|spec|running|installed|using|have|host|machine|reproduc|tested)|^(?:(?:my|our|software|component) )?versions?(?: info(?:rmation)?| details)?$|\u73af\u5883|\u914d\u7f6e|\u7cfb\u7edf|^\u7248\u672c(?:\u4fe1\u606f)?$/i;
// What says it is not: what a fix requires, what works, what was before or after, what to try (要求, 需要, 修复, 升级, 之前, 之后, 旧).
const OTHERS = /\b(?:requir|minimum|fix|need|upgrad|updat|recommend|support|expect|should|must|work(?:s|ed|ing)?\b|latest|before|after|tr(?:y|ied)\b|instead|example|previous|former|old\b|good|bad|docs?\b|bundl)|\u8981\u6c42|\u9700\u8981|\u4fee\u590d|\u5347\u7ea7|\u4e4b\u524d|\u4e4b\u540e|\u65e7/i;
// Upstream's ("Upstream bug environment", "Setup in the upstream thread"), but not upstream's packages ("Using upstream docker-ce").
const UPSTREAM = /\bupstream/i;
const UPSTREAM_PACKAGES = /\bupstream(?:'s)? (?:docker|packages?|repo|builds?|binar|release)/i;
// What says it is not unless it says it is the reader's: "Affected versions", but "Affected system", "Bug environment" (受影响).
const OTHERS_UNLESS_OWN = /\b(?:affect|bug)|\u53d7\u5f71\u54cd/i;
// Prose that cites a version as what fixes or is needed ("fixed in Docker 27.5.1", "the docs say rootlesskit 2.3.2 fixes it", 已修复), not
// as what the reader did or runs ("I upgraded to rootlesskit 2.3.2", "now on docker 27.5.1", 我升级到, 现在): such a line is not compared.
const CITES = /\b(?:requir|minimum|fixe[ds]|need|recommend|should|must|docs?\b|upstream|bundl|release notes|changelog)|\u8981\u6c42|\u9700\u8981|\u4fee\u590d/i;
// A written setup is offered only where nothing says the versions may have changed since: a line outside the lists that speaks of a
// change in any tense, misspelt or not (upgrade, updgraded, downgrade, rolled back, reverted, went back, pinned, replaced, swapped,
// bumped, reinstalled, switched or moved to, 升, 降, 回退, 退回, 换, 改用, 更新), or that says what runs now, what is installed or what
// works with a version ("currently 28.0.1", "I'm on 28 now", "installed 28.0.1", "works on v28", 目前, 现在, 装, 用, 好了, 正常), leaves the
// whole text unoffered. Not what the reader did not or cannot do ("haven't upgraded", "without upgrading", 没有升级).
const CHANGED =
  /\bup(?:g|dg|gr)[a-z]*|\bupdat[a-z]*|\bdowngrad|\broll(?:ed|ing)? ?back|\brevert|\b(?:went|go|going|gone) back\b|\bpinn?(?:ed|ing)\b|\breplac|\bswapp?(?:ed|ing)?\b|\bbump|\breinstall|\b(?:switch(?:ed|ing)?|mov(?:ed|ing)|went) to\b|\u5347|\u964d|\u56de\u9000|\u9000\u56de|\u6362|\u6539\u7528|\u66f4\u65b0/i;
const NOW =
  /\b(?:currently|now|running|(?:i'?m|i am|we'?re|we are) on|install(?:ed|ing)?|got|works?|working|fixed(?! in\b)|solved|resolved)\b|\u73b0\u5728|\u76ee\u524d|\u88c5|\u7528|\u597d\u4e86|\u6b63\u5e38|\u89e3\u51b3/i;
const NOT_DONE =
  /\b(?:can'?t|cannot|couldn'?t|won'?t|haven'?t|hasn'?t|didn'?t|don'?t|do not|not|never|unable to|yet to|without)(?: yet| want to| be)? (?:up|install|switch|mov|bump|reinstall|downgrad)\w*|(?:\u8fd8?\u6ca1\u6709?|\u4e0d\u80fd|\u65e0\u6cd5|\u4e0d\u60f3)(?:\u5347\u7ea7|\u66f4\u65b0)/gi;
const IPV4 = /\b\d+(?:\.\d+){3}\b/g;
// Installing a tool, or a newer one ("apt install docker-ce-rootless-extras", "the newest docker"), says the same without a version.
const NEWER = /\b(?:instal+(?:ed|ing)?\b.*(?:docker|rootlesskit|slirp4netns|pasta|passt|rootless[- ]extras)|newer|newest|latest)\b/i;
// Any version written outside the lists, in any language, that they do not hold ("Jetzt läuft 2.3.2", "back to 27.3.1", "(now 2.3.2)")
// says they may not be what runs: not one of a system, the kernel or another program named just before it ("Ubuntu 24.04", "HTTP/1.1"),
// nor a quantity ("3.7 GiB", "0.5 s").
const LOOSE_VERSION = /(?<![\w.])v?(\d+\.\d+(?:\.\d+)?|\d{4}_\d\d_\d\d)(?![\w.])/gi;
const NAMED_BEFORE =
  /\b(?:ubuntu|debian|fedora|centos|rhel|alma(?:linux)?|rocky|arch|alpine|mint|suse|linux|kernel|http|go|node|python|compose|buildx|podman|curl|nginx|buildkit|\u5185\u6838|\u7cfb\u7edf)(?: ?version)?[\s:/v]*$|[\w/-]+:v?$/i;
const QUANTITY = /^ ?(?:s|ms|sec\w*|min\w*|[kmgt]i?b|%|x|[gm]hz)\b/i;
const VERSIONISH = /\bv?\d+\.\d+(?:\.\d+)?\b|\bv\d+\b|\b(?:to|on|at) \d{2}\b|\d{2}(?= now\b)|\b\d{4}_\d\d_\d\d\b/i;
const READERS =
  /\b(?:i|we)(?:'m|'ve| am| have| are)? (?:now |just |also )?(?:upgraded|updated|installed|switched|moved|went|run|running|use|using|on)\b|\bnow (?:on|running|using|at)\b|\b(?:upgraded|updated)\b|\u6211(?:\u5df2\u7ecf|\u5df2)?(?:\u5347\u7ea7|\u66f4\u65b0|\u5b89\u88c5|\u7528)|\u73b0\u5728/i;
// A line longer than this is prose, whatever it names; one as short as a heading that says it is another list's heads what follows.
const LONGEST = 160;
const SHORT = 40;

/** Whose lists follow a line that is none: the reader's ('own'), another's ('other'), or nobody's in particular ('none'). */
type Context = 'own' | 'other' | 'none';
/** A list (lines of them in a row count as one) and whether it is the reader's to offer or only another that may disagree. */
interface Run {
  lines: RegExpExecArray[][];
  offered: boolean;
  context: Context;
}

/**
 * The answers hand-written lists of tools and versions in `lines` give: Docker's version is the client's (as `docker -v` prints it), passt
 * named says which pasta is installed but not that it is the driver. Lists under another's heading or label count for nothing; lists
 * that disagree, or a list that names one tool's version twice, give none.
 */
export function writtenAnswers(lines: readonly Line[]): Answers {
  const runs: Run[] = [];
  // Versions written outside the lists (and in notes), which the lists must hold.
  const loose: string[] = [];
  let context: Context = 'none';
  let run: Run | null = null;
  // Whether a list came under the current heading: a blank line after one ends the heading's reach (before one, it does not).
  let listed = false;
  let last = 0;
  for (const line of lines) {
    if (line.n > last + 1) {
      run = null;
      if (listed) context = 'none';
    }
    last = line.n;
    const item = bulleted(line) || BULLET.test(line.trimmed);
    let whole = line.trimmed.replace(BULLET, '').replace(/[.\u3002]$/, '');
    whole = item || context === 'own' ? whole.replace(FIELD, '$1 ').replace(DRIVER_FIELD, '') : whole.replace(NAMED_FIELD, '$1 ').replace(NAMED_DRIVER_FIELD, '');
    whole = whole.replace(ROOTLESS_AFTER, '$1rootless $2');
    // A list said to run as root (in a note too) is no rootless setup; one a note says is another's ("(old setup)") is only compared.
    const rootful = ROOTFUL.test(whole) && !NOT_ROOTFUL.test(whole);
    const notes = [...whole.matchAll(NOTE)].map((note) => note[0]);
    const aside = notes.some((note) => PAST.test(note));
    for (const note of notes) loose.push(...versionsIn(note));
    whole = whole.replace(NOTE, '');
    if (LIST.test(whole)) {
      if (rootful) return {};
      listed = true;
      if (context === 'other') continue;
      if (!run) runs.push((run = { lines: [], offered: true, context }));
      // One item said to be past makes its whole list so.
      if (aside) run.offered = false;
      run.lines.push(items(whole));
      continue;
    }
    run = null;
    const labelled = whole.length <= LONGEST ? LABELLED.exec(whole) : null;
    const label = labelled ? whose(labelled[1]!) : 'other';
    // After the reader's own label, the tools among what it lists ("Environment: Debian 12, Docker 27.3.1, pasta"); after one that says
    // nothing of whose it is, a list only compared; after another's, nothing.
    const parts = label === 'own' ? labelled![2]!.split(SPLIT) : [];
    const listedTools = parts.every((part) => ONE.test(part) || !STRAY.test(part)) ? parts.filter((part) => ONE.test(part)) : [];
    if (listedTools.length || (label === 'none' && LIST.test(labelled![2]!))) {
      if (rootful) return {};
      const lines = [listedTools.length ? listedTools.map((part) => ONE.exec(part)!) : items(labelled![2]!)];
      runs.push({ lines, offered: label === 'own' && !aside, context: 'none' });
      continue;
    }
    // What a line names with its version ("rootlesskit 2.3.2 since yesterday", "I upgraded to rootlesskit 2.3.2") is compared, unless it
    // only cites what fixes it; it heads nothing. A change to versions it names apart from their tools ("upgraded rootlesskit to 2.3.2",
    // "now running 28.0.1", "upgraded everything") leaves the lists nothing to offer.
    const named = [...whole.matchAll(MENTION)].filter((m) => m[3] ?? m[5]);
    const said = whole.replace(NOT_DONE, '');
    if (CHANGED.test(said) || NEWER.test(said) || (NOW.test(said) && VERSIONISH.test(said.replace(IPV4, '')))) return {};
    const cited = CITES.test(whole) && !READERS.test(whole);
    if (!cited) loose.push(...versionsIn(whole));
    if (named.length && !cited) runs.push({ lines: [named], offered: false, context: 'none' });
    // Nor does another item of the list ("- OS: Ubuntu 24.04").
    if (item || named.length) continue;
    context = heads(whole);
    listed = false;
  }
  const found = new Map<string, unknown>();
  const compared: [string, unknown][] = [];
  for (const r of runs) {
    const answers = runAnswers(r);
    if (answers === null) return {};
    for (const [key, value] of Object.entries(answers)) {
      if (!r.offered) compared.push([key, value]);
      // Lists that disagree describe two setups (before and after, one that works and one that does not): none is offered.
      else if (found.has(key) && found.get(key) !== value) return {};
      else found.set(key, value);
    }
  }
  if (compared.some(([key, value]) => found.has(key) && found.get(key) !== value)) return {};
  const held = [...found.values(), ...compared.map(([, value]) => value)].filter((v): v is string => typeof v === 'string');
  if (loose.some((v) => !held.some((h) => h === v || h.startsWith(`${v}.`) || h.startsWith(`${v}-`)))) return {};
  return validAnswers(Object.fromEntries(found));
}

/** What a line that is no list says of the lists under it, by its words: a heading, or a short line, may say whose they are. */
function heads(whole: string): Context {
  // Markdown's heading and bold ("## Fixed versions", "**Required:**").
  const text = whole.replace(/^#{1,6} +/, '').replace(/\*\*|__/g, '').trim();
  const heading = whole.startsWith('#') || /^(\*\*|__).+\1$/.test(whole) || /[:\uff1a]$/.test(text);
  if (text.length > LONGEST || (!heading && text.length > SHORT)) return 'none';
  const words = whose(text.replace(/[:\uff1a]$/, ''));
  // A short line that is no heading says whose the lists after it are only if it says they are another's ("Required versions").
  return heading ? (words === 'none' ? 'other' : words) : words === 'other' ? 'other' : 'none';
}

/** The versions a piece of text names (full-width digits too), but a system's, another program's or a quantity. */
function versionsIn(text: string): string[] {
  const plain = text.normalize('NFKC').replace(IPV4, '');
  return [...plain.matchAll(LOOSE_VERSION)]
    .filter((m) => !NAMED_BEFORE.test(plain.slice(0, m.index)) && !QUANTITY.test(plain.slice(m.index + m[0].length)))
    .map((m) => m[1]!);
}

/** Whose lists a label's or heading's words say follow: another's ("Required", "Fixed in"), the reader's ("My setup"), or neither. */
const whose = (label: string): Context =>
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
  if (run.context !== 'own' && !items.some((m) => m[3] ?? m[5])) return {};
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
