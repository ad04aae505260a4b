import { rootlesskitThresholds } from '../../engine/data/index.ts';
import { compareVersions } from './version-order.ts';

export type BundleStatus = 'no-pasta' | 'unfixed' | 'fixed';

/** Whether a RootlessKit release has no pasta driver, has it without the loopback fix, or passes --host-lo-to-ns-lo. */
export function bundleStatus(rootlesskit: string): BundleStatus {
  if (compareVersions(rootlesskit, rootlesskitThresholds.pastaDriver.version) < 0) return 'no-pasta';
  if (compareVersions(rootlesskit, rootlesskitThresholds.hostLoToNsLo.version) < 0) return 'unfixed';
  return 'fixed';
}
