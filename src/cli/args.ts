/** Command-line arguments of netcheck. */
import { collectorCommands } from '../engine/collector-commands.ts';
import { TIMEOUT_MS } from './collect.ts';
import { words } from './words.ts';

const tools = [...new Set(collectorCommands.map((c) => c.argv[0]))].join(', ');

export interface Options {
  json: boolean;
  collect: boolean;
  help: boolean;
  /** A file to read, or "-" / null for standard input. */
  file: string | null;
  /** --lang, or null: the locale's. */
  lang: string | null;
}

export const usage = `Usage: npm run --silent netcheck -- [--json] [--lang L] [--] [FILE|-]
       npm run --silent netcheck -- [--json] [--lang L] --collect
Checks the output of docker version, docker info, rootlesskit --version,
pasta --version, ps, systemctl status and the like for the rootless Docker +
pasta loopback-publishing problem. Nothing is sent anywhere.

  FILE, -    read FILE (UTF-8, or UTF-16 with a byte-order mark) or standard
             input (the default); a relative FILE is taken from the directory
             npm was run in
  --collect  run ${collectorCommands.length} read-only commands here as this user, each killed
             after ${TIMEOUT_MS / 1000} s, and check their output:
             ${tools}
  --json     print {"verdict", "certainty", "facts", "findings"} as JSON
  --lang L   write the report in L: ${Object.keys(words).join(' or ')} (default: zh-cn in a
             Chinese locale, from LC_ALL, LC_MESSAGES or LANG; else en)
  --help     show this help
  --         end of the options: what follows is the file's name

Links to the guide use $SITE_URL and $BASE_PATH, as the site's build does.
Exit status: 1 when affected; 0 otherwise, also when the input does not
decide (verdict "incomplete": with --json, read .verdict); 2 for bad usage
or unreadable input.`;

/** Parses argv (without node and script); an error string for bad usage. */
export function parseArgs(argv: readonly string[]): Options | { error: string } {
  const options: Options = { json: false, collect: false, help: false, file: null, lang: null };
  // After "--", every argument is a file's name, as with other commands ("-- -report.txt").
  let operands = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (operands || arg === '-' || !arg.startsWith('-')) {
      if (options.file !== null) return { error: `only one input file may be given (got ${options.file} and ${arg})` };
      options.file = arg;
    } else if (arg === '--') operands = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      // "--lang zh-cn" as well as "--lang=zh-cn".
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (!value || value.startsWith('-')) return { error: `--lang needs a language: ${Object.keys(words).join(' or ')}` };
      options.lang = value.toLowerCase();
      if (!Object.hasOwn(words, options.lang)) return { error: `unknown language: ${options.lang} (${Object.keys(words).join(', ')})` };
    } else if (arg === '--collect') options.collect = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else return { error: `unknown option: ${arg}` };
  }
  if (options.collect && options.file !== null) return { error: '--collect reads no input file' };
  return options;
}
