import { describe, expect, test } from 'vitest';
import { analyze, decodeShare, decodeSignals, en, encodeShare, type Messages } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { ciService, CLIENT_TARGET, CREATE_CONTEXT, DIND_ROOTLESS, DIND_VERSION, idHelpers, ID_MAPS, noSystemd, OWN_SOCKET, REMOTE_DAEMON, sshDaemon, startDaemon, START_PODMAN_MACHINE, startDesktop, startPodmanSocket, UNSET_HOST } from '../../../src/engine/commands.ts';
import { SERVICE } from '../../../src/engine/apply.ts';
import { dockerDesktop } from '../../../src/engine/data/core/docker.ts';
import { findingMeta } from '../../../src/engine/findings.ts';
import type { MessageId } from '../../../src/engine/messages/types.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

const [ID_HELPERS, NO_SYSTEMD, CI_SERVICE, SSH_DAEMON] = [idHelpers(en.snippets), noSystemd(en.snippets), ciService(en.snippets), sshDaemon(en.snippets)];
const START_DAEMON = startDaemon(SERVICE);

const rk = (version: string, driver = 'pasta', port = '') =>
  ` rootlesskit:\n  Version:          ${version}\n  ApiVersion:       1.1.1\n  NetworkDriver:    ${driver}\n${port ? `  PortDriver:       ${port}\n` : ''}  StateDir:         /run/user/1000/dockerd-rootless`;
const engine = (docker: string) => `Server: Docker Engine - Community\n Engine:\n  Version:          ${docker}\n`;
const errors29 = allFixtures().find((f) => f.name === 'synthetic/errors-29.txt')!.text;
const rootlessInfo = (docker: string) => `Server:\n Server Version: ${docker}\n Security Options:\n  seccomp\n  rootless\n Kernel Version: 6.8.0`;

describe('verdicts and certainty', () => {
  test.each([
    ['rootful docker info', 'Server:\n Server Version: 28.5.1\n Security Options:\n  seccomp\n Kernel Version: 6.8.0', 'not-rootless', 'confirmed'],
    ['RootlessKit without pasta', 'rootlesskit version 1.1.1', 'not-affected', 'confirmed'],
    ['slirp4netns', engine('27.3.1') + rk('2.3.1', 'slirp4netns', 'builtin'), 'not-affected', 'confirmed'],
    ['lxc-user-nic', engine('27.3.1') + rk('2.3.1', 'lxc-user-nic', 'builtin'), 'not-affected', 'confirmed'],
    ['gvisor-tap-vsock', engine('29.5.0') + rk('3.0.0', 'gvisor-tap-vsock', 'builtin'), 'not-affected', 'confirmed'],
    // RootlessKit's "none": a namespace with loopback only, where a sandbox refuses a tap device (rootlesskit's --net usage).
    ['none', 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=none --mtu=1500 --port-driver=none --copy-up=/etc /usr/bin/dockerd-rootless.sh', 'not-affected', 'confirmed'],
    ['Docker before pasta support', rootlessInfo('24.0.6'), 'not-affected', 'confirmed'],
    // A distribution's Docker may run with a newer RootlessKit package; pasta seen running settles it too.
    ['a distribution\'s Docker before 25.0, pasta running', 'ii  docker.io  24.0.7-0ubuntu4  amd64  Linux container runtime\nrootlesskit --net=pasta --port-driver=implicit dockerd-rootless.sh', 'incomplete', 'inferred'],
    ['Docker before pasta support, pasta running', rootlessInfo('24.0.6') + '\nrootlesskit --net=pasta --port-driver=implicit dockerd-rootless.sh', 'incomplete', 'inferred'],
    ['pasta, RootlessKit 2.3.1 seen', engine('27.3.1') + rk('2.3.1') + '\npasta 2025_03_20.32f6212', 'affected', 'inferred'], // port driver assumed
    ['pasta argv without the flag, new pasta', 'pasta --stderr --ns-ifname=tap0 --tcp-ports=auto --udp-ports=auto 123\npasta 2025_03_20.32f6212', 'affected', 'confirmed'],
    ['pasta argv without the flag, pasta version unknown', 'pasta --stderr --ns-ifname=tap0 --tcp-ports=auto --udp-ports=auto 123', 'affected', 'inferred'],
    ['RootlessKit 2.3.1 from the Docker table', rootlessInfo('27.3.1') + '\nDOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nDOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\nhost-lo-to-ns-lo probe: 0', 'affected', 'inferred'],
    ['fixed by RootlessKit seen', engine('28.0.1') + rk('2.3.2'), 'fixed', 'confirmed'],
    ['fixed by RootlessKit from the table', rootlessInfo('27.5.1') + '\nDOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta', 'fixed', 'inferred'],
    ['fixed: flag in argv', 'pasta --stderr --ns-ifname=tap0 --tcp-ports=auto --host-lo-to-ns-lo 123', 'fixed', 'confirmed'],
    ['old pasta (version)', engine('27.3.1') + rk('2.3.1') + '\npasta 2024_09_06.6b38f07', 'not-affected', 'confirmed'],
    ['old pasta (probe) with driver unknown', rootlessInfo('27.3.1') + '\nhost-lo-to-ns-lo probe: 1', 'not-affected', 'confirmed'],
    ['old pasta deduced: RootlessKit 2.3.2 left the flag out', engine('28.0.1') + rk('2.3.2') + '\npasta --stderr --ns-ifname=tap0 --tcp-ports=auto 123', 'not-affected', 'inferred'],
    ['port driver none', 'rootlesskit --net=pasta --port-driver=none dockerd', 'not-affected', 'confirmed'],
    // pesto (RootlessKit 3.1.0): RootlessKit forwards each published port to the namespace's address, pasta's own forwarding is off.
    ['port driver pesto, from the drop-in', 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=pesto"', 'not-affected', 'confirmed'],
    ['port driver pesto, from docker version', engine('29.8.0') + rk('3.1.0', 'pasta', 'pesto'), 'not-affected', 'confirmed'],
    ['port driver pesto alone', 'rootlesskit --port-driver=pesto dockerd', 'not-affected', 'confirmed'],
    // RootlessKit before 3.1.0 refuses pesto and does not start: the setting is not what runs.
    ['port driver pesto beside RootlessKit 2.3.1', 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=pesto"\nrootlesskit version 2.3.1', 'incomplete', 'inferred'],
    ['gvisor-tap-vsock port driver rules pasta out', 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=gvisor-tap-vsock"', 'not-affected', 'confirmed'],
    ['builtin port driver rules pasta out', 'protocol "tcp" is not supported by the RootlessKit port driver "builtin"', 'not-affected', 'confirmed'],
    // Docker calls RootlessKit's port manager only for port drivers other than implicit or none.
    ['a port manager error rules pasta out', "docker: Error response from daemon: driver failed programming external connectivity on endpoint web (0a1b): error while calling RootlessKit PortManager.AddPort(): cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024)", 'not-affected', 'confirmed'],
    ['a port manager error beside pasta running: the argv wins', 'error while calling RootlessKit PortManager.AddPort(): listen tcp4 0.0.0.0:80: bind: address already in use\nrootlesskit --net=pasta --port-driver=implicit dockerd-rootless.sh', 'incomplete', 'inferred'],
    ['rootless, driver unknown', rootlessInfo('27.3.1'), 'incomplete', 'inferred'],
    ['nothing at all', 'hello world', 'incomplete', 'inferred'],
  ])('%s', (_name, text, verdict, certainty) => {
    const r = analyze(text);
    expect([r.verdict, r.certainty]).toEqual([verdict, certainty]);
  });

  test('the first finding explains the verdict, with the deciding lines as evidence', () => {
    const r = analyze(engine('27.3.1') + rk('2.3.1'));
    expect(r.findings[0]!.id).toBe('affected');
    expect(r.findings[0]!.evidence.map((e) => e.text)).toEqual(['NetworkDriver:    pasta', 'Version:          2.3.1']);
    expect(r.inferred).toContain('portDriver');
  });

  test('a port driver set to a value the checker cannot read (newer, or cut off) is not assumed to be the default, implicit', () => {
    // (A line as long as a terminal is wide, which a pager may have cut: a shorter one that ends inside a quote, systemd rejects.)
    const r = analyze('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520" "DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=pes');
    expect([r.facts.portDriver, r.inferred, r.verdict]).toEqual([null, [], 'incomplete']);
  });
  test("with pasta, Docker's call to the port manager means pesto, not the default implicit", () => {
    const r = analyze(' rootlesskit:\n  Version: 3.1.0\n  NetworkDriver: pasta\nerror while calling RootlessKit PortManager.AddPort(): pesto failed: exit status 1');
    expect([r.facts.portDriver, r.inferred]).toEqual([null, []]);
  });
  test("a Docker newer than the table's releases has at least the newest one's RootlessKit: it decides the fix, not what a later release changed", () => {
    const newer = (port: string) => `ii  docker-ce-rootless-extras  5:99.0.0-1~debian.13~trixie amd64\nDOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nDOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=${port}`;
    const r = analyze(newer('implicit'));
    expect([r.verdict, r.certainty, r.unseen, r.facts.rootlesskitVersion]).toEqual(['fixed', 'inferred', ['rootlesskitVersion'], null]);
    expect(r.findings.map((f) => f.id)).toEqual(['fixed-rootlesskit', 'rootlesskit-from-docker-version']);
    expect(r.findings[0]!.title).toMatch(/^RootlessKit \S+ or later passes/);
    // Whether it has RootlessKit's later changes (pesto, the host-loopback block) stays unknown rather than denied.
    expect(analyze(newer('pesto')).verdict).toBe('not-affected');
    expect(analyze(`${newer('implicit')}\nDOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK=false`).findings.map((f) => f.id)).not.toContain('host-loopback-leak');
  });
  test('RootlessKit is not inferred where the daemon is older than the rootless extras, their releases on either side of the fix: it is asked for', () => {
    const extras = (version: string) => `ii  docker-ce-rootless-extras  5:${version}-1~ubuntu.24.04~noble amd64\nDOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta`;
    // Upgraded and not restarted since, or the extras installed apart from docker-ce: which RootlessKit runs, only it can say.
    for (const [installed, running] of [['27.5.1', '27.3.1'], ['28.0.4', '27.3.1']]) {
      const r = analyze(`${extras(installed!)}\n${rootlessInfo(running!)}`);
      expect([r.verdict, r.ask, r.facts.rootlesskitVersion, r.findings[0]!.id], `${installed} ${running}`).toEqual(['incomplete', 'rootlesskitVersion', null, 'need-rootlesskit-version']);
    }
    // On the same side of it, or held back below a newer daemon (which started with them), the extras' RootlessKit decides.
    expect(analyze(`${extras('28.0.4')}\n${rootlessInfo('27.5.1')}`)).toMatchObject({ verdict: 'fixed', facts: { rootlesskitVersion: '2.3.4' } });
    expect(analyze(`${extras('27.3.1')}\n${rootlessInfo('27.5.1')}`)).toMatchObject({ verdict: 'affected', facts: { rootlesskitVersion: '2.3.1' } });
    expect(analyze(`${extras('27.3.1')}\n${rootlessInfo('27.2.0')}`)).toMatchObject({ verdict: 'affected', facts: { rootlesskitVersion: '2.3.1' } });
  });

  test('a reset beside a verdict that rules the problem out is said to come from elsewhere', () => {
    const reset = '\ncurl: (56) Recv failure: Connection reset by peer';
    const detail = (text: string) => analyze(text + reset).findings.find((f) => f.id === 'connection-reset-seen')!.detail;
    // A fixed verdict says that this problem may have caused a reset before the upgrade.
    expect(detail(engine('28.0.1') + rk('2.3.2'))).toContain('The setup shown has the fix');
    expect(detail(engine('27.3.1') + rk('2.3.1', 'slirp4netns', 'builtin'))).toContain('rules this problem out');
    expect(detail(engine('27.3.1') + rk('2.3.1'))).not.toContain('rules this problem out');
    expect(detail('')).not.toContain('rules this problem out');
    // A port on another loopback address may still reset under a fixed RootlessKit: its own finding says so.
    expect(detail(engine('28.0.1') + rk('2.3.2') + '\ndocker run -d -p 127.0.0.2:8080:80 nginx:alpine')).not.toMatch(/rules this problem out|has the fix/);
  });

  test("a reset from an application that says it listens on its container's own 127.0.0.1 is said to come from there", () => {
    const reset = '\n$ curl localhost:4000\ncurl: (56) Recv failure: Connection reset by peer';
    const detail = (text: string) => analyze(text + reset).findings.find((f) => f.id === 'connection-reset-seen')!.detail;
    const there = "listens on 127.0.0.1, which inside a container is the container's own loopback";
    // jekyll's, Flask's, gunicorn's, Django's and Vite's words under Compose's prefixes (v1's "main_1  | ", v2's "web-1  | ").
    for (const log of [
      'main_1  |     Server address: http://127.0.0.1:4000',
      'web-1  |  * Running on http://127.0.0.1:5000',
      'app-1  | [2024-05-01 10:00:00 +0000] [1] [INFO] Listening at: http://127.0.0.1:8000 (1)',
      'web-1  | Starting development server at http://127.0.0.1:8000/',
      'vite-1  |   ➜  Network: use --host to expose',
    ]) {
      expect(detail(log), log).toContain(there);
    }
    // Servers bound to every address print a loopback URL too, beside one that shows it (Flask, Vite with --host).
    expect(detail('web-1  |  * Running on all addresses (0.0.0.0)\nweb-1  |  * Running on http://127.0.0.1:5000\nweb-1  |  * Running on http://172.18.0.2:5000')).not.toContain(there);
    expect(detail('vite-1  |   ➜  Local:   http://localhost:5173/\nvite-1  |   ➜  Network: http://172.18.0.2:5173/')).not.toContain(there);
    // A date before a bar is no Compose service.
    expect(detail('2024-01-01 | listening on 127.0.0.1:8080')).not.toContain(there);
    // Whatever the verdict says of pasta: the application's own address resets first.
    expect(detail(engine('27.3.1') + rk('2.3.1') + '\nmain_1  |     Server address: http://127.0.0.1:4000')).toContain(there);
    // Not without Compose's prefix (the host's own program), nor a client that connects to one.
    expect(detail('Server address: http://127.0.0.1:4000')).not.toContain(there);
    expect(detail('db-1  | connecting to localhost:5432')).not.toContain(there);
  });

  test("Podman's commands at Raspberry Pi OS's prompt, quoted in a numbered list, or alone on a line make the paste Podman's", () => {
    const form = 'podman version\nVersion:      2.0.2\nAPI Version:  1\nGo Version:   go1.14.2';
    for (const text of ['pi@raspberrypi:~ $ podman run -d -p 8080:80 nginx:alpine', '1. `podman run -d -p 8080:80 nginx:alpine`', form]) {
      expect(analyze(text).findings.map((f) => f.id), text).toContain('podman-not-docker');
    }
    // Podman named in prose, even in backticks, is not Podman's output.
    expect(analyze('We tried podman run too, see `docker run -d -p 8080:80 nginx`').signals).not.toContain('podman-info');
    expect(analyze('1. `podman run` works, but\ndocker ps').signals).not.toContain('podman-info');
    expect(analyze('podman works here').signals).not.toContain('podman-info');
    expect(analyze('The pasta is the one I installed for\npodman before\nso maybe it is a passt version thing?').signals).not.toContain('podman-info');
  });

  test('a reset with ports published only on all addresses is said to have another cause', () => {
    const reset = '\ncurl: (56) Recv failure: Connection reset by peer';
    const detail = (text: string) => analyze(text + reset).findings.find((f) => f.id === 'connection-reset-seen')!.detail;
    const elsewhere = 'published on all addresses';
    // docker ps, docker run and a compose file's quoted list item, each with all addresses implied or written out.
    for (const shown of [
      'a1b2c3d4e5f6   nginx   "/docker-entrypoint.…"   Up 2 minutes   0.0.0.0:8080->80/tcp, :::8080->80/tcp   web',
      'f00ba4   nginx   Up 2 minutes   [::]:8080->80/tcp   web',
      'docker run -d -p 8080:80 nginx',
      'docker run -d --publish=0.0.0.0:8080:80/tcp nginx',
      'ports:\n  - "9000:9000"',
    ]) expect(detail(shown), shown).toContain(elsewhere);
    // Compose's long syntax with a loopback host_ip is a loopback publication; a time in a compose list is no port.
    expect(detail('ports:\n  - target: 80\n    published: 8080\n    host_ip: 127.0.0.1\n  - "9000:9000"')).not.toContain(elsewhere);
    expect(detail('command:\n  - "07:30"')).not.toContain(elsewhere);
    // Beside an affected verdict, the port that reset may be one the paste does not show.
    expect(detail(engine('27.3.1') + rk('2.3.1') + '\ndocker run -d -p 8080:80 nginx')).not.toContain(elsewhere);
    // A loopback publication anywhere in the paste keeps the problem's own explanation; so do times, paths and a bare list item.
    expect(detail('docker run -d -p 8080:80 nginx\ndocker run -d -p 127.0.0.1:8081:80 nginx')).not.toContain(elsewhere);
    for (const other of ['--2024-12-24 23:22:29--  http://127.0.0.1:9000/', 'mkdir -p /srv/app', '- 10:30 meeting', 'ssh -p 2222 host']) {
      expect(detail(other), other).not.toContain(elsewhere);
    }
    // A verdict that rules the problem out says so first.
    expect(detail(engine('28.0.1') + rk('2.3.2') + '\ndocker run -d -p 8080:80 nginx')).toContain('The setup shown has the fix');
    expect(detail(engine('27.3.1') + rk('2.3.1', 'slirp4netns', 'builtin') + '\ndocker run -d -p 8080:80 nginx')).toContain('rules this problem out');
  });

  test('inferred facts stay out of the facts unless the verdict needs them', () => {
    const r = analyze(rootlessInfo('27.3.1'));
    expect(r.facts.rootlesskitVersion).toBeNull();
    expect(r.inferred).toEqual([]);
  });

  test("a reassuring verdict's own finding is a note, never a warning that dilutes the good news", () => {
    for (const fixture of allFixtures()) {
      const r = analyze(fixture.text);
      if (r.verdict === 'fixed' || r.verdict === 'not-affected') expect(r.findings[0]!.severity, fixture.name).toBe('info');
    }
  });

  test('pasta older than the change shown alone is not affected, as issue 3 says: it is the only pasta a rootless daemon here can run', () => {
    const alone = analyze('$ pasta --version\npasta 2024_09_06.6b38f07\nCopyright Red Hat');
    expect([alone.verdict, alone.certainty, alone.findings[0]!.id]).toEqual(['not-affected', 'confirmed', 'pasta-predates-change']);
    expect(alone.findings[0]!.detail).toContain('pasta 2024_09_06.6b38f07 is older than 2024_10_30');
    // The link opens as the paste did.
    const link = `#${encodeShare(alone.facts, alone.inferred, alone.signals)}`;
    expect(analyze('', { answers: decodeShare(link), signals: decodeSignals(link) }).verdict).toBe('not-affected');
  });
  test.each([
    ['only a package, what is installed', 'ii  passt  0.0~git20240906.6b38f07-1  amd64  user-mode networking daemons'],
    ['another pasta shown beside it', '$ pasta --version\npasta 2024_09_06.6b38f07\n$ /usr/local/bin/pasta --version\npasta 2025_01_21.4f2c8e7'],
    ['the daemon on another machine', 'export DOCKER_HOST=ssh://me@build\n$ pasta --version\npasta 2024_09_06.6b38f07'],
  ])('an old pasta alone stays incomplete where it may not be the one that runs: %s, in a link too', (_, text) => {
    const r = analyze(text);
    expect(r.verdict).toBe('incomplete');
    const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
    expect(analyze('', { answers: decodeShare(link), signals: decodeSignals(link) }).verdict).toBe('incomplete');
  });
});

describe('incomplete: what to run next, and what each answer would mean', () => {
  test('rootless Docker 27.3.1 without the driver', () => {
    const r = analyze(rootlessInfo('27.3.1'));
    expect(r.ask).toBe('networkDriver');
    expect(r.findings[0]!.id).toBe('need-network-driver');
    // Affected only with a pasta from the change on, which the paste does not show.
    expect(r.findings[0]!.detail).toContain('If it is pasta: Docker 27.3.1 bundles RootlessKit 2.3.1: affected if pasta is 2024_10_30.ee7d0b6 or later.');
    expect(analyze(`${rootlessInfo('27.3.1')}\npasta 2025_02_17.a1e48a0`).findings[0]!.detail).toContain('bundles RootlessKit 2.3.1: affected.');
    expect(r.findings[0]!.detail).toContain('If it is slirp4netns (or any driver but pasta): not affected.');
    expect(r.findings[0]!.fix).toContain('docker version');
  });
  test('pasta without a RootlessKit version', () => {
    const r = analyze('rootlesskit --net=pasta --port-driver=implicit /usr/bin/dockerd-rootless.sh');
    expect([r.verdict, r.ask, r.findings[0]!.id]).toEqual(['incomplete', 'rootlesskitVersion', 'need-rootlesskit-version']);
  });
  test("Podman's output alone asks for Docker's, not for a network driver that Podman's settings cannot tell", () => {
    const r = analyze('host:\n  arch: amd64\n  pasta:\n    executable: /usr/bin/pasta\n    version: |\n      pasta 0^20250217.ga1e48a0-1.fc41.x86_64\nversion:\n  Version: 5.3.1');
    expect([r.verdict, r.ask, r.findings.map((f) => f.id)]).toEqual(['incomplete', null, ['need-docker-output', 'podman-not-docker']]);
    expect(r.findings[0]!.fix).toContain('docker version');
  });
  test('a RootlessKit dev build asks for pasta\'s argv', () => {
    const r = analyze(rk('2.3.1+dev'));
    expect([r.verdict, r.ask, r.findings[0]!.id]).toEqual(['incomplete', 'hostLoToNsLo', 'need-pasta-argv']);
  });
  test('nothing recognisable', () => {
    const r = analyze('');
    expect([r.verdict, r.ask, r.findings.map((f) => f.id)]).toEqual(['incomplete', 'networkDriver', ['nothing-recognised']]);
  });
});

describe('a daemon that does not start', () => {
  const refused = '[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"';
  const stops = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => findingMeta[f.id as MessageId].stops).map((f) => f.id);

  test('is the next step, not a question about a driver that its error already names', () => {
    const r = analyze(`${refused}\nrootlesskit version 2.3.1`);
    expect([r.verdict, r.ask, r.stops, r.findings.map((f) => f.id)]).toEqual(['incomplete', null, 1, ['pasta-port-driver-mismatch']]);
  });

  test('leads the findings after a decided verdict, and the verdict says the daemon does not start like this', () => {
    const r = analyze(`DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nDOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=pesto\nrootlesskit version 3.0.2\n[rootlesskit:parent] error: unknown port driver: pesto`);
    expect([r.verdict, r.stops, r.findings[0]!.id, r.findings[1]!.id]).toEqual(['fixed', 1, 'fixed-rootlesskit', 'pesto-unknown']);
  });

  test('comes before every other error, and each counts', () => {
    const r = analyze(errors29);
    const ids = r.findings.map((f) => f.id);
    expect(ids).not.toContain('need-network-driver');
    expect(r.stops).toBe(3);
    // Its port refused on the namespace's own address decides the verdict (RootlessKit's port manager), whose finding leads.
    expect(ids.slice(1, 4)).toEqual(stops(r));
  });

  test('a set-up RootlessKit refuses stops the daemon without any error shown, and a running one stops nothing', () => {
    expect(analyze('rootlesskit --net=pasta --port-driver=builtin dockerd').stops).toBe(1);
    expect(analyze(`${engine('27.3.1')}${rk('2.3.1')}`).stops).toBe(0);
  });

  test("pasta exiting under RootlessKit stops it, unless the reason is known; under Podman it stops a container, not the daemon", () => {
    const exited = '[rootlesskit:parent] error: failed to setup network &{binary:pasta}: pasta failed with exit code 1:';
    expect(analyze(`${exited}\nCouldn't open network namespace /proc/4250/ns/net: Permission denied`).findings.map((f) => f.id)).toEqual(['pasta-start-failed']);
    expect(analyze(`${exited}\nDual stack forward, but IPv6 not enabled`).findings.map((f) => f.id)).toEqual(['passt-dual-stack-failure']);
    const podman = analyze('Error: unable to start container afd01cb79e98: setting up Pasta: pasta failed with exit code 1:\nNo external routable interface for IPv6');
    expect([podman.stops, podman.findings.map((f) => f.id)]).toEqual([0, ['need-network-driver']]);
  });

  test("RootlessKit's own last words stop it where no other message explains them, and a failed service only where nothing says why", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    // newuidmap said nothing (rootlesskit#259: /etc/subuid a symlink).
    const uidMap = '[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 81751 [0 11737 1 1 4294836224 65536] failed: : exit status 1';
    const failed = "Nov 30 10:12:01 host systemd[1201]: docker.service: Failed with result 'exit-code'.";
    expect(ids(`${uidMap}\n${failed}`)).toEqual(['rootlesskit-failed']);
    expect(ids(`${refused}\n${failed}`)).toEqual(['pasta-port-driver-mismatch']);
    expect(ids(failed)).toEqual(['service-failed']);
    expect(analyze('Process: 76373 ExecStart=/home/alice/.local/bin/dockerd-rootless.sh (code=exited, status=203/EXEC)').findings[0]!.detail).toContain('203/EXEC');
    expect(analyze(failed).findings[0]!.detail).not.toContain('203/EXEC');
  });

  test("a stop that says why leaves out RootlessKit's last words on another line, and the failed service", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    const sysctl = 'sysctl: cannot stat /proc/sys/net/ipv6/conf/all/forwarding: No such file or directory';
    const child = '[rootlesskit:child ] error: command [/usr/bin/dockerd-rootless.sh] exited: exit status 1';
    const failed = "Nov 30 10:12:01 host systemd[1201]: docker.service: Failed with result 'exit-code'.";
    expect(ids(`${sysctl}\n${child}\n${failed}`)).toEqual(['ipv6-disabled-kernel']);
    expect(ids(`${child}\n${failed}`)).toEqual(['rootlesskit-failed']);
    // dockerd's own last words say more than RootlessKit's report that its child exited.
    const dockerd = 'failed to start daemon: Error initializing network controller: error obtaining controller instance';
    expect(ids(`${dockerd}\n${child}\n${failed}`)).toEqual(['daemon-failed']);
    expect(ids('failed to start daemon, ensure docker is not running or delete /run/user/1000/docker.pid')).not.toContain('daemon-failed');
    expect(analyze(sysctl).findings[0]!.fix).toContain('/proc/sys/net/ipv6');
  });

  test("dockerd-rootless.sh's own checks stop it before RootlessKit runs: no RootlessKit, or (before Docker's gvisor-tap-vsock fallback) no network driver", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    const failed = "Nov 30 10:12:01 host systemd[1201]: docker.service: Failed with result 'exit-code'.";
    expect(ids(`dockerd-rootless.sh[2570]: rootlesskit needs to be installed\n${failed}`)).toEqual(['rootlesskit-missing']);
    expect(ids(`dockerd-rootless.sh[2570]: Either slirp4netns (>= v0.4.0) or vpnkit needs to be installed\n${failed}`)).toEqual(['network-driver-missing']);
    // The 2019 wording too; each fix installs what is missing and restarts the daemon.
    expect(analyze('Either slirp4netns (v0.3+) or vpnkit needs to be installed').findings[0]!.fix).toMatch(/install -y slirp4netns[^]*restart docker/);
    expect(analyze('rootlesskit needs to be installed').findings[0]!.fix).toMatch(/install -y docker-ce-rootless-extras[^]*restart docker/);
  });

  test("RootlessKit's host network driver stops the daemon when the script refuses it or RootlessKit refuses its port driver", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    expect(ids('+ echo Unsupported RootlessKit network driver: host\nUnsupported RootlessKit network driver: host\n+ exit 1')).toEqual(['host-network-driver']);
    expect(ids('[rootlesskit:parent] error: port driver requires non-host network')).toEqual(['host-network-driver']);
    // Only a refusal says it stops: the setting may be overridden later in the drop-in, and RootlessKit runs rootless BuildKit, or
    // dockerd with --bridge=none, this way. Such an argv's MTU is the script's default for other drivers: no MTU finding.
    expect(ids('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host"')).not.toContain('host-network-driver');
    const argv = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=host --mtu=1500 --port-driver=builtin --copy-up=/etc /usr/bin/dockerd-rootless.sh';
    expect(ids(argv)).not.toContain('host-network-driver');
    expect(ids(argv)).not.toContain('mtu-1500');
    // The fix sets a driver rootless Docker supports, with its port driver, in the user's drop-in.
    expect(analyze('Unsupported RootlessKit network driver: host').findings[0]!.fix).toMatch(/ROOTLESSKIT_NET=slirp4netns[^]*PORT_DRIVER=builtin[^]*restart docker/);
  });

  test('user namespaces refused to RootlessKit stop the daemon: not allowed, none allowed, and dind-rootless checking first', () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    expect(ids('[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted')).toEqual(['userns-unavailable']);
    expect(ids('[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: no space left on device')).toEqual(['userns-unavailable']);
    expect(ids("error: attempting to run rootless dockerd but need 'user.max_user_namespaces' (/proc/sys/user/max_user_namespaces) set to a sufficiently large value")).toEqual(['userns-unavailable']);
    // The entrypoint's other refusals are not about user namespaces; RootlessKit's other errors stay general.
    expect(ids('error: attempting to run rootless dockerd but need writable HOME (/home/rootless) and XDG_RUNTIME_DIR (/run/user/1000) for user 1000')).not.toContain('userns-unavailable');
    expect(ids('[rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid map: no matching entries in passwd file')).toEqual(['rootlesskit-failed']);
    // The fix reads the three settings that decide.
    expect(analyze('failed to start the child: fork/exec /proc/self/exe: operation not permitted').findings[0]!.fix).toMatch(/unprivileged_userns_clone[^]*apparmor_restrict[^]*max_user_namespaces/);
  });

  test("RootlessKit unable to create tap0 stops the daemon, in the parent's words and the child's, with /dev/net/tun to check", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    const parent = '[rootlesskit:parent] error: failed to setup network &{binary:slirp4netns mtu:65520}: setting up tap tap0: executing [[nsenter -t 31211 -n -m -U --preserve-credentials ip tuntap add name tap0 mode tap] [nsenter -t 31211 -n -m -U --preserve-credentials ip link set tap0 up]]: exit status 1';
    expect(ids(`open: No such device\n${parent}`)).toEqual(['tap-unavailable']);
    expect(ids('[rootlesskit:child ] error: executing [[ip tuntap add name tap0 mode tap] [ip link set tap0 up]]: exit status 1')).toEqual(['tap-unavailable']);
    expect(analyze(parent).findings[0]!.fix).toMatch(/\/dev\/net\/tun[^]*modprobe tun/);
  });

  test("the rootless setup tool's and installer's requirement checks stop before anything is set up", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    expect(ids('[ERROR] Missing system requirements. Run the following commands to\n[ERROR] install the requirements and run this tool again.')).toEqual(['setup-requirements']);
    expect(ids('# Missing system requirements. Please run following commands to\n# install the requirements and run this installer again.')).toEqual(['setup-requirements']);
    expect(ids('logger.error("Missing system requirements: %s", missing)')).not.toContain('setup-requirements');
  });

  test("the rootless setup refuses root, and stops while the system-wide daemon runs: the setup tool's, the installer's and the script's words", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    expect(ids('[ERROR] Refusing to install rootless Docker as the root user')).toEqual(['run-as-root']);
    expect(ids('Refusing to install rootless Docker as the root user')).toEqual(['run-as-root']);
    expect(ids('+ echo This script must be executed as a non-privileged user')).toEqual(['run-as-root']);
    expect(ids('[ERROR] Aborting because rootful Docker (/var/run/docker.sock) is running and accessible. Set --force to ignore.')).toEqual(['rootful-docker-running']);
    expect(ids('Aborting because rootful Docker is running and accessible. Set FORCE_ROOTLESS_INSTALL=1 to ignore.')).toEqual(['rootful-docker-running']);
    // Dealt with: the paste goes on to show the rootless daemon running, so the refusal no longer stops anything.
    const running = '● docker.service - Docker Application Container Engine (Rootless)\n     CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/docker.service';
    expect(ids(`[ERROR] Aborting because rootful Docker (/var/run/docker.sock) is running and accessible. Set --force to ignore.\n${running}`)).not.toContain('rootful-docker-running');
    expect(ids(`${running}\n[ERROR] Refusing to install rootless Docker as the root user`)).toContain('run-as-root');
    // Not by configuration: a DOCKER_HOST on the per-user socket, the settings of a drop-in, the client's error naming that socket.
    const refused = '[ERROR] Missing system requirements. Run the following commands to\n[ERROR] install the requirements and run this tool again.';
    const configured = 'export DOCKER_HOST=unix:///run/user/1000/docker.sock\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?';
    expect(ids(`${refused}\n${configured}`)[0]).toBe('setup-requirements');
    expect(ids(`${refused}\n${configured}\n${running}`)).not.toContain('setup-requirements');
    // The setup tool run again, successfully.
    expect(ids(`${refused}\n$ dockerd-rootless-setuptool.sh install\n[INFO] Installed docker.service successfully.\n${configured}`)).not.toContain('setup-requirements');
    // The fixes: the setup as the user, without sudo; the system-wide daemon disabled as Docker's documentation advises.
    expect(analyze('Refusing to install rootless Docker as the root user').findings[0]!.fix).toMatch(/machinectl shell[^]*setuptool\.sh install/);
    expect(analyze('Aborting because rootful Docker is running and accessible.').findings[0]!.fix).toMatch(/disable --now docker\.service docker\.socket/);
  });

  test('port driver "pasta", a slip RootlessKit refuses whatever the network driver, gets the port driver that network driver needs', () => {
    const slip = '[rootlesskit:parent] error: unknown port driver "pasta": did you mean "pesto"?';
    const net = (driver: string) => analyze(`Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=${driver}" "DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=pasta"\n${slip}`);
    expect(analyze(slip).findings.map((f) => [f.id, f.fix])).toEqual([['port-driver-pasta', undefined]]);
    expect(net('pasta').findings.find((f) => f.id === 'port-driver-pasta')!.fix).toContain('PORT_DRIVER=implicit');
    const slirp = net('slirp4netns').findings.find((f) => f.id === 'port-driver-pasta')!.fix!;
    expect([slirp.includes('PORT_DRIVER=builtin'), slirp.includes('NET=pasta')]).toEqual([true, false]);
  });

  test("a shell without the user's own session is said to be one, by systemctl's words, the setup tool's or the client's", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    expect(ids('Failed to connect to user scope bus via local transport: $DBUS_SESSION_BUS_ADDRESS and $XDG_RUNTIME_DIR not defined')).toContain('no-user-session');
    // systemd releases whose code drops that hint (bus-util.c compares the error with a boolean) print only the error.
    expect(ids('Failed to connect to bus: No medium found')).toContain('no-user-session');
    // Also where sudo switched to the user (Docker's rootless troubleshooting), but as well for the system bus, in a container.
    expect(ids('Failed to connect to bus: No such file or directory')).not.toContain('no-user-session');
    expect(ids('[ERROR] Aborting because systemd was detected but XDG_RUNTIME_DIR ("") is not set, does not exist, or is not writable')).toContain('no-user-session');
    expect(ids('echo $XDG_RUNTIME_DIR')).not.toContain('no-user-session');
    // dockerd-rootless.sh's own check, before it runs RootlessKit.
    expect(ids('XDG_RUNTIME_DIR needs to be set and writable')).toContain('no-user-session');
    // DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock set while the variable was empty: both clients' wordings.
    expect(ids('Cannot connect to the Docker daemon at unix:///docker.sock. Is the docker daemon running?')).toEqual(['need-network-driver', 'no-user-session', 'daemon-not-running']);
    expect(ids('failed to connect to the docker API at unix:///docker.sock; check if the path is correct and if the daemon is running')).toContain('no-user-session');
    expect(ids('Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?')).not.toContain('no-user-session');
    expect(ids('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?')).not.toContain('no-user-session');
    // Prose about the socket, and a socket mounted there on purpose, are not the client's error.
    expect(ids('the CLI then tries to connect to the daemon at unix:///docker.sock instead')).not.toContain('no-user-session');
    expect(ids('docker run -v /run/user/1000/docker.sock:/docker.sock -e DOCKER_HOST=unix:///docker.sock docker:cli docker ps')).not.toContain('no-user-session');
  });

  test('newuidmap and newgidmap refusing the ID map stop the daemon, with the cause their words give and the checks for it', () => {
    const idMap = (text: string) => {
      const r = analyze(text);
      const found = r.findings.find((f) => f.id === 'id-map-failed');
      return [r.findings.filter((f) => f.id === 'rootlesskit-failed').length, found?.title, found?.fix];
    };
    const map = (words: string) => `[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 57 [0 1000 1 1 100000 65536] failed: newuidmap: ${words}`;
    const refused = en.findings['id-map-failed']({ cause: 'privilege', buildkit: false }, SERVICE);
    expect(idMap(map('write to uid_map failed: Operation not permitted'))).toEqual([0, refused.title, ID_HELPERS]);
    expect(idMap(map('Could not set caps'))).toEqual([0, refused.title, ID_HELPERS]);
    expect(idMap(map('write to uid_map failed: Invalid argument').replace('[0 1000 1 1 100000 65536]', '[0 1001 1 1 1001 1 2 165536 65536]'))).toEqual([
      0,
      en.findings['id-map-failed']({ cause: 'overlap', buildkit: false }, SERVICE).title,
      ID_MAPS,
    ]);
    // newgidmap's words, and RootlessKit's when the user has no ranges (since 0.9.5 by ID and name, before by name only).
    expect(idMap(map('write to gid_map failed: Operation not permitted').replaceAll('newuidmap', 'newgidmap'))[1]).toBe(refused.title);
    const missing = en.findings['id-map-failed']({ cause: 'missing', buildkit: false }, SERVICE).title;
    expect(idMap('error: failed to setup UID/GID map: failed to compute uid/gid map: No subuid ranges found for user 1003 ("xxx")')).toEqual([0, missing, ID_MAPS]);
    expect(idMap('[rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: No subgid ranges found for group "demmeln"')[1]).toBe(missing);
    expect(idMap('[rootlesskit:parent] error: failed to setup UID/GID map: failed to compute uid/gid map: open /etc/subgid: no such file or directory')[1]).toBe(missing);
    // The same words from other tools, about their own maps: Podman's, containers/storage's, and rootful dockerd's userns-remap.
    for (const other of [
      'level=error msg="running `/usr/bin/newuidmap 12196 0 1001 1 1 589824 65536`: newuidmap: write to uid_map failed: Operation not permitted\\n"',
      'Error: cannot find UID/GID for user alice: no subuid ranges found for user "alice" in /etc/subuid',
      'Error starting daemon: Can\'t create ID mappings: No subuid ranges found for user "dockremap"',
    ]) {
      expect(idMap(other)[1], other).toBeUndefined();
    }
    // Broken after its colons as a pull request quotes it (lima#3435: the user's own UID inside its subordinate range), it reads as one.
    const wrapped = '[rootlesskit:parent] error: failed to setup UID/GID map:\nnewuidmap 3326 [0 222586300 1 1 524288 1073741824] failed:\nnewuidmap: write to uid_map failed: Invalid argument:\nexit status 1';
    expect(idMap(wrapped)[1]).toBe(en.findings['id-map-failed']({ cause: 'overlap', buildkit: false }, SERVICE).title);
  });

  test("in docker:dind-rootless, the unreachable daemon's fix points the client at the image's rootless socket", () => {
    const fix = (text: string) => analyze(text).findings.find((f) => f.id === 'daemon-not-running')?.fix;
    const refused = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
    const inside = analyze(allFixtures().find((f) => f.name.startsWith('wild/dockerlibrary481-'))!.text);
    expect(inside.findings.find((f) => f.id === 'daemon-not-running')?.fix).toBe(DIND_ROOTLESS);
    // Which driver its daemon uses is asked there too, with what the image's entrypoint chooses.
    const step = inside.findings.find((f) => f.id === 'need-network-driver')!;
    expect(step.fix).toContain(DIND_VERSION);
    expect(step.detail).toContain('unless DOCKERD_ROOTLESS_ROOTLESSKIT_NET says otherwise');
    expect(analyze('docker version').findings[0]!.fix).not.toContain(DIND_VERSION);
    expect(fix(`docker run -d --privileged --name d docker.io/library/docker:29.1.2-dind-rootless\n$ docker exec d docker ps\n${refused}`)).toBe(DIND_ROOTLESS);
    expect(fix(`services:\n  dind:\n    image: docker:24.0.6-dind-rootless\n$ docker compose exec dind docker info\n${refused}`)).toBe(DIND_ROOTLESS);
    expect(fix(`containers:\n  - image: docker:dind-rootless\n$ kubectl exec -it dind-0 -- docker ps\n${refused}`)).toBe(DIND_ROOTLESS);
    // Without a command run in a container, the client is the host's: pulling, building or starting the image there, or a compose file.
    expect(fix(`$ docker pull docker:dind-rootless\n${refused}`)).toBe(START_DAEMON);
    expect(fix(`FROM docker:dind-rootless\n$ docker build -t x .\nERROR: ${refused}`)).toBe(START_DAEMON);
    // On a host, or with only a container named after the image, the daemon is the user's own.
    expect(fix(refused)).toBe(START_DAEMON);
    expect(fix(`docker exec -it my-dind-rootless docker ps\n${refused}`)).toBe(START_DAEMON);
    // The host's own docker run of the image fails ("docker: "), a client on the host looks for its rootless socket, a CI job talks to
    // the image as a service over TCP: none of these is a client inside the image.
    expect(fix(`docker run -d --privileged docker:27-dind-rootless\ndocker: ${refused}`)).toBe(START_DAEMON);
    expect(fix('docker run -d --privileged docker:dind-rootless\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?')).toBe(START_DAEMON);
    expect(fix('services:\n  - docker:24.0.5-dind-rootless\nCannot connect to the Docker daemon at tcp://docker:2376. Is the docker daemon running?')).toBe(CI_SERVICE);
    // A job whose service is that image, its client asking a socket of its own: it is to ask the service (review R161 MED-3).
    expect(fix(`services:\n  - name: docker:dind-rootless\n    alias: docker\nscript:\n  - docker build -t app .\nERROR: ${refused}`)).toBe(CI_SERVICE);
  });

  test('a client pointed at a daemon over the network is not told to start one here', () => {
    const found = (text: string) => analyze(text).findings.find((f) => f.id === 'daemon-not-running')!;
    const at = (address: string) => found(`Cannot connect to the Docker daemon at ${address}. Is the docker daemon running?`);
    const fixture = (prefix: string) => found(allFixtures().find((f) => f.name.startsWith(`wild/${prefix}`))!.text);
    // A CI job's docker:dind service, refused (TLS on 2376, the client on 2375) or not found by its name, or a service's own name.
    for (const ci of [fixture('gitlabrunner1495-'), fixture('jenkins-dind-sidecar-')]) expect([ci.fix, ci.detail]).toEqual([CI_SERVICE, expect.stringMatching(/^The client looked for the daemon at (?:tcp|https):\/\/docker:237[56], a container it reaches by name/)]);
    expect([fixture('dindoptions3-').fix, fixture('dindoptions3-').detail]).toEqual([CI_SERVICE, expect.stringContaining('at http://lordgaav__dind-options:2375,')]);
    for (const address of ['tcp://docker:2375/', 'tcp://DOCKER:2376', 'tcp://docker.:2375']) expect(at(address).fix, address).toBe(CI_SERVICE);
    expect(at('tcp://docker.:2375').detail).toContain('at tcp://docker.:2375,');
    // Another host, by address or by a name with a domain that did not resolve.
    expect(fixture('devpod1007-').fix).toBe(REMOTE_DAEMON);
    expect(fixture('devpod1007-').detail).toContain('at tcp://10.1.1.116:855, over the network');
    expect(found('docker: error during connect: Post "https://me@build.example.org:2376/v1.24/auth": dial tcp: lookup build.example.org: no such host').detail).toContain('at https://me@build.example.org:2376,');
    for (const address of ['tcp://[fe80::1%eth0]:2376', 'tcp://user:p@ss@builder:2376', 'tcp://docker-host:2376']) expect(at(address).fix, address).toBe(REMOTE_DAEMON);
    // Through SSH: the address, or the client's stand-in for the host, which nobody set (docker/cli#7229).
    for (const address of ['ssh://me@docker', 'http://docker.example.com']) expect(at(address).fix, address).toBe(SSH_DAEMON);
    expect(at('http://docker.example.com').detail).toContain('(http://docker.example.com stands in for the SSH host)');
    // Loopback: this machine's daemon on TCP (dockerd-rootless.sh -H tcp://127.0.0.1:2376), or a sidecar in a pod.
    for (const address of ['tcp://127.0.0.1:2376', 'tcp://localhost:2375', 'tcp://[::1]:2376', 'tcp://0.0.0.0:2375', 'tcp://[::ffff:127.0.0.1]:2375']) {
      expect([at(address).fix, at(address).detail], address).toEqual([START_DAEMON, expect.stringContaining('on the loopback')]);
    }
    // The Python docker-compose words it its own way, with its client's base URL: http+docker://localhost for a socket, http:// for TCP.
    expect(found("ERROR: Couldn't connect to Docker daemon at http://docker:2375 - is it running?").fix).toBe(CI_SERVICE);
    expect(found("ERROR: Couldn't connect to Docker daemon at http+docker://localhost - is it running?").fix).toBe(START_DAEMON);
    // A rootless socket in root's runtime directory: rootless Docker refuses root, so root asks the system-wide daemon.
    expect(at('unix:///run/user/0/docker.sock').fix).toBe(UNSET_HOST);
    expect(at('unix:///run/user/0/docker.sock').detail).toContain("root's runtime directory");
    // Podman's API socket, a user's or root's: Podman's socket is started, not rootless Docker.
    expect(at('unix:///run/user/1000/podman/podman.sock').fix).toBe(startPodmanSocket(false));
    expect(found('failed to connect to the docker API at unix:///run/podman/podman.sock; check if the path is correct and if the daemon is running').fix).toBe(startPodmanSocket(true));
    expect(startPodmanSocket(false)).toContain('systemctl --user enable --now podman.socket');
    // This machine's socket, and an old client's words without an address.
    expect([at('unix:///run/user/1000/docker.sock').fix, at('unix:///run/user/1000/docker.sock').detail]).toEqual([START_DAEMON, expect.stringMatching(/^The client could not connect/)]);
    expect(found('Cannot connect to the Docker daemon. Is the docker daemon running on this host?').fix).toBe(START_DAEMON);
    // A request that failed for another reason than a name that does not resolve is no known error.
    expect(analyze('error during connect: Get "https://127.0.0.1:2376/v1.24/containers/json": EOF').signals).toEqual([]);
  });

  test('a client of Docker Desktop, or of Docker on Windows, is told to start it and that it is not rootless Docker', () => {
    const found = (text: string) => analyze(text).findings.map((f) => [f.id, f.fix]);
    const start = (os: 'windows' | 'mac' | 'linux') => [['docker-desktop', undefined], ['daemon-not-running', startDesktop(os)]];
    // Docker's pipe on Windows as each client words it: the old elevated-client hint, the newer one, Docker 28's, and Desktop's own.
    for (const line of [
      'error during connect: Get http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.40/containers/json: open //./pipe/docker_engine: The system cannot find the file specified. In the default daemon configuration on Windows, the docker client must be run elevated to connect. This error may also indicate that the docker daemon is not running.',
      'docker: error during connect: This error may indicate that the docker daemon is not running.: Post http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/containers/create: open //./pipe/docker_engine: The system cannot find the file specified.',
      'failed to connect to the docker API at npipe:////./pipe/dockerDesktopLinuxEngine; check if the path is correct and if the daemon is running: open //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.',
      'docker: Error response from daemon: open \\\\.\\pipe\\docker_engine_linux: The system cannot find the file specified.',
      'Cannot connect to the Docker daemon at npipe:////./pipe/docker_engine. Is the docker daemon running?',
    ]) expect(found(line), line).toEqual(start('windows'));
    const pipe = analyze('open //./pipe/docker_engine: The system cannot find the file specified.').findings[1]!.detail;
    expect(pipe).toContain('at //./pipe/docker_engine, Docker\'s pipe on Windows');
    // The Docker Desktop CLI is named with the release that brought it.
    expect(pipe).toContain(`docker desktop start from Docker Desktop ${dockerDesktop.cli.version} on`);
    // Docker Desktop's sockets: a Mac's home, and Docker Desktop for Linux's own directory.
    expect(found('Cannot connect to the Docker daemon at unix:///Users/me/.docker/run/docker.sock. Is the docker daemon running?')).toEqual(start('mac'));
    expect(found('Cannot connect to the Docker daemon at unix:///home/me/.docker/desktop/docker.sock. Is the docker daemon running?')).toEqual(start('linux'));
    expect(startDesktop('linux')).toContain('systemctl --user start docker-desktop');
    // Docker Desktop's context as the current one, in docker context ls; not when another context is current.
    const contexts = (current: string) =>
      `NAME${' '.repeat(14)}DOCKER ENDPOINT\ndefault${current === 'default' ? ' *' : '  '}${' '.repeat(9)}unix:///var/run/docker.sock\ndesktop-linux${current === 'desktop' ? ' *' : '  '}   unix:///home/me/.docker/desktop/docker.sock`;
    expect(analyze(contexts('desktop')).findings.map((f) => f.id)).toContain('docker-desktop');
    expect(analyze(contexts('default')).findings.map((f) => f.id)).not.toContain('docker-desktop');
    // A current context missing from this user's configuration: made again as the setup tool makes it.
    expect(found('unable to resolve docker endpoint: context "rootless" does not exist')).toContainEqual(['daemon-not-running', CREATE_CONTEXT]);
    expect(found('Current context "rootless" is not found on the file system, please check your config file at /home/me/.docker/config.json')).toContainEqual(['daemon-not-running', CREATE_CONTEXT]);
    // On Linux ~/.docker/run is where Docker's tips put a rootless daemon's runtime directory without systemd: that one is started here, by hand.
    expect(found('Cannot connect to the Docker daemon at unix:///home/me/.docker/run/docker.sock. Is the docker daemon running?')).toContainEqual(['daemon-not-running', NO_SYSTEMD]);
    expect(found('Cannot connect to the Docker daemon at unix:///var/lib/jenkins/.docker/run/docker.sock. Is the docker daemon running?')).toContainEqual(['daemon-not-running', NO_SYSTEMD]);
    // A pipe whose access was denied is a permission, not a daemon to start.
    expect(analyze('error during connect: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: Access is denied.').signals).toEqual([]);
    // A daemon shown besides (Docker Desktop's docker version says whose it is): the usual verdict, and the error's own finding.
    const desktop = '{"Platform":{"Name":"Docker Desktop 4.37.1 (178610)"},"Components":[{"Name":"Engine","Version":"27.4.0"},{"Name":"containerd","Version":"1.7.21"},{"Name":"docker-init","Version":"0.19.0"}]}';
    const shown = analyze(`{"Server":${desktop}}\nopen //./pipe/dockerDesktopLinuxEngine: The system cannot find the file specified.`);
    expect([shown.verdict, shown.findings.map((f) => f.id)]).toEqual(['not-rootless', ['rootful-daemon', 'daemon-not-running']]);
    // Beside a rootful daemon, a local socket's error is not answered with a rootless daemon to start.
    const beside = analyze(`{"Server":${desktop}}\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?`);
    expect(beside.findings.find((f) => f.id === 'daemon-not-running')!.fix).toBe(CLIENT_TARGET);
    // Unless the client asked a rootless daemon's socket, or the daemon was only inferred to be rootful (Docker 20.10 to 22.x).
    const rootlessAsked = analyze(`{"Server":${desktop}}\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?`);
    expect(rootlessAsked.findings.find((f) => f.id === 'daemon-not-running')!.fix).toBe(START_DAEMON);
    // The Python SDK's names: a pipe, and SSH.
    expect(found("ERROR: Couldn't connect to Docker daemon at http+docker://localnpipe - is it running?")).toEqual(start('windows'));
    expect(found("ERROR: Couldn't connect to Docker daemon at http+docker://ssh - is it running?")).toContainEqual(['daemon-not-running', SSH_DAEMON]);
    // A pipe that is there but refused the client, in either spelling, is no daemon to start.
    for (const line of ['open \\\\.\\pipe\\docker_engine: Access is denied.', 'error during connect: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine: All pipe instances are busy.']) {
      expect(analyze(line).signals, line).toEqual([]);
    }
    // A Podman machine's own pipe, and another tool's socket in a Mac's home: their tools start them.
    expect(found('Cannot connect to the Docker daemon at npipe:////./pipe/podman-machine-default. Is the docker daemon running?')).toEqual([['docker-desktop', undefined], ['daemon-not-running', START_PODMAN_MACHINE]]);
    expect(found('Cannot connect to the Docker daemon at unix:///Users/me/.colima/default/docker.sock. Is the docker daemon running?')).toEqual([['docker-desktop', undefined], ['daemon-not-running', CLIENT_TARGET]]);
    expect(analyze('Cannot connect to the Docker daemon at unix:///Users/me/.orbstack/run/docker.sock.').findings[0]!.title).toBe('Docker on a Mac is not rootless Docker');
    // Docker Desktop for Linux under another home (Fedora Silverblue's /var/home).
    expect(found('Cannot connect to the Docker daemon at unix:///var/home/me/.docker/desktop/docker.sock. Is the docker daemon running?')).toEqual(start('linux'));
  });

  test('the paths of a client error are read in time linear in a long line', () => {
    // Lines as long as the engine keeps them, each a path of many short segments that never reaches a socket it knows.
    const line = `Cannot connect to the Docker daemon at unix://${'/a'.repeat(30_000)}/docker.sock. Is the docker daemon running?`;
    const long = Array.from({ length: 12 }, () => line).join('\n');
    const started = performance.now();
    analyze(long);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test("a socket the client may not use is said to be the system-wide daemon's or another user's", () => {
    const denied = (text: string) => analyze(text).findings.find((f) => f.id === 'socket-permission-denied')!;
    const system = denied('Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version": dial unix /var/run/docker.sock: connect: permission denied');
    expect([system.detail, system.fix]).toEqual([expect.stringContaining('system-wide daemon'), OWN_SOCKET]);
    // Docker 28's words, and another user's runtime directory.
    const user = denied('permission denied while trying to connect to the docker API at unix:///run/user/1002/docker.sock');
    expect(user.detail).toContain("user 1002's runtime directory");
    expect(denied('permission denied while trying to connect to the Docker daemon socket at unix:///srv/docker.sock: …').detail).toMatch(/^The client may not use that socket/);
    // Root's runtime directory, Podman's socket and Docker's pipe on Windows each say whose it is; the pipe gets no Linux fix.
    expect(denied('permission denied while trying to connect to the docker API at unix:///run/user/0/docker.sock').detail).toContain("root's runtime directory");
    expect(denied('permission denied while trying to connect to the docker API at unix:///run/podman/podman.sock').detail).toContain("Podman's API socket");
    const pipe = analyze('permission denied while trying to connect to the docker API at npipe:////./pipe/docker_engine');
    expect(pipe.findings.map((f) => [f.id, f.fix])).toEqual([['docker-desktop', undefined], ['socket-permission-denied', undefined]]);
    // The same words as a daemon that is not running are no permission problem.
    expect(analyze('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?').findings.map((f) => f.id)).not.toContain('socket-permission-denied');
  });

  test('without systemd as PID 1, the daemon is started by hand, and no login session is asked for', () => {
    const notBooted = "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down";
    const found = (text: string) => analyze(text).findings.map((f) => [f.id, f.fix]);
    expect(found(`$ sudo systemctl start docker\n${notBooted}`)).toEqual([['no-systemd', NO_SYSTEMD]]);
    // systemctl --user in the same shell has no runtime directory either; logging in cannot give it one without systemd.
    const both = `${notBooted}\n$ systemctl --user start docker\nFailed to connect to bus: No medium found`;
    expect(found(both).map(([id]) => id)).toEqual(['no-systemd']);
    expect(found('$ systemctl --user start docker\nFailed to connect to bus: No medium found').map(([id]) => id)).toContain('no-user-session');
    // Each of systemctl's lines is enough by itself (the second is translated where the first is not; loginctl says the third).
    for (const line of notBooted.split('\n').concat('Failed to create bus connection: Host is down')) expect(found(line).map(([id]) => id), line).toEqual(['no-systemd']);
    // In a container a docker exec opened, it is the container's; the host's own session problem stays.
    expect(found(`$ systemctl --user start docker\nFailed to connect to bus: No medium found\n$ docker exec -it web bash\n${notBooted}`).map(([id]) => id)).toEqual(['need-network-driver', 'no-user-session']);
    // The daemon started by hand: its own failure is what counts, and a daemon shown running afterwards settles it.
    expect(found(`${notBooted}\n$ dockerd-rootless.sh\n[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 309 [0 1000 1 1 100000 65536] failed: : exec: "newuidmap": executable file not found in $PATH`).map(([id]) => id)).toEqual(['rootlesskit-failed']);
    expect(found(`${notBooted}\n$ docker info\nServer:\n Security Options:\n  seccomp\n  rootless`).map(([id]) => id)).not.toContain('no-systemd');
    // A start that failed and one shown running afterwards (another driver, a fixed sysctl): the failure is past. Not the other way round,
    // nor where only the failing attempt's own lines (a journal's) say rootless.
    const tap = '[rootlesskit:parent] error: failed to setup network &{logWriter:0xc000} : setting up tap tap0: executing [[ip tuntap add name tap0 mode tap] [ip link set tap0 address 02:50:00:00:00:01]]: exit status 1';
    const info = '$ docker info\nServer:\n Server Version: 29.8.1\n Security Options:\n  seccomp\n  rootless\n Kernel Version: 6.8.0';
    expect(found(`${tap}\n${info}`).map(([id]) => id)).not.toContain('tap-unavailable');
    expect(found(`${info}\n${tap}`).map(([id]) => id)).toContain('tap-unavailable');
    expect(found(`dockerd-rootless.sh[812]: ${tap}\ndockerd-rootless.sh[812]: + exit 1`).map(([id]) => id)).toContain('tap-unavailable');
    // A unit systemd restarts over and over: each attempt traces the RootlessKit it runs, and fails. The last failure counts, however
    // many came before (the evidence keeps only the first few), and a trace is no daemon running.
    const attempt = (pid: number) =>
      `dockerd-rootless.sh[${pid}]: + exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --port-driver=builtin /home/dev/bin/dockerd-rootless.sh\ndockerd-rootless.sh[${pid}]: [rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted`;
    const loop = (n: number) => Array.from({ length: n }, (_, i) => attempt(2215 + i)).join('\n');
    for (const n of [1, 4, 6]) expect(found(loop(n)).map(([id]) => id), `${n} attempts`).toContain('userns-unavailable');
    expect(found(`${loop(4)}\n${info}`).map(([id]) => id)).not.toContain('userns-unavailable');
    expect(found(`${loop(4)}\n${info}\n${attempt(2300)}`).map(([id]) => id)).toContain('userns-unavailable');
    // The setup tool's own words come on systemd hosts too (after sudo su): no sign by themselves.
    expect(found('[INFO] systemd not detected, dockerd-rootless.sh needs to be started manually:').map(([id]) => id)).not.toContain('no-systemd');
  });

  test('every finding that stops the daemon is an error', () => {
    const ids = Object.entries(findingMeta).filter(([, m]) => m.stops);
    expect(ids.length).toBeGreaterThan(5);
    for (const [, m] of ids) expect(m.severity).toBe('error');
  });
});

describe('answers', () => {
  test('a quick answer fills what the paste does not show, and counts as confirmed by the user', () => {
    const r = analyze(rootlessInfo('28.1.1'), { answers: { networkDriver: 'pasta' } });
    expect([r.verdict, r.answered]).toEqual(['fixed', ['networkDriver']]);
    expect(r.certainty).toBe('inferred'); // RootlessKit still comes from the Docker table
    expect(r.evidence.networkDriver).toBeUndefined();
  });
  test('what the paste shows wins over an answer', () => {
    const r = analyze(engine('27.3.1') + rk('2.3.1', 'slirp4netns', 'builtin'), { answers: { networkDriver: 'pasta' } });
    expect([r.verdict, r.facts.networkDriver, r.answered]).toEqual(['not-affected', 'slirp4netns', []]);
  });
  test('answers alone give a result', () => {
    const r = analyze('', { answers: { networkDriver: 'pasta', rootlesskitVersion: '2.3.1', pastaDate: '2025-01-21' } });
    expect([r.verdict, r.certainty]).toEqual(['affected', 'inferred']); // port driver assumed implicit
    const all = analyze('', { answers: { networkDriver: 'pasta', portDriver: 'implicit', rootlesskitVersion: '2.3.1', pastaDate: '2025-01-21' } });
    expect([all.verdict, all.certainty]).toEqual(['affected', 'confirmed']);
  });
  test('invalid answers are ignored', () => {
    const junk = { networkDriver: 'bogus', rootlesskitVersion: 42, rootless: 'yes', pastaDate: '2025-99-99' } as never;
    expect(analyze('', { answers: junk }).answered).toEqual([]);
    expect(analyze('', { answers: null as never }).verdict).toBe('incomplete');
  });
});

describe('certainty, as the checker shows it', () => {
  const results = [...allFixtures(), { name: 'nothing', text: '' }].map((fixture) => ({ name: fixture.name, result: analyze(fixture.text) }));

  test('an inferred verdict names, in both catalogues, what was not seen: a table lookup, a default or an assumed pasta', () => {
    const line = (text: string, messages: Messages) => messages.certainty.inferred(analyze(text));
    const table = `${rootlessInfo('27.3.1')}\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\npasta 2025_01_21.4f2c8e7`;
    expect(line(table, en)).toBe('Inferred, not seen: RootlessKit 2.3.1, the one Docker 27.3.1 bundles (see the findings)');
    expect(line(table, zhCn)).toBe('以下为推断，并非直接看到：RootlessKit 2.3.1，即 Docker 27.3.1 捆绑的版本（见下方诊断详情）');
    expect(line(engine('27.3.1') + rk('2.3.1'), en)).toBe('Inferred, not seen: port driver implicit; pasta is 2024_10_30.ee7d0b6 or later (see the findings)');
    const docker2010 = '{"Server":{"Components":[{"Name":"Engine","Version":"20.10.12"},{"Name":"containerd","Version":"1.4.12"},{"Name":"docker-init","Version":"0.19.0"}]}}';
    expect(line(docker2010, en)).toBe('Inferred, not seen: the daemon runs as root (see the findings)');
    // Two running pasta argvs, the later with the flag, no time between them: an answer's example reads the same (review R135 20).
    const argv = (flag: string) => `pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto${flag} 2377`;
    const twoArgvs = `$ rootlesskit --version\nrootlesskit version 2.3.1\n$ ps -o args= -C pasta\n${argv('')}\n\nReply: pasta then has it:\n\n${argv(' --host-lo-to-ns-lo')}\n`;
    expect([analyze(twoArgvs).verdict, analyze(twoArgvs).certainty]).toEqual(['fixed', 'inferred']);
    expect(line(twoArgvs, en)).toBe('Inferred, not seen: pasta runs with --host-lo-to-ns-lo, as the later of its two argvs shown says (see the findings)');
    expect(line(twoArgvs, zhCn)).toBe('以下为推断，并非直接看到：pasta 运行时带 --host-lo-to-ns-lo，以所示两条 pasta 参数中靠后的那条为准（见下方诊断详情）');
    for (const { name, result } of results.filter((r) => r.result.verdict !== 'incomplete' && r.result.certainty === 'inferred')) {
      expect(result.unseen.length, name).toBeGreaterThan(0);
      for (const messages of [en, zhCn]) expect(messages.certainty.inferred(result), name).not.toMatch(/undefined|null|table or a default|对照表或默认值/);
    }
  });

  test('a decided verdict always has findings, so "(see the findings)" always has something to point at', () => {
    // The widget and the CLI show certainty for decided verdicts only; the main finding explains each of them.
    for (const { name, result } of results.filter((r) => r.result.verdict !== 'incomplete')) expect(result.findings.length, name).toBeGreaterThan(0);
  });
});
