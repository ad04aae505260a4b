/** --collect: runs the diagnostic commands here, each with a timeout, and returns their output as one transcript. */
import { spawnSync } from 'node:child_process';
import { collectorCommands } from '../engine/collector.ts';

const TIMEOUT_MS = 5000;

/** What one command did: its exit status, or why it did not run to the end. */
export interface Ran {
  command: string;
  outcome: string;
}

/** Runs every collector command (LC_ALL=C, so the output is in English) and returns the transcript and a summary. */
export function collect(): { transcript: string; ran: Ran[] } {
  const parts: string[] = [];
  const ran: Ran[] = [];
  for (const c of collectorCommands) {
    const command = c.argv.join(' ');
    const r = spawnSync(c.argv[0]!, c.argv.slice(1), {
      encoding: 'utf8',
      timeout: TIMEOUT_MS,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const error = r.error as NodeJS.ErrnoException | undefined;
    const outcome = error?.code === 'ENOENT' ? 'not installed' : error?.code === 'ETIMEDOUT' ? `timed out after ${TIMEOUT_MS} ms` : `exit status ${r.status ?? r.signal}`;
    ran.push({ command, outcome });
    if (error?.code === 'ENOENT') continue;
    parts.push(c.probe ? `host-lo-to-ns-lo probe: ${r.status ?? 1}` : `$ ${command}\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  }
  return { transcript: parts.join('\n'), ran };
}
