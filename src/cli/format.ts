/** Output of netcheck: the JSON contract, and a human-readable report. */
import type { FactKey, Facts, Result } from '../engine/index.ts';
import { factRows, factValue } from '../islands/checker/facts-view.ts';
import { headline, stoppedLine } from '../islands/checker/finding-groups.ts';
import type { Words } from './words.ts';

/** Exactly {"verdict", "certainty", "facts", "findings"}, as tests outside the project read it (what is written by hand stays out: the contract). */
export function formatJson(r: Result): string {
  return `${JSON.stringify({ verdict: r.verdict, certainty: r.certainty, facts: r.facts, findings: r.findings }, null, 2)}\n`;
}

const indent = (text: string, by: string): string => text.replace(/^/gm, by);
// A terminal shows a command the catalogue marks (`dpkg -l passt`) as it is typed, without the marks.
const unmarked = (text: string): string => text.replace(/`([^`]+)`/g, '$1');

// Characters a terminal gives two columns: CJK ideographs and syllables, full-width forms and punctuation.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** How many terminal columns `text` takes. */
const columnsOf = (text: string): number => text.length + (text.match(WIDE)?.length ?? 0);

/** `text` padded with spaces to `columns` terminal columns. */
const pad = (text: string, columns: number): string => text + ' '.repeat(Math.max(0, columns - columnsOf(text)));

// Control characters a paste may carry (a window title, the alternate screen, backspaces) would act on the terminal.
const CONTROL = /[\0-\x09\x0b-\x1f\x7f-\x9f]/g;

/** Rows of a label and a value, the values lined up in one column after the widest label. */
function aligned(rows: readonly (readonly [label: string, value: string])[]): string[] {
  const width = Math.max(...rows.map(([label]) => columnsOf(label)));
  return rows.map(([label, value]) => `  ${pad(label, width)}  ${value}`);
}

/** Text with control characters shown as cat -v does (^[, ^H, ^?), so that a shared log cannot act on the reader's terminal. */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 32 ? `^${String.fromCharCode(code + 64)}` : code === 127 ? '^?' : `M-^${String.fromCharCode(code - 64)}`;
  });
}

/**
 * The verdict headline, the known facts with where they came from, and the findings with evidence, the commands that fix
 * them (flush left, so that a copied here-document still ends at its EOF) and the guide section at `guide` (the site's
 * address, with its base path and the language's prefix), in the words of one language. A `collected` report names no
 * line numbers: they count lines of output the user never saw.
 */
export function formatHuman(r: Result, guide: string, { messages: m, s, verdict, list, collected: byMachine, written }: Words, collected = false): string {
  const out: string[] = [];
  const [open, close] = s.brackets;
  const decided = r.verdict !== 'incomplete';
  out.push(`${verdict}${s.colon}${r.verdict.toUpperCase()}${decided ? ` (${r.certainty})` : ''}`, `  ${headline(r, m)}`);
  if (decided) out.push(`  ${collected && r.certainty === 'confirmed' ? byMachine : m.certainty[r.certainty](r)}`);
  const stopped = stoppedLine(r, m);
  if (stopped) out.push(`  ${stopped}`);
  out.push('');
  const rows = factRows(r, s);
  if (rows.length) {
    out.push(s.factsHeading);
    const source = (row: (typeof rows)[number]) => (row.inferred ? s.inferred : row.answered ? s.answered : collected ? '' : row.spots.map((spot) => s.showLine(spot.line)).join(list));
    out.push(...aligned(rows.map((row) => [row.label, `${row.value}${source(row) ? `${open}${source(row)}${close}` : ''}`])), '');
  }
  out.push(s.findingsHeading);
  for (const f of r.findings) {
    out.push(`  [${s.severity[f.severity]}] ${f.title}`, indent(unmarked(f.detail), '    '));
    for (const e of f.evidence) out.push(`    > ${collected ? '' : `${s.showLine(e.part?.line ?? e.line)}${s.colon}`}${e.text}`);
    if (f.fix) out.push(`    ${s.fixLabel}${s.colon.trimEnd()}`, f.fix);
    out.push(`    ${s.docsLink}${s.colon}${guide}${f.docs.slice(1)}`, '');
  }
  // What the widget offers as answers, which netcheck cannot take: shown, with how to confirm it.
  if (r.written) {
    const rows = (Object.entries(r.written) as [FactKey, NonNullable<Facts[FactKey]>][]).map(([key, value]) => [s.facts[key], factValue(key, value, s)] as const);
    out.push(written.heading, ...aligned(rows), `  ${written.confirm[0]}${s.useWritten}${written.confirm[1]}`, 'docker version', '');
  }
  return visible(`${out.join('\n')}\n`);
}
