/**
 * Journal entries in the forms other than journalctl's short lines: -o json (one object a line), -o json-pretty and -o verbose (one
 * field a line), and RFC 5424 syslog lines, each read as the short line it would be ("ident[pid]: message"), so that what a line's
 * logger says (dockerd-rootless.sh's, the system unit's dockerd) reads the same in every form.
 */

type Entry = Record<string, unknown>;

// json-pretty's field ("MESSAGE" : "…",), and verbose's, indented under the entry's header (MESSAGE=…; a word wrap may have taken the
// indentation, and its names are upper case, unlike logfmt's).
const FIELD = /^\s*"(\w+)" : ("(?:[^"\\]|\\.)*")|^\s*([A-Z_][A-Z\d_]*)=(.*)/;
// <PRI>1 TIMESTAMP HOST APP-NAME PROCID MSGID STRUCTURED-DATA MSG; "-" stands for a value left out (structured data is rare in a log
// read back, and a "]" inside its values rarer).
const RFC5424 = /^<\d{1,3}>1 (\S+) (\S+) (\S+) (\S+) \S+ (?:-|(?:\[[^\]]*\])+)(?: |$)/;
// The logger's name as the short line's prefix takes it (clean.ts), and its process id.
const IDENT = /^[\w.@-]+$/;
const PID = /^\d+$/;
// How far from its MESSAGE an entry's other fields are looked for: an entry has a few dozen.
const MAX_FIELDS = 100;

/**
 * The short journal line that line `t` (line `i` of `raw`) stands for, after the prefix `bare` strips from it (kept), where it is a
 * journal entry's message or a syslog line; else null.
 */
export function journalLine(t: string, raw: readonly string[], i: number, bare: (line: string) => string): string | null {
  const rest = bare(t);
  const head = t.slice(0, t.length - rest.length);
  const syslog = rest.charCodeAt(0) === 60 ? RFC5424.exec(rest) : null;
  if (syslog) return `${head}${syslog[1] === '-' ? '' : `${syslog[1]} `}${syslog[2]} ${short(syslog[3], syslog[4], rest.slice(syslog[0].length))}`;
  const entry = (rest.trimStart()[0] === '{' ? parse(rest) : fieldsAround(rest, raw, i, bare)) as Entry | null;
  const message = entry?.MESSAGE;
  return typeof message === 'string' ? head + short(entry!.SYSLOG_IDENTIFIER ?? entry!._COMM, entry!._PID, message) : null;
}

/** A message after its logger's name and process id as a short journal line puts them, or alone where either is unknown. */
const short = (ident: unknown, pid: unknown, message: string): string =>
  typeof ident === 'string' && IDENT.test(ident) && typeof pid === 'string' && PID.test(pid) ? `${ident}[${pid}]: ${message}` : message;

/** The value JSON text stands for, or null where it is none. */
function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/**
 * The fields of the json-pretty or verbose entry that `rest` (line `i`) is a field of: its own and those of the field lines around it,
 * blank lines between them passed over.
 */
function fieldsAround(rest: string, raw: readonly string[], i: number, bare: (line: string) => string): Entry {
  const fields: Entry = {};
  const read = (line: string): boolean => {
    const m = FIELD.exec(line);
    if (m) fields[m[1] ?? m[3]!] = m[1] ? parse(m[2]!) : m[4]!.trim();
    return !!m || !line.trim();
  };
  if (!read(rest)) return fields;
  for (const step of [-1, 1]) for (let j = i + step; Math.abs(j - i) <= MAX_FIELDS && j >= 0 && j < raw.length && read(bare(raw[j]!)); j += step);
  return fields;
}
