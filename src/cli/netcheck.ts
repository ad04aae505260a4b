/** netcheck: checks rootless Docker diagnostics from a file, standard input or this machine (--collect). */
import { main } from './main.ts';

/** Ends with status 2 and a message: status 1 must only ever mean "affected". */
function fail(e: unknown): void {
  process.stderr.write(`netcheck: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
}

// A reader that stops early (netcheck | head) closes the pipe: that is no failure, and the verdict's status stands.
process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? undefined : fail(e)));
main(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s)).then((status) => {
  process.exitCode ??= status;
}, fail);
