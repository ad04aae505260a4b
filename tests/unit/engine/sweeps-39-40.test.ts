// What sweeps 39 and 40 of public pastes and an audit of the site's pages found the engine misreading or misadvising.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

describe('a daemon that logs it runs in a user namespace', () => {
  const log = (socket: string) =>
    [
      'WARN[2022-10-20T07:45:41.610538019Z] Not using native diff for overlay2, this may cause degraded performance for building images: running in a user namespace  storage-driver=overlay2',
      'INFO[2022-10-20T07:45:41.610904605Z] Docker daemon                                 commit=03df974 graphdriver(s)=overlay2 version=20.10.20',
      `INFO[2022-10-20T07:45:41.772365402Z] API listen on ${socket}`,
    ].join('\n');
  test('on the system socket is docker:dind inside a rootless engine (moby#44335): neither rootful nor the host daemon\'s version', () => {
    const result = analyze(`$ docker run --name abc --rm -it --privileged docker:dind\n${log('/var/run/docker.sock')}`);
    expect(result.verdict).toBe('incomplete');
    expect(result.facts).toMatchObject({ rootless: null, dockerServerVersion: null });
  });
  test('also run with docker container run, at any tag but dind-rootless, or as a Compose service whose name leads its log (review 36)', () => {
    const facts = (text: string) => analyze(text).facts;
    expect(facts(`$ docker container run --privileged docker:27.3.1-dind-alpine3.20\n${log('/var/run/docker.sock')}`)).toMatchObject({ rootless: null, dockerServerVersion: null });
    const compose = log('/var/run/docker.sock').replace(/^/gm, 'dind-1  | ');
    expect(facts(compose)).toMatchObject({ rootless: null, dockerServerVersion: null });
  });
  test("on a user's socket is the rootless daemon itself: its version counts", () => {
    expect(analyze(log('/run/user/1000/docker.sock')).facts).toMatchObject({ rootless: true, dockerServerVersion: '20.10.20' });
  });
  test('without docker:dind run before it, the same log is rootful Docker in an unprivileged LXC container (review 35)', () => {
    expect(analyze(log('/var/run/docker.sock')).facts).toMatchObject({ rootless: false, dockerServerVersion: '20.10.20' });
  });
  test("a rootless daemon's own log beside the system daemon's socket keeps its version (review 35)", () => {
    const rootless = log('/run/user/1000/docker.sock').replace(/^/gm, 'Mar 01 10:00:00 host dockerd-rootless.sh[1069]: ');
    expect(analyze(`${rootless}\nMar 01 09:00:00 host dockerd[812]: API listen on /run/docker.sock`).facts.dockerServerVersion).toBe('20.10.20');
  });
});

test("a tool that tried several sockets lists each: only the first says where the client was pointed (Pulse's agent)", () => {
  const line =
    'pulse-agent[3771]: {"level":"warn","error":"failed to connect to container runtime: environment defaults: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?; podman rootless socket: Cannot connect to the Docker daemon at unix:///run/user/0/podman/podman.sock. Is the docker daemon running?"}';
  const ids = analyze(line).findings.map((f) => f.id);
  expect(ids).toContain('daemon-not-running');
  expect(ids).not.toContain('podman-not-docker');
  // The same socket first is Podman's.
  expect(analyze('Cannot connect to the Docker daemon at unix:///run/user/1000/podman/podman.sock. Is the docker daemon running?').findings.map((f) => f.id)).toContain(
    'podman-not-docker',
  );
});

test("a usage line (release notes: 'Usage: rootlesskit --net=pasta --port-driver=implicit') is no running process", () => {
  expect(analyze('Usage: rootlesskit --net=pasta --port-driver=implicit').facts).toMatchObject({ networkDriver: null, portDriver: null });
});

describe('"failed to bind host port … address already in use" (moby#51591)', () => {
  const error = 'docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint x: failed to bind host port 10.0.2.100:3000/tcp: address already in use';
  const finding = (text: string) => analyze(text).findings.find((f) => f.id === 'bind-address-in-use')!;
  const server = (version: string) => `${error}\n Server: Docker Engine - Community\n  Engine:\n   Version:          ${version}`;
  test("is the slirp4netns port driver's regression, fixed by an upgrade, on a Docker of that regression", () => {
    const f = finding(server('29.0.4'));
    expect(f.title).toContain('regression with the slirp4netns port driver');
    expect(f.detail).toContain('whichever port is picked');
    expect(f.fix).toContain('docker version');
  });
  test('before the regression, after its fix, or with another port driver, something in the namespace holds the port', () => {
    for (const text of [server('29.2.1'), server('28.5.2'), `${server('29.0.4')}\n  rootlesskit:\n   Version: 2.3.5\n   NetworkDriver: slirp4netns\n   PortDriver: builtin`]) {
      const f = finding(text);
      expect(f.title).not.toContain('regression');
      expect(f.detail).toContain('another container');
      expect(f.fix).toBe("docker ps --format '{{.Names}} {{.Ports}}'");
    }
  });
  test('without the daemon\'s version, both causes are named, and docker version tells them apart', () => {
    const f = finding(error);
    expect(f.title).not.toContain('regression');
    expect(f.detail).toContain('whichever port is picked');
    expect(f.detail).toContain('another container');
    expect(f.fix).toMatch(/^docker version\n/);
  });
});

describe("the slirp4netns RootlessKit runs (sweep 34: a status cut before RootlessKit's own line, a process collector's record)", () => {
  const argv = 'slirp4netns --mtu 65520 -r 3 --disable-host-loopback --enable-sandbox --enable-seccomp 1245 tap0';
  test('is the network driver where nothing else says which', () => {
    expect(analyze(`             ├─1290 ${argv}`).facts.networkDriver).toBe('slirp4netns');
    expect(analyze(argv.replace('--disable-host-loopback', '--cidr 10.0.2.0/24 --api-socket /run/user/1000/s.sock')).facts.networkDriver).toBe('slirp4netns');
  });
  test("beside Docker's own drivers it says nothing: it may be rootless containerd's or BuildKit's (review 36)", () => {
    const docker = ' rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  StateDir:         /run/user/1000/dockerd-rootless';
    const pasta = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 1234';
    const nerdctl = 'rootlesskit --state-dir=/run/user/1000/containerd-rootless --net=slirp4netns --mtu=65520 --slirp4netns-sandbox=auto --port-driver=builtin containerd-rootless.sh';
    const dockers = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh';
    for (const ps of [`$ ps -o args= -C pasta,slirp4netns\n${pasta}\n${argv}`, `$ ps -eo args | grep -E 'rootlesskit|slirp4netns'\n${dockers}\n${nerdctl}\n${argv}`]) {
      const result = analyze(`${docker}\n${ps}`);
      expect(result).toMatchObject({ verdict: 'affected', facts: { networkDriver: 'pasta' } });
      expect(result.findings.map((f) => f.id)).not.toContain('facts-disagree');
    }
  });
  test("Podman's (--mtu=N, -c, a namespace path) and a cut line are not RootlessKit's", () => {
    const podman = 'slirp4netns --disable-host-loopback --mtu=65520 --enable-sandbox --enable-seccomp --enable-ipv6 -c -r 3 -e 4 --netns-type=path /run/user/1000/netns/netns-abc tap0';
    expect(analyze(podman).facts.networkDriver).toBeNull();
    expect(analyze(argv.slice(0, -10)).facts.networkDriver).toBeNull();
  });
});

test('a line of prose with two code spans keeps its backticks: the outer two are no pair (moby#49499, quoted as evidence)', () => {
  const line = '`docker run -p` still works here, but it fails after setting `DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=slirp4netns`';
  expect(analyze(line).evidence.portDriver?.[0]?.text).toBe(line);
});

describe("Packer's and Vagrant's prefixes (sweep 42: docker-install#274)", () => {
  const version = ['Client: Docker Engine - Community', ' Version:           25.0.5', 'Server: Docker Engine - Community', ' Engine:', '  Version:          25.0.5', ' rootlesskit:', '  Version:          2.0.2', '  NetworkDriver:    slirp4netns', '  PortDriver:       builtin'];
  test("a machine's or builder's name before each line, after one '==> NAME:' line, goes", () => {
    const vagrant = ['==> default: Running provisioner: shell...', ...version.map((l) => `    default: ${l}`)].join('\n');
    expect(analyze(vagrant)).toMatchObject({ verdict: 'not-affected', facts: { networkDriver: 'slirp4netns', rootlesskitVersion: '2.0.2' } });
    const machine = ['1647423709,,ui,say,==> azure-arm: Provisioning with shell script', ...version.map((l) => `1647423712,,ui,message,    azure-arm: ${l}`)].join('\n');
    expect(analyze(machine).facts).toMatchObject({ networkDriver: 'slirp4netns', rootlesskitVersion: '2.0.2' });
  });
  test("podman info's indented keys, repeated under each program, are no builder's name", () => {
    const podman = ['host:', '  pasta:', '    executable: /usr/bin/pasta', '    package: passt-0^20240906.g6b38f07-1.fc40.x86_64', '    version: |', '      pasta 0^20240906.g6b38f07-1.fc40.x86_64', '  slirp4netns:', '    executable: /usr/bin/slirp4netns', '    package: slirp4netns-1.2.2-2.fc40.x86_64', '    version: |-', '      slirp4netns version 1.2.2'].join('\n');
    expect(analyze(podman).facts.pastaDate).toBe('2024-09-06');
  });
});

describe('review 37', () => {
  const inner = [
    'time="2025-12-14T10:01:02Z" level=warning msg="Not using native diff for overlay2, this may cause degraded performance for building images: running in a user namespace" storage-driver=overlay2',
    'time="2025-12-14T10:01:02Z" level=info msg="API listen on /var/run/docker.sock"',
  ];
  test("a host journal's lines are the host's, whatever the host is called: rootful Docker in an LXC container named ci-dind", () => {
    const journal = inner.map((l) => `Dec 14 10:01:02 ci-dind dockerd[812]: ${l}`).join('\n');
    expect(analyze(journal).facts.rootless).toBe(false);
  });
  test("what only the host's systemd prints still says the host is rootful beside a nested daemon's log", () => {
    const host = '● docker.service - Docker Application Container Engine\n     CGroup: /system.slice/docker.service\n             └─812 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock';
    expect(analyze(`${host}\n$ docker compose logs dind\n${inner.map((l) => `dind-1  | ${l}`).join('\n')}`).facts.rootless).toBe(false);
  });
});

test("docker port's lines are published ports, as docker ps's are (sweep 43)", () => {
  const ids = (text: string) => analyze(text).findings.map((f) => f.id);
  const fixed = ' rootlesskit:\n  Version:          2.3.4\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  StateDir:         /run/user/1000/dockerd-rootless';
  expect(ids(`${fixed}\n$ docker port web\n80/tcp -> 127.0.0.2:8080`)).toContain('secondary-loopback');
  expect(ids('$ docker port web\n80/tcp -> [::1]:8080')).toContain('ipv6-loopback-not-forwarded');
  expect(analyze('$ docker port web\n80/tcp -> 0.0.0.0:8080').signals).toContain('published-all');
});

describe('review 38', () => {
  const host = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh';
  const version = ' Server: Docker Engine - Community\n  Engine:\n   Version:          27.3.1';
  test("another user's or k3s's slirp4netns never beats the daemon's own pasta, in whichever order or section", () => {
    const k3s = 'slirp4netns --mtu 1500 -r 3 --disable-host-loopback --enable-sandbox --enable-seccomp 5120 tap0';
    for (const text of [`${version}\n${host}\n$ docker info\nClient:\n Context: rootless\n$ ps aux | grep [s]lirp4netns\n${k3s}`, `${k3s}\n${version}\n${host}`]) {
      const result = analyze(text);
      expect(result).toMatchObject({ verdict: 'affected', facts: { networkDriver: 'pasta' } });
      expect(result.findings.map((f) => f.id)).not.toContain('mtu-1500');
    }
  });
  const inner = (prefix: string) =>
    [
      'time="2025-12-14T10:01:02Z" level=warning msg="Not using native diff for overlay2, this may cause degraded performance for building images: running in a user namespace" storage-driver=overlay2',
      'time="2025-12-14T10:01:02Z" level=info msg="Docker daemon" commit=abcdef0 version=29.1.2',
      'time="2025-12-14T10:01:02Z" level=info msg="API listen on /var/run/docker.sock"',
    ]
      .map((l) => `${prefix}${l}`)
      .join('\n');
  test("a nested daemon's log with Compose's timestamps (logs -t), or from a user unit that runs docker run, is not the host's", () => {
    for (const log of [
      `$ docker compose logs -t dind\n${inner('dind-1  | 2024-12-02T07:12:34.118730112Z ')}`,
      `$ systemctl --user status dind\n   CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/dind.service\n           └─2401 /usr/bin/docker run --rm --name dind --privileged docker:29.1.2-dind\nDec 02 07:12:34 laptop docker[2401]: ${inner('').split('\n').join('\nDec 02 07:12:34 laptop docker[2401]: ')}`,
    ]) {
      // The host's version from its own journal, as its status shows it: the nested daemon's, later, must not beat it.
      const journal = 'Dec 02 07:00:00 laptop dockerd-rootless.sh[1069]: time="2024-12-02T07:00:00Z" level=info msg="Docker daemon" commit=41ca978 version=27.3.1';
      expect(analyze(`${host}\n${journal}\n${log}`).facts.dockerServerVersion).toBe('27.3.1');
    }
  });
});
