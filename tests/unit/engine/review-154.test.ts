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
