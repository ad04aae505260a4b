/**
 * Prefixes no pattern of clean.ts knows, read off the lines that repeat them: a tool's time, host, pod or pane border before every line of a
 * block (Jenkins' Timestamper, moreutils' ts, TeamCity, pdsh, stern, a tmux pane, Terraform's provisioners). Left there, they hide the output the recognisers read at a
 * line's start ("pasta 2024_09_06…", docker's keys), while an argv is found anywhere in a line: the paste would lose only what rules the
 * problem out.
 */
import type { Line } from './clean.ts';

/** What was stripped from one physical line: the known prefixes found before this one (clean.ts strips them later), and this one. */
export interface Shared {
  known: string;
  prefix: string;
  /** Whether the known prefixes went from the line too. */
  dropped: boolean;
  /** The machine the prefix names: pdsh's host, stern's pod. */
  host?: string;
}

// The shapes such a prefix has, each before blanks. Only shapes no output starts several lines with: a word alone, a "WARNING:" or a
// program's name would strip what the recognisers need ("pasta --stderr …" three times in ps).
const SHARED = new RegExp(
  `^(?:${[
    // A clock, after a date or a month's day: Timestamper's "10:22:31  ", ts's "Dec 05 10:22:31 " and "10:22:31.000001 ", a viewer's "… |".
    String.raw`(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2} |\d{4}-\d\d-\d\d[T ])?\d{1,2}:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?(?: +[|│])?`,
    // TeamCity's status and step after its time (which PREFIXES strips): "i:\t [Step 2/3]".
    String.raw`[A-Za-z]?:[ \t]+\[Step \d+\/\d+\]`,
    // pdsh's and clush's host: "web01: " (captured: it names the line's machine).
    String.raw`([a-z][\w.-]{0,62}\d):`,
    // A pane's border, a log viewer's bar, or a service's name before one: "│ ", "| ", "builder  | " (not a pastebin's number: "10 | ",
    // nor a branch of systemctl's tree: "│ ├─2637 rootlesskit").
    String.raw`(?:(?=[\w.-]{0,63}[A-Za-z])[\w.-]{2,64} +)?[│┃║|](?![ \t]*[├└│─])`,
    // stern's pod and container: "dind-0 dind " (the pod captured, as pdsh's host).
    String.raw`([a-z\d]+(?:-[a-z\d]+)+) [a-z][a-z\d-]*`,
    // A log level without a colon: "INFO  " (captured: only a block that shows its commands typed loses it).
    '(INFO|DEBUG|TRACE|NOTICE)',
    // Terraform's provisioner output after the resource's address: "null_resource.x (local-exec): ", "module.a["k"].aws_instance.b[0] (remote-exec): ".
    String.raw`[\w.[\]"-]{1,200} \((?:local|remote)-exec\):`,
  ].join('|')})[ \\t]+`,
);
// A pane's right border: the last character of a line, at one column on every line of a block ("│", "┃", "║": compared as codes, no search
// on every line).
const isBorder = (code: number): boolean => code === 0x2502 || code === 0x2503 || code === 0x2551;
const MIN_LINES = 2;

/**
 * Whether `t` starts as one of SHARED's shapes may: with a word's character, ".", "-", ":" or a bar. Most lines of a long paste (indented,
 * blank) start otherwise, and are spared the pattern.
 */
function mayShare(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45 || c === 124 || isBorder(c);
}

const isBlank = (code: number): boolean => code === 32 || code === 9;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether `t` starts as `head` does, one digit standing for any other (each line has its own time), then ends or goes on after a blank. */
function startsLike(t: string, head: string): boolean {
  if (t.length < head.length || (t.length > head.length && !isBlank(t.charCodeAt(head.length)))) return false;
  for (let k = 0; k < head.length; k++) {
    const [a, b] = [t.charCodeAt(k), head.charCodeAt(k)];
    if (a !== b && !(isDigit(a) && isDigit(b))) return false;
  }
  return true;
}

/**
 * Whether a line whose bar was taken for a prefix's is a table's row: one that ends in a bar (Markdown's), or has two more (zypper's "i  |
 * passt | package | …").
 */
function tableRow(t: string, from: number): boolean {
  const rest = t.slice(from).trimEnd();
  return rest.endsWith('|') || rest.split('|').length > 3;
}

/** How many blanks `t` has from `at` on. */
function blanksAt(t: string, at: number): number {
  let k = at;
  while (isBlank(t.charCodeAt(k))) k++;
  return k - at;
}

/** Strips a pane's right border from every line of a block of two or more that end in it at one column (blank lines aside). */
function unborderRight(raw: string[]): void {
  for (let i = 0; i < raw.length; ) {
    const t = raw[i]!.trimEnd();
    const column = t.length - 1;
    if (column < 1 || !isBorder(t.charCodeAt(column))) {
      i++;
      continue;
    }
    let [end, lines] = [i + 1, 1];
    for (; end < raw.length; end++) {
      const next = raw[end]!.trimEnd();
      if (!next) continue;
      if (next.length !== column + 1 || next[column] !== t[column]) break;
      lines++;
    }
    if (lines >= MIN_LINES) for (let k = i; k < end; k++) raw[k] = raw[k]!.slice(0, column).trimEnd();
    i = end;
  }
}

/** Whether a line of `rest` from `from` to `end` goes on after `cut` characters with a command typed at a prompt (`prompt` of what `strip` strips). */
function showsTyped(rest: readonly string[], from: number, end: number, cut: number, strip: (line: string) => string, prompt: (prefix: string) => boolean): boolean {
  for (let k = from; k < end; k++) {
    const output = rest[k]!.slice(cut);
    const bare = strip(output);
    if (bare.length < output.length && prompt(output.slice(0, output.length - bare.length))) return true;
  }
  return false;
}

/**
 * Strips from `raw` a prefix of `SHARED`'s shapes that every line of a block of two or more repeats (blank lines aside), after the prefixes
 * `strip` knows, keeping the blanks that are the output's own indentation; and a pane's right border. Returns what it stripped, by line index.
 * Also what `strip` left of each line before (its right border gone). `prompt`: whether a prefix `strip` strips ends in a prompt of a shell.
 */
export function unshare(raw: string[], strip: (line: string) => string, prompt: (prefix: string) => boolean): { found: Map<number, Shared>; rest: string[] } {
  const found = new Map<number, Shared>();
  unborderRight(raw);
  const rest = raw.map(strip);
  for (let i = 0; i < rest.length; ) {
    const m = mayShare(rest[i]!) ? SHARED.exec(rest[i]!) : null;
    if (!m) {
      i++;
      continue;
    }
    const head = m[0].trimEnd();
    // Where a host starts a line, each line's own (pdsh's "web01:" and "web02:" start alike): as long as the first's.
    const hostLength = (m[1] ?? m[2])?.length ?? 0;
    const bar = head.endsWith('|');
    let end = i + 1;
    let blanks = m[0].length - head.length;
    let lines = 1;
    for (; end < rest.length; end++) {
      const t = rest[end]!;
      if (!t.trim()) continue;
      if (!startsLike(t, head) || (bar && tableRow(t, head.length))) break;
      lines++;
      if (t.length > head.length) blanks = Math.min(blanks, blanksAt(t, head.length));
    }
    // A log level alone before lines that show no command typed is a script's own, before its messages ("INFO  rootlesskit version 2.3.1"):
    // they are what it says, not a program's output.
    const said = m[3] !== undefined && !showsTyped(rest, i, end, head.length + blanks, strip, prompt);
    if (lines >= MIN_LINES && !(bar && tableRow(rest[i]!, head.length)) && !said) {
      for (let k = i; k < end; k++) {
        const t = rest[k]!;
        if (!t.trim()) continue;
        const cut = Math.min(t.length, head.length + blanks);
        const known = raw[k]!.slice(0, raw[k]!.length - t.length);
        // The known prefixes stay for the passes that read them ("> " quotes), unless they would take the output's indentation with them
        // (TeamCity's "[10:22:31]" is a chat's time, whose pattern takes a blank after it).
        const output = t.slice(cut);
        const dropped = !!known && strip(known + output) !== strip(output);
        found.set(k, { known, prefix: t.slice(0, cut), dropped, ...(hostLength ? { host: t.slice(0, hostLength) } : {}) });
        raw[k] = dropped ? output : known + output;
      }
    }
    i = end;
  }
  return { found, rest };
}

/**
 * Puts each stripped prefix back into its lines' `prefix`, where it stood: after the known prefixes before it, before those after it; and
 * the machine it names into their `host`.
 */
export function withShared(lines: Line[], found: ReadonlyMap<number, Shared>): void {
  for (const line of lines) {
    const shared = found.get(line.n - 1);
    if (!shared) continue;
    const before = line.prefix ?? '';
    const { known, prefix, dropped, host } = shared;
    if (host) line.host = host;
    line.prefix = dropped ? known + prefix + before : before.startsWith(known) ? known + prefix + before.slice(known.length) : prefix + before;
  }
}
