/** Drivers, addressing, throughput and sample outputs for pages; the engine reads drivers and addressing from core/network.ts. */
import { withUrl } from './cite.ts';
import { rootlesskitAddressing as addressing } from './core/network.ts';
import * as urls from './urls.ts';

export { managedPortDrivers, networkDrivers, pastaPortDrivers, portDrivers, type NetworkDriver, type PortDriver } from './core/network.ts';

/** RootlessKit's default addressing inside the child network namespace. */
export const rootlesskitAddressing = withUrl(addressing);

/** iperf3 throughput figures from RootlessKit's documentation (v3.0.1), in Gbps. */
export const throughput = {
  source: urls.rootlesskitNetworkDocV301,
  /** The RootlessKit release whose documentation gives these figures. */
  measuredWith: '3.0.1',
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

/** slirp4netns versions the site names. */
export const slirp4netnsThresholds = {
  autodetect: { version: '0.4.0', what: 'dockerd-rootless.sh auto-detects slirp4netns only from this version on; otherwise it falls through to the next driver.', source: urls.mobyRootlessScript },
} as const;

/** A real `docker version` rootless block (Docker 27.3.1, slirp4netns + builtin), as quoted on the diagnostics page. */
export const dockerVersionSample = {
  docker: '27.3.1',
  rootlesskit: '2.3.1',
  apiVersion: '1.1.1',
  slirp4netns: '1.0.1',
  slirp4netnsCommit: '6a7b16babc95b6a3056b33fb45b74a6f62262dd4',
  source: urls.mobyInfoUnix,
} as const;

/** The first line of `slirp4netns --version` (the lines after it, commit, libslirp, SLIRP_CONFIG_VERSION_MAX and libseccomp, depend on the build). */
export const slirp4netnsVersionSample = {
  version: '1.2.0',
  source: urls.slirp4netnsRepo,
} as const;
