/**
 * The English of a setup stated in sentences (stated.ts): "My rootlesskit version is 2.3.1 and pasta is 2025_01_21.", "I'm running
 * rootless Docker 27.3.1 with pasta", "`pasta --version` prints pasta 2025_02_17.a1e48a0", "docker version shows PortDriver: implicit".
 * A clause with no word of its own ("Docker 27.3.1", "with pasta") is the reader's only after their lead-in or a clause of theirs, as
 * docker --version's "Docker version 27.3.1, build ce12230" and docker info's "NetworkDriver: pasta" are output, read as such elsewhere.
 */
import type { Line } from '../clean.ts';
import { rank, type Sink } from '../facts.ts';
import { reportPastaVersion } from './pasta-version.ts';
import { reportTool, STATED_VERSION as VERSION, type Grammar } from './stated-clause.ts';

// A sentence that says its versions are not what runs here: a question ("Is rootlesskit 2.3.1 affected"), a condition (if, unless,
// when), a fix or a threshold (fixed in, since, requires, at least, >=, bundles), an upgrade or a plan (upgrade, I'll, should, tried),
// another's (he, they, the OP, the docs, the changelog, you), an example, the past (was, used to, previously, yesterday, before), or a
// negative (not, don't, never, without).
const NOT_OWN =
  /^\s*(?:is|are|am|does|do|did|has|have|how|what|which|why|where|who)\b|\b(?:if|unless|whether|when(?:ever)?|in case|assuming|suppose|fix(?:e[sd])?|since|until|requires?|required|needs?|at least|minimum|newer|later|older|above|below|bundles?|bundled|ships?|shipped|includes?|comes? with|upgrad\w*|updat\w*|downgrad\w*|install\w*|switch\w*|will|going to|gonna|plan\w*|should|could|would|might|may|can|try|tried|trying|want\w*|recommend\w*|suggest\w*|expect\w*|he|she|they|them|their|his|her|someone|somebody|anyone|people|others?|op|docs?|documentation|changelog|release notes|readme|guide|maintainers?|upstream|you|your|was|were|had|used to|previous(?:ly)?|before|yesterday|earlier|originally|formerly|last|ago|not|no|never|without|neither|nor|example|e\.g|i\.e|such as|like)\b|n[\u2019']t\b|[\u2019']ll\b|[<>\u2264\u2265]/i;
// The reader's own lead-in ("I'm running", "we're on", "I use", "currently I'm using"), or docker's output named before its keys
// ("docker version shows", group 1), taken off the clause.
const LEAD_IN =
  /^(?:(?:currently|now|right now|at the moment),? )?(?:(?:i|we)(?:[\u2019']m|[\u2019']re| am| are)(?: currently| now| still)? (?:running|on|using)|(?:i|we)(?: currently| now| still)? (?:run|use)|(docker (?:version|info) (?:shows|says|prints|reports|gives|lists|outputs|returns):?)) +/i;
// Where docker version or docker info is named before the keys it prints, in a bracket ("(docker info: NetworkDriver: pasta)").
const SHOWN_IN = /^docker (?:version|info)(?: (?:shows|says|prints|reports|gives|lists|outputs|returns))?:? */i;
// Clauses part at " and ", " but ", and before " with " or " using " after a version or Docker ("… Docker 27.3.1 with pasta"), not a
// lead-in's ("I'm using pasta").
const JOINS = / (?:(?:and|but|plus) |(?<=(?:\d|docker|rootless) )(?=(?:with|using|via) ))/iy;
// A tool and its version ("my rootlesskit version is 2.3.1", "pasta is 2025_01_21", "rootlesskit 2.3.1 here", "rootless Docker 27.3.1",
// "with rootlesskit 2.3.1"): the reader's word (my, is, here) makes it a statement; without one it goes on with the reader's lead-in.
const TOOL = new RegExp(
  String.raw`^(?<mine>(?:my|our) )?(?:(?:with|using|via|on) )?(?<rootless>rootless )?(?:(?<tool>docker(?: engine| client)?|rootlesskit|slirp4netns)|(?<pasta>pasta|passt))(?:[\u2019']s)?(?: version)?(?<is> is| =|(?= \S+ here$))? (?<value>v?\d[\w.^~+-]*?)(?<here> here)?$`,
  'i',
);
// A command's output quoted after it: "`pasta --version` prints pasta 2025_02_17.a1e48a0", "rootlesskit --version says rootlesskit
// version 2.3.1".
const SAID = new RegExp(
  String.raw`^[\x60"']?(?:(?<pasta>pasta|passt)|rootlesskit) (?:--version|-v)[\x60"']? (?:says|prints|shows|gives|outputs|returns|reports):? [\x60"']?(?<output>(?:pasta|passt)(?:\.avx2)?|rootlesskit version) (?<value>[^\s\x60"']+?)[\x60"']?$`,
  'i',
);
// A version of Docker, RootlessKit or slirp4netns, whole ("2.3" spans releases with and without the fix).
const WHOLE_VERSION = new RegExp(`^${VERSION}$`, 'i');
// A driver said ("NetworkDriver is pasta", "my network driver is slirp4netns") or docker's key quoted ("PortDriver: implicit").
const DRIVER = /^(?<mine>(?:my|our) )?(?:(?<network>network)|port) ?driver(?<is> is| =)?:? *[\x60"']?(?<driver>[a-z][\w-]*)[\x60"']?$/i;
// docker version's RootlessKit version quoted: "RootlessKit Version: 2.3.1".
const COMPONENT_VERSION = new RegExp(String.raw`^rootlesskit(?: version)?: *${VERSION}$`, 'i');
// A network driver or a rootless daemon named after the reader's lead-in ("I'm using slirp4netns", "… with pasta", "rootless mode").
const USING = /^(?:(?:with|using|via|on) )?(?:(?<driver>pasta|slirp4netns)(?: as (?:the |my )?(?:network )?driver| networking| for networking)?|(?<rootless>(?:docker )?rootless(?: mode| docker)?))$/i;

/** Reports what one English clause states (`quoted`: docker's keys are quoted; `own`: the reader's lead-in or clause came before); says whether it stated anything. */
function read(text: string, at: number, line: Line, sink: Sink, quoted: boolean, own: boolean): boolean {
  const part = { ...line, decided: { at, length: text.length } };
  // The output quoted counts as the output (pasta-version.ts, versions.ts), as in Chinese.
  const said = SAID.exec(text)?.groups;
  if (said) return /^pas/i.test(said['output']!) === !!said['pasta'] && report(said['pasta'] ?? 'rootlesskit', said['value']!, rank.binary, part, sink);
  const tool = TOOL.exec(text)?.groups;
  if (tool && (own || tool['mine'] || tool['is'] || tool['here']) && report(tool['tool'] ?? tool['pasta']!, tool['value']!, rank.hint, part, sink)) {
    if (tool['rootless']) sink.fact('rootless', true, rank.hint, part);
    return true;
  }
  const driver = DRIVER.exec(text)?.groups;
  if (driver && (own || quoted || driver['mine'] || driver['is'])) return sink.driver(driver['network'] ? 'networkDriver' : 'portDriver', driver['driver']!.toLowerCase(), rank.hint, part);
  const kit = quoted ? COMPONENT_VERSION.exec(text) : null;
  if (kit) return reportTool('rootlesskit', kit[1]!, rank.hint, part, sink);
  const using = own ? USING.exec(text)?.groups : undefined;
  if (using?.['driver']) return sink.driver('networkDriver', using['driver'].toLowerCase(), rank.hint, part);
  if (using) sink.fact('rootless', true, rank.hint, part);
  return !!using;
}

/** Reports `value` as the version of `name` (pasta's as it prints it, the others' whole); says whether it is one. */
function report(name: string, value: string, r: number, line: Line, sink: Sink): boolean {
  if (/^pas/i.test(name)) return reportPastaVersion(value, r, line, sink);
  const version = WHOLE_VERSION.exec(value);
  return !!version && reportTool(name, version[1]!, r, line, sink);
}

/** A line English sentences may state a setup in: it names a tool or a driver, and has a verb of a clause, the reader's lead-in or "here". */
export const englishLine = /^(?=.*(?:docker|rootlesskit|pasta|passt|slirp4netns|driver))(?=.*(?: is | = |says|prints|shows|gives|outputs|returns|reports|[\u2019'](?:m|re) | am | are | run | use |here))/i;

/** English sentences: a clause with the reader's word, or any after the reader's lead-in, in a sentence with no word that makes it another's. */
export const english: Grammar & { words: readonly string[] } = {
  notOwn: NOT_OWN,
  label: LEAD_IN,
  shownIn: SHOWN_IN,
  joins: JOINS,
  read,
  // What every line an English clause is read from has: a tool's or a driver's name (englishLine's first part; rootless is Chinese's too).
  words: ['docker', 'pasta', 'passt', 'slirp4netns', 'driver'],
};
