/** --collect: runs the diagnostic commands here, each with a timeout, and returns their output as one transcript. */
import type { ChildProcess } from 'node:child_process';
import { CURRENT_UID } from '../engine/argv.ts';
import { collectorCommands } from '../engine/collector-commands.ts';
import { shellCommand } from '../engine/commands.ts';
import { onEndingSignal } from './interrupt.ts';
import { killGroup, ownGroups, run } from './run.ts';

/** How long one command may take; it is then killed with what it started (SIGKILL: a command that ignores SIGTERM must not hold netcheck up). */
export const TIMEOUT_MS = 5000;
/** The most output kept from each of a command's two streams. */
const MAX_OUTPUT = 1024 * 1024;
/** How long a command's output may stay open once it has exited: what it left running gets a moment to finish writing. */
const GRACE_MS = 150;

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
export async function collect(timeoutMs = TIMEOUT_MS): Promise<{ transcript: string; ran: Ran[] }> {
  const parts: string[] = [];
  const ran: Ran[] = [];
  // A command in a group of its own no longer hears the terminal's Ctrl-C: netcheck kills it, then ends as it would have. Caught
  // before the first command starts, so that no signal finds netcheck without its handler while a command runs.
  let running: ChildProcess | undefined;
  const release = ownGroups ? onEndingSignal(() => running && killGroup(running)) : () => {};
  try {
    for (const c of collectorCommands) {
      const argv = c.argv.map((a) => (a === CURRENT_UID ? String(process.getuid?.()) : a));
      // As it can be run again: quoted where the shell would read it otherwise ("pasta|pasta\.avx2" is no pipe).
      const command = shellCommand(c.argv);
      const started = run(argv, { timeoutMs, maxBuffer: MAX_OUTPUT, graceMs: GRACE_MS }, { ...process.env, LC_ALL: 'C' });
      running = started.child;
      const { code, status, signal, stdout, stderr } = await started.ended;
      // Its process group may be gone, and its number another's.
      running = undefined;
      ran.push({ command, outcome: outcome(code, status, signal, timeoutMs) });
      if (!c.probe) parts.push(`$ ${command}\n${code === 'ENOENT' ? `${argv[0]}: command not found\n` : `${stdout}${stderr}`}`);
      else if (!code && status !== null) parts.push(`host-lo-to-ns-lo probe: ${status}`);
    }
  } finally {
    release();
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
