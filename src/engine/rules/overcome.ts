/** The rootless setup's refusals that a paste goes on to show dealt with. */
import type { Evidence, Signal } from '../types.ts';

const setupRefusals: readonly Signal[] = ['setup-requirements', 'run-as-root', 'rootful-docker-running'];

/**
 * Removes the refusals of the rootless setup after which the paste shows the rootless daemon (it was set up again), so that
 * neither the findings nor a shared link say the setup stopped.
 */
export function dropOvercomeRefusals(signals: Map<Signal, Evidence[]>, rootless: boolean | null, rootlessEvidence: readonly Evidence[]): void {
  for (const id of setupRefusals) {
    const seen = signals.get(id);
    const last = Math.max(...(seen ?? []).map((e) => e.line));
    if (seen && rootless === true && rootlessEvidence.some((e) => e.line > last)) signals.delete(id);
  }
}
