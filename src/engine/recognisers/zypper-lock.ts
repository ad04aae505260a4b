/** zypper's locks on the packages the upgrade installs: its locks table's rows, addlock answered; removelock answered releases them. */
import { atPrompt, type Line } from '../clean.ts';
import { upgradedPackages, zypperLock as lock } from '../data/core/diagnostics.ts';
import type { Recogniser } from '../facts.ts';

const NAME = `(?:${upgradedPackages.join('|')})`;
// A row of the locks table, "1 | docker-ce | package | (any)" (cleaning may take its number for a line's), a version's condition after
// the name ("docker-ce = 27.3.1"), --matches' count after it.
const ROW = new RegExp(`^(?:\\d+ *[|\\u2502] *)?${NAME}(?: [<>=]+ \\S+)? *[|\\u2502] *(?:\\d+ *[|\\u2502] *)?package *[|\\u2502]`);
const COMMAND = new RegExp(`\\bzypper (?:-\\S+ )*(${[...lock.list, ...lock.add, ...lock.remove].join('|')})\\b`);
const HEADER = /^#\s*[|\u2502]\s*Name\s*[|\u2502]/;

/** Reports each row or answered addlock that locks one of those packages as the signal zypper-lock, and each answered removelock as lock-released. */
export const zypperLocks: Recogniser = (lines, sink) => {
  // The command typed: its table's rows are read, or its answer (which names no package) is awaited, up to the next command.
  let asked: { verb: string; line: Line } | null = null;
  for (const line of lines) {
    const t = line.trimmed;
    const command = t.includes('zypper ') ? COMMAND.exec(t) : null;
    if (command || atPrompt(line)) asked = command ? { verb: command[1]!, line } : null;
    else if (t[0] === '#' && HEADER.test(t)) asked = { verb: lock.list[0]!, line };
    else if (asked && lock.list.includes(asked.verb) && ROW.test(t)) sink.signal('zypper-lock', line);
    else if (asked && lock.add.includes(asked.verb) && t.endsWith(lock.added)) sink.signal('zypper-lock', asked.line);
    else if (asked && lock.remove.includes(asked.verb) && t.endsWith(lock.removed)) sink.signal('lock-released', asked.line);
  }
};
