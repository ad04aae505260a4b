// The eighty-fourth and eighty-fifth reviews' last two wrong fixes: the RootlessKit of a static install, and the host driver in FLAGS.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const status = (home: string) =>
  `$ systemctl --user status docker --no-pager --full
● docker.service - Docker Application Container Engine (Rootless)
     Active: active (running) since Mon 2025-01-06 10:12:03 CET; 2h 3min ago
     CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/docker.service
             ├─2012 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=1500 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave ${home}/dockerd-rootless.sh
             ├─2035 pasta --stderr --ns-ifname=tap0 --mtu=1500 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2021
             └─2052 dockerd`;
const versions = (asked: string) => `$ ${asked} --version\nrootlesskit version 2.3.1\n$ command -v rootlesskit\n/usr/bin/rootlesskit\n$ rootlesskit --version\nrootlesskit version 2.3.4\n$ pasta --version\npasta 2025_01_21.4f2c8e7`;

test("a static install's daemon runs the home bin's RootlessKit: an older one asked there is the one running, and the fix is the upgrade, not a restart", () => {
  for (const asked of ['~/bin/rootlesskit', '/home/alice/bin/rootlesskit', '$HOME/bin/rootlesskit']) {
    const r = analyze(`${status('/home/alice/bin')}\n${versions(asked)}`);
    expect([asked, r.verdict, r.facts.rootlesskitVersion]).toEqual([asked, 'affected', '2.3.1']);
    expect(r.findings[0]!.fix).toContain('cp -f "$tmp"/bin/* "$HOME/bin/"');
    expect(r.findings[0]!.detail).not.toContain('restart it');
  }
  // /usr/bin's asked by its path is no static install's either.
  const byPath = analyze(`${status('/home/alice/bin')}\n$ ~/bin/rootlesskit --version\nrootlesskit version 2.3.1\n$ /usr/bin/rootlesskit --version\nrootlesskit version 2.3.4`);
  expect(byPath.facts.rootlesskitVersion).toBe('2.3.1');
  // Where the PATH finds the home bin's (after the static install's upgrade, say), the later answer is that one's: a restart starts it.
  const upgraded = analyze(`${status('/home/alice/bin')}\n${versions('~/bin/rootlesskit').replace('/usr/bin/rootlesskit', '/home/alice/bin/rootlesskit')}`);
  expect(upgraded.findings[0]!.detail).toContain('RootlessKit 2.3.4 is installed, but the daemon still runs the old one: restart it.');
  // A daemon from /usr/bin runs the RootlessKit on the PATH: the newer one there is installed, and a restart starts it.
  const packaged = analyze(`${status('/usr/bin')}\n${versions('~/bin/rootlesskit')}`);
  expect(packaged.facts.rootlesskitVersion).toBeNull();
  expect(packaged.findings[0]!.detail).toContain('RootlessKit 2.3.4 is installed, but the daemon still runs the old one: restart it.');
});

test('the host network driver set through FLAGS is taken out of FLAGS by the fix, the other flags kept', () => {
  const paste = (flags: string) => `$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=${flags}"
ii  slirp4netns                1.2.0-1                          amd64        User-mode networking for unprivileged network namespaces
$ journalctl --user -u docker --no-pager -n 3
Jan 12 10:00:00 deb dockerd-rootless.sh[1201]: [rootlesskit:parent] error: port driver requires non-host network`;
  const fix = (flags: string) => analyze(paste(flags)).findings.find((f) => f.id === 'host-network-driver')?.fix;
  expect(fix('--net=host')).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="\n');
  expect(fix('--copy-up=/opt --net host')).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt"\n');
  // FLAGS that set no driver are left alone.
  expect(fix('--copy-up=/opt')).not.toContain('FLAGS=');
});

test('review 89: FLAGS in force is the drop-in that sorts last, a cut FLAGS is not rewritten, and port driver builtin keeps the flags FLAGS set', () => {
  const status = `$ systemctl --user status docker --no-pager --full
● docker.service - Docker Application Container Engine (Rootless)
     Active: active (running) since Mon 2025-01-06 10:12:03 CET; 2h 3min ago
             ├─2012 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave --copy-up=/opt /usr/bin/dockerd-rootless.sh
             ├─2035 pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2021`;
  const zz = '$ cat ~/.config/systemd/user/docker.service.d/zz-flags.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt"';
  const override =
    '$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=host"';
  const versions = '$ rootlesskit --version\nrootlesskit version 2.3.1\n$ pasta --version\npasta 2025_01_21.4f2c8e7';
  // zz-flags.conf's FLAGS wins over override.conf's, in whichever order the paste shows them: its --copy-up=/opt is not wiped.
  for (const files of [`${zz}\n${override}`, `${override}\n${zz}`]) {
    const fix = analyze(`${status}\n${files}\n${versions}`).findings.find((f) => f.id === 'workaround-slirp4netns')?.fix;
    expect(fix).toContain('NET=slirp4netns');
    expect(fix).not.toMatch(/FLAGS=(?!--copy-up=\/opt")/);
  }
  // A pager cut the value: what it held past the cut is not known, so the fix does not write it cut.
  const cut = `$ journalctl --user -u docker --no-pager -n 3
Jan 12 10:00:00 deb dockerd-rootless.sh[1201]: [rootlesskit:parent] error: port driver requires non-host network
$ systemctl --user show docker --property=Environment
Environment=PATH=/home/alice/bin:/usr/bin "DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=host --copy-up=/opt --copy-up=/r`;
  expect(analyze(cut).findings.find((f) => f.id === 'host-network-driver')?.fix).not.toContain('FLAGS=');
  const implicit = `$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt --port-driver=implicit"`;
  expect(analyze(implicit).findings.find((f) => f.id === 'implicit-without-pasta')?.fix).toContain('PORT_DRIVER=builtin"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt"\n');
});
