import * as urls from './urls.ts';

/** Distribution releases the site names, with what matters about each for rootless networking. */
export const distributions = {
  debian12: { name: 'Debian 12', what: 'Where moby#48838 was reproduced; its passt predates RootlessKit\'s documented minimum and prints "unknown version".', source: urls.moby48838 },
  ubuntu2310: { name: 'Ubuntu 23.10', what: 'AppArmor stops pasta under RootlessKit until the documented workaround is applied.', source: urls.launchpad2077158 },
  ubuntu2404: { name: 'Ubuntu 24.04', what: 'AppArmor stops pasta under RootlessKit until the documented workaround is applied; its pasta prints "unknown version".', source: urls.launchpad2077158 },
  ubuntu2410: { name: 'Ubuntu 24.10', what: 'RootlessKit names the Ubuntu releases after this one as a source of a working AppArmor profile for pasta.', source: urls.rootlesskitNetworkDoc },
  rhel10: { name: 'RHEL 10', what: 'slirp4netns is deprecated, which is why dockerd-rootless.sh learned to fall back to pasta.', source: urls.moby51143 },
} as const;
