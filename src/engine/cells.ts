/**
 * A table of docker version's components copied from a web page (Portainer's engine page) that came out one cell per line: a component
 * ("rootlesskit") alone on its line and its version alone on the next, then RootlessKit's details, each key ("NetworkDriver") alone on its
 * line and its value ("pasta") on the next. Read as docker version prints them.
 */
import type { Line } from './clean.ts';

// Three numbers at least: a paste cut inside the version ("2.3") gives none.
const VERSION = /^v?\d+\.\d+\.\d+[\w.+~-]*$/;
// docker version's server components, each followed by its version's cell.
const COMPONENTS = ['Engine', 'containerd', 'runc', 'docker-init', 'rootlesskit'];
// The cells that lead a pair, each with the shape of the value the next cell must have (prose never has these alone on a line).
const KEYS: Readonly<Record<string, RegExp>> = {
  ...Object.fromEntries(COMPONENTS.map((c) => [c, VERSION])),
  ApiVersion: VERSION,
  NetworkDriver: /^[a-z][\w-]*$/,
  PortDriver: /^[a-z][\w-]*$/,
  StateDir: /^\/\S*$/,
};
// Fewer pairs in a row are no table: a lone key may be a heading above a paragraph.
const MIN_PAIRS = 2;

/** Whether lines `k` and `k + 1` are a key's cell and its value's, on the paste's next line (past a blank one: a double-spaced paste). */
function pairAt(lines: readonly Line[], k: number): boolean {
  const [key, value] = [lines[k], lines[k + 1]];
  const shape = key && Object.hasOwn(KEYS, key.trimmed) ? KEYS[key.trimmed] : undefined;
  return !!shape && !!value && value.n - key!.n <= 2 && shape.test(value.trimmed);
}

// A key is short: a longer line is never looked up.
const LONGEST = Math.max(...Object.keys(KEYS).map((key) => key.length));

/** Where the run of pairs from line `k` ends (`k` itself where none starts there). */
function runEnd(lines: readonly Line[], k: number): number {
  let end = k;
  while (pairAt(lines, end)) end += 2;
  return end;
}

/**
 * The lines with each run of MIN_PAIRS or more such pairs read as docker version's: a component's cell as its header and its version's as
 * its "Version:" line, a key's cell joined with its value's ("NetworkDriver: pasta", the value's line a piece of it). Other lines as they are.
 */
export function joinCells(lines: readonly Line[]): Line[] {
  // Most pastes have no run at all (a lone "containerd" heading is none): they are returned as they are, not copied.
  const first = lines.findIndex((l, k) => l.trimmed.length <= LONGEST && Object.hasOwn(KEYS, l.trimmed) && runEnd(lines, k) - k >= MIN_PAIRS * 2);
  if (first < 0) return lines as Line[];
  const out = lines.slice(0, first);
  for (let k = first; k < lines.length; ) {
    const end = runEnd(lines, k);
    if (end - k < MIN_PAIRS * 2) {
      out.push(lines[k]!);
      k++;
      continue;
    }
    for (; k < end; k += 2) {
      const [key, value] = [lines[k]!, lines[k + 1]!];
      if (COMPONENTS.includes(key.trimmed)) {
        out.push({ ...key, text: ` ${key.trimmed}:`, trimmed: `${key.trimmed}:` }, { ...value, text: `  Version: ${value.trimmed}`, trimmed: `Version: ${value.trimmed}` });
      } else {
        const trimmed = `${key.trimmed}: ${value.trimmed}`;
        out.push({ ...key, text: `  ${trimmed}`, trimmed, pieces: [{ n: value.n, at: key.trimmed.length + 2 }] });
      }
    }
  }
  return out;
}
