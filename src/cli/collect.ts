/** --collect: runs the diagnostic commands here, each with a timeout, and returns their output as one transcript. */
import { spawnSync } from 'node:child_process';
import { CURRENT_UID } from '../engine/argv.ts';
import { collectorCommands } from '../engine/collector-commands.ts';
import { shellCommand } from '../engine/commands.ts';

/** How long one command may take; it is then killed (SIGKILL: a command that ignores SIGTERM must not hold netcheck up). */
export const TIMEOUT_MS = 5000;
const MAX_OUTPUT = 1024 * 1024;

/** What one command did: its exit status, or why it did not run to the end. */
export interface Ran {
  command: string;
  outcome: string;
}

/**
 * Runs every collector command (LC_ALL=C, so the output is in English) and returns the transcript and a summary. The
 * probe's line is written only when pasta answered: a probe that timed out or was killed says nothing about the flag. A command
 * that is not installed is written as the shell answers it ("pasta: command not found"), as the guide's collector shows it.
 */
export function collect(timeoutMs = TIMEOUT_MS): { transcript: string; ran: Ran[] } {
  const parts: string[] = [];
  const ran: Ran[] = [];
  for (const c of collectorCommands) {
    const argv = c.argv.map((a) => (a === CURRENT_UID ? String(process.getuid?.()) : a));
    // As it can be run again: quoted where the shell would read it otherwise ("pasta|pasta\.avx2" is no pipe).
    const command = shellCommand(c.argv);
    const r = spawnSync(argv[0]!, argv.slice(1), {
      encoding: 'utf8',
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: MAX_OUTPUT,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
    ran.push({ command, outcome: outcome(code, r.status, r.signal, timeoutMs) });
    if (!c.probe) parts.push(`$ ${command}\n${code === 'ENOENT' ? `${argv[0]}: command not found\n` : `${r.stdout ?? ''}${r.stderr ?? ''}`}`);
    else if (!code && r.status !== null) parts.push(`host-lo-to-ns-lo probe: ${r.status}`);
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
