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

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const MAX_DEPTH = 64;
const MAX_STRING = 4096;

/** Reads JSON starting at lines[start]; stops at the end of the document or at the first thing that is not JSON. */
export function scanJson(lines: readonly Line[], start: number): JsonScan {
  const values = new Map<string, JsonValue>();
  const closed = new Set<string>();
  const stack: Frame[] = [];
  let expect: 'value' | 'key' | 'colon' | 'next' = 'value';
  const child = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    const name = top.array ? String(top.index) : (top.key ?? '');
    return top.path ? `${top.path}.${name}` : name;
  };
  for (let li = start; li < lines.length; li++) {
    const line = lines[li]!;
    const t = line.text;
    let first = true;
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      if (c === ' ') continue;
      const wasFirst = first;
      first = false;
      const stop = (): JsonScan => ({ values, closed, end: wasFirst && li > start ? li : li + 1 });
      if (c === '"') {
        const close = stringEnd(t, i + 1);
        if (close < 0) return stop();
        const text = unescape(t.slice(i + 1, close));
        if (expect === 'key') {
          stack[stack.length - 1]!.key = text;
          expect = 'colon';
        } else if (expect === 'value') {
          values.set(child(), { value: text.slice(0, MAX_STRING), line });
          expect = 'next';
        } else return stop();
        i = close;
      } else if (c === '{' || c === '[') {
        if (expect !== 'value' || stack.length >= MAX_DEPTH) return stop();
        stack.push({ path: child(), array: c === '[', index: 0, key: null });
        expect = c === '[' ? 'value' : 'key';
      } else if (c === '}' || c === ']') {
        const top = stack[stack.length - 1];
        if (!top || top.array !== (c === ']') || expect === 'colon') return stop();
        stack.pop();
        closed.add(top.path);
        if (!stack.length) return { values, closed, end: li + 1 };
        expect = 'next';
      } else if (c === ':' && expect === 'colon') {
        expect = 'value';
      } else if (c === ',' && expect === 'next') {
        const top = stack[stack.length - 1]!;
        top.index++;
        expect = top.array ? 'value' : 'key';
      } else if (expect === 'value') {
        const literal = scalar(t, i);
        if (!literal) return stop();
        values.set(child(), { value: literal.value, line });
        expect = 'next';
        i = literal.end - 1;
      } else return stop();
    }
  }
  return { values, closed, end: lines.length };
}

/** Index of the quote closing a string that starts at `from`, or -1 when the line ends first. */
function stringEnd(t: string, from: number): number {
  for (let i = t.indexOf('"', from); i >= 0; i = t.indexOf('"', i + 1)) {
    let slashes = 0;
    while (t[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) return i;
  }
  return -1;
}

function unescape(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

function scalar(t: string, i: number): { value: JsonScalar; end: number } | null {
  for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
    if (t.startsWith(word, i)) return { value, end: i + word.length };
  }
  NUMBER.lastIndex = i;
  const m = NUMBER.exec(t);
  return m ? { value: Number(m[0]), end: i + m[0].length } : null;
}
