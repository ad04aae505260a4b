/** A daemon started by hand, stopped before a fix starts it again, so that fixes run one after another never leave two running. */
import { asUser, runtimeDirOf, startedAs, sudoShell } from './hand-run.ts';

// In the runtime directory (under sudo, whose env_reset drops XDG_RUNTIME_DIR, the target user's): dockerd's pid file, its daemon told to
// stop and waited for (only where that pid is still dockerd: after a crash, a stale file's pid may be another process of the user's), then
// RootlessKit's lock on its state directory, which it holds until it has torn the namespace down (a RootlessKit started before then fails:
// "another RootlessKit is running with the same state directory?"). With none running, nothing is done, and it exits 0 (flock cannot
// open a lock in a directory that is not there): a block pasted under set -e, or joined with &&, goes on.
const STOP =
  'd=${XDG_RUNTIME_DIR:-/run/user/$(id -u)}; pid=$(cat "$d/docker.pid" 2>/dev/null) && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] && kill "$pid" && while kill -0 "$pid" 2>/dev/null; do sleep 1; done; [ ! -d "$d/dockerd-rootless" ] || flock "$d/dockerd-rootless/lock" true 2>/dev/null';

/**
 * The command `start` of the typed line `typed` (the line itself, or it in the background) after the line that stops the daemon running, as
 * the user that line runs it as (its shell string, where su or a shell's -c runs it, the stop's own), in the runtime directory it typed.
 */
export const stopThenStart = (typed: string, start: string): string => {
  // The runtime directory the run typed for itself holds its daemon's pid file: under sudo -E, the caller's own would be looked in.
  const dir = runtimeDirOf(typed);
  const as = startedAs(typed);
  // sudo -i or -s hands its command to a shell that expands $d before sh -c sees it (sudo escapes braces, not dollars: sudo(8)); braced,
  // the variables reach sh whole.
  const text = as && sudoShell(as.prefix) ? STOP.replace(/\$(d|pid)\b/g, '$${$1}') : STOP;
  const stop = as?.quoted ? `${dir ? `XDG_RUNTIME_DIR=${dir}; ` : ''}${text}` : `${dir ? `env XDG_RUNTIME_DIR=${dir} ` : ''}sh -c '${text}'`;
  return `${as ? asUser(as, stop) : stop}\n${start}`;
};
