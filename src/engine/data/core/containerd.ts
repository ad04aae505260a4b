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
  /** The port driver the script passes where PORT_DRIVER is unset, whatever the network driver (so NET=pasta alone is refused). */
  portDriverDefault: 'builtin',
  /** The network drivers the script picks where NET is unset, in order: slirp4netns where one of v0.4.0 or later is installed, else vpnkit; never pasta. */
  netDefault: ['slirp4netns', 'vpnkit'],
  /**
   * The setup tool, which installs the unit once its checks pass (RootlessKit run once among them), and its words where systemctl --user
   * answers nothing (Docker's setup tool then sets up no unit, and says so otherwise), and its last words once the unit runs.
   */
  setupTool: {
    name: 'containerd-rootless-setuptool.sh',
    install: 'containerd-rootless-setuptool.sh install',
    needsSystemd: 'Needs systemd (systemctl --user)',
    installed: 'Installed "containerd.service" successfully.',
    source: 'nerdctlRootlessSetuptool',
  },
} as const satisfies {
  unit: string;
  prefix: string;
  names: readonly string[];
  source: Source;
  script: Source;
  portDriverDefault: string;
  netDefault: readonly string[];
  setupTool: { name: string; install: string; needsSystemd: string; installed: string; source: Source };
};

/** Its client, and the release archive that bundles RootlessKit (the plain nerdctl archive does not). */
export const nerdctl = { client: 'nerdctl', bundle: 'nerdctl-full', source: 'nerdctlReadme' } as const satisfies { client: string; bundle: string; source: Source };

/**
 * The socket of the system-wide containerd, which root reaches (nerdctl as root, and any client, asks it where no address is named); the
 * rootless one listens under the runtime directory of its user instead. nerdctl typed as the user runs itself again inside RootlessKit's
 * namespaces (its rootlessutil.ParentMain), where containerd-rootless.sh bound that directory over /run/containerd: there this path, named
 * or not, is the rootless daemon's, so it names the system-wide one only for root.
 */
export const containerdSystem = { address: '/run/containerd/containerd.sock', source: 'containerdDefaults' } as const satisfies { address: string; source: Source };
