// What review R161 (the fixes, per distribution, as a user would run them) found.
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const pasta = `             ├─1890 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave dockerd-rootless.sh
             ├─1903 pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 1897
$ pasta --version
pasta 2024_11_27.c0fbc7e`;
const status = (dropIns: string) => `$ systemctl --user status docker --no-pager
● docker.service - Docker Application Container Engine (Rootless)
     Loaded: loaded (/etc/systemd/user/docker.service; enabled; preset: enabled)
${dropIns}
     Active: active (running) since Sat 2025-01-04 12:00:31 CET; 1h ago
     CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/docker.service
${pasta}`;
/** The drop-in the switch back to slirp4netns writes its settings to. */
const written = (paste: string): string => /docker\.service\.d\/(\S+) <<'EOF'/.exec(analyze(paste).findings.find((f) => f.id === 'workaround-slirp4netns')!.fix!)![1]!;

test("a fix's drop-in sorts after the drop-ins systemctl status lists in another directory, never taking one's name (R161 H1, HIGH)", () => {
  // NixOS's generated overrides.conf sorts after override.conf: its NET=pasta would win over the fix's.
  expect(written(status('    Drop-In: /nix/store/4q0y3w0v0k6d1x8c-user-units/docker.service.d\n             └─overrides.conf'))).toBe('zz-overrides.conf');
  // The same name elsewhere: the user's file would hide it whole.
  expect(written(status('    Drop-In: /etc/systemd/user/docker.service.d\n             `-override.conf'))).toBe('zz-override.conf');
  // Drop-ins elsewhere that sort before it, and the user's own: override.conf, as before.
  expect(written(status('    Drop-In: /home/u/.config/systemd/user/docker.service.d\n             └─override.conf, pasta.conf\n             /etc/systemd/user/docker.service.d\n             ├─10-a.conf, 50-b.conf'))).toBe('override.conf');
  expect(written(status('    Drop-In: /usr/lib/systemd/user/service.d\n             └─10-timeout-abort.conf'))).toBe('override.conf');
});

test("pacman.conf's IgnorePkg on rootlesskit is taken out before pacman -Syu, which skips it (R161 M1)", () => {
  const paste = `$ grep ^IgnorePkg /etc/pacman.conf
IgnorePkg = rootlesskit passt
$ pacman -Q docker rootlesskit passt
docker 1:28.0.1-1
rootlesskit 2.3.1-1
passt 2025_03_20.32f6212-1
$ docker version
Server:
 Engine:
  Version:          28.0.1
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  StateDir:         /run/user/1000/dockerd-rootless`;
  const affected = analyze(paste).findings.find((f) => f.id === 'affected')!;
  const lines = affected.fix!.split('\n');
  const sed = lines.findIndex((l) => l.includes('/etc/pacman.conf'));
  expect(sed).toBeGreaterThan(-1);
  expect(sed).toBeLessThan(lines.findIndex((l) => l.startsWith('sudo pacman -Syu')));
  expect(affected.detail).toContain("pacman.conf's IgnorePkg names rootlesskit, which pacman -Syu skips");
  // The command takes rootlesskit out and leaves the other names, as sed runs it.
  const conf = execFileSync('sed', ['-E', lines[sed]!.slice(lines[sed]!.indexOf("'") + 1, lines[sed]!.lastIndexOf("'"))], { input: 'IgnorePkg = rootlesskit passt\n#IgnorePkg = rootlesskit\nIgnorePkg=rootlesskit\n', encoding: 'utf8' });
  expect(conf).toBe('IgnorePkg =  passt\n#IgnorePkg = rootlesskit\nIgnorePkg=\n');
  // pacman's own warning as it skipped the upgrade says the same; the commented line pacman.conf ships does not.
  expect(analyze(paste.replace(/\$ grep.*\nIgnorePkg.*\n/, 'warning: rootlesskit: ignoring package upgrade (2.3.1-1 => 2.3.4-1)\n')).findings.find((f) => f.id === 'affected')!.fix).toContain('/etc/pacman.conf');
  expect(analyze(paste.replace('IgnorePkg = rootlesskit passt', '#IgnorePkg   =')).findings.find((f) => f.id === 'affected')!.fix).not.toContain('/etc/pacman.conf');
});
