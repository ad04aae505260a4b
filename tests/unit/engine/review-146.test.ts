// What review R146 found, and R145's M1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';

const failure = (logger: string, fields: string): string =>
  `${logger}[rootlesskit:parent] error: failed to setup network &{logWriter:0xc000012345 ${fields}}: pasta failed with exit code 1:\n`;
const PASTA = 'binary:pasta mtu:65520 ipnet:0xc0000a2b40 disableHostLoopback:true enableIPv6:false ifname:tap0 implicitPortForwarding:true info:<nil>';

test("RootlessKit's error as its network driver fails names the driver and pasta's implicit ports, as the daemon's journal logs it (R145 M1)", () => {
  const docker = analyze(`rootlesskit 3.0.0-1\n${failure('May 12 08:01:14 arch dockerd-rootless.sh[2210]: ', PASTA)}`);
  expect([docker.verdict, docker.certainty, docker.facts.networkDriver, docker.facts.portDriver]).toEqual(['fixed', 'inferred', 'pasta', 'implicit']);
  expect(analyze(failure('dockerd-rootless.sh[2210]: ', PASTA.replace('binary:pasta', 'binary:/usr/bin/pasta.avx2'))).facts.networkDriver).toBe('pasta');
  const slirp = analyze(failure('dockerd-rootless.sh[5260]: ', 'binary:slirp4netns mtu:65520 ipnet:<nil> disableHostLoopback:true'));
  expect([slirp.verdict, slirp.certainty, slirp.facts.networkDriver]).toEqual(['not-affected', 'confirmed', 'slirp4netns']);
  // The implicit port driver is seen, not assumed from pasta's default, only where the fields say so.
  const ids = (fields: string): string[] => analyze(`rootlesskit version 2.3.1\n${failure('dockerd-rootless.sh[2210]: ', fields)}`).findings.map((f) => f.id);
  expect(ids(PASTA)).not.toContain('port-driver-assumed-implicit');
  expect(ids(PASTA.replace('implicitPortForwarding:true', 'implicitPortForwarding:false'))).toContain('port-driver-assumed-implicit');
});

test("RootlessKit's failing driver says nothing of Docker's where containerd, BuildKit or k3s started it, or nothing shows whose it is", () => {
  for (const logger of ['Dec 04 09:30:11 build01 containerd-rootless.sh[3120]: ', '']) expect(analyze(failure(logger, PASTA)).facts.networkDriver).toBeNull();
});

test("a Kubernetes container of an image the paste's Dockerfile builds on docker:dind-rootless gets the container's fixes (R145 11)", () => {
  const dockerfile = 'FROM docker:27.5.0-dind-rootless\nRUN apk add --no-cache passt\n';
  const manifest = (image: string): string =>
    `        - name: dind\n          image: ${image}\n          env:\n            - name: DOCKERD_ROOTLESS_ROOTLESSKIT_NET\n              value: pasta\n`;
  const fixes = (text: string): string => analyze(text).findings.map((f) => f.fix ?? '').join('\n');
  const built = fixes(dockerfile + manifest('registry.example.internal/ci/dind-rootless-pasta:27.5.0'));
  expect(built).toContain('kubectl apply -f MANIFEST');
  expect(built).not.toContain('systemctl --user');
  // Without the Dockerfile, another image says nothing of a container of docker:dind-rootless.
  expect(fixes(`rootlesskit version 2.3.1\n${manifest('nginx:1.27')}`)).not.toContain('kubectl apply');
});

test('a setup stated up to a colon is read, what follows being what happens; an arrow is no threshold (R144 16)', () => {
  const facts = (text: string) => analyze(text).facts;
  expect(facts('rootless docker 27.3.1 w/ pasta: reset on 127.0.0.1').networkDriver).toBe('pasta');
  expect(facts('rootless docker 27.3.1 w/ pasta (rootlesskit 2.3.1): -p 127.0.0.1:5432:5432 -> reset').rootlesskitVersion).toBe('2.3.1');
  // A threshold's sign still makes the sentence not the reader's own.
  expect(facts('rootlesskit >= 2.3.2 w/ pasta: works').rootlesskitVersion).toBeNull();
});

test("apt list's status is read in the languages apt speaks, from its po files (R144 03)", () => {
  const installed = (status: string): string | null =>
    analyze(`passt/bookworm-backports,now 0.0~git20250217.a1e48a0-1~bpo12+1 amd64 ${status}\n`).facts.pastaVersion;
  for (const status of ['[installed]', '[Installiert]', '[installiert,automatisch-entfernbar]', '[installé, local]', '[instalado]']) expect(installed(status)).toBe('0.0~git20250217.a1e48a0-1~bpo12+1');
  const from = (status: string): string | null =>
    analyze(`docker-ce-rootless-extras/bookworm 5:28.0.1-1~debian.12~bookworm amd64 ${status}5:27.3.1-1~debian.12~bookworm]\n`).facts.rootlessExtrasVersion;
  for (const status of ['[upgradable from: ', '[aktualisierbar von: ', '[pouvant être mis à jour depuis : ', '[actualizable desde: ']) expect(from(status)).toBe('27.3.1');
});

test('port driver implicit beside a daemon that runs says pasta, inferred: RootlessKit refuses implicit with any other network driver (R146 22)', () => {
  const setting = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\n';
  const reset = '$ curl http://127.0.0.1:3000\ncurl: (56) Recv failure: Connection reset by peer\n';
  const r = analyze(`rootlesskit version 2.3.1\n${setting}${reset}`);
  expect([r.verdict, r.certainty, r.facts.networkDriver]).toEqual(['affected', 'inferred', 'pasta']);
  expect(r.findings.map((f) => f.id)).toContain('network-driver-from-implicit');
  // Only set, it may be refused at the next start, where the script picks slirp4netns.
  expect(analyze(`rootlesskit version 2.3.1\n${setting}`).facts.networkDriver).toBeNull();
  // The chat's next message goes on with "and".
  expect(analyze('and pasta --version says: pasta 2025_03_20.32f6212').facts.pastaDate).toBe('2025-03-20');
});

test("an access log's clients all at 127.0.0.1 beside the builtin port driver is that driver's lost source address (R146 23)", () => {
  const log = '127.0.0.1 - - [04/Jun/2025:09:12:44 +0000] "GET / HTTP/1.1" 200 615 "-" "Mozilla/5.0"\n';
  const component = (net: string, port: string): string => ` rootlesskit:\n  Version:          3.0.1\n  NetworkDriver:    ${net}\n${port ? `  PortDriver:       ${port}\n` : ''}`;
  const lost = (text: string) => analyze(text).findings.find((f) => f.id === 'client-source-address-lost');
  expect(lost(log + component('slirp4netns', 'builtin'))!.detail).toContain('"userland-proxy": false');
  // pasta's implicit forwarding and the slirp4netns port driver keep the address: a client at 127.0.0.1 is one on the host.
  expect(lost(log + component('pasta', ''))).toBeUndefined();
  expect(lost(log + component('slirp4netns', 'slirp4netns'))).toBeUndefined();
  // A client's 127.0.0.1 elsewhere in a line is no access log's.
  expect(lost(`GET / from 127.0.0.1 - - [x]\n${component('slirp4netns', 'builtin')}`)).toBeUndefined();
});

test("the daemon refusing a host address as pasta's forwarding does says pasta runs, past AppArmor; a reset said not to happen is none (R146 11, 12)", () => {
  const ids = (text: string): string[] => analyze(text).findings.map((f) => f.id);
  const paste = readFileSync(join(fixturesDir, 'synthetic', 'compose-specific-host-ip-cannot-assign-ubuntu-24.04-28.3.2-override-pasta.txt'), 'utf8');
  expect(ids(paste)).not.toContain('ubuntu-apparmor');
  expect(ids(paste.replace(/^Error response from daemon.*$/m, ''))).toContain('ubuntu-apparmor');
  expect(ids('NetworkDriver: slirp4netns\nThe pasta "Connection reset by peer" problem does not apply to us.\n')).not.toContain('connection-reset-seen');
  expect(ids('NetworkDriver: slirp4netns\ncurl says "Connection reset by peer" on 127.0.0.1:8080\n')).toContain('connection-reset-seen');
});
