/** What each fix that sets RootlessKit's drivers writes: the DOCKERD_ROOTLESS_ROOTLESSKIT_* variables it sets, with their values. */
import { mtu } from './data/core/docker.ts';

/**
 * The variables a fix sets, as NAME=value without the prefix. Pasta's option, which RootlessKit refuses in FLAGS whatever the drivers, is
 * left out of every FLAGS a fix writes again; its own finding names it where FLAGS cannot be written again.
 */
export type DriverSettings = readonly (`NET=${string}` | `PORT_DRIVER=${string}` | `MTU=${number}`)[];

/** Back to slirp4netns, at the MTU pasta's default gives (an explicit NET makes it 1500 otherwise). */
export const toSlirp4netns: DriverSettings = ['NET=slirp4netns', 'PORT_DRIVER=builtin', `MTU=${mtu.pasta.value}`];
export const toPastaImplicit: DriverSettings = ['NET=pasta', 'PORT_DRIVER=implicit'];
export const toImplicit: DriverSettings = ['PORT_DRIVER=implicit'];
export const toBuiltin: DriverSettings = ['PORT_DRIVER=builtin'];
