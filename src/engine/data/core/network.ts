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

/**
 * What Podman writes in the argv of the pasta it runs and RootlessKit never does (it writes the long options only, its own DNS address, and
 * the PID of its child or the namespace it detached as "netns" in its state directory): the short port options ("-t none"), --quiet,
 * --dns, the rootless network pid file, the guest address it maps, its DNS address and the namespaces it keeps under the runtime
 * directory. A user may give Podman tap0 or 10.0.2.100 too (pasta_options).
 * https://github.com/containers/common/blob/main/libnetwork/pasta/pasta_linux.go, https://github.com/rootless-containers/rootlesskit/blob/master/pkg/network/pasta/pasta.go
 */
export const podmanPasta: { options: readonly string[]; dnsForward: string; netns: RegExp } = {
  options: ['t', 'u', 'T', 'U', 'quiet', 'dns', 'pid', 'map-guest-addr'],
  dnsForward: '169.254.1.1',
  netns: /\/netns\/|rootless-netns/,
};

/** Network drivers RootlessKit knows (its --net usage; "host", which Docker refuses, is read apart). */
export const networkDrivers = ['slirp4netns', 'vpnkit', 'pasta', 'lxc-user-nic', 'gvisor-tap-vsock', 'none'] as const;
export type NetworkDriver = (typeof networkDrivers)[number];

/**
 * The network drivers MTU 1500 slows, whose --mtu RootlessKit defaults to 65520 (1500 for the others: its main.go); lxc-user-nic measures
 * the same at 1500 as at 65520 (docs/network.md's iperf3 figures), and vpnkit always gets 1500 from dockerd-rootless.sh.
 */
export const mtuBoundDrivers: { drivers: readonly NetworkDriver[]; source: Source } = { drivers: ['pasta', 'slirp4netns'], source: 'rootlesskitNetworkDoc' };

/** Port drivers RootlessKit knows (gvisor-tap-vsock from 3.0.0, pesto from 3.1.0: rootlesskit docs/port.md). */
export const portDrivers = ['builtin', 'slirp4netns', 'implicit', 'none', 'gvisor-tap-vsock', 'pesto'] as const;
export type PortDriver = (typeof portDrivers)[number];
/**
 * The drivers RootlessKit refuses whatever else is set ("port driver requires non-host network", no port driver "pasta"), by the flag
 * that sets them, with the signal whose finding names them.
 */
export const refusedDrivers = [
  { key: 'networkDriver', flag: 'net', value: 'host', signal: 'host-network-driver' },
  { key: 'portDriver', flag: 'port-driver', value: 'pasta', signal: 'port-driver-pasta' },
] as const;
/** RootlessKit's flags that dockerd-rootless.sh also sets from a variable of its own, each with that variable's name less DOCKERD_ROOTLESS_ROOTLESSKIT_. */
export const flagVariables = { net: 'NET', 'port-driver': 'PORT_DRIVER', mtu: 'MTU' } as const;
/** The port drivers RootlessKit accepts with pasta (pesto from 3.1.0); it refuses pasta with the others. */
export const pastaPortDrivers: readonly PortDriver[] = ['implicit', 'none', 'pesto'];
/** Those with a port manager, which Docker asks for each published port: all but implicit and none (moby's rlkclient). */
export const managedPortDrivers = portDrivers.filter((d) => d !== 'implicit' && d !== 'none');
