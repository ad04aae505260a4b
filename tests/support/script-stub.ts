// A stand-in for dockerd-rootless.sh, to run the fixes' lines in bash: it prints the settings it gets, sorted, then a line that ends them.
// Given a log (STUB_LOG), it runs as the daemon does: as RootlessKit, it locks its state directory (or logs "overlap" and stops where
// another holds it), then starts dockerd (a process of that name), which writes its pid file and runs until told to stop, removing the pid file; RootlessKit then
// tears down (longer than the stop waits between its looks) before it lets the lock go. Each start is logged with both pids.
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeWith } from '../../src/engine/index.ts';
import { zhCn } from '../../src/engine/messages/zh-cn.ts';
import { tempDir } from './temp-dir.ts';

export const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
/** What a fix that starts a daemon typed by hand runs first: the daemon running, if one is, stopped, and RootlessKit waited for. */
export const STOP = `sh -c 'd=\${XDG_RUNTIME_DIR:-/run/user/$(id -u)}; pid=$(cat "$d/docker.pid" 2>/dev/null) && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] && kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 1; done; [ ! -d "$d/dockerd-rootless" ] || flock "$d/dockerd-rootless/lock" true 2>/dev/null'`;

const STUB = `#!/bin/sh
env | grep '^${P}' | sort
echo ---
[ -n "$STUB_LOG" ] || exit 0
state="$XDG_RUNTIME_DIR/dockerd-rootless"
mkdir -p "$state"
exec 9>"$state/lock"
flock -n 9 || { echo overlap >>"$STUB_LOG"; exit 1; }
dockerd 9>&- &
echo "start $! $$" >>"$STUB_LOG"
wait
sleep 1.5
rm -rf "$state"
`;

// The stand-in's dockerd, a script of that name so that the kernel names its process dockerd (/proc/PID/comm), as the stop line checks.
const DOCKERD = `#!/bin/sh
echo $$ >"$XDG_RUNTIME_DIR/docker.pid"
trap 'rm -f "$XDG_RUNTIME_DIR/docker.pid"; exit 0' TERM
while :; do sleep 0.1; done
`;

/** A folder holding the stand-in (and its dockerd), to put first on PATH. */
export function stubBin(): string {
  const bin = tempDir('script-stub-');
  for (const [name, text] of [['dockerd-rootless.sh', STUB], ['dockerd', DOCKERD]] as const) {
    writeFileSync(join(bin, name), text);
    chmodSync(join(bin, name), 0o755);
  }
  return bin;
}

/** The settings of each start that bash's output `out` shows, by name less the prefix. */
const startsIn = (out: string): Record<string, string>[] =>
  out
    .split('---\n')
    .slice(0, -1)
    .map((run) => Object.fromEntries(run.split('\n').filter(Boolean).map((l) => l.slice(P.length).split(/=(.*)/s).slice(0, 2))));

/** Runs `script` in bash with the stand-in in `bin` first on PATH, and `env` besides; its output. */
export const bash = (bin: string, script: string, env: Record<string, string> = {}): string =>
  spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin`, ...env } }).stdout;

/** The fixes of a paste in the order shown, English or Chinese; a workaround (a fix instead of the others') left out. */
export function fixesOf(paste: string, zh: boolean): string[] {
  const r = zh ? analyzeWith(zhCn, paste) : analyze(paste);
  return r.findings.filter((f) => f.fix && !f.id.startsWith('workaround-')).map((f) => f.fix!);
}

/**
 * The settings the script in `bin` gets each time the fixes, run in order in one shell, start it: their exports and the lines that run it
 * (the rest installs or asks, which a test cannot run), each run in the background waited for, after `setup` (functions the lines call).
 */
export function startsOf(bin: string, fixLines: readonly string[], setup = ''): Record<string, string>[] {
  const lines = fixLines.flatMap((f) => f.split('\n')).filter((l) => !l.startsWith('#') && /dockerd-rootless\.sh|^(?:export|unset) /.test(l));
  return startsIn(bash(bin, [setup, ...lines.map((l) => `${l}\nwait`)].join('\n')));
}
