/**
 * `docker version` or `docker info` asked for plain fields with a format of one's own (`-f` or `--format`, "{{.Server.Version}}",
 * "{{json .SecurityOptions}} {{.ServerVersion}} {{.OperatingSystem}}"), and the line it printed: each field read by its place.
 */
import { rank, type Sink } from '../facts.ts';
import { atPrompt, wraps, type Line } from '../clean.ts';
import { reportOperatingSystem } from './docker-info.ts';
import { everyIndex, type WordedAt } from './worded-at.ts';

// The command (docker by its path too, as ~/bin/docker of a static install) and its template, quoted or (one word of fields, which
// the shell passes as it is) not (a redirection after it); not another daemon's answer (DOCKER_HOST= or ssh before it, --context, or
// sudo, which resets DOCKER_HOST and so asks the system-wide daemon).
export const ASKED = /^(?:(?:~|\$HOME|\.{1,2})?\/(?:[\w.-]+\/)*)?docker (version|info|system info)\b[^|;&]*? (?:-f|--format)(?:=| +)(['"]?)(\{\{[^\s'"]+\}\}(?=\s|$)|(?<=['"]).*?)\2/;
/** What every line ASKED finds has. */
export const formatFieldsWords = ['docker version', 'docker info', 'docker system info'];
// A template's field, alone or through json ("{{ .ServerVersion }}", "{{json .SecurityOptions}}"); other actions (range, if) are not plain.
const FIELD = /\{\{-? *(?:json +)?(\.[\w.]+) *-?\}\}/g;
export const VERSION = /^\d+\.\d+\.\d+[\w.+~-]*$/;

/** The fields the checker reads, by the command that prints them (the rest only hold their place). */
const READ: Readonly<Record<string, Readonly<Record<string, (value: string, line: Line, sink: Sink) => void>>>> = {
  version: {
    '.Server.Version': (v, line, sink) => VERSION.test(v) && sink.fact('dockerServerVersion', v, rank.running, line),
    '.Client.Version': (v, line, sink) => VERSION.test(v) && sink.fact('dockerClientVersion', v, rank.binary, line),
  },
  info: {
    '.ServerVersion': (v, line, sink) => VERSION.test(v) && sink.fact('dockerServerVersion', v, rank.running, line),
    '.OperatingSystem': (v, line, sink) => v !== '' && reportOperatingSystem(v, line, sink),
  },
};
// Fields of free text, read only where the template's text follows them: at a line's end, a hard wrap may have cut one short.
const FREE_TEXT = new Set(['.OperatingSystem']);
// The last word of a whole system's name, as docker info prints it: a release ("Ubuntu 24.04.1", "Alpine Linux v3.20"), "LTS", "Docker
// Desktop", a rolling release's name (a closing codename in parentheses is told apart by its brackets).
const SYSTEM_END = /^(?:v?\d+(?:\.\d+)*|LTS|Desktop|Tumbleweed|Rawhide)$/;

export interface Template {
  fields: string[];
  /** The text around the fields: one more than there are fields. */
  texts: string[];
}

/** The template's fields and the text around them, or null where it has more than plain fields and text. */
export function parse(template: string): Template | null {
  const fields: string[] = [];
  const texts: string[] = [];
  let at = 0;
  for (const m of template.matchAll(FIELD)) {
    texts.push(template.slice(at, m.index));
    fields.push(m[1]!);
    at = m.index + m[0].length;
  }
  texts.push(template.slice(at));
  return fields.length && !texts.some((t) => t.includes('{{')) ? { fields, texts } : null;
}

/**
 * The values a line holds for the template's fields, each up to the text that follows it (a list in brackets or a JSON string whole,
 * the last up to the template's end), or null where the line is not its output. A field of free text may hold that text ("Docker
 * Desktop" before a blank): the fields after it are read from the end of the line back, and it holds what is left between; where that
 * is not sure, it holds nothing. One pass: a paste's line may be long.
 */
export function values(template: Template, line: string): string[] | null {
  const { fields, texts } = template;
  if (!line.startsWith(texts[0]!) || !line.endsWith(texts.at(-1)!)) return null;
  const free = fields.findIndex((field, i) => FREE_TEXT.has(field) && i < fields.length - 1);
  if (free < 0) return forward(template, line, fields.length)?.found ?? null;
  const head = forward(template, line, free);
  const whole = head && around(template, line, free, head.found, head.at);
  if (whole) return whole;
  const found = forward(template, line, fields.length)?.found;
  return found ? found.map((value, i) => (i === free ? '' : value)) : null;
}

/** The values of the first `count` fields read from the line's start, each up to the text that follows it, and where they end; or null. */
function forward({ fields, texts }: Template, line: string, count: number): { found: string[]; at: number } | null {
  const found: string[] = [];
  let at = texts[0]!.length;
  for (let i = 0; i < count; i++) {
    const after = texts[i + 1]!;
    const close = line[at] === '[' ? ']' : line[at] === '"' ? '"' : null;
    const last = i === fields.length - 1;
    const end = last ? line.length - after.length : close ? line.indexOf(close, at + 1) + 1 : after ? line.indexOf(after, at + 1) : -1;
    if (end <= at || !line.startsWith(after, end)) return null;
    found.push(line.slice(at, end));
    at = end + after.length;
  }
  return { found, at };
}

/** Every value, the fields after the free one (`free`) read from the line's end back and it what is left from `at`; or null where unsure. */
function around({ fields, texts }: Template, line: string, free: number, found: readonly string[], at: number): string[] | null {
  const back: string[] = [];
  let end = line.length - texts.at(-1)!.length;
  for (let j = fields.length - 1; j > free; j--) {
    if (FREE_TEXT.has(fields[j]!)) return null;
    const before = texts[j]!;
    const open = line[end - 1] === ']' ? '[' : line[end - 1] === '"' ? '"' : null;
    const start = open ? line.lastIndexOf(open, end - 2) : before ? line.lastIndexOf(before, end - 1 - before.length) + before.length : -1;
    const value = line.slice(start, end);
    // A list inside a list ("[a [b]]") leaves its brackets unpaired here: no place for the field is sure.
    if (start <= at || start < before.length || !line.endsWith(before, start) || (open === '[' && !paired(value))) return null;
    back.push(value);
    end = start - before.length;
  }
  const between = line.slice(at, end);
  // A list cut at the edge of the screen ("[name=seccomp name=cgr") leaves its opening bracket in what is left between.
  return end > at && paired(between) ? [...found, between, ...back.reverse()] : null;
}

/** Whether a text opens as many brackets as it closes. */
const paired = (text: string): boolean => text.split('[').length === text.split(']').length;

/**
 * Reads the line right after such a command by the fields its template asked for. Only the lines `worded` (with one of formatFieldsWords)
 * can be one: no other is looked at but the line after one.
 */
export function formatFields(lines: readonly Line[], sink: Sink, worded: WordedAt = everyIndex(lines)): void {
  for (const k of worded) {
    const t = lines[k]!.trimmed;
    // (ASKED is anchored at docker or its path: a line without either is not searched.)
    const m = t.startsWith('docker ') || t.includes('/docker ') ? ASKED.exec(t) : null;
    const template = m && parse(m[3]!);
    const line = lines[k + 1];
    const found = template && line && values(template, line.trimmed);
    if (!found) continue;
    const read = READ[m![1] === 'version' ? 'version' : 'info']!;
    template.fields.forEach((field, i) => (template.texts[i + 1] || !FREE_TEXT.has(field) || whole(lines, k + 1, found[i]!)) && read[field]?.(found[i]!, line, sink));
  }
}

/**
 * Whether a free text that ends line `k` is whole: the paste goes on at a prompt, past a blank line or not at all (not a wrap onto the
 * next line), the line is none of the widths a screen or a wrap cuts at, and the text ends as a system of docker info does.
 */
function whole(lines: readonly Line[], k: number, value: string): boolean {
  const line = lines[k]!;
  const last = line.pieces?.at(-1);
  // Only what docker printed: a prefix before it came from another tool (a log, a quote), after the screen or a wrap cut the line.
  const width = last ? line.trimmed.length - last.at : line.text.length;
  if (wraps(width)) return false;
  // The next line of the paste, which cleaning may have cut in pieces (a log time, then the prompt glued on): one of them at a prompt.
  const n = (last?.n ?? line.n) + 1;
  let j = k + 1;
  while (lines[j]?.n === n && !atPrompt(lines[j]!)) j++;
  if (j > k + 1 && lines[j]?.n !== n) return false;
  if (value.endsWith(')')) return value.lastIndexOf('(') > value.lastIndexOf(')', value.length - 2);
  return SYSTEM_END.test(value.slice(value.lastIndexOf(' ') + 1));
}
