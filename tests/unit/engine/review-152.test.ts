// What review R152 (rootless Docker beyond a plain laptop: Alpine, Amazon Linux, Proxmox) found in the advice.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const fixOf = (text: string, id: string): string | undefined => analyze(text).findings.find((f) => f.id === id)?.fix;

test("without systemd (Alpine's OpenRC), settings exported in a shell are the ones the daemon started with: no user service's drop-in (R152 03)", () => {
  const alpine = `~ $ cat /etc/os-release | head -2
NAME="Alpine Linux"
ID=alpine
~ $ env | grep ROOTLESSKIT
DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit
~ $ docker version | grep -A4 rootlesskit:
 rootlesskit:
  Version:          2.3.5
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
~ $ ps -o args | grep [p]asta
pasta --stderr --ns-ifname=tap0 --mtu=1500 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 3177`;
  const fix = fixOf(alpine, 'mtu-1500');
  expect(fix).toContain('export DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520');
  expect(fix).not.toContain('systemctl');
  // With systemd (another system named), the same exports may be the user service's: its drop-in, as before.
  expect(fixOf(alpine.replace('NAME="Alpine Linux"\nID=alpine', 'NAME="Ubuntu"\nID=ubuntu'), 'mtu-1500')).toContain('systemctl --user');
});

test("which -a finding dockerd in ~/bin shows Docker's static install: its tarballs, not a distribution's package of a rootful Docker beside it (R152 15)", () => {
  const paste = `[ec2-user@ip-172-31-20-14 ~]$ rpm -q docker
docker-25.0.8-1.amzn2023.0.1.x86_64
[ec2-user@ip-172-31-20-14 ~]$ which -a docker dockerd rootlesskit
~/bin/docker
/usr/bin/docker
~/bin/dockerd
/usr/bin/dockerd
~/bin/rootlesskit
[ec2-user@ip-172-31-20-14 ~]$ rootlesskit --version
rootlesskit version 2.3.1
[ec2-user@ip-172-31-20-14 ~]$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"
[ec2-user@ip-172-31-20-14 ~]$ curl 127.0.0.1:8000/health
curl: (56) Recv failure: Connection reset by peer`;
  expect(analyze(paste).verdict).toBe('affected');
  expect(fixOf(paste, 'affected')).toContain('download.docker.com/linux/static/stable');
  expect(fixOf(paste.replace('~/bin/dockerd\n', ''), 'affected')).not.toContain('download.docker.com/linux/static/stable');
  // type's answer says the same.
  expect(fixOf(paste.replace('~/bin/dockerd\n/usr/bin/dockerd', 'dockerd is /home/ec2-user/bin/dockerd'), 'affected')).toContain('download.docker.com/linux/static/stable');
});

test('a passt older than RootlessKit supports, under a RootlessKit without the fix: the RootlessKit upgrade to make first is given (R152 11)', () => {
  const debian = `$ dpkg -l | grep -E 'docker|passt'
ii  docker-ce                      5:27.3.1-1~debian.12~bookworm amd64  Docker: the open-source application container engine
ii  docker-ce-rootless-extras      5:27.3.1-1~debian.12~bookworm amd64  Rootless support for Docker.
ii  passt                          0.0~git20230309.7c7625d-1     amd64  user-mode networking daemons for virtual machines and namespaces
$ docker version | sed -n '/rootlesskit/,$p'
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  StateDir:         /run/user/1000/dockerd-rootless`;
  const fix = fixOf(debian, 'pasta-below-rootlesskit-minimum');
  expect(fix).toMatch(/^# first RootlessKit 2\.3\.2 or later, then passt can be upgraded\n/);
  expect(fix).toContain('docker-ce-rootless-extras');
  expect(fix).toMatch(/systemctl --user restart docker$/);
  // Under a RootlessKit with the fix, only passt is to upgrade: no command for RootlessKit.
  expect(fixOf(debian.replace('Version:          2.3.1', 'Version:          2.3.2'), 'pasta-below-rootlesskit-minimum')).toBeUndefined();
});
