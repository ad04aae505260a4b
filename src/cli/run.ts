/** Runs one of --collect's commands with a timeout, as spawnSync did, but so that its kill also ends what the command started. */
import { type ChildProcess, spawn } from 'node:child_process';

/** How one command ended: its output, exit status or signal, and the error that stopped it (ENOENT, ETIMEDOUT, ENOBUFS). */
export interface Ended {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  code: string | undefined;
}

// spawnSync kills the command alone, so a shell's pipeline or docker's CLI plugin ran on; a command leading its own process group
// is killed with everything it started. Windows has no such groups.
const groups = process.platform !== 'win32';
const endingSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs argv and resolves once it has exited and its output is closed; at the timeout, or past maxBuffer bytes of output, kills it
 * and its process group (SIGKILL) and resolves without waiting for output held open by anything outside the group.
 */
export function run(argv: readonly string[], timeoutMs: number, maxBuffer: number, env: NodeJS.ProcessEnv): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'], detached: groups });
    const streams = [child.stdout!, child.stderr!];
    const chunks: Buffer[][] = [[], []];
    let size = 0;
    let code: string | undefined;
    const stop = (why: string): void => {
      code ??= why;
      kill(child);
      for (const s of streams) s.destroy();
    };
    streams.forEach((s, i) =>
      s.on('data', (chunk: Buffer) => {
        chunks[i]!.push(chunk);
        size += chunk.length;
        if (size > maxBuffer) stop('ENOBUFS');
      }),
    );
    const timer = setTimeout(() => stop('ETIMEDOUT'), timeoutMs);
    // Ctrl-C reaches the terminal's process group, which the command has left: it is killed here, then netcheck ends as it would have.
    const interrupted = (signal: NodeJS.Signals): void => {
      kill(child);
      release();
      process.kill(process.pid, signal);
    };
    const release = (): void => {
      clearTimeout(timer);
      for (const s of endingSignals) process.off(s, interrupted);
    };
    for (const s of endingSignals) process.on(s, interrupted);
    child.on('error', (e: NodeJS.ErrnoException) => (code ??= e.code));
    child.on('close', (status, signal) => {
      release();
      const [stdout, stderr] = chunks.map((c) => Buffer.concat(c).toString('utf8'));
      resolve({ stdout: stdout!, stderr: stderr!, status, signal, code });
    });
  });
}

/** Kills the command and its process group (on Windows, the command alone); never throws. */
function kill(child: ChildProcess): void {
  try {
    process.kill(groups ? -child.pid! : child.pid!, 'SIGKILL');
  } catch {
    // Nothing is left to kill (ESRCH), or the command never started.
  }
}
