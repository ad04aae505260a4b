import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { collect } from '../../../src/cli/collect.ts';
import { programs } from '../../support/programs.ts';
import { tempDir } from '../../support/temp-dir.ts';

const root = join(import.meta.dirname, '../../..');

/** Whether a process has ended: no such process, or a zombie (dead, waiting to be reaped by a parent or a PID 1 that may never reap it). */
function gone(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\)/, '').trimStart().startsWith('Z');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw e;
  }
}

/** The process ids a command wrote to file, one a line; whatever is still running when the test ends is killed. */
function pidsIn(file: string): number[] {
  const pids = readFileSync(file, 'utf8').trim().split('\n').map(Number);
  onTestFinished(() => {
    for (const pid of pids) if (!gone(pid)) process.kill(pid, 'SIGKILL');
  });
  return pids;
}

// Processes are read from /proc; a process group, which the kill relies on, is POSIX.
describe.skipIf(process.platform !== 'linux')("--collect ends what a command started", () => {
  // spawnSync killed the command alone: a shell's background commands ran on after netcheck had moved on, and past its end.
  test('a command killed at its timeout takes the processes it started with it', { timeout: 30_000 }, async () => {
    const pids = join(tempDir('collect-'), 'pids');
    programs({ docker: `sleep 30 & echo $! >> ${pids}; sleep 30 & echo $! >> ${pids}; echo started; wait` });
    const { transcript, ran } = await collect(300);
    const left = pidsIn(pids);
    expect(ran.filter((r) => r.command.startsWith('docker ')).map((r) => r.outcome)).toEqual(['timed out after 300 ms, killed', 'timed out after 300 ms, killed']);
    expect(transcript).toContain('$ docker version\nstarted\n');
    expect(left).toHaveLength(4);
    await expect.poll(() => left.filter((pid) => !gone(pid)), { timeout: 5000, interval: 50 }).toEqual([]);
  });

  // The command's answer was dropped: it was reported as timed out, and the probe said nothing about the flag.
  test('a command that has exited while a process it started holds its output open is reported as it ended, with what it wrote', { timeout: 30_000 }, async () => {
    const pids = join(tempDir('collect-'), 'pids');
    programs({
      docker: `[ "$1" = version ] || exit 0; sleep 30 & echo $! >> ${pids}; echo 'Client: Docker Engine - Community'; exit 3`,
      pasta: `case "$1" in --version) echo "pasta 2025_01_21.4f2c8e7";; *) sleep 30 & echo $! >> ${pids}; exit 0;; esac`,
    });
    const { transcript, ran } = await collect(4000);
    const left = pidsIn(pids);
    expect(ran.find((r) => r.command === 'docker version')?.outcome).toBe('exit status 3');
    expect(ran.find((r) => r.command === 'pasta --host-lo-to-ns-lo --version')?.outcome).toBe('exit status 0');
    expect(transcript).toContain('$ docker version\nClient: Docker Engine - Community\n');
    expect(transcript).toContain('host-lo-to-ns-lo probe: 0');
    // What held the output open belonged to the command's group, and is ended with it.
    await expect.poll(() => left.filter((pid) => !gone(pid)), { timeout: 5000, interval: 50 }).toEqual([]);
  });

  test('up to 1 MiB of output is kept from each stream, and a command that writes more to one is stopped', { timeout: 30_000 }, async () => {
    programs({
      docker: `if [ "$1" = version ]; then head -c 900000 /dev/zero | tr '\\0' o; head -c 900000 /dev/zero | tr '\\0' e >&2; else head -c 3000000 /dev/zero; sleep 30; fi`,
    });
    const { transcript, ran } = await collect(4000);
    expect(ran.filter((r) => r.command.startsWith('docker ')).map((r) => r.outcome)).toEqual(['exit status 0', 'stopped after 1 MiB of output']);
    expect(transcript).toContain(`$ docker version\n${'o'.repeat(900000)}${'e'.repeat(900000)}\n`);
  });

  // A command in a group of its own no longer hears the terminal's Ctrl-C or Ctrl-\, which go to netcheck's group; and a shell's
  // background commands never heard them.
  test.each(['SIGINT', 'SIGQUIT'] as const)('%s at the terminal ends the command being run with what it started, and netcheck by that signal', async (sent) => {
    const dir = tempDir('collect-');
    const pids = join(dir, 'pids');
    // Written whole (mv), so that the test never reads half of it.
    programs({ docker: `sleep 30 & echo $! > ${pids}.new; echo $$ >> ${pids}.new; mv ${pids}.new ${pids}; wait` });
    // netcheck leads its own group, as a terminal's foreground job does; ended by SIGQUIT, it writes no core file.
    const args = [process.execPath, join(root, 'src/cli/netcheck.ts'), '--collect'];
    const netcheck = spawn('/bin/sh', ['-c', 'ulimit -c 0; exec "$@"', 'sh', ...args], { cwd: dir, env: process.env, stdio: 'ignore', detached: true });
    onTestFinished(() => {
      if (netcheck.exitCode === null && netcheck.signalCode === null) netcheck.kill('SIGKILL');
    });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => netcheck.on('exit', (_status, signal) => resolve(signal)));
    await expect.poll(() => existsSync(pids), { timeout: 20_000, interval: 50 }).toBe(true);
    const left = pidsIn(pids);
    process.kill(-netcheck.pid!, sent);
    expect(await ended).toBe(sent);
    await expect.poll(() => left.filter((pid) => !gone(pid)), { timeout: 5000, interval: 50 }).toEqual([]);
  }, 40_000);
});
