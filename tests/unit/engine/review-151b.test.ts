// What review R151 found in the advice, left after its first fixes: the package manager a typed query names, podman-docker's docker,
// and the fixes for passt's own releases.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const fixOf = (text: string, id: string): string | undefined => analyze(text).findings.find((f) => f.id === id)?.fix;

const ARCH_AFFECTED = `$ pacman -Q docker rootlesskit passt slirp4netns
docker 1:27.3.1-1
rootlesskit 2.3.1-1
passt 2025_01_21.4f2c8e7-1
error: package 'slirp4netns' was not found
$ docker info | grep -iE 'rootless|server version'
 Server Version: 27.3.1
  rootless
$ ps -o args= -C pasta
pasta --stderr --ns-ifname=tap0 --mtu=1500 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --tcp-ports=auto --udp-ports=auto 912
$ curl 127.0.0.1:9000
curl: (56) Recv failure: Connection reset by peer`;

test("pacman -Q typed names the system's package manager: the upgrade is pacman's, not a lookup of the package's owner (R151 05)", () => {
  const r = analyze(ARCH_AFFECTED);
  expect(r.verdict).toBe('affected');
  const fix = r.findings.find((f) => f.id === 'affected')?.fix;
  expect(fix).toContain('sudo pacman -Syu --noconfirm');
  expect(fix).not.toContain('pacman -Qo');
  // dpkg-query's rows look the same: typed, it names apt.
  const debian = ARCH_AFFECTED.replace('pacman -Q docker rootlesskit passt slirp4netns', 'dpkg-query -W docker.io rootlesskit passt');
  expect(fixOf(debian, 'affected')).toContain('sudo apt-get install -y --only-upgrade rootlesskit');
  // Without the query typed, nothing names the manager: the owner is looked up, as before.
  expect(fixOf(ARCH_AFFECTED.replace('$ pacman -Q docker rootlesskit passt slirp4netns\n', ''), 'affected')).toContain('pacman -Qo');
  // A query of other packages (in a container, say) names nothing.
  const other = ARCH_AFFECTED.replace('$ pacman -Q docker rootlesskit passt slirp4netns\n', '$ pacman -Q curl\ncurl 8.11.0-1\n$ dpkg -l rootlesskit | tail -1\n');
  expect(fixOf(other, 'affected')).toContain('sudo apt-get install -y --only-upgrade rootlesskit');
});

test("passt's own fixes give its upgrade with the system's package manager, where the paste names it (R151 L3, M3)", () => {
  const failing = `$ pacman -Q rootlesskit passt
rootlesskit 3.0.0-1
passt 2026_05_07.1afd4ed-1
$ journalctl --user -u docker | tail -3
Dec 01 10:00:01 arch dockerd-rootless.sh[912]: [rootlesskit:parent] error: failed to setup network &{binary:pasta mtu:65520}: pasta failed with exit code 1:
Dec 01 10:00:01 arch dockerd-rootless.sh[912]: Dual stack forward, but IPv6 not enabled
Dec 01 10:00:01 arch systemd[800]: docker.service: Failed with result 'exit-code'.`;
  // The daemon does not start: the check of its pasta waits until it runs again (R151 L2).
  expect(analyze(failing).findings.find((f) => f.id === 'fixed-rootlesskit')?.detail).toMatch(/To confirm, once the daemon runs again:$/);
  const fix = fixOf(failing, 'passt-dual-stack-failure');
  expect(fix).toBe('# upgrade passt to 2026_05_26.038c51e or later\nsudo pacman -Syu --noconfirm\nsystemctl --user restart docker');
  expect(analyze(failing, { messages: zhCn }).findings.find((f) => f.id === 'passt-dual-stack-failure')?.fix).toContain('\nsudo pacman -Syu --noconfirm\n');
  // Where nothing names it, the comment says what to upgrade.
  expect(fixOf(failing.replace(/\$ pacman -Q[^]*?\$ /, '$ '), 'passt-dual-stack-failure')).toBe('# upgrade passt to 2026_05_26.038c51e or later, then\nsystemctl --user restart docker');

  const secondary = `$ pacman -Q docker passt
docker 1:28.1.1-1
passt 2025_06_11.0293c6f-1
$ docker version | grep -A4 rootlesskit:
 rootlesskit:
  Version:          2.3.4
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
$ docker ps --format '{{.Names}}\\t{{.Ports}}'
blue	127.0.0.1:8080->80/tcp
green	127.0.0.2:8080->80/tcp
$ curl -s http://127.0.0.2:8080/
curl: (56) Recv failure: Connection reset by peer`;
  const r = analyze(secondary);
  const finding = r.findings.find((f) => f.id === 'secondary-loopback');
  // No stray nginx on a port the reader's other stack holds: passt's upgrade, and the workaround in words.
  expect(finding?.fix).toBe('# upgrade passt to 2026_07_16.090d739 or later, which serves 127.0.0.2 as well\nsudo pacman -Syu --noconfirm\nsystemctl --user restart docker');
  expect(finding?.detail).toContain('publish on 127.0.0.1 (on a port free there)');
  expect(fixOf(secondary.replace(/\$ pacman -Q[^]*?\$ /, '$ '), 'secondary-loopback')).toBeUndefined();
});

test("docker version answered by podman-docker's docker is Podman's: no loop asking for docker version again (R151 M4)", () => {
  const podman = `$ podman run -d -p 127.0.0.1:8080:80 docker.io/library/nginx:alpine
$ curl 127.0.0.1:8080
curl: (56) Recv failure: Connection reset by peer
$ docker version
Client:       Podman Engine
Version:      5.3.1
API Version:  5.3.1
Go Version:   go1.23.3
OS/Arch:      linux/amd64`;
  const r = analyze(podman);
  expect(r.verdict).toBe('incomplete');
  const note = r.findings.find((f) => f.id === 'podman-not-docker');
  expect(note?.detail).toContain('podman-docker');
  expect(r.findings.map((f) => f.fix ?? '').join('\n')).not.toContain('docker version');
  // podman version typed is Podman's own: docker version may still be Docker's.
  const own = analyze(podman.replace('$ docker version', '$ podman version'));
  expect(own.findings.map((f) => f.fix ?? '').join('\n')).toContain('docker version');
});
