/** Command-line arguments of netcheck. */

export interface Options {
  json: boolean;
  collect: boolean;
  help: boolean;
  /** A file to read, or "-" / null for standard input. */
  file: string | null;
}

export const usage = `Usage: netcheck [--json] [FILE|-]
       netcheck [--json] --collect
Checks pasted diagnostics (docker version, docker info, rootlesskit/pasta --version, ps, systemctl status, …)
for the rootless Docker + pasta loopback-publishing problem.

  FILE, -     read the output from FILE, or from standard input (the default)
  --collect   run the diagnostic commands on this machine (no root needed) and check their output
  --json      print {"verdict", "certainty", "facts", "findings"} as JSON
  --help      show this help

Exit status: 1 when affected, 0 otherwise, 2 for bad usage or unreadable input.`;

/** Parses argv (without node and script); an error string for bad usage. */
export function parseArgs(argv: readonly string[]): Options | { error: string } {
  const options: Options = { json: false, collect: false, help: false, file: null };
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '--collect') options.collect = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option: ${arg}` };
    else if (options.file !== null) return { error: `only one input file may be given (got ${options.file} and ${arg})` };
    else options.file = arg;
  }
  if (options.collect && options.file !== null) return { error: '--collect reads no input file' };
  return options;
}
