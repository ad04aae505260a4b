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
  test("on a user's socket is the rootless daemon itself: its version counts", () => {
    expect(analyze(log('/run/user/1000/docker.sock')).facts).toMatchObject({ rootless: true, dockerServerVersion: '20.10.20' });
  });
  test('a rootful daemon on the system socket, without the warning, is still rootful', () => {
    expect(analyze(log('/var/run/docker.sock').split('\n').slice(1).join('\n')).facts.rootless).toBe(false);
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
  test('is the slirp4netns port driver\'s regression, fixed by an upgrade, when the daemon is not known to have the fix', () => {
    const f = finding(`${error}\n Server: Docker Engine - Community\n  Engine:\n   Version:          29.0.4`);
    expect(f.title).toContain('regression with the slirp4netns port driver');
    expect(f.detail).toContain('whichever port is picked');
    expect(f.fix).toContain('docker version');
    expect(finding(error).title).toContain('regression');
  });
  test('on a Docker with the fix, something in the namespace holds the port: the fix lists the containers that publish ports', () => {
    const f = finding(`${error}\n Server: Docker Engine - Community\n  Engine:\n   Version:          29.2.1`);
    expect(f.title).not.toContain('regression');
    expect(f.detail).toContain('another container');
    expect(f.fix).toBe("docker ps --format '{{.Names}} {{.Ports}}'");
  });
});
