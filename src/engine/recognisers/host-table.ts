/**
 * A table of hosts, a row each, as a dashboard or an inventory exports it ("Host | Docker Engine | RootlessKit | Net driver | Port driver |
 * passt package"): with or without the bars at its ends, under a Markdown rule ("|---|---|", "----|----"), or aligned by blanks under its
 * header. Each cell is read by its column as output seen, a collector's on that host (machines.ts: each row a machine), at the rank of a
 * program's own version, as pasta-version.ts reads a table's row of pasta: no setup one person wrote by hand, which written.ts offers as
 * answers, names hosts row by row. A package's column says what is installed.
 */
import type { Line } from '../clean.ts';
import { quotingAt, rank, type Sink } from '../facts.ts';
import { reportPastaVersion } from './pasta-version.ts';
import { everyIndex, type WordedAt } from './worded-at.ts';

/** What a column holds: the row's host, or a fact of the setup there. */
type Column = 'host' | 'docker' | 'rootlesskit' | 'net' | 'port' | 'pasta' | 'package' | 'slirp4netns';

// Each column by its header's words (in small letters, blanks, "_" and "-" as one blank). A Docker column alone names the engine's version,
// which a host's row reports (the client's is no host's). A package's column holds its version as the package manager writes it ("passt
// package": Debian's 0.0~git20250503.587980c-2), which says what is installed.
const COLUMNS: readonly (readonly [RegExp, Column])[] = [
  [/^(?:host ?name|host|node|machine|instance)$/, 'host'],
  [/^(?:docker(?: engine| server| daemon)?|engine|dockerd|server)(?: version)?$/, 'docker'],
  [/^rootless ?kit(?: version)?$/, 'rootlesskit'],
  [/^net(?:work)?(?: ?driver)?$/, 'net'],
  [/^port(?: ?driver)?$/, 'port'],
  [/^(?:pasta|passt)(?: version)?$/, 'pasta'],
  [/^(?:pasta|passt)(?: version)? (?:package|pkg|deb|rpm)(?: version)?$/, 'package'],
  [/^slirp4netns(?: version)?$/, 'slirp4netns'],
];
/** What every header line this reads has: the name of one of its columns of the setup, as a header writes it (core.ts gives it the lines with one). */
export const hostTableWords = ['docker', 'engine', 'rootlesskit', 'driver', 'pasta', 'passt', 'slirp4netns'].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).concat('RootlessKit');

// A Markdown rule under the header, with or without its outer bars, and the dashes under an aligned header's words.
const BAR_RULE = /^\|? *:?-{3,}:? *(?:\| *:?-{3,}:? *)+\|?$/;
const DASH_RULE = /^-{3,}(?: {1,}-{3,})+$/;
// Cells apart: a bar, or two blanks or a tab in an aligned table.
const BAR = /\|/g;
const BLANKS = /\t| {2,}/g;
// A version whole (Docker's, RootlessKit's, slirp4netns's), after a "v" perhaps: "2.3" spans releases with and without the fix.
const WHOLE = /^v?(\d+\.\d+\.\d+(?:[-+~][\w.+~-]*)?)$/;
// pasta's version after the program's name, as pasta prints it ("pasta 2025_01_21.4f2c8e7").
const PROGRAM = /^(?:pasta|passt)(?:\.avx2)? +/i;

/** A cell: its text, trimmed, and where that starts in the line. */
interface Cell {
  text: string;
  at: number;
}

/** The cells of a row, apart at `by`, with the empty ones at its ends left out where bars end it. */
function cells(t: string, by: RegExp): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  const push = (to: number): void => {
    const raw = t.slice(from, to);
    out.push({ text: raw.trim(), at: from + raw.length - raw.trimStart().length });
  };
  for (const m of t.matchAll(by)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(t.length);
  if (by === BAR && out[0]?.text === '') out.shift();
  if (by === BAR && out.at(-1)?.text === '') out.pop();
  return out;
}

/**
 * A line's row as the table wrote it: with the host's cell that cleaning took for a log viewer's bar ("build-01      | "), after the prefix
 * its header has too (`shared`: a log's, on every line).
 */
function rowText(line: Line, shared = ''): { t: string; lead: number } {
  const rest = line.prefix?.startsWith(shared) ? line.prefix.slice(shared.length) : '';
  const bar = /^[\w.-]+ +\| *$/.test(rest) ? rest : '';
  return { t: bar + line.trimmed, lead: bar.length };
}

// What the host's column's name (COLUMNS) has, in any case.
const HOST_WORD = /host|node|machine|instance/i;

/** The columns a header names (null where it is no table of hosts with a column of the setup): a host's, and one of the setup's at least. */
function header(t: string, by: RegExp): (Column | null)[] | null {
  // Most lines with a setup's word name no host: they are spared the split into cells.
  if (!HOST_WORD.test(t)) return null;
  const names = cells(t, by);
  if (names.length < 3 || names.some((c) => !c.text)) return null;
  const columns = names.map((c) => COLUMNS.find(([name]) => name.test(c.text.toLowerCase().replace(/[\s_-]+/g, ' ')))?.[1] ?? null);
  return columns.filter((c) => c === 'host').length === 1 && columns.some((c) => c && c !== 'host') ? columns : null;
}

/** A table of hosts's row: its line, its cells, and how much of the row cleaning took as the line's prefix. */
interface Row {
  line: Line;
  values: Cell[];
  lead: number;
}

/** The tables of hosts among `lines` (`worded`: those that may be a header), each with its columns and rows. */
function tables(lines: readonly Line[], worded: WordedAt): { columns: (Column | null)[]; rows: Row[] }[] {
  const found: { columns: (Column | null)[]; rows: Row[] }[] = [];
  let after = -1;
  for (const i of worded) {
    if (i <= after) continue;
    const t = lines[i]!.trimmed;
    const by = t.includes('|') ? BAR : BLANKS;
    const columns = header(t, by);
    // Under a bar's header, its rule; under an aligned one, the rule of dashes if any.
    const rule = lines[i + 1]?.trimmed ?? '';
    if (!columns || (by === BAR && !BAR_RULE.test(rule))) continue;
    const rows: Row[] = [];
    let k = by === BAR || DASH_RULE.test(rule) ? i + 2 : i + 1;
    for (; k < lines.length; k++) {
      const { t: row, lead } = rowText(lines[k]!, lines[i]!.prefix);
      const values = cells(row, by);
      if (values.length !== columns.length) break;
      if (values[columns.indexOf('host')]!.text) rows.push({ line: lines[k]!, values, lead });
    }
    // A row's piece right after it (a hard wrap's, with its bar) may hold what the row's cells lack: the table is not read.
    const next = lines[k];
    if (!(by === BAR && next && !next.prefix && next.n === lines[k - 1]!.n + 1 && next.trimmed.includes('|'))) found.push({ columns, rows });
    after = k - 1;
  }
  return found;
}

// The columns whose values machines.ts tells hosts apart by (its DECIDING, less pasta's argv, which no table shows).
const APART: readonly (Column | null)[] = ['rootlesskit', 'net'];

/**
 * Reads each row of a table of hosts under its header, every cell by its column, with the host's row line as its evidence. Where the rows
 * differ in RootlessKit or the network driver, each row is a machine (machines.ts asks for one at a time, and keeps no fact they do not
 * share); otherwise a column whose rows differ (or one left blank in some) is not read: the verdict would rest on one host's value beside
 * another host's others.
 */
export const hostTable = (lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines)): void => {
  for (const { columns, rows } of tables(lines, worded)) {
    const alike = columns.map((_, c) => new Set(rows.map((r) => r.values[c]!.text.toLowerCase())).size < 2);
    const apart = columns.some((column, c) => APART.includes(column) && !alike[c]);
    for (const row of rows) readRow(columns.map((column, c) => (apart || alike[c] ? column : null)), row, sink);
  }
};

// A header's word, in any case: the lines machines.ts looks through for a table's.
const HEADER_WORD = /docker|engine|rootlesskit|driver|passt|pasta|slirp4netns/i;

/** The host of each row of a table of hosts among `lines`, by the row's line number. */
export function tableHosts(lines: readonly Line[]): Map<number, string> {
  const worded = lines.flatMap((l, i) => (HEADER_WORD.test(l.trimmed) ? [i] : []));
  return new Map(tables(lines, worded).flatMap(({ columns, rows }) => rows.map((r): [number, string] => [r.line.n, r.values[columns.indexOf('host')]!.text])));
}

/** Reads a row's cells by their columns; the host's cell says only whose they are. */
function readRow(columns: readonly (Column | null)[], { line, values, lead }: Row, sink: Sink): void {
  for (const [c, column] of columns.entries()) {
    const { text, at } = values[c]!;
    if (!column || column === 'host' || !text) continue;
    const shown = quotingAt(line, at - lead, text.length);
    const whole = WHOLE.exec(text)?.[1];
    if (column === 'docker' && whole) sink.fact('dockerServerVersion', whole, rank.binary, shown);
    else if (column === 'rootlesskit' && whole) {
      sink.fact('rootlesskitVersion', whole, rank.binary, shown);
      sink.fact('rootless', true, rank.hint, shown);
    } else if (column === 'slirp4netns' && whole) sink.fact('slirp4netnsVersion', whole, rank.binary, shown);
    else if (column === 'net' && sink.driver('networkDriver', text.toLowerCase(), rank.binary, shown)) sink.fact('rootless', true, rank.hint, shown);
    else if (column === 'port') sink.driver('portDriver', text.toLowerCase(), rank.binary, shown);
    // What a package manager says is installed, beaten by the pasta that runs.
    else if (column === 'pasta' || column === 'package') reportPastaVersion(text.replace(PROGRAM, ''), column === 'package' ? rank.package : rank.binary, shown, sink);
  }
}
