/**
 * The English of a setup stated in sentences (stated.ts): "My rootlesskit version is 2.3.1 and pasta is 2025_01_21.", "I'm running
 * rootless Docker 27.3.1 with pasta", "`pasta --version` prints pasta 2025_02_17.a1e48a0", "docker version shows PortDriver: implicit".
 * A clause with no word of its own ("Docker 27.3.1", "with pasta") is the reader's only after their lead-in or a clause of theirs, as
 * docker --version's "Docker version 27.3.1, build ce12230" and docker info's "NetworkDriver: pasta" are output, read as such elsewhere.
 */
import type { Line } from '../clean.ts';
import { unpackagedSystems } from '../data/core/docker.ts';
import { rank, type Sink } from '../facts.ts';
import { SYSTEM_NAME } from '../written.ts';
import { reportTool, reportVersion as report, STATED_VERSION as VERSION, WHOLE_VERSION, type Grammar } from './stated-clause.ts';

// A sentence that says its versions are not what runs here: a question ("Is rootlesskit 2.3.1 affected"), a condition (if, unless,
// when), a fix or a threshold (fixed in, since, requires, at least, >=, bundles), an upgrade or a plan (upgrade, I'll, should, tried),
// another's (he, they, the OP, the docs, the changelog, you), an example or a likeness ("something like", "looks like", "like this"),
// the past (was, used to, previously, yesterday, before, last week, "A month ago …", "no longer"), or a negative (not, don't, never,
// without, "no pasta"); an arrow ("->", "=>") is no threshold's sign. A common word alone is no guard: "set up a while ago", "no custom flags", "I like pasta" are the reader's own.
const NOT_OWN =
  /^\s*(?:(?:is|are|am|does|do|did|has|have|how|what|which|why|where|who)\b|(?:\w+ ){1,2}ago\b)|\b(?:if|unless|whether|when(?:ever)?|in case|assuming|suppose|fix(?:e[sd])?|since|until|requires?|required|needs?|at least|minimum|newer|later|older|above|below|bundles?|bundled|ships?|shipped|includes?|comes? with|upgrad\w*|updat\w*|downgrad\w*|install\w*|switch\w*|will|going to|gonna|plan\w*|should|could|would|might|may|can|try|tried|trying|want\w*|recommend\w*|suggest\w*|expect\w*|he|she|they|them|their|his|him|her|someone|somebody|anyone|people|others?|op|docs?|documentation|changelog|release notes|readme|guide|maintainers?|upstream|you|your|was|were|had|used to|previous(?:ly)?|before|yesterday|earlier|originally|formerly|last (?:time|week|month|year|night|\w+day|i checked)|no (?:longer|more|v?\d|(?:rootless )?(?:docker|rootlesskit|pasta|passt|slirp4netns)|(?:network |port )?driver)|not|never|without|neither|nor|example|e\.g|i\.e|such as|(?:something|anything|looks?|looked|seems?) like|like (?:this|so))\b|n[\u2019']t\b|[\u2019']ll\b|[\u2264\u2265]|<(?!-)|(?<![-=])>/i;
// The reader's own lead-in ("I'm running", "we're on", "I use", "currently I'm using", "Currently on", "Mine is", "My setup:"), or docker's
// output named before its keys ("docker version shows", group 1), taken off the clause.
const LEAD_IN =
  /^(?:(?:currently|now|right now|at the moment),? )?(?:(?:i|we)(?:[\u2019']m|[\u2019']re| am| are)(?: currently| now| still)? (?:running|on|using)|(?:i|we)(?: currently| now| still)? (?:run|use)|(?<=^(?:currently|right now|at the moment),? )(?:running|on|using)|(?:mine|ours)(?: is|[\u2019']s)|(?:my|our)(?: own)? (?:set-?up|environment|system|box|machine|host)(?: is)?:|(docker (?:version|info) (?:shows|says|prints|reports|gives|lists|outputs|returns):?)) +/i;
// What a sentence says beside the setup: the reader's "EDIT:", "For context," or greeting ("Hi all,") before it; where a version was read,
// where a tool came from, the system it runs on or when it was set up after a clause ("according to `rootlesskit --version`", "from the
// distro", "on Arch", "set up a while ago"); "if that matters"; the driver the reader does not use, beside the one they do ("We don't use
// pasta, we use slirp4netns", "We use pasta, not slirp4netns"; review R150 07).
const NOT_USED = String.raw`(?:pasta|passt|slirp4netns|vpnkit|gvisor-tap-vsock|lxc-user-nic)\b`;
const ASIDE = new RegExp(
  String.raw`^(?:edit|update|for context|fwiw|btw|h(?:i|ello|ey)(?: all| there)?)\d*[:,] *|^ *(?:(?:i|we) (?:do not|don[\u2019']?t) (?:use|run)|(?:i|we)(?:[\u2019']m|[\u2019']re| am| are) not (?:using|running|on)) ${NOT_USED} *[,;] *|,? (?:but )?(?:not|instead of|rather than) ${NOT_USED}| (?:according to [\x60"']?(?:rootlesskit|pasta|passt|docker|dpkg|rpm|pacman|apt|dnf|zypper)\b[^,()]*?[\x60"']?|from (?:the |my |our )?(?:distro\w*|distribution|package manager|official (?:repos?|packages?)|static tarball|[\w.-]+\.(?:com|org|io|net)|docker-ce|[\w.-]+ (?:repos?|repository|packages?))|(?<![\u2019'](?:m|re) |\b(?:am|are|currently) )on (?:arch|${SYSTEM_NAME})|(?:set up )?(?:a (?:while|few \w+)|\w+ (?:days?|weeks?|months?|years?)) ago)(?= *(?:[,(]|$| (?:with|using|and|but) ))|,? if (?:that|it|this) (?:matters|helps)$`,
  'gi',
);
// Where docker version or docker info is named before the keys it prints, in a bracket ("(docker info: NetworkDriver: pasta)").
const SHOWN_IN = /^docker (?:version|info)(?: (?:shows|says|prints|reports|gives|lists|outputs|returns))?:? */i;
// Clauses part at " and ", " but ", and before " with ", " using " or " on " after a version, Docker or a system ("… Docker 27.3.1 with
// pasta", "rootlesskit 2.0.2 on Docker 26.1.4", "Currently on Arch with rootlesskit 2.3.1"), not a lead-in's ("I'm using pasta"), also
// where an aside blanked between them.
const JOINS = new RegExp(String.raw` (?:(?:and|but|plus) |(?=(?:with|w\/|using|via|on) )(?<=(?:\d|docker|rootless|\barch|${SYSTEM_NAME}) +))`, 'iy');
// A tool and its version ("my rootlesskit version is 2.3.1", "pasta is 2025_01_21", "rootlesskit 2.3.1 here", "rootless Docker 27.3.1",
// "with rootlesskit 2.3.1", "on Docker 26.1.4 rootless", autocorrect's "my rootless kit is 2.3.1"): the reader's word (my, is, here) makes
// it a statement; without one it goes on with the reader's lead-in.
const TOOL = new RegExp(
  String.raw`^(?<mine>(?:my|our) )?(?:(?:with|using|via|on) )?(?<rootless>rootless )?(?:(?<tool>docker(?: engine| client)?|rootless[ -]?kit|slirp4netns)|(?<pasta>pasta|passt))(?:[\u2019']s)?(?: version)?(?<is> is| =|(?= \S+ here$))? (?<value>v?\d[\w.^~+-]*?)(?<after> rootless)?(?<here> here)?$`,
  'i',
);
// A command's output quoted after it: "`pasta --version` prints pasta 2025_02_17.a1e48a0", "rootlesskit --version says rootlesskit
// version 2.3.1", also as a chat's next message goes on ("and pasta --version says: …").
const SAID = new RegExp(
  String.raw`^(?:and )?[\x60"']?(?:(?<pasta>pasta|passt)|rootlesskit) (?:--version|-v)[\x60"']? (?:says|prints|shows|gives|outputs|returns|reports):? [\x60"']?(?<output>(?:pasta|passt)(?:\.avx2)?|rootlesskit version) (?<value>[^\s\x60"']+?)[\x60"']?$`,
  'i',
);
// A driver said ("NetworkDriver is pasta", "my network driver is slirp4netns") or docker's key quoted ("PortDriver: implicit").
const DRIVER = /^(?<mine>(?:my|our) )?(?:(?<network>network)|port) ?driver(?<is> is| =)?:? *[\x60"']?(?<driver>[a-z][\w-]*)[\x60"']?$/i;
// docker version's RootlessKit version quoted: "RootlessKit Version: 2.3.1".
const COMPONENT_VERSION = new RegExp(String.raw`^rootlesskit(?: version)?: *${VERSION}$`, 'i');
// RootlessKit's options quoted after the reader's lead-in ("started with --net=pasta --port-driver=implicit via …").
const OPTIONS = /^(?:(?:started|run|running|launched)(?: it)? )?(?:with|using) --net=(?<network>[a-z][\w-]*)(?: --port-driver=(?<port>[a-z][\w-]*))?(?: (?:via|through|from|in) .+)?$/i;
// A network driver or a rootless daemon named after the reader's lead-in ("I'm using slirp4netns", "… with pasta", "rootless mode").
const USING = /^(?:(?:with|w\/|using|via|on) )?(?:(?<driver>pasta|slirp4netns)(?: as (?:the |my )?(?:network )?driver| networking| for networking)?|(?<rootless>(?:docker )?rootless(?: mode| docker)?))$/i;

/** Reports what one English clause states (`quoted`: docker's keys are quoted; `own`: the reader's lead-in or clause came before); says whether it stated anything. */
function read(text: string, at: number, line: Line, sink: Sink, quoted: boolean, own: boolean): boolean {
  const part = { ...line, decided: { at, length: text.length } };
  // The output quoted counts as the output (pasta-version.ts, versions.ts), as in Chinese.
  const said = SAID.exec(text)?.groups;
  if (said) return /^pas/i.test(said['output']!) === !!said['pasta'] && report(said['pasta'] ?? 'rootlesskit', said['value']!, rank.binary, part, sink);
  const tool = TOOL.exec(text)?.groups;
  // A line that starts "rootless Docker 27.3.1" (a title, a terse note) states the reader's own daemon, as "my" would.
  if (tool && (own || tool['mine'] || tool['is'] || tool['here'] || (at === 0 && tool['rootless'])) && report(tool['tool'] ?? tool['pasta']!, tool['value']!, rank.hint, part, sink)) {
    if (!tool['rootless'] && !tool['after']) return true;
    sink.fact('rootless', true, rank.hint, part);
    // "Rootless Docker 27.4.1" names the daemon's version (rootless is the daemon's), whose release bundles a RootlessKit.
    if (/^docker/i.test(tool['tool'] ?? '')) sink.fact('dockerServerVersion', WHOLE_VERSION.exec(tool['value']!)![1]!, rank.hint, part);
    return true;
  }
  const driver = DRIVER.exec(text)?.groups;
  if (driver && (own || quoted || driver['mine'] || driver['is'])) return sink.driver(driver['network'] ? 'networkDriver' : 'portDriver', driver['driver']!.toLowerCase(), rank.hint, part);
  const kit = quoted ? COMPONENT_VERSION.exec(text) : null;
  if (kit) return reportTool('rootlesskit', kit[1]!, rank.hint, part, sink);
  const options = own ? OPTIONS.exec(text)?.groups : undefined;
  if (options) return sink.driver('networkDriver', options['network']!.toLowerCase(), rank.hint, part) && (!options['port'] || sink.driver('portDriver', options['port'].toLowerCase(), rank.hint, part));
  const using = own ? USING.exec(text)?.groups : undefined;
  if (using?.['driver']) return sink.driver('networkDriver', using['driver'].toLowerCase(), rank.hint, part);
  if (using) {
    sink.fact('rootless', true, rank.hint, part);
    return true;
  }
  // Arch after the reader's lead-in ("Currently on Arch with …") is told as an aside's "on Arch" is (a list's "arch" is the machine's: SYSTEM).
  if (!own || !/^arch$/i.test(text)) return false;
  reportSystem(text, at, line, sink);
  return true;
}

/** Reports the system an aside names ("on Arch"). */
function readAside(aside: string, at: number, line: Line, sink: Sink): void {
  const system = / on (.+)/i.exec(aside)?.[1];
  if (system) reportSystem(system, at + aside.indexOf(system), line, sink);
}

/** Reports `system` as the one the setup runs on (Docker publishes no packages for Arch Linux, whose own build bundles its own RootlessKit). */
function reportSystem(system: string, at: number, line: Line, sink: Sink): void {
  const unpackaged = unpackagedSystems.names.find((name) => name.toLowerCase().startsWith(system.toLowerCase()));
  sink.fact('operatingSystem', unpackaged ?? system, rank.hint, { ...line, decided: { at, length: system.length } });
}

// A line English sentences may state a setup in: it names a tool or a driver, and has a verb of a clause, the reader's lead-in or
// label, the reader's tool and its version ("my rootlesskit 2.3.1"), or "here".
const PROSE = /^(?=.*(?:docker|rootless[ -]?kit|pasta|passt|slirp4netns|driver))(?=.*(?: is | = |says|prints|shows|gives|outputs|returns|reports|[\u2019'](?:m|re) | am | are |\b(?:i|we)(?: currently| now| still)? (?:run|use) |here|currently |mine |(?:my|our) (?:(?:own )?[\w-]+(?: is)?:|[\w-]+ v?\d)|(?:with|using) --net=|^rootless docker v?\d))/i;
// A program's output, never the reader's sentence: its error ("docker: Error response from daemon", "Cannot connect to the Docker
// daemon"), a logfmt record ("level=warning msg=…"), a glog one ("WARN[0000] …") or an argv with two options set besides RootlessKit's
// drivers ("--state-dir=… --mtu=65520").
const OUTPUT = /^(?:(?:[\w.-]+: )*(?:[Ee]rror|ERROR|Cannot connect to)\b|time="|[A-Z]{4}\[\d+\])|\blevel=\w+ msg=| --(?!net=|port-driver=)[a-z][\w-]*=.* --(?!net=|port-driver=)[a-z][\w-]*=/;

/** Whether English sentences may state a setup in a line: prose with a tool's or a driver's name and a clause's verb or the reader's word, not a program's output. */
export const englishLine = (t: string): boolean => PROSE.test(t) && !OUTPUT.test(t);

/** English sentences: a clause with the reader's word, or any after the reader's lead-in, in a sentence with no word that makes it another's. */
export const english: Grammar & { words: readonly string[] } = {
  notOwn: NOT_OWN,
  label: LEAD_IN,
  shownIn: SHOWN_IN,
  aside: ASIDE,
  readAside,
  joins: JOINS,
  read,
  // What every line an English clause is read from has: a tool's or a driver's name (englishLine's first part; rootless is Chinese's too).
  words: ['docker', 'pasta', 'passt', 'slirp4netns', 'driver'],
};
