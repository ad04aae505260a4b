import { references } from './references.ts';

/** RootlessKit's default addressing inside the child network namespace. */
export const rootlesskitAddressing = {
  child: '10.0.2.100',
  prefixLength: 24,
  gateway: '10.0.2.2',
  dns: '10.0.2.3',
  source: references.rootlesskitNetworkDoc.url,
} as const;

/** Network drivers RootlessKit knows, and the release that brought the newer ones. */
export const networkDrivers = ['slirp4netns', 'vpnkit', 'pasta', 'lxc-user-nic', 'gvisor-tap-vsock'] as const;
export type NetworkDriver = (typeof networkDrivers)[number];

/** Port drivers RootlessKit knows; pasta accepts only implicit or none. */
export const portDrivers = ['builtin', 'slirp4netns', 'implicit', 'none'] as const;
export type PortDriver = (typeof portDrivers)[number];
export const pastaPortDrivers: readonly PortDriver[] = ['implicit', 'none'];

/** iperf3 throughput figures from RootlessKit's documentation (v3.0.1), in Gbps. */
export const throughput = {
  source: references.rootlesskitNetworkDoc.url,
  networkDrivers: [
    { driver: 'slirp4netns', mtu1500: 0.84, mtu65520: 6.17 },
    { driver: 'pasta', mtu1500: 0.87, mtu65520: 6.48 },
  ],
  portDrivers: [
    { driver: 'builtin', gbps: 29.9 },
    { driver: 'implicit', gbps: 37.6 },
    { driver: 'slirp4netns', gbps: 8.03 },
  ],
} as const;
