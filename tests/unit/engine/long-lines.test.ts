// A line longer than the 200 characters of its evidence text tells the rules what its short twin does: the pasta option or the socket
// they look for may stand past the cut (ps's and systemctl status's columns before an argv, a long PATH before DOCKER_HOST, a long
// image's name before a client's error and the socket it names).
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import type { Result } from '../../../src/engine/types.ts';

/** What the user is told: the verdict, the facts, and each finding with its words and fix. */
const told = (r: Result) => ({ verdict: r.verdict, facts: r.facts, findings: r.findings.map((f) => [f.id, f.title, f.detail, f.fix ?? null]) });

/** Analyses the paste with a long line and with its short twin, checks both tell the same, and returns the short one's result. */
function twins(paste: (long: boolean) => string, part: string): Result {
  const [long, short] = [analyze(paste(true)), analyze(paste(false))];
  // The part ends past the 199 characters the evidence text keeps.
  expect(paste(true).split('\n').some((l) => l.indexOf(part) >= 0 && l.indexOf(part) + part.length > 199)).toBe(true);
  expect(told(long)).toEqual(told(short));
  return short;
}

const PASTA = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=none --udp-ports=none 2777069';
const PS = 'alice    2777070  0.0  0.1  23456  7890 ?        S    Dec01   0:00 /usr/bin/';
const RESET = '$ docker run -d -p 127.0.0.1:8080:80 nginx\ncurl: (56) Recv failure: Connection reset by peer';

test("pasta's --tcp-ports=none past the cut of a ps line is still an argv from before a restart beside the reset (rules/verdict-rules.ts)", () => {
  const r = twins((long) => `$ ps aux | grep pasta\n${long ? PS : ''}${PASTA}\n${RESET}`, '--tcp-ports=none');
  expect(r.verdict).not.toBe('not-affected');
  expect(r.findings.map((f) => f.id)).not.toContain('port-driver-none');
});

const REFUSED =
  '$ dockerd-rootless-setuptool.sh install\n[ERROR] Missing system requirements. Run the following commands to\n[ERROR] install the requirements and run this tool again.\n\n########## BEGIN ##########\nsudo sh -eux <<EOF\napt-get install -y uidmap\nEOF\n########## END ##########';
const PATH = (long: boolean) => (long ? `PATH=${Array.from({ length: 8 }, (_, i) => `/home/alice/.local/share/toolchain-${i}/bin`).join(':')}:/usr/bin` : 'PATH=/home/alice/bin:/usr/bin');

test("a client's socket named past the cut is configuration, not a daemon set up past the setup tool's refusal (rules/overcome.ts)", () => {
  const r = twins((long) => `${REFUSED}\n$ export ${PATH(long)} DOCKER_HOST=unix:///run/user/1000/docker.sock`, 'unix:///');
  expect(r.findings.map((f) => f.id)).toContain('setup-requirements');
});

test("a setting's name past the cut of a line that does not set it is no daemon set up past the setup tool's refusal (rules/overcome.ts)", () => {
  const r = twins((long) => `${REFUSED}\n$ echo ${PATH(long)} then DOCKERD_ROOTLESS_ROOTLESSKIT_NET`, 'DOCKERD_ROOTLESS_ROOTLESSKIT_');
  expect(r.findings.map((f) => f.id)).toContain('setup-requirements');
});

// Docker Compose's words for an image it could not look up (the same client error follows "docker: " for docker run): the longer the
// image's name, the later the socket, after the error's words, which the evidence keeps.
const composeError = (image: string, error: string) => `unable to get image '${image}': ${error}`;
const IMAGE = (long: boolean) => (long ? 'registry.gitlab.example.com/platform-team/observability/opentelemetry-collector-contrib:0.114.0-alpine3.20' : 'nginx:1.27');

test("a runtime directory under the home past the cut is still where a daemon started by hand listens (rules/findings.ts)", () => {
  const error = 'Cannot connect to the Docker daemon at unix:///home/alice/.docker/run/docker.sock. Is the docker daemon running?';
  const r = twins((long) => composeError(IMAGE(long), error), '/.docker/run/docker.sock');
  expect(r.findings.find((f) => f.id === 'daemon-not-running')?.detail).toContain('under the home directory');
});

test("a daemon's network address past the cut is still another machine's (rules/findings.ts, rules/context.ts)", () => {
  const image = (long: boolean) => (long ? `${IMAGE(true)}-with-extensions-debug-amd64` : 'nginx:1.27');
  const error = 'Cannot connect to the Docker daemon at tcp://build-host.example.org:2376. Is the docker daemon running?';
  // pasta missing here says nothing of that machine's daemon.
  const r = twins((long) => `$ docker version\nClient:\n Version:           27.3.1\n${composeError(image(long), error)}\n$ pasta --version\nbash: pasta: command not found`, 'tcp://');
  expect(r.verdict).not.toBe('not-affected');
  expect(r.findings.find((f) => f.id === 'daemon-not-running')?.detail).toContain('at tcp://build-host.example.org:2376, over the network');
});

test("the system-wide daemon's socket past the cut is still the one whose permission was denied (rules/findings.ts)", () => {
  const image = (long: boolean) => (long ? 'registry.gitlab.example.com/platform-team/observability/otel-collector:0.114.0' : 'nginx:1.27');
  const error =
    'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/images/json": dial unix /var/run/docker.sock: connect: permission denied';
  const r = twins((long) => composeError(image(long), error), 'unix:///var/run/docker.sock');
  expect(r.findings.find((f) => f.id === 'socket-permission-denied')?.detail).toContain('system-wide daemon');
});

test("a rootless daemon's socket past the cut is still where the client looked, not the rootful daemon shown (rules/findings.ts)", () => {
  const info = '$ sudo docker info\nServer:\n Server Version: 27.3.1\n Security Options:\n  apparmor\n  seccomp\n   Profile: builtin\n  cgroupns\n$ docker compose up';
  const error = 'Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?';
  const r = twins((long) => `${info}\n${composeError(IMAGE(long), error)}`, '/run/user/1000/docker.sock');
  expect(r.findings.find((f) => f.id === 'daemon-not-running')?.detail).not.toContain('shows a daemon that runs as root');
});

test("the rootful socket past the cut is still what a client run in docker:dind-rootless looked for (rules/findings.ts)", () => {
  const exec = '$ docker run -d --name dind --privileged docker:27-dind-rootless\n$ docker exec -it dind docker compose up';
  const error = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?';
  const r = twins((long) => `${exec}\n${composeError(long ? `${IMAGE(true)}-debug` : IMAGE(false), error)}`, 'unix:///var/run/docker.sock');
  expect(r.findings.find((f) => f.id === 'daemon-not-running')?.detail).toContain('docker:dind-rootless');
});
