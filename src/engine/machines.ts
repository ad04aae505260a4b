/** Which machine the lines of a paste come from, where the paste names one: a heading before a prompt, a prompt's host, a journal's. */
import { atPrompt, type Line } from './clean.ts';
import type { Conflict } from './facts.ts';

// "alice@laptop:~$ ", "[bob@server ~]$ ", "root@web-1 # ".
const PROMPT_HOST = /^\[?[\w.-]+@([\w.-]+)[:\s\]]/;
// The journal's (or syslog's) host, after its time: "Dec 04 10:00:00 server rootlesskit[1999]: ", "2025-01-02T10:00:00+0100 server dockerd[5]: ".
const JOURNAL_HOST = /^(?:[A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\S+) +([\w.-]+) [\w.@-]+(?:\[\d+\])?: $/;
// A line of one word and a colon, flush left, that a typed command follows: "laptop:", "server:" (docker info's "Server:" is followed by
// its fields, never by a prompt).
const HEADING = /^([A-Za-z][\w.-]{0,39}):$/;

/** The machine each line names or follows (line number → name), for the lines after a heading or a host's prompt, and a journal's own. */
export function machines(lines: readonly Line[]): Map<number, string> {
  const of = new Map<number, string>();
  let current: string | undefined;
  lines.forEach((line, i) => {
    const heading = !line.prefix && line.text === line.trimmed && lines[i + 1] && atPrompt(lines[i + 1]!) ? HEADING.exec(line.trimmed) : null;
    const prompt = atPrompt(line) ? PROMPT_HOST.exec(line.prefix!) : null;
    if (heading || prompt) current = (heading ?? prompt)![1]!;
    const journal = line.prefix && !prompt ? JOURNAL_HOST.exec(line.prefix) : null;
    const host = journal ? journal[1]! : current;
    if (host) of.set(line.n, host);
  });
  return of;
}

/** The machines the disagreeing values were seen on, in the paste's order, when one disagreement's values come from two or more. */
export function disagreeingMachines(conflicts: readonly Conflict[], of: ReadonlyMap<number, string>): string[] {
  const names = conflicts.map((c) => [...new Set(c.evidence.map((e) => e.line).toSorted((a, b) => a - b).flatMap((n) => of.get(n) ?? []))]);
  return names.find((n) => n.length > 1) ?? [];
}
