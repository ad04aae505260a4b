/** RootlessKit's network and port drivers and its addressing: what the engine matches pastes against. */
import type { Source } from '../types.ts';

/** RootlessKit's default addressing inside the child network namespace. */
export const rootlesskitAddressing = {
  child: '10.0.2.100',
  prefixLength: 24,
  gateway: '10.0.2.2',
  dns: '10.0.2.3',
  /** The tap device RootlessKit names in pasta's argv (--ns-ifname). */
  ifname: 'tap0',
  source: 'rootlesskitNetworkDoc' satisfies Source,
} as const;

/** Network drivers RootlessKit knows. */
export const networkDrivers = ['slirp4netns', 'vpnkit', 'pasta', 'lxc-user-nic', 'gvisor-tap-vsock'] as const;
export type NetworkDriver = (typeof networkDrivers)[number];

/** Port drivers RootlessKit knows; pasta accepts only implicit or none. */
export const portDrivers = ['builtin', 'slirp4netns', 'implicit', 'none'] as const;
export type PortDriver = (typeof portDrivers)[number];
export const pastaPortDrivers: readonly PortDriver[] = ['implicit', 'none'];
/** The others: Docker asks RootlessKit's port manager for each published port. */
export const managedPortDrivers = portDrivers.filter((d) => !pastaPortDrivers.includes(d));
