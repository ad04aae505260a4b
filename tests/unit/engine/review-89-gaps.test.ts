// Review 89's two gaps left open: a driver set in FLAGS that the fix cannot take out, and the static install's RootlessKit asked other ways.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const hostRefused = (flags: string) => `$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=${flags}"
ii  slirp4netns                1.2.0-1                          amd64        User-mode networking for unprivileged network namespaces
$ journalctl --user -u docker --no-pager -n 3
Jan 12 10:00:00 deb dockerd-rootless.sh[1201]: [rootlesskit:parent] error: port driver requires non-host network`;
const host = (paste: string, zh = false) => (zh ? analyzeWith(zhCn, paste) : analyze(paste)).findings.find((f) => f.id === 'host-network-driver')!;

test('review 89 #4: --net=host in a FLAGS the fix cannot rewrite is named for the reader to remove, in both languages', () => {
  for (const [flags, option] of [
    ['--net=host --copy-up=${HOME}/opt', '--net=host'],
    ['--copy-up=$HOME/opt --net host', '--net host'],
  ]) {
    const r = analyze(hostRefused(flags!));
    const f = host(hostRefused(flags!));
    expect(r.verdict).toBe('incomplete');
    expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"');
    expect(f.fix).not.toContain('FLAGS=');
    expect(f.detail).toContain(`With network driver host (--net=host in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS),`);
    expect(f.detail).not.toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host');
    expect(f.detail).toContain(`remove ${option} from it yourself, then reload and restart.`);
    const zh = host(hostRefused(flags!), true);
    expect(zh.detail).toContain('网络驱动设为 host（DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS 里的 --net=host）后');
    expect(zh.detail).not.toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host');
    expect(zh.detail).toContain(`请自己从这个设置中删除 ${option}，然后重新加载并重启。`);
  }
  // A pager cut the value (review 89 #3): what it held past the cut is not known, and --net=host before it is named.
  const cut = `$ journalctl --user -u docker --no-pager -n 3
Jan 12 10:00:00 deb dockerd-rootless.sh[1201]: [rootlesskit:parent] error: port driver requires non-host network
$ systemctl --user show docker --property=Environment
Environment=PATH=/home/alice/bin:/usr/bin "DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=host --copy-up=/opt --copy-up=/r`;
  expect(host(cut).detail).toContain('remove --net=host from it yourself, then reload and restart.');
  // FLAGS the fix rewrites says nothing more, and NET=host alone keeps the words that name both.
  const kept = host(hostRefused('--copy-up=/opt --net host'));
  expect(kept.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt"\n');
  expect(kept.detail).not.toContain('yourself');
  const net = host(hostRefused('--copy-up=/opt').replace('FLAGS=--copy-up=/opt', 'NET=host'));
  expect(net.detail).toContain('(DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host, or --net=host in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS)');
  expect(net.detail).not.toContain('yourself');
});

test('review 89 #4: every fix that sets a driver FLAGS sets too says so where it cannot rewrite FLAGS (port driver implicit in FLAGS)', () => {
  const paste = `$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=\${HOME}/opt --port-driver=implicit"`;
  const f = analyze(paste).findings.find((x) => x.id === 'implicit-without-pasta')!;
  expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"\nEOF');
  expect(f.detail).toContain('remove --port-driver=implicit from it yourself, then reload and restart.');
  expect(analyzeWith(zhCn, paste).findings.find((x) => x.id === 'implicit-without-pasta')!.detail).toContain('请自己从这个设置中删除 --port-driver=implicit，然后重新加载并重启。');
});

const status = `$ systemctl --user status docker --no-pager --full
● docker.service - Docker Application Container Engine (Rootless)
     Active: active (running) since Mon 2025-01-06 10:12:03 CET; 2h 3min ago
     CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/docker.service
             ├─2012 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=1500 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /home/alice/bin/dockerd-rootless.sh
             ├─2035 pasta --stderr --ns-ifname=tap0 --mtu=1500 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2021
             └─2052 dockerd`;
const upgradeFix = (paste: string) => {
  const r = analyze(paste);
  return [r.verdict, r.facts.rootlesskitVersion, r.findings[0]!.fix?.includes('see Upgrade in the guide'), r.findings[0]!.detail.includes('restart it')];
};

test("review 89 #7: the home bin's RootlessKit asked through sudo, or as ./bin at home, decides beside a static install", () => {
  for (const asked of ['$ sudo -iu alice ~/bin/rootlesskit --version', '$ sudo -u alice ~/bin/rootlesskit --version', 'alice@deb:~$ ./bin/rootlesskit --version', '[alice@deb ~]$ bin/rootlesskit --version']) {
    // A bare one asked right after that answers otherwise is not the home bin's (nothing changed it between), nor is /usr/bin's.
    for (const other of ['$ rootlesskit --version', '$ /usr/bin/rootlesskit --version']) {
      const paste = `${status}\n${asked}\nrootlesskit version 2.3.1\n${other}\nrootlesskit version 2.3.4\n$ pasta --version\npasta 2025_01_21.4f2c8e7`;
      expect([asked, other, ...upgradeFix(paste)]).toEqual([asked, other, 'affected', '2.3.1', true, false]);
    }
    // Asked after the bare one, the home bin's is the later answer too.
    const reverse = `${status}\n$ rootlesskit --version\nrootlesskit version 2.3.4\n${asked}\nrootlesskit version 2.3.1\n$ pasta --version\npasta 2025_01_21.4f2c8e7`;
    expect([asked, ...upgradeFix(reverse)]).toEqual([asked, 'affected', '2.3.1', true, false]);
  }
  // ./bin in another directory is a build tree's, and a bare one after the installer ran may be the home bin's upgraded: as before.
  const tree = `${status}\nalice@deb:~/src/rootlesskit$ ./bin/rootlesskit --version\nrootlesskit version 2.3.1\nalice@deb:~/src/rootlesskit$ rootlesskit --version\nrootlesskit version 2.3.4\n$ pasta --version\npasta 2025_01_21.4f2c8e7`;
  expect(upgradeFix(tree)).toEqual(['affected', null, false, true]);
  const installed = `${status}\n$ ~/bin/rootlesskit --version\nrootlesskit version 2.3.1\n$ curl -fsSL https://get.docker.com/rootless | sh\n+ tar zxf docker-rootless-extras.tgz --strip-components=1 -C /home/alice/bin\n$ rootlesskit --version\nrootlesskit version 2.3.4\n$ pasta --version\npasta 2025_01_21.4f2c8e7`;
  expect(upgradeFix(installed)).toEqual(['affected', null, false, true]);
});
