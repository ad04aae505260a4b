/** What each fix that sets RootlessKit's drivers writes: the DOCKERD_ROOTLESS_ROOTLESSKIT_* variables it sets, with their values. */
import { mtu } from './data/core/docker.ts';

/**
 * The variables a fix sets, as NAME=value without the prefix. Pasta's option, which RootlessKit refuses in FLAGS whatever the drivers, is
 * left out of every FLAGS a fix writes again; its own finding names it where FLAGS cannot be written again.
 */
export type DriverSettings = readonly (`NET=${string}` | `PORT_DRIVER=${string}` | `MTU=${number}`)[];

/** MTU 65520, which pasta's default gives and an explicit NET brings back to 1500. */
export const toMtu65520: DriverSettings = [`MTU=${mtu.pasta.value}`];
/**
 * Back to slirp4netns, at the MTU pasta's default gives where `mtuSet` (the MTU set in force) is 1500 or none (an explicit NET makes it
 * 1500 otherwise); another MTU was set on purpose (a VPN, the path's MTU) and slirp4netns runs with it.
 */
export const toSlirp4netns = (mtuSet: number | null): DriverSettings => [
  'NET=slirp4netns',
  'PORT_DRIVER=builtin',
  ...(mtuSet === null || mtuSet === mtu.explicitNetLegacy.value ? toMtu65520 : []),
];
export const toPastaImplicit: DriverSettings = ['NET=pasta', 'PORT_DRIVER=implicit'];
export const toImplicit: DriverSettings = ['PORT_DRIVER=implicit'];
export const toBuiltin: DriverSettings = ['PORT_DRIVER=builtin'];
export const toPesto: DriverSettings = ['NET=pasta', 'PORT_DRIVER=pesto'];
