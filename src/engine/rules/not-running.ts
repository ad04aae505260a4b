/** A RootlessKit a binary or a package shows, where what runs shows another: installed, not the one the daemon runs. */
import { rootlesskit, rootlesskitTags } from '../data/core/rootlesskit.ts';
import { rank, type Collected, type Merged } from '../facts.ts';
import { atLeast } from '../version.ts';
import { eraOfDate, loopbackReset } from './context.ts';

/**
 * Sets aside RootlessKit's version, as installed rather than running, where no running daemon reports it and what runs contradicts
 * it: pasta runs without --host-lo-to-ns-lo, which RootlessKit with the fix passes to any pasta that accepts it, and pasta is shown to
 * accept it (the probe, its release) or the reset itself is seen (the binary on the PATH may be newer than the daemon, not restarted
 * since an upgrade, or another one); or pasta is chosen, its argv not shown, and the reset is seen beside a port published on 127.0.0.1
 * after any restart shown (unless pasta is shown to be older than the change); or pasta runs under a RootlessKit too old to start it. An older pasta, or one whose release is not
 * shown, fails RootlessKit's probe and rightly runs without the flag. Mutates `m`.
 */
export function setAsideNotRunning(m: Merged, sink: Collected): void {
  const version = m.facts.rootlesskitVersion;
  if (version === null || m.inferred.has('rootlesskitVersion')) return;
  if (sink.observations.some((o) => o.key === 'rootlesskitVersion' && o.rank === rank.running)) return;
  const f = m.facts;
  const accepts = f.pastaAcceptsHostLoToNsLo ?? (f.pastaDate ? eraOfDate(f.pastaDate, f.pastaVersion) === 'new' : loopbackReset(sink.signals));
  const fixed = atLeast(version, rootlesskit.hostLoToNsLo.version, rootlesskitTags.versions) === true;
  const flagLeftOut = f.hostLoToNsLo === false && accepts && fixed;
  // The reset itself beside pasta chosen, where pasta's argv is not shown: what a RootlessKit with the fix does not let happen.
  const reset = f.hostLoToNsLo === null && f.networkDriver === 'pasta' && accepts !== false && fixed && !!m.freshReset;
  const pastaRuns = sink.observations.some((o) => o.key === 'networkDriver' && o.value === 'pasta' && o.rank === rank.running);
  const tooOld = pastaRuns && atLeast(version, rootlesskit.pastaDriver.version, rootlesskitTags.versions) === false;
  if (!flagLeftOut && !reset && !tooOld) return;
  m.installedRootlesskit ??= version;
  m.facts.rootlesskitVersion = null;
  delete m.evidence.rootlesskitVersion;
}
