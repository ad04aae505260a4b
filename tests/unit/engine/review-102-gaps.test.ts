// What the hundred-and-second review found but left: other clients' words for the reset (Go's, Node.js's, Chromium's), docker context
// show's answer that the client uses the rootless context, and Docker's own Nix store path.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

/** Whether the paste shows the symptom, and the lines that show it. */
const reset = (paste: string) => {
  const r = analyze(paste);
  const finding = r.findings.find((f) => f.id === 'connection-reset-seen');
  return { seen: r.signals.includes('connection-reset'), lines: finding?.evidence.map((e) => e.line) ?? [] };
};

test('a reset from a port on loopback is the symptom in the words of Go, Node.js, Python, wget, requests and Chromium', () => {
  const pastes = {
    // /tmp/r102/42.
    go: '$ ./healthcheck http://127.0.0.1:9090/healthz\n2025/06/01 12:00:01 Get "http://127.0.0.1:9090/healthz": read tcp 127.0.0.1:51512->127.0.0.1:9090: read: connection reset by peer',
    goIpv6: '$ ./probe\nread tcp [::1]:40112->[::1]:8080: read: connection reset by peer',
    // Node.js's stack and fields after its message: the address is in the command that ran it.
    nodeRead: "$ node fetch.mjs http://127.0.0.1:8080\nError: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:216:20) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}",
    nodeConnect: "$ npm run smoke\nError: connect ECONNRESET 127.0.0.1:8080\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)",
    python: '$ python3 probe.py http://localhost:8000\nConnectionResetError: [Errno 104] Connection reset by peer',
    wget: '$ wget http://127.0.0.1:8080/\nHTTP request sent, awaiting response... Read error (Connection reset by peer) in headers.',
    requests: "$ http :8000\nrequests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))",
    // /tmp/r102/45: the address in the same sentence.
    chromium: 'Chrome shows ERR_CONNECTION_RESET for http://localhost:3000, Firefox says "The connection was reset".',
  };
  for (const [client, paste] of Object.entries(pastes)) {
    const lastError = paste.split('\n').findIndex((l) => /reset by peer|ECONNRESET|ERR_CONNECTION_RESET/.test(l)) + 1;
    expect(reset(paste), client).toEqual({ seen: true, lines: [lastError] });
  }
});

test("Go's, Node.js's and Chromium's words are not the symptom without a loopback port nearby, nor where the daemon reset", () => {
  const pastes = {
    // Another machine's port, or none named.
    remote: '$ ./sync\nGet "https://10.0.0.5:443/api": read tcp 10.0.0.2:51512->10.0.0.5:443: read: connection reset by peer',
    chromiumNoPort: 'Chrome shows ERR_CONNECTION_RESET on our intranet page.',
    // /tmp/r102/41: Node.js names no address, and neither does its command.
    nodeNoAddress: "$ node check.js\nError: read ECONNRESET\n    at TCP.onStreamRead (node:internal/stream_base_commons:216:20) {\n  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}",
    // The daemon pushes from inside RootlessKit's namespace, whose loopback is its own: the client only relays the error.
    push: '$ docker push localhost:5000/app:1\nThe push refers to repository [localhost:5000/app]\nGet "http://localhost:5000/v2/": read tcp 127.0.0.1:41234->127.0.0.1:5000: read: connection reset by peer',
    pullAnswer: 'Error response from daemon: Get "http://127.0.0.1:5000/v2/": read tcp 127.0.0.1:41234->127.0.0.1:5000: read: connection reset by peer',
    journal:
      'Dec 04 12:00:00 host dockerd[1234]: time="2025-12-04T12:00:00Z" level=error msg="Handler for POST /v1.47/images/create returned error: Get \\"http://localhost:5000/v2/\\": read tcp 127.0.0.1:41234->127.0.0.1:5000: read: connection reset by peer"',
    containerd: 'Dec 04 12:00:00 host containerd[987]: error pulling localhost:5000/app: read tcp 127.0.0.1:41234->127.0.0.1:5000: read: connection reset by peer',
    // The daemon started in the foreground: what follows is its log.
    foreground: 'rootlesskit --net=pasta --port-driver=implicit dockerd\nError: read tcp 127.0.0.1:43828->127.0.0.1:33380: read: connection reset by peer',
  };
  for (const [what, paste] of Object.entries(pastes)) expect(reset(paste), what).toEqual({ seen: false, lines: [] });
});

test('docker context show answering "rootless" says the client uses the rootless context, so a compose error beside it is recognised', () => {
  // /tmp/r102/19.
  const paste = `$ docker compose up
Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint app-db-1 (b7c2e1f0a9d8): failed to bind host port 127.0.0.1:5432/tcp: address already in use
$ docker context show
rootless
$ ss -ltnp | grep 5432
LISTEN 0      244        127.0.0.1:5432       0.0.0.0:*    users:(("postgres",pid=1011,fd=7))`;
  const r = analyze(paste);
  expect(r.facts.rootless).toBe(true);
  expect(r.evidence.rootless?.map((e) => e.line)).toEqual([4]);
  expect(r.findings[0]!.id).not.toBe('nothing-recognised');
  // Another context, an answer that is not the very next line, or the word without the command: nothing.
  expect(analyze('$ docker context show\ndefault').facts.rootless).toBeNull();
  expect(analyze('$ docker context show\n\nrootless').facts.rootless).toBeNull();
  expect(analyze('rootless').facts.rootless).toBeNull();
  expect(analyze('$ echo docker context show\nrootless').facts.rootless).toBeNull();
});

test("Docker's Nix store path is Docker of the distribution's packaging, and not compose's, buildx's or a credential helper's", () => {
  // /tmp/r102/32.
  for (const path of ['/nix/store/wmx4r8f0c5v1nq2hk7y3a9d6l0s2j8b4-docker-27.3.1', '/nix/store/wmx4r8f0c5v1nq2hk7y3a9d6l0s2j8b4-docker-27.3.1/bin/dockerd']) {
    const r = analyze(`$ nix profile list\nName:               docker\nStore paths:        ${path}`);
    expect(r.facts, path).toMatchObject({ dockerServerVersion: '27.3.1', dockerPackaging: 'distribution' });
  }
  for (const name of ['docker-compose-2.29.7', 'docker-buildx-0.17.1', 'docker-credential-helpers-0.8.2']) {
    const r = analyze(`$ ls -d /nix/store/*docker*\n/nix/store/wmx4r8f0c5v1nq2hk7y3a9d6l0s2j8b4-${name}`);
    expect(r.facts, name).toMatchObject({ dockerServerVersion: null, dockerPackaging: null });
  }
});
