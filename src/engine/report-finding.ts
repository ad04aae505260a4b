/**
 * A finding of the checker's report as netcheck prints it ("  [Problem] title", its evidence quoted with "> ", its guide line), kept
 * whole when a forum strips the indentation: the severity word in brackets is the report's own (report-words.ts).
 */
import type { Line } from './clean.ts';
import { inAnyLanguage } from './messages/report-words.ts';

// At any indentation, one of the report's severity words in its brackets.
const OWN = `\\s*\\[(?:${inAnyLanguage('severity')})\\] \\S`;
// Indented by netcheck's two spaces (a title under the report's verdict line, in whatever language), or with one of its severity words.
const FINDING = new RegExp(`^(?: {2}\\[[^\\]\\s]{1,12}\\] \\S|${OWN})`);
const OWN_TITLE = new RegExp(`^${OWN}`);
// The line that ends each of netcheck's findings: the report's label, then the guide's address.
const GUIDE = new RegExp(`^(?:${inAnyLanguage('guide')})[:\\uff1a] ?https?://\\S+$`);

/** Whether a line is a finding's title line, its severity in the cleaner's prefix or not. */
export const titled = (line: Line | undefined): boolean => !!line && FINDING.test((line.prefix ?? '') + line.text);

// A prefix the severity's bracket can follow: blanks only, or the bracket itself. Any other (a journal's, a prompt's) rules a line out
// before its text is joined to it, which a long paste would do for every journal line.
const BEFORE_OWN = /^\s*(?:\[|$)/;

/** Whether a line is a finding's title line by the report's own severity word, which a finding quoted alone is known by. */
export const ownTitle = (line: Line): boolean => (!line.prefix || BEFORE_OWN.test(line.prefix)) && OWN_TITLE.test((line.prefix ?? '') + line.text);

/** Whether a trimmed line is a finding's last: its guide label and the guide's address. */
export const guideLine = (trimmed: string): boolean => GUIDE.test(trimmed);

/** Whether a line's prefix is a finding's "> " before its evidence, which the cleaner takes for a mail quote's. */
export const quoted = (line: Line): boolean => /^ *> $/.test(line.prefix ?? '');
