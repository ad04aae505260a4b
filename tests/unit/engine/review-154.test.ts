// What review R154 (readers back after trying a fix) found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

test("pacman -U taking passt back to a release before the change is read: the daemon restarted since runs the old mapping (R154 11)", () => {
  const paste = `$ sudo pacman -U /var/cache/pacman/pkg/passt-2024_09_06.6b38f07-1-x86_64.pkg.tar.zst
loading packages...
warning: downgrading package passt (2025_01_21.4f2c8e7-1 => 2024_09_06.6b38f07-1)
(1/1) downgrading passt
$ systemctl --user restart docker
$ ps -o args= -C pasta
pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --tcp-ports=auto --udp-ports=auto 2291
$ rootlesskit --version
rootlesskit version 2.3.1
$ curl -s -o /dev/null -w '%{http_code}\\n' 127.0.0.1:8080
200`;
  const r = analyze(paste);
  expect([r.verdict, r.facts.pastaDate]).toEqual(['not-affected', '2024-09-06']);
  // Without the downgrade's line, nothing dates pasta: the argv without the flag beside RootlessKit 2.3.1 decides, as before.
  expect(analyze(paste.replace(/^warning: downgrading.*\n/m, '')).verdict).toBe('affected');
});

test("an upgrade the reader says they made, then sudo systemctl restart docker: that restarted the rootful daemon, and the fix restarts the rootless one (R154 02)", () => {
  const paste = `ok so i upgraded to 27.5.1 and restarted docker, still broken:

bob@devbox:~$ sudo systemctl restart docker
bob@devbox:~$ docker version | sed -n '/rootlesskit/,$p'
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  StateDir:         /run/user/1000/dockerd-rootless
bob@devbox:~$ curl -fsS http://127.0.0.1:8080/
curl: (56) Recv failure: Connection reset by peer
bob@devbox:~$ pasta --version | head -1
pasta 2025_01_21.4f2c8e7`;
  const affected = analyze(paste).findings.find((f) => f.id === 'affected')!;
  expect(affected.fix!.split('\n')[0]).toBe('systemctl --user restart docker');
  expect(affected.fix).not.toContain('docker-ce-rootless-extras');
  expect(affected.detail).toContain("sudo systemctl restart docker restarts the system's rootful daemon");
  // A restart the reader says they made, none shown: the checks of what runs, as before (review 111).
  const stated = analyze(paste.replace('bob@devbox:~$ sudo systemctl restart docker\n', '')).findings.find((f) => f.id === 'affected')!;
  expect(stated.fix).not.toContain('systemctl --user restart docker');
  expect(stated.detail).not.toContain('rootful daemon');
});
