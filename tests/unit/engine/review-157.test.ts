// What review R157 (versions at the edges, and the passage of time) found.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const dropIn = `$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"
`;

test("a nightly build's Docker 0.0.0-<date>-<commit> is main at that date, not older than Docker 25: RootlessKit's version decides (R157 H1, HIGH)", () => {
  const paste = `I'm using the nightly static build of docker in rootless mode with pasta. 127.0.0.1 ports reset.

$ docker info
Server:
 Server Version: 0.0.0-20250116093012-9c1a2b3
 Security Options:
  seccomp
   Profile: builtin
  rootless
  cgroupns
${dropIn}$ pasta --version
pasta 2025_01_21.4f2c8e7`;
  const r = analyze(paste);
  expect([r.verdict, r.facts.dockerServerVersion]).toEqual(['incomplete', '0.0.0-20250116093012-9c1a2b3']);
  expect(r.findings.map((f) => f.id)).not.toContain('docker-without-pasta');
  // Its rootlesskit component shown decides, as before.
  const shown = analyze(`${paste}\n$ docker version | sed -n '/rootlesskit/,$p'\n rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  StateDir:         /run/user/1000/dockerd-rootless`);
  expect(shown.verdict).toBe('affected');
});

test('docker version with pasta and no PortDriver, beside a reset on 127.0.0.1: the port driver is implicit, shown by the reset, so affected is confirmed (R157 M2)', () => {
  const paste = `$ docker version | sed -n '/rootlesskit/,$p'
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  StateDir:         /run/user/1000/dockerd-rootless
$ pasta --version
pasta 2025_01_21.4f2c8e7
$ docker run -d -p 127.0.0.1:8080:80 nginx:alpine
$ curl -fsS http://127.0.0.1:8080/
curl: (56) Recv failure: Connection reset by peer`;
  const r = analyze(paste);
  expect([r.verdict, r.certainty, r.facts.portDriver]).toEqual(['affected', 'confirmed', 'implicit']);
  expect(r.findings.map((f) => f.id)).not.toContain('port-driver-assumed-implicit');
  // Without the reset, port driver none is as possible: implicit stays assumed.
  const alone = analyze(paste.replace(/\$ curl[^]*$/, ''));
  expect([alone.verdict, alone.certainty]).toEqual(['affected', 'inferred']);
  expect(alone.findings.map((f) => f.id)).toContain('port-driver-assumed-implicit');
});

test("a drop-in naming pasta for Docker 24's RootlessKit 1.1.1, which refuses it: the fix sets slirp4netns again, and says which Docker brings pasta (R157 M3)", () => {
  const paste = `Old box still on Docker 24.0.7 rootless. I tried the pasta override from a blog post and now the daemon won't come up:

${dropIn}
$ journalctl --user -u docker -n 3 --no-pager
Mar 03 11:02:41 oldbox dockerd-rootless.sh[1532]: [rootlesskit:parent] error: unknown network mode: pasta
Mar 03 11:02:41 oldbox systemd[861]: docker.service: Main process exited, code=exited, status=1/FAILURE

$ rootlesskit --version
rootlesskit version 1.1.1`;
  for (const r of [analyze(paste), analyzeWith(zhCn, paste)]) {
    const f = r.findings.find((x) => x.id === 'rootlesskit-without-pasta')!;
    expect(r.verdict).toBe('not-affected');
    expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"');
    expect(f.fix).toMatch(/systemctl --user daemon-reload && systemctl --user restart docker$/);
    expect(f.detail).toContain('27.5.1');
  }
  // A RootlessKit too old for pasta, with no settings naming it: nothing to undo.
  const plain = analyze('$ rootlesskit --version\nrootlesskit version 1.1.1').findings.find((x) => x.id === 'rootlesskit-without-pasta')!;
  expect(plain.fix).toBeUndefined();
});
