/** Line normalisation: undoes the damage real pastes carry (prefixes, CRLF, tabs, colours, lost newlines). */

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
}

/** Input past `maxChars` is ignored (a finding says so); longer lines are cut to `maxLineChars`. */
export const limits = { maxChars: 2 * 1024 * 1024, maxLineChars: 64 * 1024 } as const;

export interface Cleaned {
  lines: Line[];
  /** True when the input was longer than `limits.maxChars`. */
  truncated: boolean;
}

// Prefixes, tried repeatedly at the start of a line. All anchored; none can backtrack beyond a bounded token.
const PREFIXES = [
  /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)? /, // ISO timestamps (CI logs, journalctl -o short-iso)
  /^\[\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\] /, // "[2024-04-02T17:00:08.992Z] " (Dev Containers, Jenkins)
  /^[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d(?:\.\d+)? \S+ [^\s:[]+(?:\[\d+\])?: ?/, // journal: "Jan 01 12:00:00 host unit[123]: "
  /^[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? [A-Z]{2,5} \S+ [^\s:[]+(?:\[\d+\])?: ?/, // journalctl -o short-full
  /^(?:[\w.-]+ )?[\w.@-]+\[\d+\]: ?/, // journal without date, or after an ISO date: "[host ]dockerd-rootless.sh[123]: "
  /^\[[^\]]{1,200}\] *\| ?/, // act / CI job prefix: "[job/step]   | "
  /^[\w.-]+@[\w.-]+(?::\S*)?[$#%] +/, // "user@host:~$ "
  /^\[[\w.-]+@[\w.-]+(?: [^\]]*)?\][$#] +/, // "[user@host dir]$ "
  /^(?:\$|%|❯|>|\+{1,3})(?: |$)/, // "$ " prompts, "> " quotes, "+ " set -x traces (one space: indentation follows)
];
// Every prefix starts with a digit, "Mon ", a prompt character, or contains "[" or "@": lines without are left alone.
// (Plain includes() are faster here than one regex that has to scan the whole line.)
const PREFIX_START = /^\s*(?:\d{4}-|[A-Z][a-z]{2} |[$%❯>+])/;
const mayHavePrefix = (t: string): boolean => t.includes('[') || t.includes('@') || PREFIX_START.test(t);
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
const CUT = /^(?:#\s*)?(?:\[\s*(?:cut|snip|\.\.\.|…)[^\]]*\]|\.\.\.|…|\(\.\.\.\))$/i;
const FENCE = /^(?:```|~~~)/;
const BR = /<br\s*\/?>/i;
// Headers that a lost newline glues to the end of the previous line ("Experimental: trueServer:").
const GLUED = ['Server:', 'Client:', 'Engine:', 'rootlesskit:', 'slirp4netns:', 'vpnkit:'];
const KEY_VALUE = /^\s*[A-Za-z][\w .()/-]{0,40}: +\S/;
// A docker version component header with its first key on the same line: a whole docker version joined onto one line (copied
// from a page that joined its lines), or one lost newline after "rootlesskit:". Such a line splits before each key, if it
// starts with one (or with the command itself): prose that quotes "rootlesskit: Version: 2.3.2" mid-sentence stays whole.
const FLAT_MARK = /(?:Engine|containerd|runc|docker-init|rootlesskit|slirp4netns|vpnkit): +Version:/;
const FLAT_KEY = / (?=(?:Client|Server|Engine|containerd|runc|docker-init|rootlesskit|slirp4netns|vpnkit|Version|API version|Go version|Git commit|GitCommit|Built|OS\/Arch|Context|Experimental|ApiVersion|NetworkDriver|PortDriver|StateDir):(?: |$))/;
const FLAT_START = /^(?:docker version$|[\w /-]+:)/;

/** Splits text into cleaned, non-blank lines that keep their original line numbers; never throws. */
export function clean(text: string): Cleaned {
  const truncated = text.length > limits.maxChars;
  const raw = (truncated ? text.slice(0, limits.maxChars) : text).split(/\r\n|\r|\n/);
  const lines: Line[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    if (t.length > limits.maxLineChars) t = t.slice(0, limits.maxLineChars);
    if (t.includes('\x1b')) t = t.replace(ANSI, '');
    if (t.includes('\t') || t.includes('\u00a0')) t = t.replace(/[\t\u00a0]/g, ' ');
    // Output quoted in HTML or a Markdown table keeps its line ends as <br> tags.
    if (!t.includes('<br') && !t.includes('<BR')) addLine(t, i + 1, lines);
    else for (const part of t.split(BR)) addLine(part, i + 1, lines);
  }
  return { lines, truncated };
}

/** Cleans one physical line and appends what is left of it (nothing, or one or more lines when newlines were lost). */
function addLine(line: string, n: number, lines: Line[]): void {
  let t = mayHavePrefix(line) ? stripPrefixes(line) : line;
  const prefix = t === line ? undefined : line.slice(0, line.length - t.length);
  t = t.trimEnd();
  const trimmed = t.trimStart();
  if (!trimmed || ((trimmed[0] === '`' || trimmed[0] === '~') && FENCE.test(trimmed))) return;
  const cut = '#[.…('.includes(trimmed[0]!) && CUT.test(trimmed);
  if (!mayBeGlued(t)) lines.push({ n, text: t, trimmed, cut, prefix });
  else for (const part of unglue(t)) lines.push({ n, text: part, trimmed: part.trim(), cut, prefix });
}

function stripPrefixes(line: string): string {
  let t = line;
  for (let round = 0; round < 4; round++) {
    const start = t.trimStart();
    const re = PREFIXES.find((p) => p.test(start));
    if (!re) break;
    t = start.replace(re, '');
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
 * Undoes lost newlines in docker output: a whole docker version on one line, a component header with its first key,
 * a header glued to the previous line ("Experimental: trueServer: Docker Engine"), or "GitCommit: de40ad0 rootlesskit:"
 * where the next line's indentation survived as a space.
 */
function unglue(t: string): string[] {
  if (FLAT_MARK.test(t)) {
    const parts = t.split(FLAT_KEY).filter((part) => part.trim());
    if (FLAT_START.test(parts[0]!.trim())) return parts.flatMap((part) => unglue(part));
  }
  for (const header of GLUED) {
    const at = t.indexOf(header);
    const glued = at > 0 && (/[\w)]/.test(t[at - 1]!) || (t[at - 1] === ' ' && at + header.length === t.length));
    if (glued && KEY_VALUE.test(t.slice(0, at))) {
      return [t.slice(0, at).trimEnd(), ...unglue(t.slice(at))];
    }
  }
  return [t];
}
