/**
 * A paste whose newlines were all lost (a web form, a chat tool or a ticket's field flattened it): its lines joined by two spaces, by one,
 * or by the blanks of the next line's indentation. Its lines are cut apart again before the starts of the lines the checker reads.
 */
import { literal } from './any-of.ts';
import { packageRoles } from './data/core/diagnostics.ts';
import { DIAGNOSIS_COMMANDS } from './glued-prompt.ts';

// A paste that lost its newlines is a line or a few (a title, a note typed beside it): every long line of such a paste is looked at.
export const FLAT_LINES = 4;
// Shorter than two lines the checker reads ("rootlesskit version 2.3.1  pasta 2025_01_21.4f2c8e7-1" is 54).
export const MIN_FLAT = 40;
// In a longer paste (a forum post's prose around one field that lost its newlines), a line is looked at only where it alone looks
// flattened: this long, with this many runs of two blanks or more before starts of lines (prose has two blanks after a sentence at
// most, and before few of these starts: "Edit: ", "Note: "; a table's row, before none), of which FLAT_STRONG, or the line's own
// start, are specific ones (STRONG); which spares the other lines any search.
const LONG_FLAT = 200;
const FLAT_STARTS = 6;
const FLAT_STRONG = 2;
// Programs whose lines (a version, an argv in a pgrep or ps row) the checker reads.
const PROGRAMS = 'rootlesskit|pasta|passt|slirp4netns|dockerd|vpnkit|containerd';
// The package managers whose listings the checker reads, typed at a prompt beside the diagnosis's own commands.
const COMMANDS = `${DIAGNOSIS_COMMANDS}|${PROGRAMS}|apt|apt-cache|dnf|yum|pacman|zypper|rootlessctl|dockerd-rootless-setuptool\\.sh|sudo`;
// The packages the checker knows, longest first (docker-ce before docker), as rpm -q, pacman -Q and apt-cache policy print them first.
const PACKAGES = Object.keys(packageRoles)
  .sort((a, b) => b.length - a.length)
  .map(literal)
  .join('|');
// Starts of lines specific enough to cut before after a single blank, where a line holds two or more of them: a command at a prompt,
// a version printed by RootlessKit, slirp4netns, pasta or docker, docker's client header (not the server's: clean.ts's unglue reads a
// whole docker version or info joined by single blanks from its Client: on), a unit's section and settings, curl's error,
// apt-cache policy's package and keys, dpkg -l's row, a log line's tag, a journal line's head.
// A command at a prompt (bare, or user@host's, or a path's).
const PROMPT = `(?:[\\w.-]+@[\\w.-]+:\\S*|\\[[^\\]\\s]+@[^\\]]+\\]|~|\\S*\\/)?[$#] (?:${COMMANDS}) `;
// A journal's line: its date, host and program with its process id (a web console's journal joined by single blanks).
const JOURNAL_HEAD = '[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d [\\w.-]+ [\\w.@-]+\\[\\d+\\]: ';
const STRONG = [
  PROMPT,
  '(?:rootlesskit|slirp4netns|podman) version \\d',
  '(?:pasta|passt)(?:\\.avx2)? (?:\\d|0\\^)',
  'Docker version \\d',
  'Client: ',
  '\\[(?:Unit|Service|Install)\\]',
  '(?:Environment|ExecStart)=',
  'curl: \\(\\d+\\) ',
  `(?:${PACKAGES}):(?: |$)`,
  '(?:Installed|Candidate): \\d|Version table:',
  // dpkg -l's row (its name after one blank too, where the name is a package the checker knows), pacman -Q's and rpm -q's, a pgrep -a
  // row of a program whose argv the checker reads (review R135 02 to 04: rows joined by single blanks after their command were lost).
  `[hi]i(?: {2}\\S| (?:${PACKAGES}) \\d)`,
  `(?:${PACKAGES}) (?:\\d+:)?\\d[\\w.~+^]*-\\d`,
  `(?:${PACKAGES})-(?:\\d+:)?\\d[\\w.~+^]*-[\\w.~+^]+\\.(?:x86_64|aarch64|noarch)\\b`,
  '\\d+ (?:\\S*\\/)?(?:rootlesskit|pasta|slirp4netns) --',
  '\\[(?:rootlesskit:\\w+ *|INFO|WARNING|ERROR)\\] ',
  JOURNAL_HEAD,
].join('|');
// Starts of lines that a run of blanks before them makes one: a "Key: value" or "key: value" (docker version and info, systemctl
// status, apt-cache policy, podman info), a variable set ("DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"), dpkg -l's and zypper's rows, a
// package as rpm -q, pacman -Q and apt list print it, a ps row (user, process id, another number) and a pgrep -a row (process id,
// program), apt-cache policy's version table, a comment of systemctl cat ("# /etc/…"), a syslog date.
const SPACED = [
  STRONG,
  // Any command at a bare prompt, or at user@host's (all of it: the line before would end in "user@host:~").
  '(?:[\\w.-]+@[\\w.-]+:\\S*)?[$#] [\\w./~-]',
  // The diagnosis's own commands typed without a prompt, as a paste of a terminal's lines or a note's list of them has them.
  '(?:docker (?:version|info)|(?:rootlesskit|pasta|passt|slirp4netns) --version)(?: |$)',
  // A prefix every line of a CI log had ("[CI/job 1]   | "), which is taken off each piece again.
  '\\[[^\\]]{1,200}\\] +\\| ',
  '[A-Z][\\w.()/-]*(?: [A-Za-z][\\w.()/-]*){0,3}:(?: |$)|[a-z][\\w-]*(?<![a-z](?:Server|Client)):(?: |$)',
  '(?:export )?[A-Z][A-Za-z_]*=',
  '[hirp][iUHn] {1,2}\\S',
  'i\\+? +\\| ',
  `(?:${PACKAGES})(?:[-/ ]\\d|\\/\\w|-\\d| \\d)`,
  '[a-z_][\\w.+-]* +\\d+ +[\\d.]+ ',
  `\\d+ (?:\\S*\\/)?(?:${PROGRAMS})\\b`,
  '\\*\\*\\* \\S',
  '\\d{3} \\S+:\\/\\/',
  '\\d{3} \\/var\\/lib\\/dpkg\\/status',
  '# \\/',
  '[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d ',
  // A Markdown fence and quote, and a GitHub thread's comment header (each poster's part is their machine's: machines.ts).
  '```|> \\S',
  '@?[A-Za-z\\d][\\w-]{0,38} commented (?:on )?[A-Z][a-z]{2} \\d',
  // A chat's message by its time: an IRC log's ("[10:02] ", "17:11:39 <jonas> ") and Element's exported chat's date ("4/15/2025, 4:48:51"),
  // each speaker's words their own (machines.ts).
  '\\[\\d\\d?:\\d\\d(?::\\d\\d)?(?: ?[AP]M)?\\] |\\d\\d?:\\d\\d(?::\\d\\d)? <|\\d\\d?[./-]\\d\\d?[./-]\\d{2,4},? \\d\\d?:\\d\\d',
  // (its date year first, "2025-04-15 16:48:51 - Jonas Weber: ", only before a sender: a log's ISO time is no start of its own)
  '\\d{4}[./-]\\d\\d?[./-]\\d\\d?,? \\d\\d?:\\d\\d(?::\\d\\d)?(?: ?(?:[AP]M|[ap]\\.m\\.))? - [@A-Z]',
  // And a Slack message's head, its sender's name and time ("Jonas Weber  10:42 AM"), which the message follows after the joint.
  "[A-Z][\\w'-]*(?: [A-Z][\\w'-]*){0,2} {1,3}\\d\\d?:\\d\\d(?: ?[AP]M)? {2}",
].join('|');
// Where a run of two blanks or more (all but the joint's own stay as the next line's indentation) comes before a start; where one blank does.
// (Not inside dpkg -l's row, after its two letters of state, "ii  passt 0.0~git…", nor after a diff's or a list's mark, "-  export …".)
const SPACED_START = new RegExp(`(?<=\\S)(?<!(?:^| )[uihrp][nciuUHFWt]|^ *[-+*>|])( {2,})(?=${SPACED})`, 'g');
// (Nor inside dpkg -l's row after its state, "ii docker-ce 5:27.3.1…", which reads as pacman -Q's row too.)
const STRONG_START = new RegExp(`(?<=\\S)(?<!(?:^| )[uihrp][nciuUHFWt]) (?=${STRONG})`, 'g');
// A package manager's or pgrep's command that its prompt was taken from (the collector's steps are split at their prompts) starts
// one too; not any command: "pasta --version \u8f93\u51fa pasta …" is a sentence.
const STRONG_FIRST = new RegExp(`^ *(?:${STRONG}|(?:pacman|rpm|dpkg(?:-query)?|apt(?:-cache)?|dnf|yum|zypper|pgrep) )`);
const PROMPTED = new RegExp(`(?<=\\S) ${PROMPT}`);
// Journal lines joined after the first, whose head cleaning took off as a prefix: each later head starts a line as the first did.
const JOURNAL_JOINED = new RegExp(`(?<=\\S) (?=${JOURNAL_HEAD})`, 'g');
// STRONG where a start of SPACED_START is.
const STRONG_AT = new RegExp(`(?:${STRONG})`, 'y');
// docker info's keys whose values are a list, an item a line ("Security Options:  seccomp  Profile: builtin  cgroupns").
const LIST_KEY = /^ *(?:Security Options|Insecure Registries|CDI spec directories|Registry Mirrors):(?: {2}|$)/;
const PROFILE = /^ *Profile: /;
const ITEM = / {2,}/;
// A Slack message's head at the start of a piece, and the joint's blanks before its message (a head holds two blanks of its own).
const CHAT_HEAD = /^( *[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2} {1,3}\d\d?:\d\d(?: ?[AP]M)?) {2,}(?=\S)/;
// The blanks that joined two lines: two, the most a form or a chat tool puts, the rest being the next line's indentation.
const JOINT = 2;

/**
 * Whether a line of a longer paste alone looks like lines joined: long, with FLAT_STARTS starts after runs of blanks, and FLAT_STRONG of
 * them (or of those and its own start) specific; or starting with a specific start and holding FLAT_STRONG more after single blanks.
 */
export function looksFlat(t: string): boolean {
  if (t.length < LONG_FLAT) return false;
  const first = STRONG_FIRST.test(t);
  // Rows joined by single blanks after their command, as flatLines cuts them ("$ pgrep -a pasta 1407 rootlesskit --… 1433 pasta --…";
  // review R136 26): prose starts with no command.
  if (first && (t.match(STRONG_START)?.length ?? 0) >= FLAT_STRONG) return true;
  if ((t.match(JOURNAL_JOINED)?.length ?? 0) >= FLAT_STRONG) return true;
  if (!t.includes('  ')) return false;
  let [starts, strong] = [0, first ? 1 : 0];
  SPACED_START.lastIndex = 0;
  for (let m = SPACED_START.exec(t); m; m = SPACED_START.exec(t)) {
    starts++;
    STRONG_AT.lastIndex = m.index + m[1]!.length;
    if (STRONG_AT.test(t)) strong++;
  }
  return starts >= FLAT_STARTS && strong >= FLAT_STRONG;
}

/**
 * The lines a line that lost its newlines was joined from: cut before each start after a run of blanks, or, where it holds two starts
 * or more that are specific enough and starts with one or has a command at a prompt, after a single blank too. Prose that names a command
 * ("I ran rootlesskit --version and got rootlesskit version 2.3.1") stays whole.
 */
export function flatLines(t: string): string[] {
  // Where each cut falls: the blanks it takes out, and the indentation the next line keeps of them.
  const cuts = new Map<number, [number, string]>();
  SPACED_START.lastIndex = 0;
  // A line glued from indented lines keeps its own indentation on each (docker version's keys after a lost newline).
  const own = t.length - t.trimStart().length;
  for (let m = SPACED_START.exec(t); m; m = SPACED_START.exec(t)) cuts.set(m.index, [m[1]!.length, ' '.repeat(Math.max(m[1]!.length - JOINT, own))]);
  const single = [...t.matchAll(STRONG_START)];
  // The line's first start counts too, when it starts one.
  // Output, not prose that names two: the line starts with one of them, or one is a command at a prompt.
  const first = STRONG_FIRST.test(t);
  if (single.length + (first ? 1 : 0) >= 2 && (first || PROMPTED.test(t) || (t.match(JOURNAL_JOINED)?.length ?? 0) >= FLAT_STRONG)) for (const m of single) if (!cuts.has(m.index)) cuts.set(m.index, [1, ' '.repeat(own)]);
  if (!cuts.size) return [t];
  const lines: string[] = [];
  let [at, indent] = [0, ''];
  for (const k of [...cuts.keys()].sort((a, b) => a - b)) {
    lines.push(indent + t.slice(at, k));
    const [blanks, next] = cuts.get(k)!;
    [at, indent] = [k + blanks, next];
  }
  lines.push(indent + t.slice(at));
  // A list's items follow its key and a seccomp profile's line inside it; a chat's message its head.
  let listing = false;
  return lines.flatMap((line) => {
    listing = LIST_KEY.test(line) || (listing && PROFILE.test(line));
    const head = listing ? null : CHAT_HEAD.exec(line);
    return listing ? line.split(ITEM).map((item, k) => (k ? `  ${item}` : item)) : head ? [head[1]!, line.slice(0, line.length - line.trimStart().length) + line.slice(head[0].length)] : [line];
  });
}
