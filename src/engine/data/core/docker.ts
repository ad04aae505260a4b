/** The Docker Engine versions and MTUs the engine compares against (descriptions for pages: ../docker.ts). */
import * as urls from '../urls.ts';
import type { DockerBundle, Versioned } from '../types.ts';

const installer = urls.mobyRootlesskitInstaller;

/** Docker Engine releases → the RootlessKit that Docker's own rootless extras bundle, oldest first. */
export const dockerBundles: readonly DockerBundle[] = [
  { first: '24.0.0', last: '24.0.x', rootlesskit: '1.1.x', source: installer },
  { first: '25.0.0', last: '25.0.2', rootlesskit: '2.0.0', source: installer },
  { first: '25.0.3', last: '25.0.3', rootlesskit: '2.0.1', source: installer },
  { first: '25.0.4', last: '25.0.17', rootlesskit: '2.0.2', source: installer },
  { first: '26.0.0', last: '26.1.5', rootlesskit: '2.0.2', source: installer },
  { first: '27.0.1', last: '27.2.1', rootlesskit: '2.0.2', source: installer },
  { first: '27.3.0', last: '27.5.0', rootlesskit: '2.3.1', source: installer },
  { first: '27.5.1', last: '27.5.1', rootlesskit: '2.3.2', source: urls.mobyPr49304 },
  { first: '28.0.0', last: '28.0.1', rootlesskit: '2.3.2', source: installer },
  { first: '28.0.2', last: '28.5.2', rootlesskit: '2.3.4', source: installer },
  { first: '29.0.0', last: '29.1.5', rootlesskit: '2.3.5', source: installer },
  { first: '29.2.0', last: '29.4.3', rootlesskit: '2.3.6', source: installer },
  { first: '29.5.0', last: '29.5.2', rootlesskit: '3.0.0', source: installer },
  { first: '29.5.3', last: '29.6.1', rootlesskit: '3.0.1', source: installer },
  { first: '29.6.2', last: '29.7.2', rootlesskit: '3.0.2', source: installer },
];

/** Docker Engine versions the rules and messages name. */
export const docker = {
  rootlessSupport: { version: '20.10.0', source: urls.mobyInfoUnix },
  pastaCapable: { version: '25.0.0', source: installer },
  fixed: { version: '27.5.1', source: urls.mobyPr49304 },
  slirpPortDriverRegression: { version: '28.0.0', source: urls.moby49499 },
  lastMtu1500: { version: '28.5.1', source: urls.moby47765 },
  pastaFallback: { version: '28.5.2', source: urls.mobyPr51149 },
  gvisorFallback: { version: '29.5.0', source: urls.mobyRootlessScript },
  bindAddressInUse: { version: '29.0.x', source: urls.moby51591 },
} as const satisfies Record<string, Versioned>;

/** The network driver MTUs dockerd-rootless.sh sets. */
export const mtu = {
  explicitNetLegacy: { value: 1500, source: urls.moby47765 },
  pasta: { value: 65520, source: urls.mobyRootlessScript },
} as const;
