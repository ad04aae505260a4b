/** A tolerant, single-pass JSON reader: it keeps every scalar it reaches, so JSON cut short still yields what is there. */
import type { Line } from './clean.ts';

export type JsonScalar = string | number | boolean | null;

/** A scalar with the line it was on and a short excerpt for evidence. */
export interface JsonValue {
  value: JsonScalar;
  line: Line;
}

export interface JsonScan {
  /** Scalars by dotted path, e.g. "Server.Components.0.Name". */
  values: Map<string, JsonValue>;
  /** Paths of the objects and arrays whose closing bracket was seen. */
  closed: Set<string>;
  /** Index (into the lines given) just past the JSON text. */
  end: number;
}

interface Frame {
  path: string;
  array: boolean;
  index: number;
  key: string | null;
}

// One token after spaces: a string (its quote closed on the same line), a bracket or separator, or a literal.
// Alternatives are anchored by the sticky flag and free of nested quantifiers, so scanning stays linear.
const TOKEN = / *(?:"((?:[^"\\]|\\[^])*)"|([{}[\]:,])|(true|false|null|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?))/y;
const BLANK = / *$/y;
const MAX_DEPTH = 64;
const MAX_STRING = 4096;
const OBJECT = /^\{\s*"/;

/**
 * Reads JSON starting at lines[start]; stops at the end of the document or at the first thing that is not JSON. A string that holds a
 * JSON object is read as that object, nested at its key, its values on the string's line.
 */
export function scanJson(lines: readonly Line[], start: number, depth = 0): JsonScan {
  const values = new Map<string, JsonValue>();
  const closed = new Set<string>();
  const stack: Frame[] = [];
  let expect: 'value' | 'key' | 'colon' | 'next' = 'value';
  const child = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    const name = top.array ? String(top.index) : (top.key ?? '');
    return top.path ? `${top.path}.${name}` : name;
  };
  for (let li = start; li < lines.length; li++) {
    const line = lines[li]!;
    const t = line.text;
    TOKEN.lastIndex = 0;
    for (let first = true; ; first = false) {
      BLANK.lastIndex = TOKEN.lastIndex;
      const m = TOKEN.exec(t);
      const top = stack.at(-1);
      const c = m?.[2];
      if (!m && BLANK.test(t)) break;
      if (m?.[1] !== undefined && expect === 'key') {
        top!.key = unescape(m[1]);
        expect = 'colon';
      } else if ((m?.[1] !== undefined || m?.[3]) && expect === 'value') {
        const path = child();
        const text = m[1] !== undefined ? unescape(m[1]) : '';
        // A log record's field holding a command's JSON output ("stdout": "{\"Client\":…}"); each level of escaping doubles the
        // backslashes, so the levels read stay few.
        const resume = TOKEN.lastIndex;
        // The regexes are shared: the inner read moves their place in this line.
        const inner = OBJECT.test(text) && depth + stack.length < MAX_DEPTH ? scanJson(text.split('\n').map((s) => ({ ...line, text: s, trimmed: s.trim() })), 0, depth + stack.length + 1) : null;
        TOKEN.lastIndex = resume;
        const under = (key: string): string => (path && key ? `${path}.${key}` : path || key);
        if (inner?.values.size) {
          for (const [key, v] of inner.values) values.set(under(key), v);
          for (const key of inner.closed) closed.add(under(key));
        } else values.set(path, { value: m[1] !== undefined ? text.slice(0, MAX_STRING) : literal(m[3]!), line });
        expect = 'next';
      } else if ((c === '{' || c === '[') && expect === 'value' && depth + stack.length < MAX_DEPTH) {
        stack.push({ path: child(), array: c === '[', index: 0, key: null });
        expect = c === '[' ? 'value' : 'key';
      } else if ((c === '}' || c === ']') && top?.array === (c === ']') && expect !== 'colon') {
        stack.pop();
        closed.add(top.path);
        if (!stack.length) return { values, closed, end: li + 1 };
        expect = 'next';
      } else if (c === ':' && expect === 'colon') {
        expect = 'value';
      } else if (c === ',' && expect === 'next' && top) {
        top.index++;
        expect = top.array ? 'value' : 'key';
      } else {
        // Not JSON here: the document ended before this line if nothing on it was read.
        return { values, closed, end: first && li > start ? li : li + 1 };
      }
    }
  }
  return { values, closed, end: lines.length };
}

function unescape(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

function literal(text: string): JsonScalar {
  return text === 'true' ? true : text === 'false' ? false : text === 'null' ? null : Number(text);
}

// docker version's JSON starts with its first component's name, docker info's has the daemon's version.
const DOCKER_MARK = /^(.*\.)?(?:Server\.Components\.0\.Name|ServerVersion)$/;

/** The path before docker version's or docker info's keys in a scan ("" at the top, "log." nested in a record), or null where neither is. */
export function dockerRoot(scan: JsonScan): string | null {
  for (const path of scan.values.keys()) {
    const mark = DOCKER_MARK.exec(path);
    if (mark) return mark[1] ?? '';
  }
  return null;
}
