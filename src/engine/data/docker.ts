import { references } from './references.ts';
import type { DockerBundle, Threshold } from './types.ts';

const installer = references.mobyRootlesskitInstaller.url;

/** Docker Engine releases → the RootlessKit that Docker's own rootless extras bundle, oldest first. */
export const dockerBundles: readonly DockerBundle[] = [
  { first: '24.0.0', last: '24.0.x', rootlesskit: '1.1.x', source: installer },
  { first: '25.0.0', last: '25.0.2', rootlesskit: '2.0.0', source: installer },
  { first: '25.0.3', last: '25.0.3', rootlesskit: '2.0.1', source: installer },
  { first: '25.0.4', last: '25.0.17', rootlesskit: '2.0.2', source: installer },
  { first: '26.0.0', last: '26.1.5', rootlesskit: '2.0.2', source: installer },
  { first: '27.0.1', last: '27.2.1', rootlesskit: '2.0.2', source: installer },
  { first: '27.3.0', last: '27.5.0', rootlesskit: '2.3.1', source: installer },
  { first: '27.5.1', last: '27.5.1', rootlesskit: '2.3.2', source: references.mobyPr49304.url },
  { first: '28.0.0', last: '28.0.1', rootlesskit: '2.3.2', source: installer },
  { first: '28.0.2', last: '28.5.2', rootlesskit: '2.3.4', source: installer },
  { first: '29.0.0', last: '29.1.5', rootlesskit: '2.3.5', source: installer },
  { first: '29.2.0', last: '29.4.3', rootlesskit: '2.3.6', source: installer },
  { first: '29.5.0', last: '29.5.2', rootlesskit: '3.0.0', source: installer },
  { first: '29.5.3', last: '29.6.1', rootlesskit: '3.0.1', source: installer },
  { first: '29.6.2', last: '29.7.2', rootlesskit: '3.0.2', source: installer },
];

/** Docker Engine versions at which rootless networking behaviour changes. */
export const dockerThresholds = {
  rootlessSupport: { version: '20.10.0', what: 'Rootless mode is a stable feature; a rootful daemon shows no rootlesskit component from here on.', source: references.mobyInfoUnix.url },
  pastaCapable: { version: '25.0.0', what: 'First Docker Engine bundling RootlessKit 2.x, which has the pasta driver; StateDir moves to $XDG_RUNTIME_DIR/dockerd-rootless.', source: installer },
  disableHostLoopbackVar: { version: '26.0.0', what: 'DOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK is read (only the literal "false" removes --disable-host-loopback).', source: references.mobyRootlessScript.url },
  fixed: { version: '27.5.1', date: '2025-01-22', what: 'First Docker Engine bundling RootlessKit 2.3.2, which passes --host-lo-to-ns-lo.', source: references.mobyPr49304.url },
  slirpPortDriverRegression: { version: '28.0.0', what: 'protocol "tcp" is not supported by the RootlessKit port driver "slirp4netns".', source: references.moby49499.url },
  lastMtu1500: { version: '28.5.1', what: 'Last release where an explicit network driver makes the MTU default to 1500.', source: references.moby47765.url },
  pastaFallback: { version: '28.5.2', what: 'dockerd-rootless.sh picks pasta (port driver implicit, MTU 65520) when slirp4netns is not installed (also in 29.0.0).', source: references.mobyPr51149.url },
  pastaFallback29: { version: '29.0.0', what: 'The pasta fallback of 28.5.2 on the 29.x line.', source: references.mobyPr51149.url },
  gvisorFallback: { version: '29.5.0', what: 'Last fallback is gvisor-tap-vsock (RootlessKit v3); DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS defaults to true.', source: references.mobyRootlessScript.url },
} as const satisfies Record<string, Threshold>;

/** The network driver MTUs dockerd-rootless.sh sets. */
export const dockerMtu = {
  explicitNetLegacy: { value: 1500, what: 'MTU when DOCKERD_ROOTLESS_ROOTLESSKIT_NET is set, up to Docker 28.5.1.', source: references.moby47765.url },
  pasta: { value: 65520, what: 'MTU for pasta from Docker 28.5.2 / 29.0.0, and RootlessKit\'s own default.', source: references.mobyRootlessScript.url },
} as const;
