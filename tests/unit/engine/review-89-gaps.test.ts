// Review 89 #7: the static install's RootlessKit asked other ways than as ~/bin/rootlesskit.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const status = `$ systemctl --user status docker --no-pager --full
● docker.service - Docker Application Container Engine (Rootless)
     Active: active (running) since Mon 2025-01-06 10:12:03 CET; 2h 3min ago
     CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/docker.service
             ├─2012 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=1500 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /home/alice/bin/dockerd-rootless.sh
             ├─2035 pasta --stderr --ns-ifname=tap0 --mtu=1500 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2021
             └─2052 dockerd`;
const upgradeFix = (paste: string) => {
  const r = analyze(paste);
  // The upgrade: Docker's static tarballs where the daemon runs from ~/bin, else the upgrade that says where to look.
  return [r.verdict, r.facts.rootlesskitVersion, /see Upgrade in the guide|for tarball in docker docker-rootless-extras/.test(r.findings[0]!.fix ?? ''), r.findings[0]!.detail.includes('restart it')];
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

test("review 91 #4: ./bin is the home bin's at every common prompt of the home directory, and only there", () => {
  const paste = (asked: string) => `${status}\n${asked}\nrootlesskit version 2.3.1\n$ rootlesskit --version\nrootlesskit version 2.3.4\n$ pasta --version\npasta 2025_01_21.4f2c8e7`;
  // Raspberry Pi OS, openSUSE, zsh, a prompt of the directory alone, oh-my-zsh.
  for (const home of ['pi@raspberrypi:~ $ ', 'alice@suse:~> ', 'alice@mac ~ % ', '~ $ ', '~$ ', '➜  ~ ']) {
    expect([home, ...upgradeFix(paste(`${home}./bin/rootlesskit --version`))]).toEqual([home, 'affected', '2.3.1', true, false]);
  }
  for (const elsewhere of ['pi@raspberrypi:~/src $ ', 'alice@suse:~/src> ', 'alice@mac src % ', '~/src $ ', '➜  src ', '$ ']) {
    expect([elsewhere, ...upgradeFix(paste(`${elsewhere}./bin/rootlesskit --version`))]).toEqual([elsewhere, 'affected', null, false, true]);
  }
});

test("review 92 #10: root's ./bin or /root/bin is not the rootless install's home bin", () => {
  for (const asked of ['root@deb:~# ./bin/rootlesskit --version', '~# bin/rootlesskit --version', '# /root/bin/rootlesskit --version']) {
    const paste = `${status}\n${asked}\nrootlesskit version 2.3.1\n$ rootlesskit --version\nrootlesskit version 2.3.4\n$ pasta --version\npasta 2025_01_21.4f2c8e7`;
    expect([asked, ...upgradeFix(paste)]).toEqual([asked, 'affected', null, false, true]);
  }
});

test('review 92 #11: a line that two facts of a finding came from is quoted once', () => {
  const paste = `$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --port-driver=builtin --state-dir=\${XDG_RUNTIME_DIR}/rk"\n$ rootlesskit --version\nrootlesskit version 2.3.4`;
  const f = analyze(paste).findings.find((x) => x.id === 'pasta-port-driver-mismatch')!;
  expect(f.evidence.map((e) => e.line)).toEqual([3]);
});
