/** Where pasta's argv carries --host-lo-to-ns-lo: RootlessKit puts it among its own options, a wrapper script right after the program. */
import { FLAG } from '../data/core/rootlesskit.ts';
import { wholeLine } from '../facts.ts';
import type { Evidence } from '../types.ts';

// pasta's argv with the flag (ps, pgrep, RootlessKit's "Executing [pasta …]"), not a line that only names it (pasta --help's).
const ARGV = new RegExp(`(?:^|[\\s/[])pasta(?:\\.avx2)?\\s.*${FLAG}(?=\\s|\\]|$)`);

/** Whether an evidence line is pasta's argv carrying the flag. */
export const carriesFlag = (e: Evidence): boolean => ARGV.test(wholeLine(e));

// The flag straight after the program: a wrapper that adds it before what RootlessKit passes (exec /usr/bin/pasta --host-lo-to-ns-lo "$@").
const FIRST = new RegExp(`(?:^|[\\s/])pasta(?:\\.avx2)?\\s+${FLAG}(?=\\s|$)`);

/** Whether a line carries the flag where RootlessKit puts it, not first, as a wrapper adds it. */
export const rootlesskitsFlag = (e: Evidence): boolean => carriesFlag(e) && !FIRST.test(wholeLine(e));
