/**
 * strace's lines as the output they stand for (review R158 M1): a program started (execve's argv, as ps shows it) and what a program
 * wrote to its standard output or error (pasta's version, its refusal of an option). Other calls are not output.
 */

// What strace puts before a call: -f's process ("[pid 52000] ", or "52000 " when written to a file), then -t's, -tt's or -ttt's time.
const HEAD = String.raw`^(?:\[pid +\d+\] |\d+ +)?(?:\d+(?::\d\d)*(?:\.\d+)? )?`;
// One of strace's strings, and the "..." after it where -s cut it.
const STRING = String.raw`"(?:[^"\\]|\\.)*"(?:\.\.\.)?`;
// A program started: its path, then argv (each string, "..." after the last where -v is off and argv was long). Not one that failed
// ("= -1 ENOENT", as a search along PATH does).
const EXECVE = new RegExp(String.raw`${HEAD}execve\(${STRING}, \[((?:${STRING}(?:, )?)*)(?:\.\.\.)?\](?!.*\) = -1 )`);
// A write to standard output or error.
const WRITE = new RegExp(String.raw`${HEAD}write\([12], (${STRING}), \d+`);
const EACH_STRING = new RegExp(STRING, 'g');
// An escape in one of strace's strings: a letter's, octal or hex.
const ESCAPE = /\\(?:([0-7]{1,3})|x([\da-fA-F]{2})|(.))/g;
const LETTERS: Readonly<Record<string, string>> = { n: '\n', t: ' ', r: '', v: '', f: '' };

/** One of strace's strings as its text, with "…" where -s cut it (its bytes as characters: what matters here is ASCII). */
function text(s: string): string {
  const cut = s.endsWith('...');
  const body = s.slice(1, cut ? -4 : -1).replace(ESCAPE, (_, octal?: string, hex?: string, c?: string) =>
    octal ? String.fromCharCode(parseInt(octal, 8)) : hex ? String.fromCharCode(parseInt(hex, 16)) : (LETTERS[c!] ?? c!),
  );
  return cut ? `${body}…` : body;
}

/** The lines an strace line stands for (execve's argv as one line; a write's text, line by line), or null for any other line. */
export function straced(t: string): string[] | null {
  const run = t.includes('execve(') ? EXECVE.exec(t) : null;
  if (run) return [[...run[1]!.matchAll(EACH_STRING)].map(([s]) => text(s)).join(' ')];
  const written = t.includes('write(') ? WRITE.exec(t) : null;
  // (A cut after the last newline leaves only its mark on a line of its own.)
  return written ? text(written[1]!).split('\n').filter((l) => l.trim() && l !== '…') : null;
}
