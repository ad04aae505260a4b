/** --collect: runs the diagnostic commands here, each with a timeout, and returns their output as one transcript. */
import { CURRENT_UID } from '../engine/argv.ts';
import { type CollectorCommand, collectorCommands } from '../engine/collector-commands.ts';
import { shellCommand } from '../engine/commands.ts';
import { run } from './run.ts';

/** How long one command may take; it is then killed with what it started (SIGKILL: a command that ignores SIGTERM must not hold netcheck up). */
export const TIMEOUT_MS = 5000;
const MAX_OUTPUT = 1024 * 1024;

/** What one command did: its exit status, or why it did not run to the end. */
export interface Ran {
  command: string;
  outcome: string;
}

/**
 * Runs every collector command, or the commands given (LC_ALL=C, so the output is in English), and returns the transcript and a
 * summary. The probe's line is written only when pasta answered: a probe that timed out or was killed says nothing about the flag.
 * A command that is not installed is written as the shell answers it ("pasta: command not found"), as the guide's collector shows it.
 */
export async function collect(timeoutMs = TIMEOUT_MS, commands: readonly CollectorCommand[] = collectorCommands): Promise<{ transcript: string; ran: Ran[] }> {
  const parts: string[] = [];
  const ran: Ran[] = [];
  for (const c of commands) {
    const argv = c.argv.map((a) => (a === CURRENT_UID ? String(process.getuid?.()) : a));
    // As it can be run again: quoted where the shell would read it otherwise ("pasta|pasta\.avx2" is no pipe).
    const command = shellCommand(c.argv);
    const { code, status, signal, stdout, stderr } = await run(argv, timeoutMs, MAX_OUTPUT, { ...process.env, LC_ALL: 'C' });
    ran.push({ command, outcome: outcome(code, status, signal, timeoutMs) });
    if (!c.probe) parts.push(`$ ${command}\n${code === 'ENOENT' ? `${argv[0]}: command not found\n` : `${stdout}${stderr}`}`);
    else if (!code && status !== null) parts.push(`host-lo-to-ns-lo probe: ${status}`);
  }
  return { transcript: parts.join('\n'), ran };
}

/** A command's end in words. */
function outcome(code: string | undefined, status: number | null, signal: NodeJS.Signals | null, timeoutMs: number): string {
  if (code === 'ENOENT') return 'not installed';
  if (code === 'ETIMEDOUT') return `timed out after ${timeoutMs} ms, killed`;
  if (code === 'ENOBUFS') return `stopped after ${MAX_OUTPUT / 1024 / 1024} MiB of output`;
  if (code) return `could not run: ${code}`;
  return status !== null ? `exit status ${status}` : `killed by ${signal}`;
}
