/** Runs one of --collect's commands as spawnSync did, but in a process group of its own, so that killing it ends what it started too. */
import { type ChildProcess, spawn } from 'node:child_process';

/** How one command ended: its output, exit status or signal, and the error that stopped it (ENOENT, ETIMEDOUT, ENOBUFS). */
export interface Ended {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  code: string | undefined;
}

/** How long a command may run, how much it may write to each stream, and how long its output may stay open once it has exited. */
export interface Limits {
  timeoutMs: number;
  maxBuffer: number;
  graceMs: number;
}

/** Whether each command leads a process group of its own: Windows has no such groups, so there the command alone is killed. */
export const ownGroups = process.platform !== 'win32';

/**
 * Starts argv and returns it with the promise of its end. At the timeout, or past maxBuffer bytes on one stream, it is killed with its
 * group (SIGKILL); once it has exited, output still held open by what it started gets graceMs, then the group is killed. Either way,
 * output held open from outside the group is not waited for.
 */
export function run(argv: readonly string[], limits: Limits, env: NodeJS.ProcessEnv): { child: ChildProcess; ended: Promise<Ended> } {
  const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'], detached: ownGroups });
  const ended = new Promise<Ended>((resolve) => {
    const streams = [child.stdout!, child.stderr!];
    const chunks: Buffer[][] = [[], []];
    const sizes = [0, 0];
    let code: string | undefined;
    const stop = (why?: string): void => {
      code ??= why;
      killGroup(child);
      for (const s of streams) s.destroy();
    };
    streams.forEach((s, i) =>
      s.on('data', (chunk: Buffer) => {
        chunks[i]!.push(chunk);
        sizes[i]! += chunk.length;
        if (sizes[i]! > limits.maxBuffer) stop('ENOBUFS');
      }),
    );
    let timer = setTimeout(() => stop('ETIMEDOUT'), limits.timeoutMs);
    // The command's own exit decides its outcome: a background child that keeps the output open must not turn it into a timeout.
    child.on('exit', () => {
      clearTimeout(timer);
      timer = setTimeout(() => stop(), limits.graceMs);
    });
    child.on('error', (e: NodeJS.ErrnoException) => (code ??= e.code));
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const [stdout, stderr] = chunks.map((c) => Buffer.concat(c).toString('utf8'));
      resolve({ stdout: stdout!, stderr: stderr!, status, signal, code });
    });
  });
  return { child, ended };
}

/** Kills the command and its process group (on Windows, the command alone); never throws. */
export function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(ownGroups ? -child.pid : child.pid, 'SIGKILL');
  } catch {
    // Nothing is left to kill (ESRCH).
  }
}
