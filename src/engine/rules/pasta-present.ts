/** A pasta the shell did not find, where the paste shows one all the same. */
import { rank, type Collected, type Merged } from '../facts.ts';

/**
 * Unsets "pasta is not installed" where the paste shows a pasta: its version or package, the probe's answer, its command line, or a
 * daemon running it (whose PATH is its service's, not the shell's; or pasta was installed since). Mutates `m`.
 */
export function unsetMissingPasta(m: Merged, sink: Collected): void {
  const f = m.facts;
  if (f.pastaInstalled !== false) return;
  const shown =
    f.pastaVersion !== null ||
    f.pastaAcceptsHostLoToNsLo !== null ||
    f.hostLoToNsLo !== null ||
    sink.observations.some((o) => o.rank === rank.running && (o.key === 'networkDriver' || o.key === 'portDriver') && (o.value === 'pasta' || o.value === 'implicit'));
  if (!shown) return;
  f.pastaInstalled = null;
  delete m.evidence.pastaInstalled;
}
