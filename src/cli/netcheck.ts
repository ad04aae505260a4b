/** netcheck: checks rootless Docker diagnostics from a file, standard input or this machine (--collect). */
import { analyze } from '../engine/index.ts';
import { parseArgs, usage } from './args.ts';
import { collect } from './collect.ts';
import { formatHuman, formatJson } from './format.ts';
import { readInput } from './input.ts';

/** Runs netcheck and returns its exit status: 1 affected, 0 otherwise, 2 bad usage or unreadable input. */
export function main(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const options = parseArgs(argv);
  if ('error' in options) {
    err(`netcheck: ${options.error}\n${usage}\n`);
    return 2;
  }
  if (options.help) {
    out(`${usage}\n`);
    return 0;
  }
  let text: string;
  if (options.collect) {
    const collected = collect();
    // With --json, standard output carries only the JSON; what ran goes to standard error.
    const log = options.json ? err : out;
    log(`Ran:\n${collected.ran.map((r) => `  ${r.command}  (${r.outcome})`).join('\n')}\n\n`);
    text = collected.transcript;
  } else {
    const input = readInput(options.file);
    if ('error' in input) {
      err(`netcheck: ${input.error}\n`);
      return 2;
    }
    text = input.text;
  }
  const result = analyze(text);
  out(options.json ? formatJson(result) : formatHuman(result));
  return result.verdict === 'affected' ? 1 : 0;
}

if (import.meta.main) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
