/** Rootless containerd (nerdctl's): the user service containerd-rootless-setuptool.sh installs, and the variables containerd-rootless.sh reads. */
import type { Source } from '../types.ts';

/**
 * The user service's unit (`systemctl --user restart containerd`, drop-ins in ~/.config/systemd/user/containerd.service.d), and the
 * variables that set RootlessKit's drivers, each `prefix` and one of `names` (no DISABLE_HOST_LOOPBACK: the script always passes
 * --disable-host-loopback).
 */
export const rootlessContainerd = {
  unit: 'containerd',
  prefix: 'CONTAINERD_ROOTLESS_ROOTLESSKIT_',
  names: ['STATE_DIR', 'NET', 'MTU', 'PORT_DRIVER', 'SLIRP4NETNS_SANDBOX', 'SLIRP4NETNS_SECCOMP', 'DETACH_NETNS', 'FLAGS'],
  source: 'nerdctlRootless',
  script: 'nerdctlRootlessScript',
} as const satisfies { unit: string; prefix: string; names: readonly string[]; source: Source; script: Source };

/** Its client, and the release archive that bundles RootlessKit (the plain nerdctl archive does not). */
export const nerdctl = { client: 'nerdctl', bundle: 'nerdctl-full', source: 'nerdctlReadme' } as const satisfies { client: string; bundle: string; source: Source };
