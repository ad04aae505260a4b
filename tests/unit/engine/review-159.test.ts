// What review R159 (the checker in the browser, used as a demanding reader would) found in the engine's share links and answers.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { decodeShare, encodeShare } from '../../../src/engine/share.ts';

const opened = (fragment: string) => analyze('', { answers: decodeShare(fragment) });

test("a link's pasta version decides pasta's date: without the date, or with another, it reads as the version says (R159 H1, HIGH)", () => {
  const fedora = 'v=1&rootless=1&docker=27.3.1&pkg=docker&rk=2.3.1&net=pasta&pv=0%5E20240906.g6b38f07-1.fc40.x86_64-pasta';
  // As Copy link makes it, then with its date taken off (the facts list's ×), then with another date.
  for (const fragment of [`${fedora}&pasta=2024-09-06`, fedora, `${fedora}&pasta=2025-01-21`]) {
    const r = opened(fragment);
    expect([fragment, r.verdict, r.facts.pastaDate]).toEqual([fragment, 'not-affected', '2024-09-06']);
  }
  expect(opened('v=1&pv=2024_09_06.6b38f07&net=pasta&rk=2.3.1').verdict).toBe('not-affected');
});

test('a RootlessKit or Docker version of fewer than three parts is no answer: "2.3" is not taken for 2.3.0 (R159 H2, HIGH)', () => {
  for (const rk of ['2', '2.3', '3']) {
    const r = opened(`v=1&net=pasta&rk=${rk}`);
    expect([rk, r.facts.rootlesskitVersion, r.verdict]).toEqual([rk, null, 'incomplete']);
  }
  expect(analyze('', { answers: { networkDriver: 'pasta', rootlesskitVersion: '2.3' } }).facts.rootlesskitVersion).toBeNull();
  // Three parts, or a part left out as "x", are versions as before.
  expect(opened('v=1&net=pasta&rk=2.3.1').verdict).toBe('affected');
  expect(decodeShare(encodeShare({ rootlesskitVersion: '2.3.x', dockerServerVersion: '25.0.5.astra2' }))).toEqual({ rootlesskitVersion: '2.3.x', dockerServerVersion: '25.0.5.astra2' });
});

test('a reset beside a port published on 127.0.0.2 and no other is explained first, under a fixed verdict (R159 M3)', () => {
  const daemon = `Server: Docker Engine - Community
 Engine:
  Version:          27.5.1
 rootlesskit:
  Version:          2.3.2
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  StateDir:         /run/user/1000/dockerd-rootless
$ pasta --version
pasta 2025_01_21.4f2c8e7`;
  const published = (address: string) => `$ docker run -d -p ${address}:8080:80 nginx:alpine\n3f2a\n$ curl -fsS http://${address}:8080/\ncurl: (56) Recv failure: Connection reset by peer\n${daemon}`;
  const r = analyze(published('127.0.0.2'));
  expect([r.verdict, r.findings[1]?.id]).toEqual(['fixed', 'secondary-loopback']);
  expect(r.findings[1]!.detail).toMatch(/^The reset the paste shows is likely this/);
  expect(r.findings[1]!.evidence.map((e) => e.line)).toEqual([1, 4]);
  // Beside a port on 127.0.0.1 the reset may be that one's: the note keeps its place and its words.
  const both = analyze(`$ docker run -d -p 127.0.0.1:8081:80 nginx:alpine\n${published('127.0.0.2')}`);
  const at = both.findings.findIndex((f) => f.id === 'secondary-loopback');
  expect(at).toBeGreaterThan(1);
  expect(both.findings[at]!.detail).toMatch(/^Even with/);
});

test("a link's pasta date without its version names pasta by that date, never as \"pasta null\" (R159 L1)", () => {
  const r = opened('v=1&rk=2.3.1&net=pasta&pasta=2024-09-06');
  expect(r.verdict).toBe('not-affected');
  expect(r.findings[0]!.detail).toMatch(/^pasta from 2024-09-06 is older than/);
  expect(r.findings.map((f) => `${f.title} ${f.detail}`).join(' ')).not.toMatch(/\bnull\b/);
});

test('the driver given by an answer or a link is not said to be in the paste (R159 L2)', () => {
  expect(opened('v=1&net=pasta').findings[0]!.detail).toMatch(/^The network driver is pasta, as answered or linked/);
  const pasted = analyze('$ ps -o args= -C rootlesskit\nrootlesskit --net=pasta --port-driver=implicit --copy-up=/etc dockerd-rootless.sh');
  expect(pasted.findings[0]!.detail).toMatch(/^The paste names pasta as the network driver \(the lines below\)/);
});

test('an answer the paste contradicts is set aside, and the checker says so (R159 M4)', () => {
  const rootful = `Client: Docker Engine - Community
 Version:           27.3.1
 Context:           default

Server: Docker Engine - Community
 Engine:
  Version:          27.3.1
  API version:      1.47 (minimum version 1.24)
 containerd:
  Version:          1.7.22
 runc:
  Version:          1.1.14
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0`;
  const asRoot = analyze(rootful, { answers: { networkDriver: 'pasta' } });
  // A rootful daemon has no network driver of RootlessKit's: the answer is another daemon's, and no port driver is inferred from it.
  expect([asRoot.verdict, asRoot.answered, asRoot.facts.networkDriver, asRoot.facts.portDriver]).toEqual(['not-rootless', [], null, null]);
  expect(asRoot.findings.find((f) => f.id === 'answer-contradicted')?.detail).toContain('docker context ls');
  const slirp = ' rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    slirp4netns\n  PortDriver:       builtin';
  const other = analyze(slirp, { answers: { networkDriver: 'pasta' } });
  expect(other.verdict).toBe('not-affected');
  expect(other.findings.find((f) => f.id === 'answer-contradicted')?.detail).toMatch(/^You answered network driver pasta; the paste shows network driver slirp4netns/);
  // An answer that agrees, or one the paste leaves open ("unknown version"), is no contradiction.
  expect(analyze(slirp, { answers: { networkDriver: 'slirp4netns' } }).findings.map((f) => f.id)).not.toContain('answer-contradicted');
  const unknown = analyze(`$ pasta --version\npasta unknown version\n${slirp.replace('slirp4netns', 'pasta').replace(/\n.*PortDriver.*/, '')}`, { answers: { pastaVersion: '2024_09_06.6b38f07' } });
  expect([unknown.verdict, unknown.findings.map((f) => f.id)]).toEqual(['not-affected', expect.not.arrayContaining(['answer-contradicted'])]);
});
