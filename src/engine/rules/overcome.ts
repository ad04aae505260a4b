/** The refusals and failures that a paste goes on to show dealt with. */
import { knownErrors, settingRefusals } from '../data/core/diagnostics.ts';
import { rank, wholeLine, type Collected } from '../facts.ts';
import type { Evidence, Signal } from '../types.ts';

// What the setup tools say where RootlessKit fails their check.
const SETUP_FAILED = knownErrors.find((e) => e.id === 'rootlesskit-failed' && e.source === 'mobyRootlessSetuptool')!.parts[0]!;
// The rootless setup's, and systemctl's without systemd (after which the daemon may be started by hand).
const setupRefusals: readonly Signal[] = ['setup-requirements', 'run-as-root', 'rootful-docker-running', 'no-systemd'];
// What stops dockerd-rootless.sh, RootlessKit, pasta or dockerd as the daemon starts (a setting refused among them): an attempt that a
// later one may have got past.
const startFailures: readonly Signal[] = [
  ...settingRefusals,
  'rootlesskit-missing',
  'network-driver-missing',
  'ipv6-disabled-kernel',
  'slirp4netns-not-found',
  'pasta-not-found',
  'passt-dual-stack-failure',
  'tap-unavailable',
  'userns-unavailable',
  'id-map-missing',
  'id-map-overlap',
  'id-map-privilege',
  'rootlesskit-failed',
  'rootlesskit-child-exited',
  'daemon-failed',
  'service-failed',
  'pasta-start-failed',
  'pasta-failed',
];

/** The port in a refusal of a privileged one (Docker's, RootlessKit's, pasta's words). */
export const PRIVILEGED_PORT = /(?:privileged|bind) port (\d{1,5})/;

/**
 * Removes each refusal of a privileged port that RootlessKit is shown holding afterwards: it was granted since (setcap, the sysctl), and
 * neither the findings nor a shared link should ask for it again.
 */
export function dropGrantedPorts(sink: Collected): void {
  const refused = sink.signals.get('privileged-port');
  if (!refused) return;
  const last = sink.lastSeen.get('privileged-port') ?? 0;
  const held = sink.signals.get('rootlesskit-listener') ?? [];
  const port = (e: Evidence): string | undefined => PRIVILEGED_PORT.exec(e.text)?.[1];
  const granted = (e: Evidence): boolean => held.some((h) => h.line > last && h.text.includes(`:${port(e)} `));
  // A line of the refusal that names no port goes when every one that does goes.
  const named = refused.filter((e) => port(e));
  const left = refused.filter((e) => (port(e) ? !granted(e) : !named.length || !named.every(granted)));
  if (left.length === refused.length) return;
  if (left.length) sink.signals.set('privileged-port', left);
  else sink.signals.delete('privileged-port');
}

// Each user namespace setting's sysctl name, and the markers of its answers of 0 and of any other value.
const USERNS_SETTINGS = [
  ['userns-clone-off', 'userns-clone-on'],
  ['userns-max-off', 'userns-max-on'],
] as const;

/**
 * Removes the answers of 0 (userns-unavailable's lines) for a setting whose last answer is another value; for one whose last answer is
 * 0, shows the last lines of the answers since its last other value (a cat's command with its answer), not the 0s that it overrode.
 */
function dropAllowedUserns(sink: Collected): void {
  const seen = sink.signals.get('userns-unavailable');
  let lines = seen ?? [];
  for (const [off, on] of USERNS_SETTINGS) {
    const answers = sink.signals.get(off) ?? [];
    if (!answers.length || !seen) continue;
    const mine = (e: Evidence): boolean => answers.some((a) => a.line === e.line);
    const lastOn = sink.lastSeen.get(on) ?? 0;
    lines = lines.filter((e) => !mine(e));
    if (lastOn < answers.at(-1)!.line) lines = [...lines, ...answers.filter((a) => a.line > lastOn).slice(-2)].sort((a, b) => a.line - b.line);
  }
  if (!seen) return;
  if (lines.length) sink.signals.set('userns-unavailable', lines);
  else sink.signals.delete('userns-unavailable');
}

/**
 * Removes the refusals after which the paste shows the rootless daemon (set up again, or started by hand), and the start failures
 * after which it shows that daemon running (what it reports of itself), so that neither the findings nor a shared link say the
 * daemon cannot run; and, first, sysctl's answers of 0 that a later answer overrides. `timed`: the lines' order in time.
 */
export function dropOvercomeRefusals(sink: Collected, rootless: boolean | null, timed: () => ReadonlyMap<number, number>): void {
  dropAllowedUserns(sink);
  // Rootless containerd's setup tool run again to its end: the RootlessKit it found missing or failing before ran since (review 117).
  const installed = sink.signals.get('containerd-installed')?.at(-1)?.line ?? 0;
  if (installed > (sink.lastSeen.get('setup-rootlesskit-missing') ?? installed)) sink.signals.delete('setup-rootlesskit-missing');
  const failed = sink.signals.get('rootlesskit-failed');
  if (failed?.every((e) => e.line < installed && wholeLine(e).includes(SETUP_FAILED))) sink.signals.delete('rootlesskit-failed');
  if (rootless !== true) return;
  const seen = sink.observations.filter((o) => o.key === 'rootless' && o.value);
  // Not a rootless setting or the per-user socket a client names (DOCKER_HOST, its error): configuration is no daemon set up. A line
  // that names a setting without setting it (prose, echo) is none either. (The marker has the lines whole: either may stand past a
  // line's cut evidence text.)
  const configuration = new Set(sink.signals.get('configuration-named')?.map((e) => e.line));
  const setUp = seen.flatMap((o) => (o.rank > rank.hint || !configuration.has(o.evidence.line) ? [o.evidence] : []));
  // Not dockerd-rootless.sh's trace of the RootlessKit it runs ("+ exec rootlesskit …"), which a start that fails prints too.
  const running = seen.flatMap((o) => (o.rank === rank.running && !wholeLine(o.evidence).startsWith('+ exec ') ? [o.evidence] : []));
  // In the order in time (chronology.ts): output the reader says is from before a change is older than a failure above it (review R140 10).
  const at = (line: number): number => timed().get(line) ?? line;
  for (const [ids, shown] of [[setupRefusals, setUp], [startFailures, running]] as const) {
    for (const id of ids) {
      const last = sink.lastSeen.get(id);
      if (last !== undefined && shown.some((e) => at(e.line) > at(last))) sink.signals.delete(id);
    }
  }
  // Without systemd the daemon was started by hand: running, it is shown dealt with wherever systemctl's answer stands (the collector
  // asks systemctl last; sweep 61), unless the client then found no daemon (it stopped since: review 49).
  // (A loop, not Math.max(...): a paste may show it on more lines than a call takes arguments.)
  const lastRunning = running.reduce((last, e) => Math.max(last, e.line), 0);
  if (lastRunning && (sink.lastSeen.get('daemon-unreachable') ?? 0) < lastRunning) sink.signals.delete('no-systemd');
}
