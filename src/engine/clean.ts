/**
 * Line normalisation: undoes the damage real pastes carry (prefixes, quotes, line numbers, CRLF, tabs, colours, HTML
 * entities and tags, odd spaces and quotes, shared indentation, hard wraps, lost newlines).
 */
import { withoutControls } from './controls.ts';
import { limits } from './limits.ts';
import { collectorCommands } from './collector-commands.ts';
import { FLAT_LINES, flatLines, looksFlat, MIN_FLAT } from './flat-paste.ts';
import { atGluedPrompts } from './glued-prompt.ts';
import { journalLine } from './journal-export.ts';
import { withoutLostEscapes } from './lost-escapes.ts';
import { unwrapPrompts } from './wrapped-prompt.ts';
import { unshare, withShared } from './shared-prefix.ts';
import { unprint } from './quoted-printable.ts';
import { paneBorder, panesOf } from './panes.ts';
import { straced } from './strace.ts';

/** One cleaned line; `n` is its 1-based line number in the original text. */
export interface Line {
  n: number;
  /** The line without prefixes and trailing space; leading indentation kept (docker's nesting). */
  text: string;
  /** `text` without leading indentation either. */
  trimmed: string;
  /** A `# [cut]`, `...` or `[...]` marker: something was left out here. */
  cut: boolean;
  /** What was stripped from the start of the line (timestamps, journal identifiers, prompts), if anything. */
  prefix?: string;
  /** The machine a tool's prefix before every line of a block names (pdsh's host, stern's pod: shared-prefix.ts). */
  host?: string;
  /** A joined line's later pieces (a hard wrap, a backslash): each one's line number and where it starts in `trimmed`, in order. */
  pieces?: readonly Piece[];
  /** What decided a fact, where a copy of the line is its evidence (facts.ts quotingAt): where in the whole `trimmed`, and how long. */
  decided?: { at: number; length: number };
}

/** Where a joined line's piece from line `n` of the paste starts: in `trimmed`, or (while joining) in the joined text. */
export interface Piece {
  n: number;
  at: number;
}

/** The paste line holding character `at` of a line's trimmed text: the piece of a joined line it falls in. */
export function lineAt(line: Line, at: number): number {
  const pieces = line.pieces ?? [];
  // Halving, as the pieces are in order: a line joined from thousands is quoted once for each setting on it.
  let [low, high] = [0, pieces.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (pieces[mid]!.at <= at) low = mid + 1;
    else high = mid;
  }
  return low ? pieces[low - 1]!.n : line.n;
}

/** The pieces joined onto each physical line, by its index: where each starts in the joined text. */
type Joins = Map<number, Piece[]>;

/** Notes that the piece from index `j` starts at `at` in the line at index `i` it was joined onto. */
function joined(joins: Joins, i: number, j: number, at: number): void {
  (joins.get(i) ?? joins.set(i, []).get(i)!).push({ n: j + 1, at });
}

/** Whether a chat log's speaker was stripped before the line ("<nick> "): someone's words, not a command or output of one's own. */
export const spoken = (line: Line): boolean => !!line.prefix && /<[^\s<>]+> *$/.test(line.prefix);

/** Whether the line came after a Markdown list's bullet ("* ", "• "), which its prefix keeps: written, not printed. */
export const bulleted = (line: Line): boolean => !!line.prefix && /(?:^|\s)[*•◦] $/.test(line.prefix);

/**
 * Whether a shell's prompt was stripped before the line: it is a command typed there (not a timestamp's or a log's line, nor a quote's
 * "> " alone, which is no prompt of its own, nor a chat's speaker). oh-my-zsh's starts the line with its arrow ("➜  app git:(main) ✗ ";
 * Vite indents its own).
 */
export const atPrompt = (line: Line): boolean => !!line.prefix && (endsInPrompt(line.prefix) || /^(?:> ?)*➜/.test(line.prefix)) && !spoken(line);

/**
 * Whether a prefix ends, before its blanks, in "$", "#", "%", "❯", or a ">" after neither a white space nor another ">". Read from its end:
 * a pattern anchored there is tried at every position of the prefix, and every line of a journal has a long one.
 */
function endsInPrompt(prefix: string): boolean {
  let k = prefix.length;
  while (k && prefix.charCodeAt(k - 1) === 32) k--;
  const last = prefix[k - 1];
  return last === '$' || last === '#' || last === '%' || last === '❯' || (last === '>' && k > 1 && !/[\s>]/.test(prefix[k - 2]!));
}

export interface Cleaned {
  lines: Line[];
  /** True when the input was longer than `limits.maxChars`. */
  truncated: boolean;
  /** Where it was: the lines left unread between its head and its tail (headAndTail); absent where only its head was read. */
  skipped?: { from: number; to: number };
  /** True when every line was a mail's or Markdown's quote ("> "), whose markers are gone from `lines`. */
  quoted: boolean;
  /** The numbers of the lines that are a prompt with nothing typed at it, which add no line: the answer before them ended. */
  prompts: number[];
}

// A mail's and Markdown's quote markers, nested or without a space: "> ", "> > ", ">>" (not ">= 2.3.2"; but ">=3D", a quoted-printable
// line's "=" written as its escape).
const QUOTE = /^(?:>(?!=(?!3D)) ?)+/;
// Prefixes, tried repeatedly at the start of a line. All anchored; none can backtrack beyond a bounded token.
const PREFIXES = [
  // Element's exported chat in a locale that writes the year first ("2025-04-15 16:48:51 - Jonas Weber: " in Swedish, "2025/4/15 16:48:51
  // - …" in Chinese, "2025-04-15, 4:48:51 p.m. - …" in Canadian English), before a log's ISO timestamp takes its date: without a fraction
  // of a second or a zone, and a sender who is a Matrix ID or a capitalised name, not a log's level nor its logger's lower-case name, and
  // holds no " - " (Python's "%(asctime)s - %(name)s - %(levelname)s").
  /^\d{4}[./-]\d{1,2}[./-]\d{1,2},? \d{1,2}:\d\d(?::\d\d)?(?: ?(?:[AP]M|[ap]\.m\.))? - (?:@[\w.=/+-]+:[\w.-]+|(?!(?:DEBUG|INFO|NOTICE|WARN(?:ING)?|ERROR|CRITICAL|FATAL|TRACE)\b)[A-Z](?:(?! - )[^:]){0,63}): /,
  // ISO timestamps (CI logs, journalctl -o short-iso), in GitLab's raw job log with the stream after it ("…Z 00O ")
  /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)? (?:[\da-f]{2}[OE]\+? )?/,
  /^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\] /, // "[2024-04-02T17:00:08.992Z] " (Dev Containers, Jenkins)
  // a chat's or IRC log's time: Discord's "[10:12 PM] ", Teams', "[10:12] <nick> ", with its speaker before output's indentation too
  // ("[10:05] <jonas>  Server Version: 27.3.1"; a journal's "<info>  [1730707950.1234]" has no time before it)
  /^\[\d{1,2}:\d\d(?::\d\d)?(?: ?[AP]M)?\] ?(?:<[@+%~&]?[\w[\]\\`^{}|.-]{1,32}> (?= +\S))?/i,
  // an IRC log's bare time before its speaker ("17:11:39 <jonas> "), taken off with the speaker after it
  /^\d{1,2}:\d\d(?::\d\d)? (?=<)/,
  // a bridge's relay and the Matrix user it relays, before output's indentation too ("<m-relay> <jonas:matrix.org>  Server Version: …")
  /^<[\w[\]\\`^{}|.-]{1,32}> <@?[\w.=/+-]{1,64}:[\w.-]{1,64}> (?= *\S)/,
  // an IRC log's speaker: "<nick> " (not docker images' "<none>"), or a Matrix user's after a bridge's relay ("<m-relay> <kai:matrix.org> ")
  /^<(?!none>)[@+%~&]?[\w[\]\\`^{}|.-]{1,32}(?::[\w.-]{1,64})?> (?=\S)/,
  // Element's exported chat (plain text): the date and time as the exporter's locale writes them, then the sender, a name or a Matrix ID:
  // "4/15/2022, 4:48:51 PM - Jonas Weber: ", "15.4.2022, 16:48:51 - @kai:matrix.org: "
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d\d(?::\d\d)?(?: ?[AP]M)? - (?:@[\w.=/+-]+:[\w.-]+|[^\s:@][^:]{0,63}): /i,
  // journal: "Jan 01 12:00:00 host unit[123]: ", and with the month in the reader's language ("led 07", "déc. 07", "12月 07")
  /^(?:[^\s\d]{2,5}\.?|\d{1,2}\u6708) {1,2}\d{1,2} \d\d:\d\d:\d\d(?:\.\d+)? \S+ [^\s:[]+(?:\[\d+\])?: ?/,
  /^[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? [A-Z]{2,5} \S+ [^\s:[]+(?:\[\d+\])?: ?/, // journalctl -o short-full
  /^(?:[\w.-]+ )?[\w.@-]+\[\d+\]: ?/, // journal without date, or after an ISO date: "[host ]dockerd-rootless.sh[123]: "
  // act / CI job prefix: "[job/step]   | " (its bar has a blank after it, or ends the line; "|-" is a tree's branch)
  /^\[[^\]]{1,200}\] *\|(?: |$)/,
  /^[\w.-]{1,64}[-_]\d+ +\| ?/, // Docker Compose's service prefix: "dind-1  | " (v1: "dind_1  | ")
  // A log's own tag: kubectl logs --prefix "[pod/name/container] ", tkn's "[task : step] ", a script's "[check] ". Lower case
  // only, so "[INFO] ", Gentoo's "[I--] " and RootlessKit's "[rootlesskit:parent] " (which its errors are known by) stay; and
  // not a cut marker with a blank after it ("[snip] "), nor a unit's section header with trailing blanks ("[Unit] ").
  /^\[(?!(?:cut|snip)\w*\]|[A-Z][a-z]+\]\s*$)(?=[\w./-]{0,100}[a-z]{2})[\w.-]{1,64}(?:\/[\w.-]{1,64}){0,3}(?: : [\w.-]{1,64})?\] /,
  // Conda and Python's venv name their environment before a prompt of Linux or a Mac ("(base) alice@host:~$ ", "(myenv) [alice@fedora
  // ~]$ ", "(venv) $ ", "(.venv) ❯ "): taken only where one of the prompts below follows, which the next round strips (prose "(note) the
  // daemon says $ " has none).
  /^\([\w.-]{1,64}\) (?=[\w.-]+@[\w.-]+(?::\S*| [\w.~/-]+)? ?[$#%>] |\[[\w.-]+@[\w.-]+(?: [^\]]*)?\][$#] |[\w.-]+:~[\w./-]* ?[$#] |~[\w./-]* ?[$#%❯] |[$%❯] )/,
  /^[\w.-]+@[\w.-]+(?::\S*| [\w.~/-]+)? ?[$#%>] +/, // "user@host:~$ ", Raspberry Pi OS's "pi@raspberrypi:~ $ ", macOS's "me@mac dir % ", openSUSE's "me@host:~> "
  /^[\w.-]+:~[\w./-]* ?[$#] +/, // a host's and its home's: Alpine's ash "alpine:~$ ", "alpine:~# "
  /^~[\w./-]* ?[$#%❯] +/, // a prompt of the directory alone: "~ $ ", "~/src$ ", starship's "~ ❯ " (its line break turned off)
  /^(?:ba)?sh-\d+\.\d+[$#] +/, // bash's own default, its name and version ("bash-5.2$ ", as sh "sh-5.2$ ", root's "bash-5.2# ")
  /^➜(?:  [^\s:]+(?: git:\(\S+\))?(?: ✗)?)? +/, // oh-my-zsh's "➜  ~ ", "➜  app git:(main) ✗ ", spaceship's "➜ "
  /^\[[\w.-]+@[\w.-]+(?: [^\]]*)?\][$#] +/, // "[user@host dir]$ "
  /^(?:[$%❯]|\+{1,3})(?: |$)/, // "$ " prompts, "+ " set -x traces (one space: indentation follows)
  // Windows prompts, of PowerShell ("PS C:\\Users\\me> ", "PS> ") and cmd ("C:\\Users\\me>", no blank after it): a drive path, or PS
  // before one, then ">" right after it (no path of Windows holds "<", ">" or a colon after its drive). Conda names its environment
  // before either ("(base) PS C:\\…> "); only PowerShell takes a share for its directory ("PS \\\\wsl.localhost\\Ubuntu\\home\\me> ",
  // cmd refuses one), and pwsh on Linux or a Mac a path of theirs ("PS /home/alice> ", "PS ~> ").
  /^(?:\([\w.-]{1,64}\) (?=PS[ >]|[A-Za-z]:\\))?(?:PS ?|(?=[A-Za-z]:\\))(?:(?:[A-Za-z]:\\|(?<=PS )(?:\\\\[\w.$-]{1,64}\\|[/~]))(?:[^<>:"|?*]{0,200}[^<>:"|?*\s=-])?)?> */,
  // root's bare "# " prompt, only before a user switch that runs dockerd-rootless.sh as another user (root runs su and runuser; a comment
  // would rarely name one): elsewhere "# " starts a comment.
  /^# (?=(?:exec +)?(?:sudo|su|runuser) [^#]*dockerd-rootless\.sh)/,
  QUOTE,
  /^[*•◦] (?=\S)/, // a list item: Markdown's "* passt 2025_03_20.32f6212", a chat tool's "• " (not "- ", which starts YAML's and rootlessctl's items)
  /^\d{9,10},[^,\s]*,ui,(?:say|message|error),/, // Packer's -machine-readable log: "1647423709,,ui,message,"
];
// All of them in one alternation (tried in order, each anchored): one test instead of one per prefix.
const PREFIX = new RegExp(PREFIXES.map((p) => p.source).join('|'));
// Every prefix starts with a digit, "Mon ", a prompt (conda puts its environment before one of Windows, or before "~", "$", "%" or "❯"; bash's
// "bash-5.2$ "; root's bare "# " before su, sudo or runuser), list or tag character, or contains "[", "@", "|" or ":~": lines without are left
// alone. (A character class, then an anchored test: one regex for both would be slower, trying every position.)
const PREFIX_START = /^\s*(?:\d{4}[-/]|\d{9,10},|\d{1,2}[./:-]\d|[A-Z][a-z]{2} |PS[ >]|[A-Za-z]:\\|\([\w.-]{1,64}\) (?:PS[ >]|[A-Za-z]:\\|[~$%❯])|(?:ba)?sh-\d|[$%❯>+*~➜•◦<]|# (?:exec +)?(?:su|runuser) ?)/;
const PREFIX_INSIDE = /[[@|]|:~/;
// Terminal escapes a recorded session keeps: colours and modes ("\x1b[?2004h"), and titles a prompt sets ("\x1b]0;user@host: ~\x07").
const ANSI = /\x1b(?:\[[\d;?]*[A-Za-z]|\][^\x07\x1b]*(?:\x07|\x1b\\)?)/g;
const CUT = /^(?:#\s*)?(?:\[\s*(?:cut|snip|\.\.\.|…)[^\]]*\]|\.\.\.|…|\(\.\.\.\))$/i;
// Code fences: Markdown's, and Jira's {code}/{noformat} blocks.
const FENCE = /^(?:```|~~~|\{(?:code|noformat)(?::[^}]{0,40})?\})/;
const FENCE_END = /(?:```|\{(?:code|noformat)\})$/;
const EDITED = '(edited)';
// Output quoted in HTML keeps its line ends as <br> tags, or sits between <p>, <pre>, <code> and </summary> tags, or the blocks a page
// wraps a post or a list's item in (<div>, <li>). Not a table's cells: they part a key from its value. A <blockquote> parts too, and
// what it holds is read as a "> " quote, since it is most often another's, which only its tag tells (review R133 14, v14c: another's
// docker version read as the reader's): the "@x wrote:" before it decides whose (others-quote.ts). Its opening tag is caught as "", its
// closing one as "/"; mail's has long attributes (Gmail's class and style), and replies nest them (review R134 04, 30). Discourse wraps
// a post's quote in an <aside> whose data-username names whose it is: a lead-in, as "@x wrote:" is (its <blockquote> nests in it).
// A quote's opening tag may end the line unclosed, cut by a fold.
const TAG = /<(?:br\s*\/?|\/?(?:p|pre|code|div|li)\b[^<>]{0,100}|\/summary)>|<(\/?(?:blockquote|aside)\b[^<>]{0,400})(?:>|$)/i;
const QUOTE_END = /<\/(?:blockquote|aside)\b/i;
const USERNAME = /data-username="([^"]{1,60})"/;
// Stack Overflow's page source: the <div> that opens an answer (its class or its schema.org property; group 1) or the question. Read as
// "A:" and "Q:", the marks others-quote.ts knows (an answer's lines are not the asker's); found at the class, before a fold cuts the tag.
const SO_POST = /<div\b[^<>]*?\s(?:class="(?:(answer(?:cell)?)|question|postcell)[\s"]|itemprop="(?:(acceptedAnswer|suggestedAnswer)|mainEntity)")/i;
// Tags inside a line of such output: a page's syntax highlighting and its links, an avatar, and Word's and Outlook's empty paragraph marks.
const INLINE_TAG = /<\/?(?:span|a|img|o:p)\b[^<>]{0,400}>/gi;
// One a hard wrap cut at the line's end ("Version:  <span class=\"hljs-num"), down to its "<": no value of the line's key.
const CUT_TAG = /<\/?(?:(?:span|a|img|o:p)\b[^<>]{0,400}|s(?:pa?)?|im?|o:?)?$/i;
// Copied from page source or an API: the entities HTML escapes output with.
// Numbered ones too: Go's html/template writes "&#34;", WordPress "&#8211;" for the "--" it turns into a dash.
// Any short name is found and only those of ENTITIES replaced: a search for the names themselves takes twice as long.
const ENTITY = /&(?:#(\d{1,6})|#[xX]([\da-fA-F]{1,5})|[a-zA-Z]{2,4});/g;
const ENTITIES: Record<string, string> = { '&gt;': '>', '&lt;': '<', '&quot;': '"', '&amp;': '&', '&apos;': "'", '&nbsp;': ' ' };
// What web pages, chat tools and word processors put for plain characters: no-break and other typographic spaces (a
// space), zero-width spaces, soft hyphens and byte-order marks (nothing), smart quotes (ASCII quotes), the dash a blog engine
// or word processor makes of "--" before an option ("–net=pasta"), and the full-width colon of output retyped with a Chinese
// or Japanese input method, where it ends a key ("Version：  28.1.1", "Engine：", and without the blank a half-width colon
// needs: "NetworkDriver：pasta"; not in prose: "…NET=pasta：之后"). One character class, found several times faster than with the
// lookarounds that tell a dash or colon in prose: plainChar tells them.
const ODD = /[\u00a0\u00ad\u2000-\u200d\u2013\u2014\u2018\u2019\u201c\u201d\u202f\u205f\u2060\u3000\ufeff\uff1a]/g;
// Ansible prints a command's output as lists of JSON strings: "stdout_lines": [...], "stderr_lines", a debug task's "msg"; and a
// Jupyter notebook keeps a cell's output so: "text": [...].
const OUTPUT_LIST = /"(?:[\w.]*_lines|msg|text)": \[/;
const OUTPUT_KEY = /_lines$|^(?:msg|text)$/;
// A line of Docker's json-file log (a container's log read from its file): {"log":"…\n","stream":"stdout","time":"…"}.
const JSON_LOG = /^\{"log": ?"((?:[^"\\]|\\.)*)"/;
// A chat's or tracker's message exported as JSON, its output held in one string: Slack's "text", Discord's and Teams' "content",
// Mattermost's "message", GitHub's and Matrix's "body" (review R148 10).
const MESSAGE_TEXT = /^\s*\{? *"(?:text|content|message|body|comment)": ?"((?:[^"\\]|\\.)*)",?\s*\}?,?\s*$/;
const LIST_ITEM = /^\s*"((?:[^"\\]|\\.)*)",? *$/;
// Output printed as Python's repr of bytes (check_output's b'…', subprocess's stdout=b'…') or of a string where a key says it is output
// (stdout='…'), its line ends as "\n" (review R139 23); and a process's argv as a YAML or JSON key's quoted string (an inventory
// agent's cmdline: "rootlesskit … --net=slirp4netns …"; review R139 24).
const REPR = /(?:(?:^|[\s=(,])b|(?:stdout|stderr|output)=)'((?:[^'\\]|\\.)*)'/g;
const CMDLINE = /^(?:- +)?"?cmdline"?: +"((?:[^"\\]|\\.)*)",?$/;
// cat -A and cat -e show a line's end as "$", with a carriage return before it as "^M"; cat -A shows a tab as "^I". (A paste may add
// blanks after it.)
const SHOWN_END = /(?:\^M)?\$[ \t]*$/;
// A cat typed to show line ends: "cat -A", "cat -e", "cat -vET".
const CAT_SHOWING = /\bcat +-[a-zA-Z]*[AeE]/;
// Line numbers of cat -n, an editor or a pastebin: "     1<tab>", "1 | ", "1: "; vim's and less -N's "  1 " (SPACED_NUMBER: see
// unnumber).
const NUMBER = /^ *(\d{1,6})(?:\t| ?\|(?: |$)|:(?: |$)|$)/;
const SPACED_NUMBER = /^ *(\d{1,6}) /;
// A process's command line after its id: a path, or the name of a program of rootless Docker.
const PROCESS = /^(?:\/|(?:rootlesskit|pasta|slirp4netns|vpnkit|dockerd|containerd|exe)\b(?!:))/;
const NOTE = /(?<=\S)[ \t]{2,}(?:<-+|<=+|←|#)(?: .*)?$/;
// The collector's own lines, each its step's command ("$ pasta --version") or its probe's answer, where its one-line form's output lost
// the newlines before them (sweep 61).
// Also where such a step's --version answer lost its newline after the command ("$ pasta --version pasta 2024_09_06.6b38f07"): the answer
// starts with the program's name.
const COLLECTOR_STEP = new RegExp(
  ` (?:(?=\\$ (?:${[...new Set(collectorCommands.map((c) => c.argv.slice(0, 2).join(' ')))].join('|')}) |host-lo-to-ns-lo probe: \\d)${collectorCommands
    .filter((c) => c.argv.length === 2 && c.argv[1] === '--version')
    .map(({ argv: [name] }) => `|(?<=\\$ ${name} --version )(?=${name}[ .])`)
    .join('')})`,
);
// What every COLLECTOR_STEP has: a prompt, or the probe's answer; and every prompt glued onto output, "$ " or "# " (one search for all is
// faster than one for each).
const STEP_MAY = /[$#] | host-lo-to-ns-lo probe: /;
// grep -n's line numbers: "12:" before a line that matched, "13-" before a line of context, after the file's name when grep read several
// ("notes.md:12:", "notes.md-13-").
const GREP_NUMBER = /^(?:([^\s:]{1,200}?)([:-]))?(\d{1,7})([:-])(?=.)/;
// Words of the long lines worth joining after a hard wrap: argv, error messages and JSON of Docker, RootlessKit and pasta.
const WRAPPED = /docker|rootless|pasta|passt|slirp|vpnkit|rror|":/i;
// The programs whose argv a mail client's word wrap breaks before a flag or RootlessKit's child (flush left, "--copy-up=/run",
// set -x's "'--net=vpnkit'", "/usr/bin/dockerd-rootless.sh"), and such a line broken right after the program's name.
const ARGV = /rootlesskit|pasta|slirp4netns|dockerd|vpnkit/;
const ARGV_END = /(?:rootlesskit|pasta|slirp4netns|dockerd|vpnkit|\/exe) *$/;
/** Whether a line runs one of `ARGV` with an option. */
const runsArgv = (t: string): boolean => ARGV.test(t) && / '?--/.test(t);
// A piece that starts an option ("--copy-up=/run", set -x's "'--net=vpnkit'"); SPACED_OPTION: one after the space fold broke the line
// before; FLAG: an option, or RootlessKit's child.
const OPTION_START = /^'?--[a-z]/;
const SPACED_OPTION = /^ '?--[a-z]/;
const FLAG = new RegExp(`${OPTION_START.source}|^\\/\\S*dockerd-rootless`);
// A table's row whose first column is padded with blanks before a number: ps's user and process id ("alice          2236 pasta …"), dnf's
// package and version.
const ROW = /^[^\s\d]\S* {2,}(?=\d)/;
// Headers that a lost newline glues to the end of the previous line ("Experimental: trueServer:").
const GLUED = ['Server:', 'Client:', 'Engine:', 'containerd:', 'runc:', 'docker-init:', 'rootlesskit:', 'slirp4netns:', 'vpnkit:'];
// Any of them, found at its colon (few to a line) and read back from there: a search for their first letters stops at many more places.
const GLUED_ANY = new RegExp(`:(?<=(?:${GLUED.map((header) => header.slice(0, -1)).join('|')}):)`);
const MAX_GLUED = 64;
const KEY_VALUE = /^\s*[A-Za-z][\w .()/-]{0,40}: +\S/;
// A node of systemctl's process tree (systemd-cgls's too): a branch and a PID, under the bars of the branches above it; where a line
// holds two or more, the blanks before each (not those between its own glyphs) were a newline and the node's indentation. Outside a
// UTF-8 locale systemd draws the branches "|-" and "`-" and the bar "| " (special_glyph's ASCII TREE_BRANCH, TREE_RIGHT,
// TREE_VERTICAL, https://github.com/systemd/systemd/blob/main/src/basic/glyph-util.c): only before a PID, as "|-" is common in prose
// and tables.
const TREE_NODES = /(?:[├└]─|[|`]-)\d+ /g;
const TREE_NODE = /(?<![│|\s])\s+(?=(?:[│|]\s+)*(?:[├└]─|[|`]-)\d+ )/;
// RootlessKit's log lines start with their process's tag: "[rootlesskit:parent] ", "[rootlesskit:child ] "; the setup tool's with
// their level ("[INFO] Uninstalled docker.service").
const LOG_TAG = /^\[(?:rootlesskit:\w+ *|INFO|WARNING|ERROR)\] /;
// A docker version component header with its first key on the same line: a whole docker version joined onto one line (copied
// from a page that joined its lines), or one lost newline after "rootlesskit:"; with the indentation lost too, the key is glued to the
// header ("rootlesskit:Version: 2.3.1"). Such a line splits before each key, if it starts with one (or with the command itself): prose
// that quotes "rootlesskit: Version: 2.3.2" mid-sentence stays whole.
const FLAT_MARK = /(?:Engine|containerd|runc|docker-init|rootlesskit|slirp4netns|vpnkit): *Version:/;
const COMPONENTS = 'containerd|runc|docker-init|rootlesskit|slirp4netns|vpnkit';
const VERSION_KEYS = `Client|Server|Engine|${COMPONENTS}|Version|API version|Go version|Git commit|GitCommit|Built|OS\\/Arch|Context|Experimental|ApiVersion|NetworkDriver|PortDriver|StateDir`;
// Where a key starts in such a line: after a blank, or, where the newline and the indentation were both lost (a phone's copy, review
// R141 06), glued to the value before: a capital key after a small letter, a digit or ")" ("2.3.1ApiVersion:", "pastaStateDir:", not
// ApiVersion's own "Version:"), a component's header after any word ("falsecontainerd:", "de40ad0rootlesskit:"), a key after a
// header's colon ("Engine:Version:"). The line's FLAT_MARK and a key's colon make a value cut at a capital unlikely: docker version's
// values are versions, hashes, dates and names.
const FLAT_KEY = new RegExp(
  `(?: |(?<=[a-z\\d)])(?<!Api)(?=[A-Z])|(?<=[\\w)])(?=(?:${COMPONENTS}):)|(?<=(?:Client|Server|Engine|${COMPONENTS}):))(?=(?:${VERSION_KEYS}):(?: |$)|(?:Engine|${COMPONENTS}):Version:)`,
);
const FLAT_START = /^(?:docker version$|[\w /-]+:)/;
// docker info on one line: its keys, each after a space (Profile: stays with the security options, whose items it sits between).
const INFO_KEYS =
  'Client|Server|Context|Debug Mode|Plugins|Containers|Images|Server Version|Storage Driver|Logging Driver|Cgroup Driver|Cgroup Version|Swarm|Runtimes|Default Runtime|Init Binary|containerd version|runc version|init version|Security Options|Kernel Version|Operating System|OSType|Architecture|CPUs|Total Memory|Name|ID|Docker Root Dir|Registry|Labels|Experimental|Insecure Registries|Live Restore Enabled|Product License';
const INFO_KEY = new RegExp(` (?=(?:${INFO_KEYS}):(?: |$))`);
// One lost newline where the next line's indentation survived as blanks ("Experimental:     false  containerd:", "Version: 2.3.4
// ApiVersion: 1.1.1"): two blanks or more after text, before a key of docker version or docker info. (Only the first blank of a run
// may start the match, so a long run of blanks is passed over once.)
const SPACED_KEY = new RegExp(`(?<=\\S) {2,}(?=(?:${VERSION_KEYS}|${INFO_KEYS}):(?: |$))`);
const INFO_OPTIONS = 'Security Options: ';
const MIN_INFO_PARTS = 4;
// A security option as docker info lists it: "seccomp", "rootless", "name=seccomp,profile=builtin".
const FLAT_OPTION = /^(?:name=)?[a-z][\w-]*(?:,[\w=,./-]*)?$/;

// What a line needs more than addLine for: a terminal escape, a tab, an HTML tag (or syslog's "<30>1 "), a list of output lines, a JSON log
// line, a journal entry's message, an escaped newline (a repr's or a JSON message's), or strace's execve or write.
const MARKED = /[\x1b\t<]|": \[|^\{"log"|MESSAGE|\\n|cmdline"?: "|execve\(|write\([12], /;
// What MARKED, STEP_MAY, a prefix inside a line (PREFIX_INSIDE) or a reader's note (NOTE's "#", "<", "←") needs: one of their characters (a
// list of output lines has a "[", as execve's argv does), a JSON log line's start, a journal entry's message, the probe's answer or strace's write.
const SPECIAL = /[\x1b\t<$#[@|←]|^\{"log"|MESSAGE|host-lo-to-ns-lo probe: |\\n|cmdline"?: "|write\([12], /;
const COMMENTED_HEADER = /^\s*#(?:Client|Server):(?: Docker .+)?$/;
// A line of the output: not a setting or a section of a configuration file commented out after it.
const COMMENTED = /^\s*#(?! ?(?:export |Environment=|ExecStart=|\[)|[A-Z_]+=)/;
const DIFF_TAB = /^([-+])\t/;
// GitHub's CLI (gh run view --log) puts the job's and the step's names before each line's time, tab-separated.
const GH_RUN_LOG = /^[^\t]{1,100}\t[^\t]{1,200}\t(?=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)/;

const ODD_ONE = new RegExp(ODD.source);
// Any character plain() may change something at (an entity's "&", an escape's backslash, one of ODD): one search spares most lines three.
const PLAIN_MAY = new RegExp(`[&\\\\${ODD.source.slice(1)}`);
const PLAIN_ANY = new RegExp(PLAIN_MAY.source, 'g');

/**
 * The indices of the lines of `raw`, as split from `text` (a CR LF is one line end), that global `re` finds something in, each once: one
 * search of the whole text is faster than one of each line. `re` must find no line end.
 */
function linesWith(re: RegExp, text: string, raw: readonly string[]): number[] {
  const found: number[] = [];
  // Line `i` ends at `end` in the text.
  let i = 0;
  let end = raw[0]!.length;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (m.index >= end) end += (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1) + raw[++i]!.length;
    found.push(i);
    re.lastIndex = end;
  }
  return found;
}

/** The line with its entities, odd characters and Markdown's escaped underscores made plain. */
function plain(line: string): string {
  if (!PLAIN_MAY.test(line)) return line;
  let t = line;
  if (t.includes('&')) t = t.replace(ENTITY, entity);
  if (ODD_ONE.test(t)) t = t.replace(ODD, plainChar);
  // Markdown's escape of an underscore inside a word, which an editor adds and a copy of its source keeps ("DOCKERD\_ROOTLESS\_…").
  return t.includes('\\_') ? t.replace(/(?<=\w)\\_(?=\w)/g, '_') : t;
}

/**
 * The text split at its line ends (a CR LF is one, a CR alone another): at each LF, then only the lines with a CR. Splitting at one
 * character is twice as fast as at a pattern, and most pastes have a few carriage returns if any, most before a LF.
 */
export function splitLines(text: string): string[] {
  const raw = text.split('\n');
  // The lines with a CR of their own, from the last (each split in place moves those after it).
  const lone: number[] = [];
  // Line `i` starts at `start` in the text.
  let [i, start] = [0, 0];
  for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', start)) {
    while (start + raw[i]!.length < cr) start += raw[i++]!.length + 1;
    const line = raw[i]!;
    start += line.length + 1;
    // The CR before the LF that ends the line is part of that line end.
    raw[i] = i < raw.length - 1 && line.endsWith('\r') ? line.slice(0, -1) : line;
    if (raw[i]!.includes('\r')) lone.unshift(i);
    i++;
  }
  for (const k of lone) raw.splice(k, 1, ...raw[k]!.split('\r'));
  return raw;
}

// Whether the paste being cleaned has a tree's branch (systemd's "─", or its ASCII "|-"), so that addLine looks for one in a line only
// then: two searches a paste, not one or two a line (clean is synchronous: one paste at a time).
let tree = false;
// Whether the paste is a line or a few, as one that lost its newlines is: addLine cuts any long line of it apart then, and in a longer
// paste only a line that alone looks flattened (looksFlat).
let flat = false;

/** Whether line `t` may be lines that lost their newlines, to be cut apart (flatLines). */
const mayBeFlat = (t: string): boolean => (flat ? t.length >= MIN_FLAT : looksFlat(t));

/**
 * Splits text into cleaned, non-blank lines that keep their original line numbers; never throws. Past `limits.maxChars`, its head and
 * its tail are read (headAndTail).
 */
export function clean(text: string): Cleaned {
  if (text.length > limits.maxChars) return headAndTail(text);
  return cleanWhole(text);
}

/**
 * A paste past the limit, as its first and last half of the limit, each ending or starting at a line's end, cleaned apart and numbered
 * as in the paste, with a cut marker ("[...]") for the lines between. A log's newest lines come last, or first (journalctl -r): the state
 * now is in either (review R158 H2). Without a line end in either half, its head alone.
 */
function headAndTail(text: string): Cleaned {
  const half = limits.maxChars / 2;
  const headEnd = text.lastIndexOf('\n', half - 1) + 1;
  const tailStart = text.indexOf('\n', text.length - half - 1) + 1;
  if (!headEnd || !tailStart) return cleanWhole(text);
  const head = cleanWhole(text.slice(0, headEnd));
  const tail = cleanWhole(text.slice(tailStart));
  // Lines ending before `end` (just after a line end).
  const before = (end: number): number => splitLines(text.slice(0, end)).length - 1;
  const from = before(headEnd) + 1;
  const shift = before(tailStart);
  for (const line of tail.lines) {
    line.n += shift;
    if (line.pieces) line.pieces = line.pieces.map((p) => ({ ...p, n: p.n + shift }));
  }
  const marker: Line = { n: from, text: '[...]', trimmed: '[...]', cut: true };
  return {
    lines: [...head.lines, marker, ...tail.lines],
    truncated: true,
    skipped: { from, to: shift },
    quoted: head.quoted && tail.quoted,
    prompts: [...head.prompts, ...tail.prompts.map((n) => n + shift)],
  };
}

/** clean, of a paste cut at the limit (only a paste without line ends is still longer). */
function cleanWhole(text: string): Cleaned {
  const truncated = text.length > limits.maxChars;
  let input = withoutControls(truncated ? text.slice(0, limits.maxChars) : text);
  tree = input.includes('─') || input.includes('|-');
  // What takes no room between a carriage return and its line feed would part them (it is made plain only after the split).
  if (input.includes('\r')) input = input.replace(/\r[\u00ad\u200b-\u200d\u2060\ufeff]+\n/g, '\r\n');
  const raw = splitLines(input);
  flat = raw.length <= FLAT_LINES;
  // Line by line, and only the lines that need it: a replace in the whole text costs more in building a new one than in searching.
  const odd = input.includes('&') || input.includes('\\_') || ODD_ONE.test(input);
  if (odd) for (const i of linesWith(PLAIN_ANY, input, raw)) raw[i] = plain(raw[i]!);
  withoutLostEscapes(raw, input);
  unshow(raw, input);
  const quoted = unquote(raw);
  ungrep(raw);
  unnumber(raw);
  // (An arrow may be an entity's: "==&gt; ".)
  if (input.includes(odd ? '==' : '==> ')) unbuild(raw);
  uncomment(raw);
  const joins: Joins = new Map();
  // A mail's source in quoted-printable, once its paste's own damage (quotes, line numbers, cat -A's ends) is gone.
  if (input.includes('=')) unprint(raw, input, { strip, plain, spaced: () => doubleSpaced(raw), join: (i, j, at) => joined(joins, i, j, at) });
  // Before the prefixes every line repeats are read: a CI log colours its times ("\x1b[36m10:22:31\x1b[0m  "), compose its services' names.
  // (The passes before may have changed the lines' lengths: each line is searched.)
  if (input.includes('\x1b')) for (let i = 0; i < raw.length; i++) if (raw[i]!.includes('\x1b')) raw[i] = raw[i]!.replace(ANSI, '');
  // Panes side by side, once what shifts the border on some lines (line numbers, zero-width spaces, colours) is gone: each read alone, the
  // left one's lines first (their rows beside each other are no one output).
  const border = input.includes('│') ? paneBorder(raw, strip) : -1;
  if (border >= 0) {
    const [left, right] = panesOf(raw, border, wraps).map(cleanWhole);
    return { lines: [...left!.lines, ...right!.lines], truncated, quoted: left!.quoted && right!.quoted, prompts: [...left!.prompts, ...right!.prompts] };
  }
  // unshare strips every line: what it left of each is not looked for again where no pass has changed the line since (a border unshare
  // took off changes it too).
  const given = raw.slice();
  const { found: shared, rest } = unshare(raw, strip, endsInPrompt);
  const left = (i: number, t: string): string | undefined => (given[i] === t ? rest[i] : undefined);
  // Measured before the backslash continuations are joined: a joined command is longer than any wrap.
  const width = wrapWidth(raw);
  // (A line a pass has changed since is read whole, at no search's cost: a backslash's pieces, a prefix unshare took.)
  const bare = (k: number): string => left(k, raw[k]!) ?? raw[k] ?? '';
  // (A width under wraps' is one of lines that blanks after the text made as long as a wrap's.)
  const narrow = width < 72 ? narrowWidth(raw, bare) : 0;
  unescape(raw, joins);
  unwrap(raw, narrow || width, joins, bare, narrow > 0);
  unwrapPrompts(raw, { strip, wraps, join: (i, j, at) => joined(joins, i, j, at), maxLineChars: limits.maxLineChars });
  const lines: Line[] = [];
  // The numbers of the lines cut at maxLineChars.
  const sliced: number[] = [];
  // Inside Ansible's list of a command's output lines, printed one JSON string per line.
  let listed = false;
  const prompts: number[] = [];
  // How deep inside HTML <blockquote>s: a reply's quote holds the one before it.
  let depth = 0;
  // Whether blank lines part every line of the paste (found only where one matters): then only two in a row part anything.
  let spaced: boolean | undefined;
  const parted = (i: number): boolean => blank(given[i - 1]) && (!(spaced ??= doubleSpaced(given)) || blank(given[i - 2]));
  // The last line that closes a quote (-1: none): one open after it was cut before its end tag (a truncated paste of page source).
  const closed = odd || input.includes('</') ? raw.findLastIndex((l) => QUOTE_END.test(l)) : -1;
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    if (barePrompt(t)) prompts.push(i + 1);
    if (t.length > limits.maxLineChars) {
      t = t.slice(0, limits.maxLineChars);
      sliced.push(i + 1);
    }
    // An empty line adds nothing (addLine drops it) outside a list.
    if (!t && !listed) continue;
    // A quote never closed ends at the first line without a tag after a blank one: rendered HTML has no blank line in a quote but in a
    // <pre>'s output, so the plain text after one is most likely the reader's own typed under the cut (else the quote would swallow it).
    if (depth && i > closed && !t.includes('<') && parted(i)) depth = 0;
    // A line of a <blockquote> that spans lines is quoted as its pieces on the tag's line are.
    if (depth && !t.includes('<')) {
      addSteps(`> ${t}`, i + 1, lines);
      continue;
    }
    // Most lines have none of SPECIAL's characters: one search spares them MARKED's and addSteps' and two of addLine's.
    if (!listed && !SPECIAL.test(t)) {
      addLine(t, i + 1, lines, false, left(i, t));
      continue;
    }
    // Most other lines have no escape, tab, tag or list of output lines: one test spares them the four tests below.
    if (!listed && !MARKED.test(t)) {
      addSteps(t, i + 1, lines, left(i, t));
      continue;
    }
    // A diff's marker before a tab keeps the tab's width: "-\texport …" is a removed line, not a list's item.
    if (t.includes('\t')) t = t.replace(GH_RUN_LOG, '').replace(DIFF_TAB, '$1  ').replace(/\t/g, ' ');
    const traced = t.includes('execve(') || t.includes('write(') ? straced(t) : null;
    if (traced) {
      for (const part of traced) addLine(part, i + 1, lines);
      continue;
    }
    const inner = t.includes("\\n'") || t.includes('cmdline') ? unwrapped(t) : null;
    if (inner) {
      for (const part of inner) addLine(part, i + 1, lines);
      continue;
    }
    const message = t.includes('\\n') ? MESSAGE_TEXT.exec(t) : null;
    if (message) {
      for (const part of jsonString(message[1]!).split('\n')) addSteps(part, i + 1, lines);
      continue;
    }
    const logged = t.startsWith('{"log"') ? JSON_LOG.exec(t) : null;
    if (logged) {
      addLine(jsonString(logged[1]!), i + 1, lines);
      continue;
    }
    const bare: string = listed ? strip(t) : '';
    const item: RegExpExecArray | null = listed ? LIST_ITEM.exec(bare) : null;
    listed = !!item || (listed && !bare.trim()) || (t.includes('": [') && t.trimEnd().endsWith('[') && OUTPUT_LIST.test(t));
    if (item) addLine(jsonString(item[1]!), i + 1, lines);
    else if (t.includes('": ["') && OUTPUT_LIST.test(t)) for (const part of listItems(t)) addLine(part, i + 1, lines);
    else {
      // A journal entry's message (exported as JSON or field by field) or a syslog line, as the short line it would be.
      const journal = t.includes('MESSAGE') || t.includes('>1 ') ? journalLine(t, raw, i, strip) : null;
      if (journal !== null) addLine(journal, i + 1, lines);
      else if (!t.includes('<')) addSteps(depth ? `> ${t}` : t, i + 1, lines);
      else {
        const post = t.includes('<div') ? SO_POST.exec(t) : null;
        if (post) addLine(post[1] || post[2] ? 'A:' : 'Q:', i + 1, lines);
        // The pieces between tags, each after what TAG caught of its tag (undefined but at a <blockquote> or <aside>).
        const plain = t.replace(INLINE_TAG, '');
        // Only a line that holds whole tags is cut in one: a "<" of a line's text ("&lt;") stays.
        const parts = (plain.length < t.length ? plain.replace(CUT_TAG, '') : plain).split(TAG);
        for (let k = 0; k < parts.length; k += 2) {
          const tag = parts[k - 1];
          if (tag?.[0] === '/') depth = Math.max(0, depth - 1);
          else if (tag !== undefined) {
            const user = USERNAME.exec(tag);
            if (user) addSteps(`${depth ? '> ' : ''}@${user[1]} wrote:`, i + 1, lines);
            depth++;
          }
          addSteps(depth ? `> ${parts[k]}` : parts[k]!, i + 1, lines);
        }
      }
    }
  }
  // The last piece of a line cut at maxLineChars ends where the cut fell, mid-value perhaps: it is marked as a cut.
  for (const n of sliced) {
    const last = lines.findLast((line) => line.n === n);
    if (last) last.cut = true;
  }
  // Only joined lines have pieces (blank lines took the others' places): most pastes have none.
  if (joins.size) placeJoined(lines, raw, joins);
  if (shared.size) withShared(lines, shared);
  return { lines, truncated, quoted, prompts };
}

/** Gives each line cleaned from joined text its pieces (placePieces), looking up only the joined lines' indices (lines are in order). */
function placeJoined(lines: readonly Line[], raw: readonly string[], joins: Joins): void {
  const at = [...joins.keys()].sort((a, b) => a - b);
  let k = 0;
  for (const line of lines) {
    const i = line.n - 1;
    while (k < at.length && at[k]! < i) k++;
    if (at[k] === i) placePieces(line, raw[i]!, joins.get(i));
  }
}

/** Gives a line cleaned from joined text `t` the pieces that fall in it, at their places in its trimmed text (none where it is not found). */
function placePieces(line: Line, t: string, pieces: readonly Piece[] | undefined): void {
  const from = pieces ? t.indexOf(line.trimmed) : -1;
  // A piece starting before the line is kept: a part cut from the joined text may start in a later piece.
  if (from >= 0) line.pieces = pieces!.map((p) => ({ n: p.n, at: p.at - from })).filter((p) => p.at < line.trimmed.length);
}

/**
 * Appends a physical line as addLine does, each of the collector's steps on it (when its newlines were lost), and each command after a
 * prompt glued onto output, as a line of its own; `rest`, where known, is what strip leaves of `t`.
 */
function addSteps(t: string, n: number, lines: Line[], rest?: string): void {
  // Only a line with a prompt or the probe's answer can hold a step (most lines have neither: one search spares them the pattern).
  if (!STEP_MAY.test(t)) addLine(t, n, lines, true, rest);
  else if (COLLECTOR_STEP.test(t)) {
    const parts = t.split(COLLECTOR_STEP);
    // A step with only a quote's markers or a prefix before it ("> $ docker info | head") is the line's own command, not one glued on:
    // it keeps them.
    if (!strip(parts[0]!).trim()) parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
    // A step inside a quote is the quote's too, as a command glued on is (below): a log's prefix before it keeps it apart.
    const quote = t[0] === '>' ? '> ' : '';
    for (const [k, part] of parts.entries()) addLine(k ? quote + part : part, n, lines);
  }
  else {
    // A paste that lost its newlines is cut at its starts of lines before its prompts are: a prompt's user@host stays with its command.
    const flatParts = mayBeFlat(t) ? flatLines(t) : [];
    if (flatParts.length > 1) for (const part of flatParts) addSteps(part, n, lines);
    else {
      // A command glued on inside a quote is the quote's too (a fold's piece of a <blockquote>'s <pre> that ends in its tag).
      const quote = t[0] === '>' ? '> ' : '';
      for (const [k, part] of atGluedPrompts(t, strip).entries()) addLine(k ? quote + part : part, n, lines);
    }
  }
}

/** The strings of the lists of output lines in one line of Ansible's output (its JSON), or the line itself if it is cut. */
function listItems(t: string): string[] {
  try {
    const result = JSON.parse(t.slice(t.indexOf('{'))) as Record<string, unknown>;
    const items = Object.entries(result).flatMap(([key, value]) => (OUTPUT_KEY.test(key) && Array.isArray(value) ? value.map((v) => untabbed(String(v))) : []));
    // Lists deeper down (a loop's results[]) are read as the line stands.
    return items.length ? items : [t];
  } catch {
    return [t];
  }
}

/**
 * The lines of output line `t` holds as a Python repr with line ends ("\\n"), or the argv it holds as a cmdline key's string, each after
 * the line's prefix (a quote's marker stays); null where it holds neither.
 */
function unwrapped(t: string): string[] | null {
  const bare = strip(t);
  const before = t.slice(0, t.length - bare.length);
  const argv = CMDLINE.exec(bare.trim());
  const parts = argv
    ? [jsonString(argv[1]!)]
    : [...bare.matchAll(REPR)].flatMap(([, s]) => (s!.includes('\\n') ? s!.replace(/\\(x[\da-f]{2}|.)/gi, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? ' ' : c[1] ? String.fromCharCode(parseInt(c.slice(1), 16)) : c)).split('\n') : []));
  return parts.length ? parts.map((part) => before + part) : null;
}

/** Whether a line of the paste as given is blank but for prefixes every line has (not a quote's marker): it parts what is around it. */
const blank = (t: string | undefined): boolean => t !== undefined && !t.includes('>') && !strip(t).trim();

/** A JSON string's text, given what stands between its quotes (as written, if that is not valid JSON); its tabs read as blanks. */
function jsonString(quoted: string): string {
  try {
    return untabbed(JSON.parse(`"${quoted}"`) as string);
  } catch {
    return quoted;
  }
}

/** `s` with each tab a blank, as a paste's own tabs are: an escaped one ("passt\\t0.0~git…" of dpkg-query -W in Ansible's JSON) parts words too. */
const untabbed = (s: string): string => (s.includes('\t') ? s.replaceAll('\t', ' ') : s);

/**
 * The character an entity stands for; another name, a control character (a newline would move the lines) or a number past Unicode
 * stays as written.
 */
function entity(e: string, decimal?: string, hex?: string): string {
  const code = decimal ? +decimal : hex ? parseInt(hex, 16) : -1;
  return code < 0 ? (ENTITIES[e.toLowerCase()] ?? e) : code >= 32 && code <= 0x10ffff ? String.fromCodePoint(code) : e;
}

// The plain text for each of `ODD` that is no space: smart quotes, the dash made of "--", and what takes no room.
const PLAIN: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '--',
  '\u2014': '--',
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\u2060': '',
  '\ufeff': '',
};

/**
 * The plain text for one of `ODD` at `at` in `text`: a space unless `PLAIN` says otherwise; a dash not before an option's letter,
 * and a full-width colon not after a key's letter, digit or ")" and before plain text or the end, stay as they are.
 */
function plainChar(c: string, at: number, text: string): string {
  if (c === '\uff1a') return !/[A-Za-z\d)]/.test(text[at - 1] ?? '') || !/[\s!-~]/.test(text[at + 1] ?? ' ') ? c : keyColon(text, at) ? ': ' : ':';
  if ((c === '\u2013' || c === '\u2014') && !/[a-z]/.test(text[at + 1] ?? '')) return c;
  return PLAIN[c] ?? ' ';
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/**
 * Whether the full-width colon at `at` ends a key with nothing after it where a colon and a blank were ("NetworkDriver：pasta", "Docker
 * Root Dir：/home/u/…", whose key a flattened docker info is cut before): not one with a blank after it, in a URL ("http：//") or between
 * digits (a time, a port).
 */
function keyColon(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  return next > 32 && !(next === 47 && text.charCodeAt(at + 2) === 47) && !(isDigit(next) && isDigit(text.charCodeAt(at - 1)));
}

// The name that Packer (its builder's) and Vagrant (its machine's) put before each line a provisioner prints ("==> amazon-ebs: ",
// "    default: "), after any other prefix (Packer's -machine-readable one among them) and a line's own backtick.
const BUILDER = /^(==> | {4})([\w.-]{1,64}): ?/;
const BUILDER_LINES = 3;

/** A raw line's text after its prefixes and a Markdown backtick: where Packer's or Vagrant's name would stand. */
function afterPrefixes(line: string): string {
  const rest = strip(line);
  return rest.startsWith('`') ? strip(rest.slice(1)) : rest;
}

/**
 * Strips a name that leads at least three lines, one of them after "==> " (which no tool's indented keys have: podman info repeats
 * "    version: " under each program).
 */
function unbuild(raw: string[]): void {
  const arrows = new Set<string>();
  for (const line of raw) if (line.includes('==> ')) arrows.add(BUILDER.exec(afterPrefixes(line))?.[2] ?? '');
  arrows.delete('');
  if (arrows.size === 0) return;
  // Looked for as they are: most pastes name one, and a search for one string is faster than a pattern (anyOf) for it.
  const named = [...arrows].map((name) => `${name}:`);
  const names = (t: string): boolean => named.some((name) => t.includes(name));
  const counts = new Map<string, number>();
  const found: { i: number; rest: string; m: RegExpExecArray }[] = [];
  for (let i = 0; i < raw.length; i++) {
    // Only a line that names one of them is stripped of its prefixes to look.
    if (!names(raw[i]!)) continue;
    const rest = afterPrefixes(raw[i]!);
    const m = BUILDER.exec(rest);
    if (!m || !arrows.has(m[2]!)) continue;
    counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
    found.push({ i, rest, m });
  }
  for (const { i, rest, m } of found) {
    if (counts.get(m[2]!)! >= BUILDER_LINES) raw[i] = raw[i]!.slice(0, raw[i]!.length - rest.length) + rest.slice(m[0].length);
  }
}

// The shell's history typed ("history | tail -3", "fc -l"): the numbered lines after it are commands typed at a prompt (review R151 06).
const HISTORY = /(?:^|[$#%>] )(?:history|fc -l)\b[^|;&]*(?:\| *(?:tail|head|grep)\b[^|;&]*)?$/;

/**
 * Strips line numbers where they count up from one line to the next ("1: lo: <LOOPBACK…>" alone, from ip addr, keeps its
 * own), and from the other lines the indentation all lines share; the shell's history's numbers become the prompt its commands were typed at.
 */
function unnumber(raw: string[]): void {
  const indent = sharedIndent(raw);
  const found = raw.map(lineNumber);
  for (let i = 0; i < raw.length; ) {
    const first = found[i];
    if (!first) {
      if (indent) raw[i] = raw[i]!.slice(indent);
      i++;
      continue;
    }
    // The run of numbers counting up that starts here: an editor's needs two lines, vim's three. ps puts a blank after a process id too,
    // and processes started one after another have ids in a row: a run with a program's line (RootlessKit's, pasta's) is ps's unless it
    // starts at 1 or is long.
    let end = i + 1;
    while (found[end]?.n === first.n + end - i) end++;
    const length = end - i;
    const vim = length > 7 || (length > 2 && (first.n === 1 || !raw.slice(i, end).some((l, k) => PROCESS.test(l.slice(found[i + k]!.length)))));
    const typed = HISTORY.test(raw[i - 1]?.trimEnd() ?? '');
    for (; i < end; i++) {
      const f = found[i]!;
      if (typed) raw[i] = `$ ${raw[i]!.slice(f.length).trimStart()}`;
      else if (f.plain ? length > 1 : vim) raw[i] = raw[i]!.slice(f.length);
      else if (indent) raw[i] = raw[i]!.slice(indent);
    }
  }
}

/** A line's leading number as cat -n, an editor or a pastebin shows it (NUMBER), or as vim does (SPACED_NUMBER: not plain). */
function lineNumber(l: string): { n: number; length: number; plain: boolean } | null {
  let k = 0;
  while (l.charCodeAt(k) === 32) k++;
  if (!isDigit(l.charCodeAt(k))) return null;
  const plain = NUMBER.exec(l);
  const m = plain ?? SPACED_NUMBER.exec(l);
  return m && { n: +m[1]!, length: m[0].length, plain: !!plain };
}

/**
 * Strips grep -n's line numbers from a run of two lines or more whose numbers go up (by any step: grep prints only what matched and
 * its context), one of them a match; grep's "--" between groups, and blank lines, do not end a run.
 */
function ungrep(raw: string[]): void {
  let run: [index: number, length: number][] = [];
  let file: string | undefined;
  let last = -1;
  let matched = false;
  const end = (): void => {
    if (run.length > 1 && matched) for (const [i, length] of run) raw[i] = raw[i]!.slice(length);
    run = [];
    last = -1;
    matched = false;
  };
  for (let i = 0; i < raw.length; i++) {
    const l = raw[i]!;
    if (run.length && (l === '--' || !l.trim())) continue;
    // Cheap tests first: a number leads, or a file's name ends at the first colon, before a number (context lines only inside a run).
    const colon = l.indexOf(':');
    const m = isDigit(l.charCodeAt(0)) || isDigit(l.charCodeAt(colon + 1)) || run.length ? GREP_NUMBER.exec(l) : null;
    // A file's name is followed by the separator that follows the number. A digit after it starts no run: a time's "10:12", a date's
    // "2024-10".
    const numbered = m && (m[1] === undefined || m[2] === m[4]) && (run.length || !isDigit(l.charCodeAt(m[0].length))) ? m : null;
    if (run.length && (!numbered || +numbered[3]! <= last || numbered[1] !== file)) end();
    if (!numbered) continue;
    run.push([i, numbered[0].length]);
    file = numbered[1];
    last = +numbered[3]!;
    matched ||= numbered[4] === ':';
  }
  end();
}

/**
 * Undoes cat -A (and cat -e) in lines that end in "$" next to another such line, or in "^M$" (no line ends so by itself): a
 * prompt's "$" on a line of its own stays, and so does a run of such lines that are all bare prompts where no cat -A or -e was typed.
 */
function unshow(raw: string[], input: string): void {
  // Searched for only where a run of bare prompts is found (most pastes have none).
  let asked: boolean | undefined;
  // Whether the line before ended in "$" as pasted (it may have been undone since).
  let before = false;
  for (let i = 0; i < raw.length; i++) {
    const shown = endsShown(raw[i]!);
    // Each run is looked along once, from its first line.
    if (shown && !before) {
      let j = i;
      // (Numbers of cat -n or a pastebin before the lines are taken off only later.)
      while (j < raw.length && endsShown(raw[j]!) && barePrompt(raw[j]!.replace(NUMBER, ''))) j++;
      if (j > i && (j === raw.length || !endsShown(raw[j]!)) && !(asked ??= CAT_SHOWING.test(input))) {
        i = j - 1;
        continue;
      }
    }
    if (shown && (before || endsShown(raw[i + 1] ?? '') || raw[i]!.trimEnd().endsWith('^M$'))) raw[i] = raw[i]!.replace(SHOWN_END, '').replaceAll('^I', '\t');
    before = shown;
  }
}

/** Whether a line is a prompt with nothing typed at it (its blank may be gone, or a tab). */
const barePrompt = (t: string): boolean => {
  const end = t.trimEnd();
  return endsInPrompt(end) && !strip(`${end} `).trim();
};

/** Whether a line ends in "$" before its trailing blanks. */
const endsShown = (l: string): boolean => l.charCodeAt(contentLength(l) - 1) === 36;

/**
 * Strips a mail's quote markers when every non-blank line but the reply's "On …, … wrote:" has them, so that what a mail client
 * wrapped can be joined; says whether it did.
 */
function unquote(raw: string[]): boolean {
  const quoted = raw.every((l) => l[0] === '>' || !l.trim() || l.trimEnd().endsWith(' wrote:')) && raw.some((l) => QUOTE.test(l));
  if (!quoted) return false;
  // Only the depth every quoted line with text shares: a quote inside the mail's stays one (a reply's "> >" under its "> "), as
  // others-quote.ts reads it.
  const depth = (marks: string): number => marks.split('>').length - 1;
  let shared = Infinity;
  for (const l of raw) {
    const marks = QUOTE.exec(l)?.[0];
    if (marks && l.slice(marks.length).trim()) shared = Math.min(shared, depth(marks));
  }
  const outer = new RegExp(`^(?:>(?!=) ?){${shared === Infinity ? 0 : shared}}`);
  for (let i = 0; i < raw.length; i++) raw[i] = raw[i]!.replace(QUOTE, (m) => (depth(m) > shared ? m.replace(outer, '') : ''));
  return quoted;
}

/**
 * docker info or docker version kept as a comment in notes ("#Client:", "# Version:    28.5.2"): the "#" goes, docker's own indentation
 * stays. Only a run of "#" lines that starts with a client's or server's header, so that a root prompt's commands are left alone.
 */
function uncomment(raw: string[]): void {
  for (let i = 0; i < raw.length; i++) {
    if (!raw[i]!.includes('#') || !COMMENTED_HEADER.test(raw[i]!)) continue;
    for (; i < raw.length && COMMENTED.test(raw[i]!); i++) raw[i] = raw[i]!.replace('#', '');
  }
}

/**
 * The indentation every non-blank line shares (Markdown's indented code, a mail indented by its client), so that docker's
 * nesting and podman's top level read as printed (one line keeps its own). Stops at the first flush-left line, the usual case.
 */
function sharedIndent(raw: readonly string[]): number {
  let min = Infinity;
  let lines = 0;
  for (const l of raw) {
    let k = 0;
    while (l[k] === ' ' || l[k] === '\t') k++;
    if (k === l.length) continue;
    lines++;
    if (k < min && (min = k) === 0) break;
  }
  return lines > 1 && min < Infinity ? min : 0;
}

/**
 * The length of a hard wrap's pieces, if any: the longest length, when more than one line has exactly it, else the longest of 72 to 80
 * columns, where two lines or more have exactly it and every longer line comes before them. Lines with HTML tags are the markup around a
 * paste, not the paste; lines shorter than any wrap width are not measured.
 */
function wrapWidth(raw: readonly string[]): number {
  let max = 0;
  let count = 0;
  // How many lines have each length of a terminal's wrap (72 to 80 columns), from which line on; the last line longer than 80.
  const atWidth = new Map<number, { n: number; from: number }>();
  let longer = -1;
  for (let k = 0; k < raw.length; k++) {
    const l = raw[k]!;
    const length = l.length < 72 ? 0 : contentLength(l);
    if (length > 80) longer = k;
    else if (length) {
      const at = atWidth.get(length);
      if (at) at.n++;
      else atWidth.set(length, { n: 1, from: k });
    }
    if (length === max) count++;
    else if (length > max && !l.includes('<')) [max, count] = [length, 1];
  }
  if (count > 1) return max;
  // Lines of the reader's own longer than the wrap, above its pieces (a sentence typed over a terminal's 80 columns, review R155 04), hide
  // it from the longest: the widest of those lengths, that two lines or more have, where every longer line comes before them.
  const widest = Math.max(0, ...atWidth.keys());
  const at = atWidth.get(widest);
  return at && at.n > 1 && longer < at.from ? widest : 0;
}

// A wrap narrower than wraps' (a phone's mail or chat app at 40 columns, review R141 07) is told only by most lines filling it: the
// longest length, NARROW_MIN or more, that NARROW_LINES different lines or more, and half of the lines with text, fill (a few rows of
// one length are a table's, ping's replies; a log's lines of one length start alike: alike).
const NARROW_MIN = 40;
const NARROW_LINES = 3;

/** The width of a wrap narrower than wraps' that most lines fill (a piece may end in fold's space), past their prefixes (`bare`) too, or 0. */
function narrowWidth(raw: readonly string[], bare: (k: number) => string): number {
  let [longest, lines, full] = [0, 0, 0];
  for (const l of raw) {
    const length = contentLength(l);
    if (length) lines++;
    if (length > longest) longest = length;
  }
  if (longest < NARROW_MIN || longest >= 72) return 0;
  // (Lines with a tag count too: a chat's "<jonas> " starts every line of its log, and markup's lines seldom share a length. A prefix
  // that every full line has is no part of the width: "dind-1  | " before rows of 38 columns, "[IP-] [  ] net-misc/passt-2025.02.17:0".)
  // Three of them different: two commands of one length, one shown twice, are no wrap, which cuts running text into different pieces.
  const different = new Set<string>();
  let prefix = longest;
  for (let k = 0; k < raw.length; k++) {
    if (!fullPiece(raw[k]!, longest)) continue;
    different.add(raw[k]!);
    full++;
    prefix = Math.min(prefix, raw[k]!.length - bare(k).length);
  }
  return different.size >= NARROW_LINES && full * 2 >= lines && longest - prefix >= NARROW_MIN ? longest : 0;
}

/** A line's length without the trailing white space that pastes add and take away. */
function contentLength(t: string): number {
  let k = t.length;
  while (k && (t.charCodeAt(k - 1) === 32 || t.charCodeAt(k - 1) === 9)) k--;
  return k;
}

/** Whether most lines (or, `throughout`, all) are followed by a blank one, as a chat tool or a blog that double-spaces a paste leaves them. */
function doubleSpaced(raw: readonly string[], throughout = false): boolean {
  let blank = 0;
  let text = 0;
  for (let i = 0; i + 1 < raw.length; i++) {
    if (!contentLength(raw[i]!)) continue;
    if (contentLength(raw[i + 1]!)) text++;
    else blank++;
  }
  return throughout ? !text : blank > text;
}

/** Widths text is wrapped at: fold's and terminals' 80, mail's 72 to 78, a wide console's 120 (other repeats are tables). */
export const wraps = (width: number): boolean => (width >= 72 && width <= 80) || width === 120;

/** How many characters of a line are a prefix (`PREFIXES`). */
const prefixLength = (t: string): number => t.length - strip(t).length;

/** How the joins read a paste's lines: a line's text past the prefix of the line joined onto, and the line after one. */
interface Reader {
  text: (k: number) => string | undefined;
  after: (k: number) => number;
}

/**
 * Joins the pieces of a hard-wrapped line: a line of exactly `width` that names Docker, RootlessKit or pasta goes on in
 * the next line (past a blank one only where blank lines separate the paste's lines) when that one starts flush left and
 * starts nothing of its own. A prefix may come before the
 * wrap (a journal line folded: the rest has none) or after it (a wrapped mail quoted: every piece has the same). Pieces
 * keep their places as blank lines, so line numbers still match the paste. `bare`: a line without its prefixes. In a `narrow` wrap,
 * one that most lines fill (narrowWidth), every full line goes on, whatever it names, in a next line that starts anything but indented
 * (fold's break before a blank, a "Key: value" or a date cut anywhere) and not as it starts (a log's lines of one length).
 */
function unwrap(raw: string[], width: number, joins: Joins, bare: (k: number) => string, narrow = false): void {
  // Whether blank lines part the paste's lines, a prefix alone (a CI log's before every line) a blank one too: found where a join needs it.
  let spacedAll: boolean | undefined;
  const spaced = (): boolean => (spacedAll ??= doubleSpaced(raw.map((_, k) => bare(k))));
  const cut = (k: number): number => (k < raw.length ? raw[k]!.length - bare(k).length : 0);
  const after = (k: number): number => (k + 2 < raw.length && !bare(k + 1).trim() && spaced() ? k + 2 : k + 1);
  // The joins read past the prefix of the line they join onto (`q` characters: a journal's, a CI log's), and past the next lines' where
  // theirs is as long (every line repeats it).
  let [i, q] = [0, 0];
  const read: Reader = { text: (k) => (k === i || cut(k) === q ? raw[k]?.slice(q) : raw[k]), after };
  for (; i < raw.length; i++) {
    q = cut(i);
    // (With and past the prefixes, which a log's lines share: a line's "* " and the next's " " are none.)
    const head = bare(i);
    const full = narrow ? fullPiece(raw[i]!, width) && !(alike(raw[i]!, raw[i + 1]) && alike(head, bare(i + 1))) : contentLength(raw[i]!) === width && WRAPPED.test(raw[i]!);
    // A command that ends in its exit status ("…; echo $?", fish's "$status") is whole: its answer is the next line (review 63).
    if (!width || raw[i]!.length < width || !full || /\$(?:\?|status)$/.test(raw[i]!.trimEnd())) {
      if (argvGoesOn(read.text(i)!, read.text(after(i)))) unwrapArgv(raw, i, joins, read);
      if (raw[i]!.trimEnd().endsWith(':') && raw[i]!.includes('[rootlesskit:')) unbreakError(raw, i, joins);
      // Past the pieces joined: a mail's wrap of an argv that a terminal had cut inside a word leaves that cut at the joined line's end.
      else unwrapQuoted(raw, i, joins, read, after((joins.get(i)?.at(-1)?.n ?? i + 1) - 1));
      continue;
    }
    let last = raw[i]!;
    raw[i] = last.trimEnd();
    const p = q;
    // A pane's or a terminal's own width (tmux's 81 columns, review R136 24) is a wrap's only for an argv whose next piece fills it too,
    // after as long a prefix (a journal folded has none before its rest), with neither a program's name nor a table's blanks, as a row of
    // ps or lsns cut at that width has.
    const next = read.text(after(i))?.trimEnd() ?? '';
    const pane = fullPiece(raw[after(i)] ?? '', width) && cut(after(i)) === p && runsArgv(read.text(i)!) && !ARGV.test(next) && !next.includes('  ');
    // A narrow wrap's pieces fill it with or without the line's prefix (a CI log's time before every piece, a journal's before the first).
    const fits = (w: number): boolean => wraps(w) || (pane && w === width - p) || (narrow && (w === width || w === width - p));
    // A piece goes on only at a wrap's width, with or without this prefix: a journal's lines, all of one length, are at neither (a word
    // wrap's argv whose two first pieces are as long may go on at its flags).
    if (!fits(width) && !fits(width - p)) {
      unwrapArgv(raw, i, joins, read);
      continue;
    }
    // A table's row whose length fold's width divides ends in a full piece: the next row, its column where this one's is, starts anew.
    const row = ROW.exec(raw[i]!)?.[0].length;
    // systemctl and less end a line cut at the terminal's width with "…" or ">": such a line does not go on.
    for (let j = i + 1; fullPiece(last, width) && !'…>'.includes(last.trimEnd().at(-1)!) && j < raw.length && raw[i]!.length < limits.maxLineChars; j++) {
      if (!bare(j).trim()) {
        if (spaced()) continue;
        break;
      }
      const rest = raw[j]!.trimEnd();
      // fold breaks just before a space as often as just after one: then the piece after a full one starts with it, before an option
      // (in a narrow wrap before any word, after a prefix too: "Docker version (managed by Portainer):" / " Docker version 19.03.8").
      const before = last.length === width && (narrow ? /^ \S/.test(rest) : !p && SPACED_OPTION.test(rest));
      // (A narrow wrap's piece whose start reads as another prefix than the line's is text: "since Mon " / "2025-01-20 08:00:00 CET".)
      const prefix = before ? 1 : prefixLength(rest);
      const q = narrow && !before && prefix !== p ? 0 : prefix;
      const stops = !continues(rest.slice(q), narrow) || (narrow && alike(raw[i]!, rest) && alike(head, rest.slice(q))) || (row && ROW.exec(rest)?.[0].length === row);
      if (!(q && !before ? q === p && fits(width - p) : fits(width)) || stops) break;
      // A break at a space keeps one: fold's, where the piece ends or starts with the space, or a word wrap before an option (not one
      // inside a quoted word: fold broke "'--mtu=65520'" after its opening quote).
      const space = before || (last.length === width && last.endsWith(' ')) || (OPTION_START.test(rest.slice(q)) && quotesClosed(raw[i]!));
      if (space) raw[i] += ' ';
      joined(joins, i, j, raw[i]!.length);
      raw[i] += rest.slice(q);
      last = raw[j]!;
      raw[j] = '';
    }
    // A word wrap's argv whose first piece happens to be as long as another line goes on at its flags after the pieces joined.
    unwrapArgv(raw, i, joins, read, after((joins.get(i)?.at(-1)?.n ?? i + 1) - 1));
  }
}

// What Go's wrapped causes start with: a program and its arguments ("newuidmap 29 […] failed:"), an operation on a path
// ("fork/exec /proc/self/exe: …", "open /etc/subuid: …"), a cause with its own colon ("newuidmap: write …"), or an exit status.
const GO_CAUSE = /^(?:[a-z][\w/.-]* (?:\d+ )?(?:\[[^\]]*\] )?failed:|(?:fork\/exec|exec|open|write|read|mkdir|stat|lstat) \/|[a-z][\w.-]*: |exit status \d)/;

/**
 * Joins a RootlessKit error broken after its colons ("… failed to start the child:" / "fork/exec /proc/self/exe: operation not
 * permitted"): Go wraps each cause after ": ", and a reader who breaks the line there leaves pieces that each end in one.
 */
function unbreakError(raw: string[], i: number, joins: Joins): void {
  raw[i] = raw[i]!.trimEnd();
  for (let j = i + 1; j < raw.length && j <= i + 3 && raw[i]!.endsWith(':'); j++) {
    const rest = raw[j]!.trim();
    if (!GO_CAUSE.test(rest)) break;
    joined(joins, i, j, raw[i]!.length + 1);
    raw[i] += ` ${rest}`;
    raw[j] = '';
  }
}

/**
 * Whether line `next` may go on the argv on line `t`: it starts with a flag, a path or set -x's quote (one look at a character spares
 * most lines the patterns), or with an option after the space where a process's line was broken (" --gateway=10.0.2.2 … 2226", review
 * R138 03), not a command's typed at a prompt (an option that pasta --help | grep lists, indented, is its output).
 */
const argvGoesOn = (t: string, next = ''): boolean =>
  "-/'".includes(next[0] ?? '?') || (next[0] === ' ' && (next[1] === '-' || next[1] === "'") && SPACED_OPTION.test(next) && !/[|;&<>$`]/.test(t));

/**
 * Joins an argv that a mail client wrapped at spaces: the pieces differ in length, so only a line that runs one of `ARGV`
 * with flags goes on, and only in lines that start with a flag or the child (never prose, a "---" rule or another path), from line `from`
 * on (past the pieces a hard wrap joined).
 */
function unwrapArgv(raw: string[], i: number, joins: Joins, read: Reader, from = read.after(i)): void {
  const t = read.text(i)!;
  if (!argvGoesOn(t, read.text(from))) return;
  if (!(runsArgv(t) && !'…>'.includes(t.trimEnd().at(-1)!)) && !ARGV_END.test(t)) return;
  // Pieces joined once, up to a line's limit: joining them one by one grows quadratically with a long paste of flags.
  const pieces = [raw[i]!.trimEnd()];
  let length = pieces[0]!.length;
  // Where the next piece starts in the joined text, after a space. (A piece may start with the space that fold broke the line before.)
  let at = length + 1;
  for (let j = from, piece = read.text(j); piece !== undefined && length < limits.maxLineChars && (FLAG.test(piece) || SPACED_OPTION.test(piece)); piece = read.text((j = read.after(j)))) {
    joined(joins, i, j, at);
    pieces.push(piece.trim());
    at += pieces.at(-1)!.length + 1;
    length += piece.length + 1;
    raw[j] = '';
  }
  raw[i] = pieces.join(' ');
}

/**
 * Joins lines continued with a backslash, as shells and people writing commands and logs break them ("docker run -d \\", then
 * "  --net=host \\"), onto the pieces that go on: indented, an option, or after a shell's "> " prompt for more. A piece keeps its
 * place as a blank line (evidence names the first); a backslash with nothing to go on (a Markdown line break) is dropped. A double-spaced
 * paste goes on past the one blank line after each of its lines.
 */
function unescape(raw: string[], joins: Joins): void {
  // Whether every line of the paste is followed by a blank one (a blank line of a paste spaced only in places ends a command, as in
  // bash): found once, and only for a backslash before a blank line.
  let spaced: boolean | undefined;
  const after = (j: number): number => (j + 2 < raw.length && !contentLength(raw[j + 1]!) && (spaced ??= doubleSpaced(raw, true)) ? j + 2 : j + 1);
  // Whether the text `t` of line `j` goes on: a backslash glued to a word only before an indented line, as bash joins it to a word apart;
  // and, `first` of a command, only typed at a prompt or before an option (in prose it is a line break of Markdown before an output).
  const goesOn = (t: string, j: number, first: boolean): boolean => {
    const c = continued(t);
    if (c !== 'word') return c === 'blank';
    const next = raw[after(j)] ?? '';
    return INDENTED.test(next) && (!first || OPTION_NEXT.test(next) || typedAtPrompt(t));
  };
  for (let i = 0; i < raw.length; i++) {
    if (!goesOn(raw[i]!, i, true)) continue;
    // Pieces joined once, up to a line's limit: joining them one by one grows quadratically.
    const pieces = [raw[i]!.trimEnd().slice(0, -1).trimEnd()];
    let length = pieces[0]!.length;
    // Where the next piece starts in the joined text, after a space.
    let at = length + 1;
    let j = i;
    for (let more = true, k = after(j); more && k < raw.length && GOES_ON.test(raw[k]!) && length < limits.maxLineChars; k = after(j)) {
      j = k;
      const next = raw[j]!.trim().replace(/^> +/, '');
      more = goesOn(next, j, false);
      joined(joins, i, j, at);
      pieces.push(more ? next.slice(0, -1).trimEnd() : next);
      at += pieces.at(-1)!.length + 1;
      length += next.length + 1;
      raw[j] = '';
    }
    raw[i] = pieces.join(' ');
    i = j;
  }
}

// What a continued line goes on with: an indented piece, an option, or a piece after the "> " prompt of the shell for more (indented
// too, as the shell echoes the next line of a pasted command).
const GOES_ON = /^(?:\s+\S|-|> +\S)/;

const INDENTED = /^\s+\S/;
// An indented option, after the "> " prompt of the shell for more or not.
const OPTION_NEXT = /^\s+(?:> +)?-/;

/** Whether line `t` starts with a prompt of a shell (what strip takes off it ends in one). */
const typedAtPrompt = (t: string): boolean => {
  const rest = strip(t);
  return rest.length < t.length && endsInPrompt(t.slice(0, t.length - rest.length));
};

/**
 * How a line ends in a backslash (trailing blanks aside): after a blank, glued to the last word, or neither (nothing, an escaped
 * backslash, or the last of a path of Windows, "C:\\Users\\bob\\").
 */
const continued = (t: string): 'blank' | 'word' | null => {
  const k = contentLength(t);
  if (k < 2 || t.charCodeAt(k - 1) !== 92) return null;
  if (t.charCodeAt(k - 2) === 32) return 'blank';
  return /(?:^|\s)[^\s\\]+\\$/.test(t.slice(0, k)) ? 'word' : null;
};

/** Whether every single quote in `t` is closed. */
const quotesClosed = (t: string): boolean => t.split("'").length % 2 === 1;

// pasta's argv cut inside a word at a terminal's width ("… --netmask=2"), and the rest after it that ends the argv with its PID (and
// names no program: another row of ps is no rest).
// (A command typed, "pasta --host-lo-to-ns-lo --version >/dev/null; echo $?" before its status, is no process's argv.)
const PASTA_CUT = /\bpasta(?:\.avx2)? +--(?!.* \d+$)[^;|&<>$`]*$/;
const PASTA_END = / \d+$/;

/**
 * Joins a line of a wrap's width to the next, where a lone long line shows the cut (no second line of that width tells the wrap): it
 * leaves a single quote open that the next closes (`su - dock -c '…`), or it cuts pasta's argv that the next ends with its PID ("4
 * --gateway=10.0.2.2 … 2226"; never a row cut for good, "…" or a new row after it), the next being line `j`. fold cuts anywhere: no
 * blank between.
 */
function unwrapQuoted(raw: string[], i: number, joins: Joins, read: Reader, j: number): void {
  const next = read.text(j);
  let t = read.text(i)!;
  if (!next) return;
  // pasta's argv without the blanks a paste added after its piece (only where the next line ends in a digit: most lines are spared the
  // patterns); a quoted string as it is, its blanks its own.
  if (quotesClosed(t)) {
    t = t.trimEnd();
    if (!wraps(t.length) || !isDigit(next.charCodeAt(contentLength(next) - 1)) || !PASTA_END.test(next.trimEnd()) || !PASTA_CUT.test(t) || ARGV.test(next)) return;
  } else if (!wraps(t.length) || quotesClosed(next)) return;
  // A chat's speaker before the next line starts a message of its own ("[10:04] <jonas> I'm on …" after another's "I'm …"), and so does an
  // exported chat's sender ("4/15/2022, 4:51:13 PM - @mkr:matrix.org: "): read on the line as pasted, as a speaker's prefix is as long
  // as another's.
  if (!WRAPPED.test(t) || !continues(next) || /<[^\s<>]+> $| - .+: $/.test(raw[j]!.slice(0, prefixLength(raw[j]!)))) return;
  const q = raw[i]!.length - read.text(i)!.length;
  joined(joins, i, j, q + t.length);
  raw[i] = raw[i]!.slice(0, q) + t + next.trimEnd();
  raw[j] = '';
}

// How many characters two lines of a log share at their start ("level=info msg=…"), which a wrap's piece and the next seldom do.
const ALIKE = 6;

/** Whether line `t` and the next start alike, as a log's lines of one length do (no line goes on in the next then). */
const alike = (t: string, next = ''): boolean => next.length >= ALIKE && t.startsWith(next.slice(0, ALIKE));

/** Whether a piece of a hard wrap fills the width: with text, or with one space that fold left where it broke the line. */
function fullPiece(t: string, width: number): boolean {
  const length = contentLength(t);
  return length === width || (length === width - 1 && t.length === width);
}

/**
 * Whether a line can be the rest of a wrapped one (not indented, not a systemctl status tree, not a "Key: value" but in a `narrow`
 * wrap, whose pieces cut prose and keys anywhere, not a line of RootlessKit's own log: a script's log line repeated at the same length
 * is no wrap's piece).
 */
function continues(t: string, narrow = false): boolean {
  return t !== '' && !' \t├└│'.includes(t[0]!) && (narrow || !KEY_VALUE.test(t)) && !LOG_TAG.test(t);
}

/**
 * Cleans one physical line and appends what is left of it (nothing, or one or more lines when newlines were lost); `special` false where
 * the line has none of SPECIAL's characters, which spares it two searches; `rest`, where known, is what strip leaves of it.
 */
function addLine(line: string, n: number, lines: Line[], special = true, rest = special ? strip(line) : stripStart(line)): void {
  // What came before the text; with a line quoted as Markdown inline code (`…`, perhaps in a mail quote), its backtick too.
  let start = line.length - rest.length;
  let t = rest.trimEnd();
  // A line that lost its newlines: each line cut from it is read as one (the first keeps what came before the text).
  if (mayBeFlat(t)) {
    const parts = flatLines(t);
    if (parts.length > 1) {
      parts[0] = line.slice(0, start) + parts[0];
      for (const part of parts) addSteps(part, n, lines);
      return;
    }
  }
  // A reader's note after two blanks or more ("Version:   28.1.1   <-- this one", " rootlesskit:  # here"): not the output's.
  // (A search for one character is quick; most lines have neither.)
  if (special && (t.includes('#') || t.includes('<') || t.includes('←'))) t = t.replace(NOTE, '');
  // Slack's mark of a message edited, after its last line ("0```(edited)", review R155 16).
  if (t.endsWith(EDITED) || t.endsWith(`${EDITED} `)) t = t.slice(0, t.lastIndexOf(EDITED)).trimEnd();
  // A closing fence glued to the paste's last line ("de40ad0```", Jira's "…{code}").
  if (t.endsWith('`') || t.endsWith('}')) t = t.replace(FENCE_END, '').trimEnd();
  let trimmed = t.trimStart();
  // Only one span: "`a` and `b`" is prose with two, whose outer backticks are no pair.
  if (trimmed[0] === '`' && trimmed[1] !== '`' && trimmed.length > 2 && trimmed.endsWith('`') && !trimmed.slice(1, -1).includes('`')) {
    const inner = strip(trimmed.slice(1, -1));
    start += t.length - 1 - inner.length;
    t = inner.trimEnd();
    trimmed = t.trimStart();
  }
  const fence = '`~{'.includes(trimmed[0]!) ? FENCE.exec(trimmed) : null;
  if (fence) {
    // An opening fence glued to the paste's first line ("```Server: …", "{code:bash}Server: …"): a language has no space or colon.
    const text = trimmed.slice(fence[0].length);
    if (!/[\s:]/.test(text)) return;
    start += t.length - text.length;
    t = text;
    trimmed = text.trimStart();
  }
  const prefix = start ? line.slice(0, start) : undefined;
  if (!trimmed) return;
  const cut = '#[.…('.includes(trimmed[0]!) && CUT.test(trimmed);
  for (const node of tree && (t.includes('─') || t.includes('|-')) ? untree(t) : [t]) {
    if (!mayBeGlued(node)) lines.push({ n, text: node, trimmed: node === t ? trimmed : node.trim(), cut, prefix });
    else for (const part of unglue(node)) lines.push({ n, text: part, trimmed: part.trim(), cut, prefix });
  }
}

/** The line without the prefixes it may have. */
const strip = (line: string): string => (PREFIX_INSIDE.test(line) ? stripPrefixes(line) : stripStart(line));

/** The line without the prefixes it may have, where it has no "[", "@" or "|" (PREFIX_INSIDE): only those PREFIX_START finds. */
const stripStart = (line: string): string => (PREFIX_START.test(line) ? stripPrefixes(line) : line);

function stripPrefixes(line: string): string {
  let t = line;
  for (let round = 0; round < 4; round++) {
    const start = t.trimStart();
    const m = PREFIX.exec(start);
    if (!m) break;
    t = start.slice(m[0].length);
  }
  // Keep the indentation after a prefix (docker's nesting), but not what was before it.
  return t === line ? line : t;
}

/** A glued header makes a second colon; most lines have at most one. */
function mayBeGlued(t: string): boolean {
  const colon = t.indexOf(':');
  return colon >= 0 && t.indexOf(':', colon + 1) >= 0;
}

/**
 * docker info on one line as its lines: a key and its value each, and each security option on a line of its own, up to the first word
 * that is none (prose goes on after them). A line with fewer keys, or whose options are a list (a --format template's), is left whole.
 */
function flatInfo(t: string): string[] {
  const parts = t.split(INFO_KEY);
  const options = parts.find((part) => part.startsWith(INFO_OPTIONS));
  if (parts.length < MIN_INFO_PARTS || !options || '["'.includes(options[INFO_OPTIONS.length]!)) return [t];
  return parts.flatMap((part) => {
    if (part !== options) return [part];
    // A chat tool's bullets between the items are none of them.
    const words = part.slice(INFO_OPTIONS.length).replace(/Profile:\s+\S+/g, '').split(' ').filter((word) => word && !'•*-'.includes(word));
    const end = words.findIndex((word) => !FLAT_OPTION.test(word));
    // What follows the items goes on a line of its own, which ends the list as one that may go on (no rootful conclusion).
    return ['Security Options:', ...(end < 0 ? words : [...words.slice(0, end), words.slice(end).join(' ')])];
  });
}

/**
 * A systemctl status whose newlines were lost, its process tree on one line: each node of the tree on a line of its own (process.ts reads
 * one program a line, so a pasta after RootlessKit would go unread). A line with fewer than two nodes is left whole.
 */
function untree(t: string): string[] {
  const nodes = t.match(TREE_NODES);
  return nodes && nodes.length > 1 ? t.split(TREE_NODE) : [t];
}

/**
 * Undoes lost newlines in docker output: a whole docker version on one line, a component header with its first key,
 * a key after the blanks that were the next line's indentation ("Version: 2.3.4   ApiVersion: 1.1.1", which keeps the
 * line's own), a header glued to the previous line ("Experimental: trueServer: Docker Engine"), or "GitCommit: de40ad0
 * rootlesskit:" where the next line's indentation survived as a space.
 */
function unglue(t: string): string[] {
  const [lines, next] = unglueOnce(t);
  // Most lines are done in one step.
  if (next === null) return lines;
  // Header after header, in a loop (as a recursion, thousands of glued headers overflow the stack), and no more of them than a docker
  // version has lines: each step reads the rest of the line again.
  let rest: string | null = next;
  for (let step = 1; rest !== null && step < MAX_GLUED; step++) {
    const [done, after]: [string[], string | null] = unglueOnce(rest);
    for (const line of done) lines.push(line);
    rest = after;
  }
  if (rest !== null) lines.push(rest);
  return lines;
}

/** One step of unglue: the lines split off `t`, and what is left to split (null: nothing). */
function unglueOnce(t: string): [string[], string | null] {
  // Every FLAT_MARK has "Version:", which few lines with two colons (URLs, times) have.
  if (t.includes('Version:') && FLAT_MARK.test(t)) {
    const parts = t.split(FLAT_KEY).filter((part) => part.trim());
    if (parts.length > 1 && FLAT_START.test(parts[0]!.trim())) return [parts.flatMap((part) => unglue(part)), null];
  }
  if (t.includes('Server Version: ') && t.includes(INFO_OPTIONS)) return [flatInfo(t), null];
  // SPACED_KEY's blanks follow text: a line whose only run of them is its indentation (docker's nested keys) is not split.
  const start = t.length - t.trimStart().length;
  if (t.includes('  ', start) && KEY_VALUE.test(t)) {
    const parts = t.split(SPACED_KEY);
    const indent = t.slice(0, start);
    if (parts.length > 1) return [parts.flatMap((part, k) => unglue(k ? indent + part : part)), null];
  }
  // One search for them all first: most lines with two colons have none.
  if (!GLUED_ANY.test(t)) return [[t], null];
  for (const header of GLUED) {
    const at = t.indexOf(header);
    const glued = at > 0 && (/[\w)]/.test(t[at - 1]!) || (t[at - 1] === ' ' && at + header.length === t.length));
    if (glued && KEY_VALUE.test(t.slice(0, at))) return [[t.slice(0, at).trimEnd()], t.slice(at)];
  }
  return [[t], null];
}
