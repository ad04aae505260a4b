// What review R161 (the fixes, per distribution, as a user would run them) found.
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixOf, HOST, serverVersion } from './ci-pastes.ts';

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

test("a daemon in a GitLab CI job's service is fixed in .gitlab-ci.yml and by running the job again, not with the host's commands (R161 MED-3)", () => {
  const paste = `Using Docker executor with image docker:27.3.1-cli ...\nStarting service docker:27.3.1-dind-rootless ...\n${serverVersion}`;
  const result = analyze(paste);
  expect(result.verdict).toBe('affected');
  const affected = fixOf(paste, 'affected');
  expect(affected).not.toMatch(HOST);
  expect(affected).toContain("# the service's image docker:27.5.1-dind-rootless or later");
  expect(affected).toContain('# then run the job again');
  // The job's client asks the service's daemon; the service's image runs the probe, its entrypoint (dockerd) overridden.
  expect(affected).toContain(`docker run --rm --entrypoint sh docker:27.3.1-dind-rootless -c 'pasta --host-lo-to-ns-lo --version`);
  expect(affected.split('\n')).toContain('docker version');
  const slirp = fixOf(paste, 'workaround-slirp4netns');
  expect(slirp).not.toMatch(HOST);
  expect(slirp).toContain('docker run --rm --entrypoint slirp4netns docker:27.3.1-dind-rootless --version');
  expect(slirp).toContain('services:\n  - name: docker:27.3.1-dind-rootless\n    variables:\n      DOCKERD_ROOTLESS_ROOTLESSKIT_NET: "slirp4netns"\n      DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER: "builtin"');
  expect(result.findings.find((f) => f.id === 'workaround-slirp4netns')!.detail).toContain("The daemon runs in a CI job's service (GitLab's services:)");
  // Nothing the job runs loads nftables rules in the service's network namespace.
  expect(result.findings.map((f) => f.id)).not.toContain('workaround-nftables');
  // The same service named in .gitlab-ci.yml, as "- REF" or "- name: REF".
  for (const file of ['services:\n  - docker:27.3.1-dind-rootless', 'services:\n  - name: docker:27.3.1-dind-rootless\n    alias: docker']) {
    expect(fixOf(`$ cat .gitlab-ci.yml\ntest:\n  ${file.replaceAll('\n', '\n  ')}\n  script:\n    - make\n${serverVersion}`, 'affected'), file).not.toMatch(HOST);
  }
  // In Chinese too.
  expect(analyzeWith(zhCn, paste).findings.find((f) => f.id === 'workaround-slirp4netns')!.fix).toContain('在 .gitlab-ci.yml 中这个服务在 services: 里的那一项加上这些变量');
});

test("a GitLab service's settings go to its variables:, the service's image kept, where the image is built on dind-rootless (R161 MED-3, MED-4)", () => {
  const yml = `$ cat .gitlab-ci.yml
integration:
  image: docker:27.5.1-cli
  services:
    - name: registry.example.com/ci/dind-pasta:27.5.1
      alias: docker
      variables:
        DOCKERD_ROOTLESS_ROOTLESSKIT_NET: pasta
        DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER: implicit
  script:
    - make test
${serverVersion.replace('27.3.1', '27.5.1').replace('2.3.1', '2.3.2')}`;
  const mtu = fixOf(yml, 'mtu-1500');
  expect(mtu).not.toMatch(HOST);
  expect(mtu).toContain('services:\n  - name: registry.example.com/ci/dind-pasta:27.5.1\n    variables:\n      DOCKERD_ROOTLESS_ROOTLESSKIT_MTU: "65520"');
  // --detach-netns's failure in the service's log: the setting goes to the service, which an export in the job never reaches (MED-4).
  const detach = `Starting service docker:29.5.0-dind-rootless ...
Service container logs:
2026-06-03T07:12:44.121Z + exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --mtu=65520 --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave --detach-netns /usr/local/bin/dockerd-rootless.sh
2026-06-03T07:12:44.330Z [rootlesskit:parent] error: failed to setup network &{...}: exec: "slirp4netns": executable file not found in $PATH`;
  const notFound = fixOf(detach, 'slirp4netns-not-found');
  expect(notFound).not.toMatch(HOST);
  expect(notFound).toContain('services:\n  - name: docker:29.5.0-dind-rootless\n    variables:\n      DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS: "false"');
});

test('a service that is not the daemon leaves the fixes where they were: another image, a script\'s list, a host\'s user service (R161 MED-3)', () => {
  const host = `$ systemctl --user status docker\n● docker.service - Docker Application Container Engine (Rootless)\n     Active: active (running) since Sat 2025-01-04 12:00:31 CET; 1h ago\n${serverVersion}`;
  expect(fixOf(`Starting service postgres:16 ...\n${host}`, 'affected')).toContain('systemctl --user restart docker');
  expect(fixOf(`$ cat .gitlab-ci.yml\ntest:\n  services:\n    - postgres:16\n  script:\n    - make\n${host}`, 'affected')).toContain('systemctl --user restart docker');
  expect(analyze(`Starting service postgres:16 ...\n${host}`).findings.map((f) => f.id)).toContain('workaround-nftables');
});

const alpine = `$ cat /etc/os-release
NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.20.3
$ docker version
Server:
 Engine:
  Version:          26.1.5
 rootlesskit:
  Version:          2.0.2
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  StateDir:         /tmp/run-1000/dockerd-rootless
$ pasta --version | head -1
pasta 2025_01_21.4f2c8e7`;

test("on Alpine, pasta's argv is listed with BusyBox's ps, whose pgrep has no -u (R161 MED-2)", () => {
  const fix = fixOf(alpine, 'affected').split('\n');
  const ps = fix[fix.indexOf('# includes --host-lo-to-ns-lo') + 1]!;
  expect(ps).toMatch(/^ps -o args \| grep -E '/);
  // The pattern, as grep runs it, finds pasta's argv as BusyBox's ps prints it, and not grep's own.
  const pattern = ps.slice(ps.indexOf("'") + 1, ps.lastIndexOf("'"));
  const listed = 'COMMAND\n/usr/bin/pasta --config-net --host-lo-to-ns-lo -t auto 4242\npasta.avx2 --config-net 4243\ngrep -E pasta\nrootlesskit --net=pasta\n';
  expect(execFileSync('grep', ['-E', pattern], { input: listed, encoding: 'utf8' })).toBe('/usr/bin/pasta --config-net --host-lo-to-ns-lo -t auto 4242\npasta.avx2 --config-net 4243\n');
  // Elsewhere, procps's pgrep of the user's own.
  expect(fixOf(alpine.replace(/NAME=.*\nID=alpine\nVERSION_ID=.*\n/, ''), 'affected')).toContain('pgrep -a -u "$(id -u)"');
});

test('on a system Docker publishes no packages for, the upgrade is the distribution\'s, not dpkg, rpm and pacman in turn (R161 MED-5)', () => {
  const fix = fixOf(alpine, 'affected');
  expect(fix).toContain('sudo apk update && sudo apk upgrade rootlesskit');
  expect(fix).not.toMatch(/dpkg|rpm|apt-get|dnf/);
  // Where the system is not shown, Docker's packages come first, as before.
  expect(fixOf(alpine.replace(/NAME=.*\nID=alpine\nVERSION_ID=.*\n/, ''), 'affected')).toContain('dpkg -s docker-ce-rootless-extras');
});
