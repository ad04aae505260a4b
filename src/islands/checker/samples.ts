/**
 * Example pastes, one per verdict. The real ones are the shared fixtures themselves; the two composed ones follow the
 * collector's output on a machine running pasta with stock Docker just before and at the fix (versions from the data module), where
 * pasta is set by hand and so runs with the MTU such a Docker then gives it.
 * Imported by the pages only: the texts reach the island as props, so they never weigh on its JavaScript.
 */
import { mine, PASTA_NAMES } from '../../engine/argv.ts';
import { mtu } from '../../engine/data/core/docker.ts';
import { dockerBundles, dockerThresholds, passtMilestones } from '../../engine/data/index.ts';
import type { Verdict } from '../../engine/index.ts';
import { compareVersions } from '../../components/content/version-order.ts';
import slirp4netns from '../../../tests/fixtures/real/docker-version-rootless-27.3.1-ubuntu22.04-ctxdefault-1.txt?raw';
import rootful from '../../../tests/fixtures/real/docker-version-rootful-29.6.1-ubuntu24.04-1.txt?raw';
import infoOnly from '../../../tests/fixtures/real/docker-info-rootless-27.3.1-ubuntu24.04-tls-warnings-1.txt?raw';

export type SampleId = Verdict;

export interface Sample {
  id: SampleId;
  text: string;
}

const fixedAt = dockerBundles.findIndex((bundle) => bundle.first === dockerThresholds.fixed.version);
const [unfixed, fixed] = [dockerBundles[fixedAt - 1]!, dockerBundles[fixedAt]!];

/** `docker version` of a rootless daemon on pasta, then pasta's version, the probe and pasta's running command line. */
const collected = (docker: string, rootlesskit: string, flag: string): string => `$ docker version
Client: Docker Engine - Community
 Version:           ${docker}
 API version:       1.47
 Context:           default

Server: Docker Engine - Community
 Engine:
  Version:          ${docker}
  API version:      1.47 (minimum version 1.24)
 rootlesskit:
  Version:          ${rootlesskit}
  NetworkDriver:    pasta
  StateDir:         /run/user/1000/dockerd-rootless
$ pasta --version
pasta ${passtMilestones.unDeprecated.version}
host-lo-to-ns-lo probe: 0
$ ${mine(PASTA_NAMES).join(' ')}
2121 pasta --stderr --ns-ifname=tap0 --mtu=${compareVersions(docker, dockerThresholds.lastMtu1500.version) > 0 ? mtu.pasta.value : mtu.explicitNetLegacy.value} --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto${flag} 2120
`;

export const samples: readonly Sample[] = [
  { id: 'affected', text: collected(unfixed.last, unfixed.rootlesskit, '') },
  { id: 'fixed', text: collected(fixed.first, fixed.rootlesskit, ' --host-lo-to-ns-lo') },
  { id: 'not-affected', text: slirp4netns },
  { id: 'not-rootless', text: rootful },
  { id: 'incomplete', text: infoOnly },
];
