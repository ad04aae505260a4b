/**
 * Which machine (or person) the lines of a paste come from, where the paste names one: a heading before a prompt, a prompt's host, a
 * journal's, pdsh's or stern's before every line; a host's part of ansible's or pssh's output, a file's of head's or tail's, a person's
 * in a chat; ps's USER column; a table of hosts' row (recognisers/host-table.ts).
 */
import type { Line } from './clean.ts';
import { rank, wholeLine, type Conflict, type Observation } from './facts.ts';
import { spec, type FindingSpec } from './messages/types.ts';
import { DIAGNOSIS_COMMANDS } from './glued-prompt.ts';
import { typedIn, type Typed } from './prompts.ts';
import { tableHosts } from './recognisers/host-table.ts';
import type { FactKey } from './types.ts';

// "alice@laptop:~$ ", "[bob@server ~]$ ", "root@web-1 # ", the last in a prefix: after a CI log's "[job/step]   | " or a mail's "> " too.
const PROMPT_HOST = /(?:^|[\s>])\[?[\w.-]+@([\w.-]+)[:\s\]](?!.*@)/;
// The journal's (or syslog's) host, after its time: "Dec 04 10:00:00 server rootlesskit[1999]: ", "2025-01-02T10:00:00+0100 server dockerd[5]: ".
const JOURNAL_HOST = /^(?:[A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\S+) +([\w.-]+) [\w.@-]+(?:\[\d+\])?: $/;
// A line of one word and a colon, flush left, that a typed command follows: "laptop:", "server:" (docker info's "Server:" is followed by
// its fields, never by a prompt).
const HEADING = /^([A-Za-z][\w.-]{0,39}):$/;
// A heading that names a machine by a machine's word, which a typed command follows too: "== server (where curl fails) ==", "### laptop",
// "--- host A ---", "On the server:", "On my laptop:". Other headings ("== docker version ==", "### before the upgrade") are one machine's
// sections, whose values are its changes over time. (A mail's ">" stays before "==", as before head's "==> file <==".)
const MACHINE = String.raw`((?:[a-z]+ )?(?:server|laptop|desktop|workstation|host|vm|box|machine|node|pc|notebook|runner)(?: (?:[a-z]|\d+|[\w.-]*\d[\w.-]*))?)(?: *\([^)]*\))?`;
const MACHINE_HEADING = new RegExp(String.raw`^(?:>*(?:={2,}|-{3,}|#{1,6}) +${MACHINE}(?: +[=#-]+)?|(?:\*\*)?on (?:the |my |our |this )?${MACHINE}:(?:\*\*)?)$`, 'i');
// A heading that names a host by its name alone, before typed commands too: "== web01 ==", "### prod-db-2", "--- build-runner-3 ---" (a
// parenthesis may follow the name, as after a machine's word). Taken only where the paste says it is a host (hostHeadings). Not "[ci-worker]":
// cleaning reads it as a log's tag where a blank follows.
const HOST_HEADING = /^>*(?:={2,}|-{3,}|#{1,6}) +([A-Za-z][\w.-]{0,62})(?: *\([^)]*\))?(?: +[=#-]+)?$/;
// A name shaped as hosts are named, by a number or in parts ("web01", "ci-worker"), unlike a section's word ("pasta", "after").
const HOST_SHAPED = /[\d-]/;
// A log's tag before every line of a stream (cleaning takes it as the line's prefix): a CI matrix's jobs' "[rootless-pasta] ", kubectl
// logs --prefix's "[pod/dind-0/dind] ".
const TAG = /^\[([\w./-]{1,64})\] /;
// What a section's heading names besides a host, by its first part ("docker-info", "pasta-2", "step-1", "v2", "feb-17"): a command or a
// program, a state, a time.
const NOT_HOST = new RegExp(
  `^(?:${DIAGNOSIS_COMMANDS}|dockerd|slirp4netns|vpnkit|containerd|compose|apt|dnf|yum|pacman|zypper|nft|iptables|before|after|now|then|old|new|` +
    'earlier|later|fixed|broken|working|works|failing|output|results?|logs?|step|attempt|try|run|test|part|round|case|update|upgrade|downgrade|' +
    'restart|reboot|fix|setup|config|configuration|info|versions?|status|env|environment|edit|summary|details|debug|expected|actual|today|' +
    'yesterday|day|week|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|v\\d.*)$',
  'i',
);
// Where one host's, file's or person's part starts: ansible's "build01 | CHANGED | rc=0 >>" or "changed: [build01] => {", pssh's "[1] 10:42:01 [SUCCESS] ci-runner-1",
// head's or tail's "==> diag-laptop.txt <==", a chat's "Alice Chen  10:42 AM" or "[10:42] Alice:", a GitHub comment's header. Each with
// what a line needs to be one (`may`), tried first: most lines have none of it.
const PART: readonly { may: (t: string) => boolean; part: RegExp }[] = [
  { may: (t) => t[t.indexOf(' ') + 1] === '|', part: /^([\w.-]+) \| (?:CHANGED|SUCCESS|FAILED!?|UNREACHABLE!?)(?: \| rc=\d+)? >>/ },
  // ansible-playbook's, a task's result on each host: "changed: [web18] => {", "fatal: [web03]: FAILED! => {" (review R158 H1).
  { may: (t) => 'ocf'.includes(t[0]!) && t.endsWith('{'), part: /^(?:ok|changed|fatal): \[([\w.-]+)\](?:: FAILED!)? => \{$/ },
  { may: (t) => t[0] === '[', part: /^\[\d+\] \d\d:\d\d:\d\d \[(?:SUCCESS|FAILURE)\] ([\w.-]+)/ },
  { may: (t) => t[0] === '>' || t[0] === '=', part: /^>*==> (.+) <==$/ },
  { may: (t) => t.charCodeAt(0) >= 65 && t.charCodeAt(0) <= 90 && endsInTime(t) && namesOnly(t), part: /^([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}) {1,3}\d{1,2}:\d\d(?: ?[AP]M)?$/ },
  { may: (t) => t[0] === '[', part: /^\[\d{1,2}:\d\d(?::\d\d)?\] ([A-Z][\w'-]*(?: [A-Z][\w'-]*)?):$/ },
  // A GitHub thread's comment header, "dmitri-v commented on Nov 20, 2024" (or "commented 3 days ago"): each poster's output is their
  // machine's, not one machine's later state (review R138 29).
  { may: (t) => t.startsWith('commented ', t.indexOf(' ') + 1), part: /^@?([A-Za-z\d][\w-]{0,38}) commented (?:on )?(?:[A-Z][a-z]{2} \d{1,2}(?:, \d{4})?|\d+ \w+ ago|yesterday)\b/ },
  // WeChat's exported chat, "王五 2026/11/20 14:03:11": a name, then the message's date and time, on a line of their own (review R153 03).
  { may: (t) => endsInTime(t) && isDigit(t.charCodeAt(t.lastIndexOf(' ') - 1)), part: /^([^\s\d:#$<>[\]][^\s:]{0,19}) \d{4}[/-]\d{1,2}[/-]\d{1,2} \d{1,2}:\d\d(?::\d\d)?$/ },
  // QQ's, "2026-10-08 09:31:45 小明(12345678)": the time (which cleaning takes off as a prefix, in brackets or not), a name and its number.
  { may: (t) => t.endsWith(')'), part: /^\[?\d{4}-\d\d-\d\d \d{1,2}:\d\d(?::\d\d)?\]? ([^\s(]{1,20})\(\d{5,12}\)$/ },
];
/** Whether no word of `t` after its first starts with a small letter, as none of a chat head's name does ("Jonas Weber  10:42 AM"). */
function namesOnly(t: string): boolean {
  for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) {
    const c = t.charCodeAt(i + 1);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}
/** Whether a text ends as a chat's time does ("10:42", "10:42 AM", "10:42PM"): read from its end, as no pattern can. */
function endsInTime(t: string): boolean {
  const n = t.length;
  const end = t.charCodeAt(n - 1) === 77 ? n - (t.charCodeAt(n - 3) === 32 ? 3 : 2) : n;
  return t.charCodeAt(end - 3) === 58 && isDigit(t.charCodeAt(end - 2)) && isDigit(t.charCodeAt(end - 1));
}

/** Whether a character code is an ASCII digit's. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// A chat's speaker at the end of a line's prefix, after the chat's time, a bridge's relay or first ("[10:42] <alice> ", "10:42:07 <alice> ",
// "<m-relay> <kai:matrix.org> ", "<alice> "; not a journal's "NetworkManager[702]: <debug> " nor a log's level after its date and time,
// nor a quote's "> <@kai:matrix.org> ", which a Matrix reply quotes the message it answers with).
const SPOKEN = /(?:^|\] ?|\w> |(?:^|[^\d\s] )\d\d?:\d\d(?::\d\d)? )<([^\s<>]+)> *$/;
// An IRC log's speaker, which cleaning takes as the line's prefix: "[10:42] <alice> ", after a bridge's relay too.
const SPEAKER = /^\[\d{1,2}:\d\d(?::\d\d)?\] (?:<[^>]+> )?<([^>]+)> $/;
// The sender of Element's exported chat, after its date and time, which cleaning takes as the line's prefix (perhaps after a log's or a
// quote's): "4/15/2022, 4:48:51 PM - Jonas Weber: ", "15.4.2022, 16:48:51 - @kai:matrix.org: ". No other prefix holds " - ".
const SENDER = / - (.+): *$/;
/**
 * The sender of an exported chat's message that starts on `line` (SENDER), looked for only where its prefix ends as a name's colon does
 * (not a journal's "dockerd[123]: ") and holds " - ".
 */
const sender = ({ prefix: p }: Line): RegExpExecArray | null => (p?.endsWith(': ') && p.at(-3) !== ']' && p.includes(' - ') ? SENDER.exec(p) : null);
// ps printing its USER column first: "ps aux", "ps -ef", "ps -eo user:12,pid,args".
const PS_USER_FIRST = /\bps\s+(?:-?aux\b|-ef\b|.*?-\w*o\s*(?:user|euser|ruser)\b)/;
// ps's USER column, before the PID.
const PS_USER = /^[\w.-]+(?= +\d+ )/;

// The facts the verdict turns on: seen with different values on two machines, neither value is the other's later state.
const DECIDING: readonly FactKey[] = ['hostLoToNsLo', 'rootlesskitVersion', 'networkDriver'];

/** Whether a prompt follows line `i` (`typed`: those of `lines`): the next line, or the one after a piece of the same paste line that cleaning left before it. */
export const beforePrompt = (lines: readonly Line[], i: number, typed: Typed): boolean => typed.is(i + 1) || (typed.is(i + 2) && lines[i + 1]!.n === lines[i + 2]!.n);

/** The machine a heading line `t` names ("laptop:", "== server (where curl fails) ==", "On my laptop:"), or undefined. */
function headingName(t: string): string | undefined {
  // A state or a time ("before:", "after:", "now:") heads one machine's sections, as NOT_HOST's words do in a heading of a host's shape.
  const bare = HEADING.exec(t);
  if (bare) return NOT_HOST.test(bare[1]!.split(/[-._]/)[0]!) ? undefined : bare[1];
  const m = MACHINE_HEADING.exec(t);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Whether a heading's name and a prompt's host are one host's ("web01", "web01.example.com"): their first labels, whatever the case. */
const sameHost = (a: string, b: string): boolean => a.split('.')[0]!.toLowerCase() === b.split('.')[0]!.toLowerCase();

/**
 * The headings of `lines` that name a host by its name alone (HOST_HEADING), before a prompt (`typed`), by index: where a prompt under it
 * (up to the next heading) names that host, or where two or more of them, shaped as hosts are named and naming neither a command, a
 * program, a state nor a time (NOT_HOST), nor the command typed under them, each head typed commands.
 */
function hostHeadings(lines: readonly Line[], typed: Typed): Map<number, string> {
  const found: { i: number; name: string }[] = [];
  for (const p of typed.at) {
    // The heading is the line before the prompt, or the one before a piece of the same paste line that cleaning left before it.
    for (const i of [p - 2, p - 1]) {
      const line = lines[i];
      if (!line || i <= (found.at(-1)?.i ?? -1) || typed.is(i) || line.text !== line.trimmed || !beforePrompt(lines, i, typed) || headingName(line.trimmed)) continue;
      const m = HOST_HEADING.exec(line.trimmed);
      if (m) found.push({ i, name: m[1]! });
    }
  }
  if (!found.length) return new Map();
  // The headings whose part (up to the next one) has a prompt naming their host, in one pass over the prompts.
  const named = new Set<number>();
  let k = -1;
  for (const p of typed.at) {
    while (k + 1 < found.length && found[k + 1]!.i < p) k++;
    const host = k >= 0 ? PROMPT_HOST.exec(lines[p]!.prefix ?? '')?.[1] : undefined;
    if (host && sameHost(host, found[k]!.name)) named.add(k);
  }
  const hostLike = new Set(found.filter(({ i, name }) => HOST_SHAPED.test(name) && !NOT_HOST.test(name.split(/[-._]/)[0]!) && !sameHost(commandAfter(lines, i, typed), name)));
  const many = new Set([...hostLike].map((h) => h.name.toLowerCase())).size > 1;
  return new Map(found.filter((h, k) => (many && hostLike.has(h)) || named.has(k)).map((h) => [h.i, h.name]));
}

/** The program typed at the prompt after line `i` (`typed`: those of `lines`), past sudo: "pasta" for "$ pasta --version". */
function commandAfter(lines: readonly Line[], i: number, typed: Typed): string {
  const p = typed.is(i + 1) ? i + 1 : i + 2;
  return /^(?:sudo +)?([^\s|;&]+)/.exec(lines[p]!.trimmed)?.[1] ?? '';
}

/** Where line text `t` starts a host's, file's or person's part (PART, from its entry `from`: 3 for a person's), its match; else null. */
function partAt(t: string, from = 0): RegExpExecArray | null {
  for (const { may, part } of PART.slice(from)) {
    const m = may(t) ? part.exec(t) : null;
    if (m) return m;
  }
  return null;
}

/**
 * A head of a part on `line` (PART's from entry `from`), read with the time that cleaning took off as its prefix, perhaps after a log's:
 * "[10:42] Name:", QQ's "[2026-10-08 09:31:45] Name(12345678)".
 */
function headAt(line: Line, from: number, prefix = line.prefix?.trimEnd() ?? ''): RegExpExecArray | null {
  const m = partAt(line.trimmed, from);
  if (m || !prefix) return m;
  if (prefix.endsWith(']')) return partAt(`${prefix.slice(prefix.lastIndexOf('['))} ${line.trimmed}`, Math.max(from, 4));
  return isDigit(prefix.charCodeAt(prefix.length - 1)) ? partAt(`${prefix} ${line.trimmed}`, PART.length - 1) : null;
}

/**
 * The machine each of the lines `asked` names or follows (line number → name), for the lines after a heading or a host's prompt, and a
 * journal's own; '' for the local machine, beside a tool's hosts. Every line is read, as a part runs on from where it starts; only those
 * asked are kept.
 */
export function machines(lines: readonly Line[], asked: ReadonlySet<number>, typed: Typed = typedIn(lines)): Map<number, string> {
  const of = new Map<number, string>();
  let current: string | undefined;
  // The machine a heading or a part names, which a prefix on every line (a journal's host, a CI log's) does not override.
  let marked: string | undefined;
  let users = false;
  let tools = false;
  const hosts = hostHeadings(lines, typed);
  const rows = tableHosts(lines);
  const streams = streamTags(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A table's row is its host's alone: the lines after the table are none of its hosts'.
    const row = rows.get(line.n);
    if (row || rows.has(lines[i - 1]?.n ?? -1)) current = marked = row;
    const prompted = typed.is(i);
    // (A journal's or a CI log's prefix on every line, or a mail's quote, leaves them as they are.) A prompt after it first, then its colon.
    const heading = !prompted && (typed.is(i + 1) || typed.is(i + 2)) && line.text === line.trimmed && beforePrompt(lines, i, typed) ? (headingName(line.trimmed) ?? hosts.get(i)) : undefined;
    const prompt = prompted ? PROMPT_HOST.exec(line.prefix!) : null;
    const part = prompted ? null : (headAt(line, 0) ?? sender(line));
    if (heading || prompt || part) {
      current = heading ?? (prompt ?? part)![1]!;
      marked = prompt ? undefined : current;
    }
    if (prompted) users = PS_USER_FIRST.test(line.trimmed);
    if (!asked.has(line.n)) continue;
    const own = line.prefix && !prompt ? (JOURNAL_HOST.exec(line.prefix) ?? SPEAKER.exec(line.prefix)) : null;
    // pdsh's (or clush's) host and stern's pod, which cleaning read off the prefix before every line of theirs.
    const tool = prompt ? undefined : (line.host ?? streams?.get(i));
    tools ||= !!tool;
    const user = users && !prompted ? PS_USER.exec(line.trimmed) : null;
    const host = user?.[0] ?? marked ?? own?.[1] ?? tool ?? current;
    if (host) of.set(line.n, host);
  }
  // pdsh and stern name every line of theirs: a line beside them that names no machine is the local one's, where their command was typed.
  if (tools) for (const n of asked) if (!of.has(n)) of.set(n, '');
  return of;
}

/**
 * The tag of each line of `lines` (by index) that a log's tag names as one of two or more streams, each named as a host is (HOST_SHAPED,
 * not NOT_HOST): jobs of a CI matrix run on machines of their own, interleaved or one after another (review R148 13). Null for fewer.
 */
function streamTags(lines: readonly Line[]): Map<number, string> | null {
  const of = new Map<number, string>();
  const names = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const tag = lines[i]!.prefix?.[0] === '[' ? TAG.exec(lines[i]!.prefix!)?.[1] : undefined;
    if (!tag || !HOST_SHAPED.test(tag) || NOT_HOST.test(tag.split(/[-._/]/)[0]!)) continue;
    of.set(i, tag);
    names.add(tag);
  }
  return names.size > 1 ? of : null;
}

// Whom a chat message opens by addressing, by name: IRC's "jonas: paste …" or "jonas, …", Slack's or Matrix's "@jonas …".
const ADDRESSED = /^(?:@([\w.-]+)|([\w.-]+)[:,] )/;

/** Whether speaker `s` ("jonas", "@jonas:matrix.org", "Jonas Weber") goes by the name `name` a message addresses, whatever the case. */
const goesBy = (s: string, name: string): boolean => s.replace(/^@/, '').split(/[: ]/)[0]!.toLowerCase() === name.toLowerCase();

/**
 * The lines of a chat log that another than its asker wrote (an IRC speaker's prefix, an exported chat's sender, or a line
 * under a chat's "Name 10:42 AM" or "[10:42] Name:" or a GitHub comment's header), where two or more speak: the log is about the
 * asker's machine. The asker is who opened it, unless the opening message addresses another speaker ("<mkr> jonas: paste …"): a
 * helper asking for output, whose addressee asks. (Lines, not line numbers: a chat that lost its newlines is one paste line.)
 */
export function othersSpoken(lines: readonly Line[]): Set<Line> {
  const who: (string | undefined)[] = [];
  let current: string | undefined;
  let opening: string | undefined;
  for (const line of lines) {
    // An IRC prefix or an exported chat's sender, or a person's head (PART's from the fourth; cleaning takes the time of "[10:42] Name:"
    // and of QQ's head off as a prefix, perhaps after a log's); a line with neither goes on with the speaker before it.
    // (Only a prefix that ends as a chat's time or speaker does, or holds an exported chat's " - ", is searched: most lines of a long
    // paste have a log's own.)
    const prefix = line.prefix?.trimEnd() ?? '';
    const head = headAt(line, 3, prefix);
    // (A speaker left alone after a chat's time or a relay, "[10:05] <jonas>", is a piece of a chat that lost its newlines, cut before
    // output's key; not a tag after a log's time or tag, "[2024-11-08T10:00:00.123Z] <details>".)
    const alone = line.trimmed[0] === '<' && line.trimmed.endsWith('>') && (/:\d\d\]$/.test(prefix) || prefix.endsWith('>')) ? SPOKEN.exec(`${prefix} ${line.trimmed}`) : null;
    current = alone?.[1] || (prefix.endsWith('>') && SPOKEN.exec(prefix)?.[1]) || (head ?? sender(line))?.[1] || current;
    who.push(current);
    // The first speaker's first words (a head's own line has none).
    if (opening === undefined && current && !head && line.trimmed) opening = line.trimmed;
  }
  const first = who.find((s) => s);
  const named = opening === undefined ? null : ADDRESSED.exec(opening);
  const name = named?.[1] ?? named?.[2];
  const asker = (name && who.find((s) => s && s !== first && goesBy(s, name))) || first;
  const others = new Set<Line>();
  who.forEach((s, i) => s && s !== asker && others.add(lines[i]!));
  return others;
}

/**
 * Drops what another speaker of a chat log shows (`spoken`: their lines among `lines`) of a fact the asker shows none of, or shows below
 * it: a helper's "rootlesskit version 2.3.4", "mine:" list or "pasta 2025_03_20…" is the helper's machine, not the asker's. (At the same
 * rank both stay, two machines that disagree.)
 */
export function dropOthersAbove(sink: { observations: Observation[] }, lines: readonly Line[], spoken: ReadonlySet<Line>): void {
  if (!spoken.size) return;
  // Each paste line's cleaned lines: more than one where a chat that lost its newlines was cut apart, its speakers' words on one.
  const of = new Map<number, Line[]>();
  for (const l of lines) of.get(l.n)?.push(l) ?? of.set(l.n, [l]);
  // Another speaker's observations, by that of its paste line's pieces which holds its evidence; those on a line the asker speaks on
  // too (a chat cut apart again) at any rank, as no machine can be told by line there (machines()).
  const others = new Map<Observation, number>();
  for (const o of sink.observations) {
    const at = of.get(o.evidence.line) ?? [];
    const line = (at.length > 1 && at.find((l) => l.text.includes(wholeLine(o.evidence)))) || at[0];
    if (line && spoken.has(line)) others.set(o, at.every((l) => spoken.has(l)) ? o.rank : Infinity);
  }
  const own = new Map<FactKey, number>();
  for (const o of sink.observations) if (!others.has(o)) own.set(o.key, Math.max(own.get(o.key) ?? 0, o.rank));
  sink.observations = sink.observations.filter((o) => !((others.get(o) ?? -Infinity) > (own.get(o.key) ?? -Infinity)));
}

/**
 * The facts the machines `names` do not show alike (`of`: each line's machine): one shows none, or two show other values. A fact shown
 * on a line of no machine (the paste's own words, say) is left to the paste.
 */
export function unlike(names: readonly string[], of: ReadonlyMap<number, string>, observations: readonly Observation[]): FactKey[] {
  const seen = new Map<FactKey, { on: Set<string>; values: Set<string> } | null>();
  for (const o of observations) {
    const machine = of.get(o.evidence.line);
    const s = seen.has(o.key) ? seen.get(o.key)! : { on: new Set<string>(), values: new Set<string>() };
    if (s && machine !== undefined) {
      s.on.add(machine);
      s.values.add(String(o.value));
    }
    seen.set(o.key, machine === undefined ? null : s);
  }
  return [...seen].flatMap(([key, s]) => (s && (s.values.size > 1 || names.some((n) => !s.on.has(n))) ? [key] : []));
}

/** The machines among `names` on which the paste shows fact `key` at rank `least` or above (rank.running: what runs there, a daemon, a process). */
export function shownOn(names: readonly string[], key: FactKey, of: ReadonlyMap<number, string>, observations: readonly Observation[], least: number): string[] {
  // The observations read once, not once for each name: a long paste has thousands.
  const shown = new Set(observations.filter((o) => o.key === key && o.rank >= least).map((o) => of.get(o.evidence.line)));
  return names.filter((name) => shown.has(name));
}

/** The machines the disagreeing values were seen on, in the paste's order, when one disagreement's values come from two or more. */
export function disagreeingMachines(conflicts: readonly Conflict[], of: ReadonlyMap<number, string>): string[] {
  const names = conflicts.map((c) => [...new Set(c.evidence.map((e) => e.line).toSorted((a, b) => a - b).flatMap((n) => of.get(n) ?? []))]);
  return names.find((n) => n.length > 1) ?? [];
}

/**
 * The first disagreement on a deciding fact between named machines: the fact, and the step that asks for one machine at a time (each
 * machine's first value of it, in the paste's order, with its line).
 */
export function machinesApart(conflicts: readonly Conflict[], of: ReadonlyMap<number, string>, observations: readonly Observation[]): { key: FactKey; machines: string[]; step: FindingSpec } | null {
  for (const key of DECIDING.filter((k) => conflicts.some((c) => c.key === k))) {
    const first = new Map<string, Observation>();
    const seen = observations.filter((o) => o.key === key && o.rank >= rank.config && of.has(o.evidence.line)).toSorted((a, b) => a.evidence.line - b.evidence.line);
    for (const o of seen) if (!first.has(of.get(o.evidence.line)!)) first.set(of.get(o.evidence.line)!, o);
    if (new Set([...first.values()].map((o) => String(o.value))).size < 2) continue;
    const values = [...first].map(([machine, o]) => ({ machine, value: String(o.value) }));
    return { key, machines: [...first.keys()], step: spec('machines-apart', { key, values, stepFor: [] }, [...first.values()].map((o) => o.evidence)) };
  }
  return null;
}
