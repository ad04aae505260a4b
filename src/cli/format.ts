/** Output of netcheck: the JSON contract, and a human-readable report. */
import { en, type FactKey, type Result } from '../engine/index.ts';

/** Exactly {"verdict", "certainty", "facts", "findings"}, as tests outside the project read it. */
export function formatJson(r: Result): string {
  return `${JSON.stringify({ verdict: r.verdict, certainty: r.certainty, facts: r.facts, findings: r.findings }, null, 2)}\n`;
}

const indent = (text: string, by: string): string => text.replace(/^/gm, by);

// Control characters a paste may carry (a window title, the alternate screen, backspaces) would act on the terminal.
const CONTROL = /[\0-\x09\x0b-\x1f\x7f-\x9f]/g;

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
 * address, with its base path).
 */
export function formatHuman(r: Result, guide: string): string {
  const out: string[] = [];
  const decided = r.verdict !== 'incomplete';
  out.push(`Verdict: ${r.verdict.toUpperCase()}${decided ? ` (${r.certainty})` : ''}`, `  ${en.verdict[r.verdict]}`);
  if (decided) out.push(`  ${en.certainty[r.certainty](r)}`);
  out.push('');
  const known = (Object.keys(r.facts) as FactKey[]).filter((k) => r.facts[k] !== null);
  if (known.length) {
    out.push('Facts');
    const width = Math.max(...known.map((k) => en.facts[k].length));
    for (const k of known) {
      const source = r.inferred.includes(k)
        ? 'inferred'
        : r.answered.includes(k)
          ? 'your answer'
          : (r.evidence[k] ?? []).map((e) => `line ${e.line}`).join(', ');
      const value = r.facts[k]!;
      out.push(`  ${en.facts[k].padEnd(width)}  ${typeof value === 'boolean' ? (value ? 'yes' : 'no') : value}${source ? `  (${source})` : ''}`);
    }
    out.push('');
  }
  out.push('Findings');
  for (const f of r.findings) {
    out.push(`  [${f.severity}] ${f.title}`, indent(f.detail, '    '));
    for (const e of f.evidence) out.push(`    > line ${e.line}: ${e.text}`);
    if (f.fix) out.push('    Commands (copy as printed):', f.fix);
    out.push(`    More: ${guide}${f.docs.slice(1)}`, '');
  }
  return visible(`${out.join('\n')}\n`);
}
