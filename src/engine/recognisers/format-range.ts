/**
 * docker version asked with a format of one's own that ranges over the server's components ("{{range .Server.Components}}{{.Name}}
 * {{.Version}}{{"\n"}}{{end}}", all its details with {{.Details}} or {{json .Details}} last, a tab between fields with {{"\t"}}, all on
 * one line with "{{.Name}}={{.Version}} ", or one component picked with {{if eq .Name "rootlesskit"}}), and what it printed: a value is
 * read only where the output says which component's field it is, from its lines up to the first that is not the template's.
 */
import { atPrompt, type Line } from '../clean.ts';
import { networkDrivers, portDrivers } from '../data/core/network.ts';
import { rank, type Sink } from '../facts.ts';
import { VERIFY_ROOTLESSKIT_FORMAT } from '../guide-checks.ts';
import { componentFact, componentFacts } from './docker-version.ts';
import { ASKED, parse, values, VERSION, type Template } from './format-fields.ts';
import { everyIndex, type WordedAt } from './worded-at.ts';

const RANGE = /^\{\{-? *range +\.Server\.Components *-?\}\}(.*)\{\{-? *end *-?\}\}$/;
const PICK = /^\{\{-? *if +eq +\.Name +"([\w-]+)" *-?\}\}(.*)\{\{-? *end *-?\}\}$/;
// The body's own line end, which puts each component on a line of its own.
const NEWLINE = /\{\{-? *(?:"\\n"|println) *-?\}\}$/;
// What Go's templates print for a key a component's details lack; it holds the separators a value may not, so it is set apart first.
const NO_VALUE = '<no value>';
const NONE = '\0';
// Fields only RootlessKit's component has: where every other prints NO_VALUE, a value says whose it is without its name.
const ROOTLESSKIT_ONLY = ['.Details.NetworkDriver', '.Details.PortDriver'];
const NAME = /^[\w-]+$/;
// All of a component's details ({{.Details}}): Go prints a map as "map[Key:value Key:value]", keys sorted, values without blanks.
const DETAILS = /^map\[((?:[A-Za-z]+:\S*(?: [A-Za-z]+:\S*)*)?)\]$/;
// The same as JSON ({{json .Details}}), which is known apart by its action: the field's name is the same.
const JSON_DETAILS = /\{\{-? *json +\.Details *-?\}\}/;
// A tab written as a string's action: the paste has it as a blank, or as the blanks up to the next tab stop a terminal copied.
const TAB = /\{\{-? *"\\t" *-?\}\}/g;
// A printf of plain fields ("{{printf "%-12s %s" .Name .Version}}"): its format and its fields.
const PRINTF = /\{\{-? *printf +"((?:[^"\\]|\\.)*)"((?: +\.[\w.]+)+) *-?\}\}/g;
// printf's verbs that print a string as it is, padded with blanks to a width or not.
const VERB = /%(?:%|-?\d*[sv])/g;
// A page's markup that closes around the output ("</details>" after a <pre> the paste came in): the output ended before it.
const MARKUP_END = /^<\/[a-z]+>/i;
// A chat's reactions under the message (Slack's ":eyes: 1 :+1: 2"): the output ended before them (review R155 16).
const REACTIONS = /^(?::[\w+-]+: \d+ *)+$/;

/**
 * The template with each printf of plain fields written as the fields and text it prints, and whether one pads a field with blanks;
 * null where a printf has another verb, an escape other than a tab, or not one field for each verb.
 */
function unPrintf(template: string): { template: string; padded: boolean } | null {
  let padded = false;
  let plain = true;
  const written = template.replace(PRINTF, (_, format: string, list: string) => {
    const fields = list.trim().split(/ +/);
    const text = format.replaceAll('\\t', ' ');
    if (text.includes('\\') || text.replace(VERB, '').includes('%')) plain = false;
    const printed = text.replace(VERB, (verb) => {
      if (verb === '%%') return '%';
      padded ||= /\d/.test(verb);
      return `{{${fields.shift() ?? ''}}}`;
    });
    if (fields.length || printed.includes('{{}}')) plain = false;
    padded ||= text !== format;
    return printed;
  });
  return plain ? { template: written, padded } : null;
}

/** A component's field as docker version's text names it ("rootlesskit" and ".Details.NetworkDriver" → "rootlesskit.NetworkDriver"). */
const path = (name: string, field: string): string => name + field.replace('.Details', '');

/** How a value the checker reads is checked: it must be what that field can hold (other components' only hold their place). */
const VALID: Readonly<Record<string, (v: string) => boolean>> = {
  '.Version': (v) => VERSION.test(v),
  '.Details.NetworkDriver': (v) => (networkDrivers as readonly string[]).includes(v),
  '.Details.PortDriver': (v) => (portDrivers as readonly string[]).includes(v),
};

interface Form {
  body: Template;
  /** The component every value is: picked by name, or RootlessKit for its own fields; null: each line's .Name says. */
  component: string | null;
  /** Each component on a line of its own, rather than all on one. */
  lines: boolean;
  /** The text that ends each component's output where all are on one line ("{{.Name}}={{.Version}} "); null otherwise. */
  term: string | null;
  /** The details are printed as JSON ({{json .Details}}) rather than as Go's map. */
  json: boolean;
  /** Fields are apart by a tab or printf's padding, which a paste may hold as several blanks. */
  tab: boolean;
}

/** The template's form, or null where its output cannot tell whose or which field a value is. */
function parseRange(template: string): Form | null {
  const printed = unPrintf(template);
  const range = printed && RANGE.exec(printed.template);
  const picked = range && PICK.exec(range[1]!);
  const written = picked ? picked[2]! : range?.[1];
  const raw = written?.replace(TAB, ' ');
  const how = { json: JSON_DETAILS.test(written ?? ''), tab: raw !== written || !!printed?.padded };
  const end = raw !== undefined && !picked ? NEWLINE.exec(raw) : null;
  const body = raw === undefined ? null : parse(end ? raw.slice(0, end.index) : raw);
  // All the details only last on the line: the map's blanks would hide where a field after it starts.
  const field = (f: string, i: number): boolean => f === '.Name' || f === '.Version' || f.startsWith('.Details.') || (f === '.Details' && i === body!.fields.length - 1 && !!end);
  if (!body || !body.fields.every(field)) return null;
  if (picked) return { body, component: picked[1]!, lines: false, term: null, ...how };
  if (body.fields.every((f) => ROOTLESSKIT_ONLY.includes(f))) return { body, component: 'rootlesskit', lines: !!end, term: null, ...how };
  if (!body.fields.includes('.Name')) return null;
  if (end) return { body, component: null, lines: true, term: null, ...how };
  // All on one line, names and values apart only where text between and after them holds them apart ("{{.Name}}={{.Version}} ").
  const term = body.texts.at(-1)!;
  return term && body.texts.slice(1).every(Boolean) ? { body: { ...body, texts: [...body.texts.slice(0, -1), ''] }, component: null, lines: false, term, ...how } : null;
}

/** A component's details as fields (".Details.NetworkDriver"), from Go's print of the map or its JSON; null where it is neither. */
function details(text: string, json: boolean): Map<string, string> | null {
  if (json) return jsonDetails(text);
  const m = DETAILS.exec(text);
  if (!m) return null;
  const pairs = m[1] ? m[1].split(' ').map((pair) => [`.Details.${pair.slice(0, pair.indexOf(':'))}`, pair.slice(pair.indexOf(':') + 1)] as const) : [];
  return new Map(pairs);
}

/** A component's details from their JSON ("null" where it has none), or null where it is not an object of strings whole. */
function jsonDetails(text: string): Map<string, string> | null {
  let all: unknown;
  try {
    all = JSON.parse(text);
  } catch {
    return null;
  }
  if (all === null) return new Map();
  if (typeof all !== 'object' || Array.isArray(all) || !Object.values(all).every((v) => typeof v === 'string')) return null;
  return new Map(Object.entries(all as Record<string, string>).map(([key, value]) => [`.Details.${key}`, value]));
}

/** One component's output: its name and its values by field, or null where a value is not what its field holds. */
function component(form: Form, text: string): { name: string; values: Map<string, string> } | null {
  const found = values(form.body, text);
  if (!found || found.some((v) => v.includes(NONE) && v !== NONE)) return null;
  const byField = new Map(form.body.fields.map((f, i) => [f, found[i]!]));
  const all = byField.get('.Details');
  const own = all === undefined ? null : details(all, form.json);
  if (all !== undefined && !own) return null;
  byField.delete('.Details');
  for (const [f, v] of own ?? []) byField.set(f, v);
  const name = form.component ?? byField.get('.Name')!;
  const valid = [...byField].every(([f, v]) => v === NONE || f === '.Name' || !componentFacts[path(name, f)] || VALID[f]?.(v));
  return valid && NAME.test(name) && (!byField.has('.Name') || byField.get('.Name') === name) ? { name, values: byField } : null;
}

/** A line of RootlessKit's own fields with the other components' (all NO_VALUE) around it removed: one line for every component. */
function ownPart(form: Form, text: string): string | null {
  const empty = form.body.texts.join(NONE);
  let part = text;
  while (part.startsWith(empty) && part.length > empty.length) part = part.slice(empty.length);
  while (part.endsWith(empty) && part.length > empty.length) part = part.slice(0, -empty.length);
  return part === empty ? null : part;
}

/**
 * The line with the "<no value>" a web page took for an HTML tag and dropped put back, where a detail ends the template ("Engine 28.2.2 "
 * for "{{.Name}} {{.Version}} {{.Details.NetworkDriver}}", its blank trimmed: review R137 26); the line as it is otherwise.
 */
function untagged(form: Form, text: string): string {
  const { fields, texts } = form.body;
  // The text before the detail, whose trailing blanks the paste lost with the line's.
  const before = texts.at(-2)!;
  const kept = before.trimEnd();
  return fields.at(-1)!.startsWith('.Details.') && !texts.at(-1) && text.endsWith(kept) ? `${text.slice(0, text.length - kept.length)}${before}${NONE}` : text;
}

/**
 * The components a block of output shows, from its first line to the first that is not the template's after a blank line (prose after
 * it: the cleaner drops the blank that ended the block; review R139 18), each line's whole or none of it; none where such a line has no
 * blank before it, as a hard wrap's piece has not: the block is not whole.
 */
function read(form: Form, block: readonly Line[]): { line: Line; name: string; values: Map<string, string> }[] {
  const shown = [];
  const rows = form.lines ? block : block.slice(0, 1);
  for (const [k, line] of rows.entries()) {
    const spaced = line.trimmed.replaceAll(NO_VALUE, NONE);
    const text = form.tab ? spaced.replace(/ {2,}/g, ' ') : spaced;
    const own = form.component === 'rootlesskit' && !form.lines ? ownPart(form, text) : text;
    if (own === null || (form.component === 'rootlesskit' && own === form.body.texts.join(NONE))) continue;
    const parts = form.term === null ? [own] : oneLine(form.term, own);
    const found = parts?.map((part) => component(form, part) ?? component(form, untagged(form, part)));
    if (!found || found.includes(null)) return k && line.n > (rows[k - 1]!.pieces?.at(-1)?.n ?? rows[k - 1]!.n) + 1 ? shown : [];
    for (const c of found) shown.push({ line, ...c! });
  }
  return shown;
}

/** Each component's part of a line that holds them all, each ended by `term` (the line's trailing blanks trimmed), or null. */
function oneLine(term: string, text: string): string[] | null {
  const kept = term.trimEnd();
  const whole = text.endsWith(kept) ? text + term.slice(kept.length) : text;
  return whole.endsWith(term) ? whole.slice(0, -term.length).split(term) : null;
}

/** Reports what each component shown says, as docker version's own text would. */
function report(shown: ReturnType<typeof read>, sink: Sink): void {
  for (const { line, name, values: byField } of shown) {
    if (name === 'rootlesskit') sink.fact('rootless', true, rank.running, line);
    for (const [field, value] of byField) if (value !== NONE && field !== '.Name') componentFact(path(name, field), value, line, sink);
  }
}

/**
 * Whether the output ends at a line: a prompt, a cut, a page's closing tag, or a log's stamp the cleaner set apart from the prompt on
 * its line (the same line of the paste), which the next command follows.
 */
function ends(lines: readonly Line[], k: number): boolean {
  const line = lines[k]!;
  const next = lines[k + 1];
  return atPrompt(line) || line.cut || MARKUP_END.test(line.trimmed) || (line.trimmed[0] === ':' && REACTIONS.test(line.trimmed)) || (!!next && next.n === line.n && atPrompt(next));
}

// docker's global option that names the context to ask ("docker --context rootless version …", "docker -c rootless version …").
const CONTEXT = /^((?:\S*\/)?docker) +(?:--context(?:=| +)|-c +)[\w.-]+(?= )/;

/**
 * The command's format and how many lines it takes: one, or two where the quoted template goes on after a newline typed inside the
 * quotes (the shell's continuation, "> " or none as copied), which ends each component's line as {{println}} would (an action that
 * prints a string would close a template in double quotes).
 */
function asked(typed: string, next: Line | undefined): [RegExpExecArray | null, number] {
  // A context named before the command: the components say whose daemon answered, RootlessKit's a rootless one (review R148 22: a rootless
  // context's beside the rootful default's).
  const t = typed.replace(CONTEXT, '$1');
  const m = ASKED.exec(t);
  if (m || !next || atPrompt(next)) return [m, 1];
  return [ASKED.exec(`${t}{{println}}${next.trimmed.replace(/^> /, '')}`), 2];
}

/** What every line formatRange starts from has. */
export const formatRangeWords = ['{{range'];

/**
 * Reads the output after such a command: the lines up to a prompt, a page's closing tag or the paste's end that are the template's. Only
 * the lines `worded` (with one of formatRangeWords) can be one.
 */
export function formatRange(lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines)): void {
  for (const i of worded) {
    const t = lines[i]!.trimmed;
    if (!t.includes('{{range') || !t.includes('docker ')) continue;
    const [m, taken] = asked(t, lines[i + 1]);
    // The guide's own check is versions.ts's to read.
    const form = m && m[1] === 'version' && m[3] !== VERIFY_ROOTLESSKIT_FORMAT ? parseRange(m[3]!) : null;
    if (!form) continue;
    // The output starts after the command's last line.
    const first = i + taken;
    let end = first;
    while (end < lines.length && !ends(lines, end)) end++;
    // Something left out inside it: the block is not whole.
    if (lines[end]?.cut) continue;
    report(read(form, lines.slice(first, end)), sink);
  }
}
