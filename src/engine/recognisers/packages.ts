/**
 * Installed packages: dpkg -l, dpkg -s, dpkg-query -W, apt list, apt-cache policy, rpm -q, rpm -qi, dnf list, dnf info,
 * zypper se and info, pacman -Q and -Qi, apk, xbps-query -l, Gentoo's qlist/equery/emerge, podman's "package:", Ansible's dnf
 * results, an inventory's YAML list of packages (an agent's, Ansible's package_facts), apt's history.log, pacman's log, zypp's history.
 */
import { literal } from '../any-of.ts';
import { atPrompt, bulleted, type Line } from '../clean.ts';
import { aptListStatus, aptPolicyInstalled, aptShowInstalled, dnfLock, dockletTray, dpkgSettingUp, packageInfoLabels, packageRoles, reportbugSeverity, zypperOutOfDate } from '../data/core/diagnostics.ts';
import { rank, type Sink, type Upgrade } from '../facts.ts';
import { moment, type Moment } from '../moment.ts';
import type { FactKey } from '../types.ts';
import { DnfHistory, installDate } from './dnf-history.ts';
import { NIX_STORE } from './nix-store.ts';
import { PacmanLog, type Change } from './pacman-log.ts';
import { ZyppHistory } from './zypp-history.ts';
import { reportPastaVersion } from './pasta-version.ts';
import { everyIndex, type WordedAt } from './worded-at.ts';

const NAMES = Object.keys(packageRoles).sort((a, b) => b.length - a.length);
// Their lengths: a line ending in ":" (docker's headers, many) is looked up as apt-cache policy's "name:" only at one of them.
const NAME_LENGTHS = new Set(NAMES.map((n) => n.length));
const NAMED = new RegExp(NAMES.join('|'));
const ARCH = '(?:x86_64|aarch64|noarch|i686|ppc64le|s390x|armv7hl)';
const APT_VERBS = ['Setting up', 'Unpacking', ...dpkgSettingUp.before];
// "name[:arch] (version)" in apt's and dpkg's log.
const PACKAGE = '([^\\s:(]+)(?::[\\w-]+)? \\(([^\\s)]+)\\)';
// A version is ASCII: a Chinese sentence glued on after one ("rootlesskit 2.3.4，打算下周装": a plan) is prose, not pacman -Q's row.
const NAME_VERSION = /^(\S+) +([!-~]+)$/;
const FORMS = [
  /^[hi]i[A-Z ]? +([^\s:]+)(?::\S+)? +(\S+)/, // dpkg -l
  new RegExp(`^([^\\s/]+)\\/\\S+ +(\\S+) +\\S+ +(?:${aptListStatus.map(([, installed]) => literal(installed)).join('|')})`, 'i'), // apt list --installed
  // apt list --upgradable: the installed version is the "from" one.
  new RegExp(`^([^\\s/]+)\\/\\S+ +\\S+ +\\S+ +(?:${aptListStatus.map(([, , from]) => literal(from)).join('|')})([^\\]\\s]+)\\]`),
  new RegExp(`^(\\S+?)\\.${ARCH} +(\\S+)(?: +(\\S+))?$`), // dnf/yum list, with the repository (see nameAndVersion)
  new RegExp(`^(\\S+) +${ARCH} +(\\S+)`), // dnf/yum transaction table: name, arch, version, repository, size
  /^i\+? *\| ([^\s|]+) +\| package +\| (\S+) +\|/, // zypper se -i: status, name, type, version, arch, repository
  // apt/dpkg log: "Setting up passt (0.0~git…) ...", in English or the user's language (the words before or after the package).
  new RegExp(`(?:^|: )(?:${APT_VERBS.join('|')}) ${PACKAGE}`),
  new RegExp(`^${PACKAGE} (?:${dpkgSettingUp.after.join('|')})`),
  NAME_VERSION, // dpkg-query -W, pacman -Q
  /^warning: downgrading package (\S+) \(\S+ => (\S+)\)$/, // pacman -U taking a package back to an older version (review R154 11)
];
// Most lines name no package: these cheap tests come first (anchored, or plain includes() for apt's log, which may
// follow a tool's own prefix such as "debian: ").
const HINT = /^(?:[hi]i|i\+? *\||\[|[a-z]+-[a-z]+\/|docker|moby|rootlesskit|passt|slirp4netns|podman-docker|warning: downgrading)/;
// A dnf progress line ("Installing : passt-0^…x86_64  3/5") or podman's "package:" before one name-version token.
const TOKEN_LEAD = /^(?:package|Installing|Upgrading|Reinstalling|Installed|Upgraded) *: +/;
// (One "(" is found faster than " (", whose space is everywhere.)
const mayName = (t: string): boolean => HINT.test(t) || TOKEN_LEAD.test(t) || (t.includes('(') && t.includes(' (') && APT_LOG.test(t));
const APT_LOG = new RegExp([...APT_VERBS, ...dpkgSettingUp.after].join('|'));
// dnf's and yum's section headers ("Removing:", "Removing dependent packages:", "Installed Packages"), each a line of its own (not
// docker build's "Removing intermediate container …"); the first group removes, or lists what is only available.
// dnf5 writes "Available packages", "Available upgrades" (dnf4 "Available Upgrades") and "Installed packages".
const SECTION = /^(?:(?:(Removing|Removed|Erasing|Obsoleting)|Installing|Installed|Upgrading|Upgraded|Reinstalling|Downgrading)\b[^:]*:|(Available) (?:[Pp]ackages|[Uu]pgrades)|(Installed) [Pp]ackages)$/;
// The first letters of its words: most lines start with none, and are spared the test.
const SECTION_START = 'REOIUDA';
// The commands that list versions a repository offers, not installed ones: their rows are none until the next command.
const OFFERED = /^(?:sudo )?(?:dnf5?|yum|microdnf) (?:.* )?(?:check-update|check-upgrade|repoquery(?!.* --installed\b)|list .*(?:--upgrades|--available|--showduplicates|\b(?:updates|available|upgrades)\b))/;
// The commands that list installed packages, whose rows dnf5 writes without "@" (grep leaves out their header).
const INSTALLED_LIST = /^(?:sudo )?(?:dnf5?|yum|microdnf) (?:.* )?(?:list (?:.* )?(?:--installed|installed)\b|repoquery .*--installed\b)/;
// A command typed without a prompt ends the output of the one before.
const HOMEBREW = /^(?:arch -\w+ )?brew /;
const COMMAND = /^(?:sudo |rpm |dnf5? |yum |microdnf |dpkg|apt |apt-|pacman |zypper |docker |systemctl |rootlesskit |pasta |ps |pgrep )/;
// (Its commands' first letters, likewise.)
const COMMAND_START = 'srdymapz';
// What follows that token: dnf's progress counter, rpm-ostree's repository name, rpm -qa --last's install time (sosreport's installed-rpms,
// "Mon 03 Mar 2025 09:12:44 AM CET": review R158 H5).
const TOKEN_TAIL = / +(?:\d+\/\d+|\([\w.-]+\)|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \S+ \S+ \S+ \d\d:\d\d:\d\d(?: [AP]M)?(?: [A-Z]{2,5})?)$/;
// A "name-version" token that leads a line: apk list (its "[installed]" lines), apk info -vv, xbps-query -l, and after the
// category Gentoo's qlist -Iv, equery list ("[I..]": installed) and emerge -pv ("R": reinstalled, so installed).
const LEADING =
  /^(?:ii +(\S+) |(\S+) (?:- |\S+ \{.*\[installed\]$)|(?:\[(?:ebuild +R|I)[^\]]*\] +(?:\[[^\]]*\] +)?)?[a-z]+-[a-z]+\/([^\s:]+))/;
// Where a second dpkg -l row starts on the same line.
const DPKG_ROW = / +(?=ii {2}\S)/;
// A line of "name-version(-release)" tokens only, two or more: rpm -q's or apk's rows joined onto one line.
const JOINED_TOKENS = /^(?:[a-z][\w.+-]*?-(?:\d|0\^)\S* +)+[a-z][\w.+-]*?-(?:\d|0\^)\S*$/;
// In any language apt speaks (a full-width colon needs no blank after it).
const POLICY_INSTALLED = new RegExp(`^(?:${aptPolicyInstalled.map(([, label]) => label + (label.endsWith('：') ? ' *' : ' +')).join('|')})(\\S+)$`);
// apt's history.log: what a run installed ("Install: passt:amd64 (0.0~git…, automatic), …"), upgraded ("Upgrade: docker-ce:amd64
// (old, new), …"), removed or purged.
const HISTORY = /^(Install|Upgrade|Downgrade|Reinstall|Remove|Purge): /;
// grep's or zgrep's file name before each line of apt's history it prints from several files: "/var/log/apt/history.log.1.gz:" (a
// context line's ends in "-").
const HISTORY_FILE = /^(?:\/var\/log\/apt\/)?history\.log(?:\.\d+)?(?:\.gz)?[:-]/;
// "Start-Date: 2025-02-01  09:12:01", in local time (apt writes no zone).
const START_DATE = /^Start-Date: (\d{4}-\d\d-\d\d) +(\d\d:\d\d:\d\d)/;
// What a line that goes on with the items of a history.log line starts with: a package's name (and its architecture) and its bracket.
const ITEM_START = /^[^\s:(,]+(?::[\w-]+)? \(/;
const LEADING_COMMA = /^[,\s]+/;
const HISTORY_ITEM = /([^\s:(,]+)(?::[\w-]+)? \((?:([^\s,)]+), (?!automatic\)))?([^\s,)]+)(?:, automatic)?\)/g;
// A listing kept as a comment in notes counts only in a form that says the package is installed (a comment's "# rootlesskit 2.3.1"
// may say what a script was tested with).
const MARKED_INSTALLED = /^[hi]i |\[installed/;
/** A label of package information in English (its msgid) and in every language packageInfoLabels has it in. */
const labels = (msgid: string): string[] => [msgid, ...packageInfoLabels.filter((l) => l[2] === msgid).map((l) => l[3])];
/** A regex source that matches any of a label's words. */
const anyLabel = (msgid: string): string => labels(msgid).map(literal).join('|');
const VERSION_LABELS = labels('Version');
// Package information: "Name : passt" (dpkg: "Package: passt"), then "Version : …", and a field that says the package is installed
// (these also describe packages that are only available: apt show, pacman -Si, dnf's "Available Packages"), each label also in the
// languages packageInfoLabels has it in.
const FIELD = new RegExp(`^(Package|${anyLabel('Name')}|${anyLabel('Version')}) *: +(\\S+)$`);
// dpkg -s, zypper info (an out-of-date package's Version is the candidate; its Status names the installed one: OUT_OF_DATE), rpm -qi and
// pacman -Qi (pacman -Si has no Install Date; rpm -qp's is "(not installed)"), dnf info (dnf4 says "Repo", and yum 3 "Repo : installed"),
// apt show (APT-Manual-Installed only on the installed version's record: aptShowInstalled), and a Debian bug report's pseudo-header, whose
// Severity: follows the installed Package: and Version: (reportbugSeverity).
const INSTALLED_FIELD = new RegExp(
  `^(?:(?:${anyLabel('Status')}) *: (?:install ok installed|${anyLabel('up-to-date')})|(?:${anyLabel('Install Date')}) *: [^\\s(]|(?:Repo|${anyLabel('Repository')}) *: @System|Repo *: installed|${aptShowInstalled.field}: (?:yes|no)$|${reportbugSeverity.field}: (?:${reportbugSeverity.levels.join('|')})$)`,
);
// zypper info's Status where a newer version is available: the installed version, which its Version field is not (the shortest one
// the words after it follow, in whichever language's words).
const OUT_OF_DATE_WORDS = labels(zypperOutOfDate.text).map((l) => l.split('%s').map(literal));
const OUT_OF_DATE = new RegExp(
  `^(?:${anyLabel('Status')}) *: (?:${OUT_OF_DATE_WORDS.map((w) => w[0]).join('|')})(\\S+?)(?:${OUT_OF_DATE_WORDS.map((w) => w[1]).join('|')})$`,
);
// The first letters of FIELD's and INSTALLED_FIELD's keys: other lines leave the information read so far as it is.
const FIELD_START = `PRA${['Name', 'Version', 'Status', 'Install Date', 'Repository'].flatMap(labels).map((l) => l[0]).join('')}`;
const RESULT_ITEM = /"(Installed: [^"\s]+)"/g;
// A key of an item of an inventory's YAML list of packages (an agent's; Ansible's package_facts): its name, version or the manager that
// lists it ("source"), the value maybe quoted (a quote left open is a value cut short).
const ITEM_KEY = /^(name|version|source): +(["']?)([^\s"']+)\2$/;
/** Whether a known package an inventory lists, with the manager it names (none: undefined), is the one packageRoles means (dockletTray). */
export const meant = (name: string, manager: string | undefined): boolean => name !== 'docker' || (!!manager && manager !== dockletTray.manager);
/** Whether a package apt or dpkg names is one packageRoles means: their "docker" is Debian's docklet tray (dockletTray), not Docker. */
const aptMeans = (name: string): boolean => Object.hasOwn(packageRoles, name) && meant(name, dockletTray.manager);
/** What every line a listing, a Nix store path or Ansible's results names a package in has: its name (each form reads it from the line). */
export const packageWords = NAMES;
// The upstream part of a package version: "5:27.3.1-1~ubuntu.24.04~noble" → "27.3.1", "28.0.0~rc.1-1" → "28.0.0-rc.1".
const UPSTREAM = /^(?:\d+:)?(\d+\.\d+(?:\.\d+)?)(?:[~-]((?:rc|beta)\.?\d+))?/;
const DOCKER_CE_OS = /~(ubuntu|debian)[.-](\d+(?:\.\d+)?)/;

/** Reads the packages the checker knows (packageRoles) in every listing format. */
export const packages = (lines: readonly Line[], reported: Sink, worded: WordedAt = everyIndex(lines)): void => {
  let policy: string | null = null;
  const info: Info = { name: null };
  // Under a dnf or yum header that removes packages, or lists those only available, or after a command that lists what a repository
  // offers: none of its rows is installed. Under "Installed packages", dnf5 names a row's repository without dnf4's "@".
  let removed = false;
  let installedSection = false;
  // Homebrew's rows: its docker formula is Docker's client alone, never the Engine, and it packages nothing else the checker reads.
  let homebrew = false;
  // The item of a YAML list being read (an inventory's packages).
  let item: Item | null = null;
  const history = new History();
  const pacmanLog = new PacmanLog();
  const dnfHistory = new DnfHistory();
  const zyppHistory = new ZyppHistory();
  // The line of the last fact each listing reported: apt's history, read as a whole at the end, does not beat a listing after it.
  const listed = new Map<FactKey, number>();
  const sink: Sink = {
    ...reported,
    fact: (key, value, r, line, inferred) => {
      listed.set(key, line.n);
      reported.fact(key, value, r, line, inferred);
    },
  };
  // The next of the lines `worded`.
  let w = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.trimmed.startsWith('/var/log/apt/') || line.trimmed.startsWith('history.log') ? line.trimmed.replace(HISTORY_FILE, '') : line.trimmed;
    const action = 'IUDRP'.includes(t[0]!) ? HISTORY.exec(t)?.[1] : undefined;
    if (t.startsWith('Start-Date: ')) history.date = startDate(t);
    else if (t.startsWith('End-Date: ')) history.date = undefined;
    const header = SECTION_START.includes(t[0]!) ? SECTION.exec(t) : null;
    if (header) [removed, installedSection] = [!!(header[1] ?? header[2]), !!header[3]];
    const typed = atPrompt(line);
    if (typed || (COMMAND_START.includes(t[0]!) && COMMAND.test(t))) [removed, installedSection] = [OFFERED.test(t), INSTALLED_LIST.test(t)];
    // (At a prompt only: a row of Homebrew's, "docker 27.4.1", reads as a command too.)
    if (typed) homebrew = HOMEBREW.test(t);
    if (FIELD_START.includes(t[0]!)) infoField(info, t, line, sink, installedSection);
    item = listItem(item, t, line, sink);
    // apt-cache policy: "name:" directly followed by "  Installed: version".
    const installed = policy ? POLICY_INSTALLED.exec(t) : null;
    if (installed && policy) report(policy, installed[1]!, line, sink);
    policy = t.endsWith(':') && NAME_LENGTHS.has(t.length - 1) && aptMeans(t.slice(0, -1)) ? t.slice(0, -1) : null;
    // (A search for a string: one pattern for both this and Ansible's results, below, costs several times as much.) Neither, nor a
    // listing, names a package in a line without a name: most lines are spared them.
    const named = worded[w] === i;
    if (named) w++;
    if (named && t.includes('/nix/store/')) for (const m of t.matchAll(NIX_STORE)) report(m[1]!, m[2]!, line, sink);
    if (installed || policy) continue;
    if (action) {
      history.read(action, t, line);
      continue;
    }
    if (history.continues(t, line)) continue;
    if (t[0] === '[' && pacmanLog.read(t, line)) continue;
    if ('IDURB'.includes(t[0]!) && dnfHistory.read(t, line)) continue;
    // (Its lines start with their date: "2025-02-21 18:30:22|install|…".)
    if (t[4] === '-' && t[19] === '|' && zyppHistory.read(t, line)) continue;
    if (!named) continue;
    // Each "Installed: <nevra>" item of Ansible's dnf results (JSON strings, on one line or several) reads as a line of its own.
    if (t.includes('"Installed: ')) for (const m of t.matchAll(RESULT_ITEM)) listing(m[1]!, line, sink);
    // A listing kept in notes as a comment ("# docker.io/noble-updates,now 29.1.3-0ubuntu3~24.04.2 amd64 [installed]"); a root prompt's
    // command is none of the forms.
    else if (!removed && !homebrew && (!t.startsWith('# ') || MARKED_INSTALLED.test(t.slice(2)))) listing(t.startsWith('# ') ? t.slice(2) : t, line, sink, installedSection);
  }
  // The logs, read as a whole, do not beat a listing after them.
  const logged: Sink = { ...reported, fact: (key, value, r, line, inferred) => (listed.get(key) ?? -1) < line.n && reported.fact(key, value, r, line, inferred) };
  history.report(logged);
  for (const [name, l] of pacmanLog.installed()) if (Object.hasOwn(packageRoles, name)) reportChange(name, l.version, l.changes, l.line, logged);
  for (const [name, l] of zyppHistory.installed()) if (Object.hasOwn(packageRoles, name)) reportChange(name, l.version, l.changes, l.line, logged);
  for (const a of dnfHistory.altered) if (Object.hasOwn(packageRoles, a.name)) reportChange(a.name, a.version, [a.change], a.line, logged);
};

/** A run's Start-Date as a moment (none where the line is cut). */
function startDate(t: string): Moment | undefined {
  const m = START_DATE.exec(t);
  return m ? moment(m[1]!, m[2]!) : undefined;
}

/**
 * Reports a package's version as a log leaves it and, for each dated change or upgrade to it (in time order), what the package gave before
 * it and the line that shows the change (rules/upgraded.ts).
 */
function reportChange(name: string, version: string, changes: readonly Change[], line: Line, sink: Sink): void {
  report(name, version, line, sink);
  for (const { from, at, line: shown, down } of changes) {
    if ((!at && !from) || !sink.upgraded) continue;
    const before: Upgrade['before'] = [];
    if (from) report(name, from, line, { ...sink, fact: (key, value) => before.push([key, value]), signal: () => {} });
    sink.upgraded({ at: at ?? null, line: line.n, before, down }, shown ?? line);
  }
}

/** One package's change in a run of apt's history: the version it was left at (null: removed), the version it left, whether it downgraded. */
interface RunChange {
  date: Moment | undefined;
  name: string;
  version: string | null;
  from: string | undefined;
  line: Line;
  down: boolean;
}

/**
 * What apt's history.log says is installed once its runs are done, read as a whole (grep and zgrep print pieces of it, the current log
 * before the rotated ones). With every run dated, in the order of their Start-Date lines, the last change of each package; else each
 * version installed and neither removed nor upgraded from by another run.
 */
class History {
  readonly #changes: RunChange[] = [];
  /** The Start-Date of the run being read (local time, of a zone apt does not write). */
  date: Moment | undefined;

  /** The action of a line that goes on (it ends in a comma, or in an item cut before its versions close) and what of it is left unread. */
  #open: { action: string; tail: string } | null = null;

  /** Reads one line of a run: its action and its items. */
  read(action: string, t: string, line: Line): void {
    const rest = t.slice(Math.max(t.lastIndexOf(')') + 1, action.length + 2)).replace(LEADING_COMMA, '');
    this.#open = rest || t.endsWith(',') ? { action, tail: rest } : null;
    for (const [item, name, from, version] of t.matchAll(HISTORY_ITEM)) {
      if (!aptMeans(name!)) continue;
      const removed = action === 'Remove' || action === 'Purge';
      this.#changes.push({ date: this.date, name: name!, version: removed ? null : version!, from: removed ? version : from, line: { ...line, text: item, trimmed: item }, down: action === 'Downgrade' });
    }
  }

  /**
   * Reads line `t` as the rest of the line before, broken by hand or folded by a mail, where that one goes on and `t` goes on with an item
   * (a name and its versions in brackets); says whether it did. Any other line ends it: a sentence, End-Date, another run.
   */
  continues(t: string, line: Line): boolean {
    const open = this.#open;
    this.#open = null;
    const joined = open?.tail ? `${open.tail} ${t}` : t;
    if (!open || !ITEM_START.test(joined)) return false;
    this.read(open.action, `${open.action}: ${joined}`, line);
    return true;
  }

  /** Reports what the runs leave installed. */
  report(sink: Sink): void {
    const changes = this.#changes;
    if (changes.every((c) => c.date !== undefined)) {
      const byName = new Map<string, RunChange[]>();
      for (const c of changes.toSorted((a, b) => a.date!.local.localeCompare(b.date!.local))) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
      for (const runs of byName.values()) {
        const last = runs.at(-1)!;
        if (last.version) reportChange(last.name, last.version, runs.map((c) => ({ from: c.from, at: c.date, line: c.line, down: c.down })), last.line, sink);
      }
      return;
    }
    const gone = new Set(changes.map((c) => `${c.name} ${c.from}`));
    for (const c of changes) if (c.version && !gone.has(`${c.name} ${c.version}`)) reportChange(c.name, c.version, [{ from: c.from, line: c.line, down: c.down }], c.line, sink);
  }
}

/**
 * Reports the known packages a listing line, or one item of a results line, names (each of its rows, where their newlines were lost); the
 * evidence quotes the row (a long results line would be cut before it).
 */
function listing(item: string, line: Line, sink: Sink, installedSection = false): void {
  // dnf's versionlock ends a lock with its glob ("docker-ce-3:27.3.1-1.fc41.*"): a version held to, not one installed.
  if (!mayName(item) || item.endsWith(dnfLock.glob)) return;
  for (const row of rows(item)) {
    const pair = nameAndVersion(row, installedSection);
    // After a Markdown list's bullet, "rootlesskit 2.3.2" is written ("Fixed in:\n* rootlesskit 2.3.2"): pacman prints its release too.
    if (pair && bulleted(line) && NAME_VERSION.test(row) && !pair[1].includes('-')) continue;
    if (pair) report(pair[0], pair[1], { ...line, text: row, trimmed: row }, sink);
  }
}

/**
 * The rows of a listing line that lost its newlines (echo $(rpm -q …), a form's one-line field): dpkg -l's at each next "ii  ", or
 * "name-version" tokens (rpm -q, apk) when every word is one; the line itself otherwise.
 */
function rows(t: string): string[] {
  if (!t.includes(' ')) return [t];
  if (t.startsWith('ii ')) return t.split(DPKG_ROW);
  return JOINED_TOKENS.test(t) ? t.split(/ +/) : [t];
}

/** Package information read so far: the known package a Name/Package field named, its Version, whether it is installed. */
interface Info {
  name: string | null;
  version?: string;
  line?: Line;
  installed?: boolean;
}

/**
 * Reads a line of rpm -qi, dnf info, zypper info, pacman -Qi, dpkg -s or apt show; reports the package once a field, or the section it is in
 * (dnf5's "Installed packages", whose fields name no installed state), says it is installed.
 */
function infoField(info: Info, t: string, line: Line, sink: Sink, installedSection: boolean): void {
  const [, key, value = ''] = FIELD.exec(t) ?? [];
  const outOfDate = info.name ? OUT_OF_DATE.exec(t) : null;
  if (key && VERSION_LABELS.includes(key)) Object.assign(info, { version: value, line });
  else if (outOfDate) Object.assign(info, { version: outOfDate[1], line, installed: true });
  else if (key) {
    // dpkg's and apt's "Package:" names their package (aptMeans).
    const known = key === 'Package' ? aptMeans(value) : Object.hasOwn(packageRoles, value);
    Object.assign(info, { name: known ? value : null, version: '', installed: false });
  }
  info.installed ||= installedSection || INSTALLED_FIELD.test(t);
  if (info.name && info.version && info.installed) {
    report(info.name, info.version, info.line!, sink);
    // Its Install Date is when it was last installed or upgraded (rules/upgraded.ts orders it against a start).
    const at = t[0] === 'I' ? installDate(t) : undefined;
    if (at) sink.upgraded?.({ at, line: info.line!.n, before: [], dateOnly: true }, line);
    info.name = null;
  }
}

/** An item of a YAML list being read: the column of its "- ", that of its own keys (-1 before a line gives it), its name, version and manager so far. */
interface Item {
  at: number;
  column: number;
  name?: string;
  version?: string;
  source?: string;
  line?: Line;
}

/**
 * Reads a line of a YAML list of objects (an inventory's packages: an agent's, Ansible's package_facts), returning the item it is in (null
 * once a line leaves it): a known package is reported once the item's own keys (not those nested in them) give its name and version, in
 * either order, as a listing's row gives them ("docker" once they name a manager whose docker is Docker: meant). Free-form labels
 * ("server_version:", outside any item) are no tool's output.
 */
function listItem(item: Item | null, t: string, line: Line, sink: Sink): Item | null {
  const indent = line.text.length - t.length;
  const dash = t.startsWith('- ');
  // Each "- " starts an item, whichever key comes first ("- arch: amd64": Ansible sorts them).
  if (dash) item = { at: indent, column: -1 };
  else if (!item || indent <= item.at) return null;
  // Its first line after the "- " is one of its own keys: a quote's damage may have taken a column from every line but the first.
  else if (item.column < 0) item.column = indent;
  const key = dash ? t.slice(2) : t;
  const m = (dash || indent === item.column) && 'nvs'.includes(key[0]!) ? ITEM_KEY.exec(key) : null;
  if (m) Object.assign(item, m[1] === 'version' ? { version: m[3], line } : { [m[1]!]: m[3] });
  if (item.name && item.version && Object.hasOwn(packageRoles, item.name) && meant(item.name, item.source)) {
    report(item.name, item.version, item.line!, sink);
    return null;
  }
  return item;
}

/**
 * Splits a listing line into package name and version, for the packages the checker knows, if it lists an installed one: a dnf row
 * from a repository ("updates", not dnf4's "@updates"), outside dnf5's list of installed packages, names what a repository offers
 * (dnf check-update).
 */
function nameAndVersion(text: string, installedSection: boolean): [string, string] | null {
  // Every name it finds is one of NAMES, taken from the text: a line without one is none of the forms below.
  if (!NAMED.test(text)) return null;
  for (let i = 0; i < FORMS.length; i++) {
    const m = FORMS[i]!.exec(text);
    // In dpkg and apt listings (the first three forms), "docker" is Debian's docklet tray (wmdocker 1.5), not Docker.
    if (m?.[1] === 'docker' && i < 3) return null;
    if (m?.[3] && !m[3].startsWith('@') && !installedSection) return null;
    if (m && Object.hasOwn(packageRoles, m[1]!)) return [m[1]!, m[2]!];
  }
  // One token, "name-version" (rpm -q, apk, dnf, rpm-ostree) or "name_version_arch" (deb file names), alone or leading.
  const lead = LEADING.exec(text);
  const token = lead ? (lead[1] ?? lead[2] ?? lead[3])! : text.replace(TOKEN_LEAD, '').replace(TOKEN_TAIL, '');
  if (/\s/.test(token)) return null;
  const deb = token.split('_');
  if (deb.length === 3 && Object.hasOwn(packageRoles, deb[0]!)) return [deb[0]!, deb[1]!];
  const name = NAMES.find((n) => token.startsWith(`${n}-`) && /^(?:\d|0\^)/.test(token.slice(n.length + 1)));
  return name ? [name, token.slice(name.length + 1)] : null;
}

/**
 * Reports an installed package's version as the fact its role names (Docker Engine, the rootless extras, RootlessKit, passt, …), at a
 * package's rank unless `r` says what shows it (a running program's Nix store path).
 */
export function report(name: string, version: string, line: Line, sink: Sink, r: number = rank.package): void {
  const role = packageRoles[name]!;
  // A version, not apt-cache policy's "(none)".
  if (role.role === 'podman-docker') return void (/^\d/.test(version) && sink.signal('podman-info', line));
  if (role.role === 'passt') {
    reportPastaVersion(version, r, line, sink);
    return;
  }
  const m = UPSTREAM.exec(version);
  if (!m) return;
  const upstream = m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  if (role.vendor) sink.fact('dockerPackaging', role.vendor, rank.package, line);
  if (role.role === 'engine') sink.fact('dockerServerVersion', upstream, r, line);
  if (role.role === 'rootless-extras' && role.vendor === 'docker') sink.fact('rootlessExtrasVersion', upstream, r, line);
  if (role.role === 'rootlesskit') sink.fact('rootlesskitVersion', upstream, r, line);
  if (role.role === 'slirp4netns') sink.fact('slirp4netnsVersion', upstream, r, line);
  const os = role.vendor === 'docker' ? DOCKER_CE_OS.exec(version) : null;
  if (os) sink.fact('operatingSystem', `${os[1] === 'ubuntu' ? 'Ubuntu' : 'Debian'} ${os[2]}`, rank.hint, line);
}
