/** The refusals that a paste goes on to show dealt with. */
import type { Evidence, Signal } from '../types.ts';

// The rootless setup's, and systemctl's without systemd (after which the daemon may be started by hand).
const setupRefusals: readonly Signal[] = ['setup-requirements', 'run-as-root', 'rootful-docker-running', 'no-systemd'];

/**
 * Removes the refusals after which the paste shows the rootless daemon (set up again, or started by hand), so that neither the
 * findings nor a shared link say the daemon cannot run.
 */
export function dropOvercomeRefusals(signals: Map<Signal, Evidence[]>, rootless: boolean | null, rootlessEvidence: readonly Evidence[]): void {
  for (const id of setupRefusals) {
    const seen = signals.get(id);
    const last = Math.max(...(seen ?? []).map((e) => e.line));
    if (seen && rootless === true && rootlessEvidence.some((e) => e.line > last)) signals.delete(id);
  }
}
