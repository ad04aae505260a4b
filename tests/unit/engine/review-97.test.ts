// What the ninety-seventh review found: Debian's repacked versions, docker version's JSON packaging, and Chinese words in shared fixes.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

// Debian 13's docker.io, rootless (the review's dd1, shortened).
const debian =
  'Server:\n Server Version: 26.1.5+dfsg1\n Security Options:\n  seccomp\n   Profile: builtin\n  rootless\n  cgroupns\n Operating System: Debian GNU/Linux 13 (trixie)\n' +
  '$ dpkg -l docker.io rootlesskit passt\nii  docker.io      26.1.5+dfsg1-9+b3   amd64  Linux container runtime\nii  rootlesskit    2.3.1+ds1-1   amd64  Linux-native fakeroot\n' +
  'ii  passt  0.0~git20250503.587980c-2 amd64  user-mode networking';
const ids = (text: string): string[] => analyze(text).findings.map((f) => f.id);

test("Debian's repacked Docker (+dfsg1) running beside its package is one release: no disagreement, no restart advice", () => {
  const r = analyze(debian);
  expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
  expect([r.facts.dockerServerVersion, r.facts.dockerPackaging]).toEqual(['26.1.5+dfsg1', 'distribution']);
  expect(r.evidence.dockerServerVersion?.map((e) => e.line)).toEqual([2, 10]);
  // Debian 12's, asked for the version alone (dd2).
  const bookworm = '$ docker version --format {{.Server.Version}}\n20.10.24+dfsg1\n$ dpkg -l docker.io\nii  docker.io      20.10.24+dfsg1-1+deb12u1   amd64  Linux container runtime';
  expect(ids(bookworm)).not.toContain('facts-disagree');
  // Another release is still another: the daemon was not restarted after the upgrade.
  const upgraded = analyze(debian.replace('26.1.5+dfsg1-9+b3', '26.1.6+dfsg1-1')).findings.find((f) => f.id === 'facts-disagree');
  expect(upgraded?.detail).toContain('26.1.5+dfsg1 (running daemon), 26.1.6 (installed package)');
});

test("RootlessKit's own version beside Debian's repacked rootlesskit package (+ds1) is one release, either way round", () => {
  const component = (version: string) => ` rootlesskit:\n  Version:          ${version}\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  PortDriver:       implicit`;
  for (const [running, packaged] of [['2.3.1', '2.3.1+ds1-1'], ['2.3.1+ds1', '2.3.1-1']]) {
    expect(ids(`${component(running)}\nii  rootlesskit    ${packaged}   amd64  Linux-native fakeroot`), running).not.toContain('facts-disagree');
  }
});

test("docker version --format '{{json .}}' tells Docker's own packages by Server.Platform.Name, as the text form does", () => {
  const json =
    '{"Client":{"Platform":{"Name":"Docker Engine - Community"},"Version":"27.3.1","Context":"rootless"},"Server":{"Platform":{"Name":"Docker Engine - Community"},' +
    '"Components":[{"Name":"Engine","Version":"27.3.1","Details":{"ApiVersion":"1.47"}},{"Name":"containerd","Version":"1.7.22","Details":{"GitCommit":"7f7fdf5"}},' +
    '{"Name":"runc","Version":"1.1.14","Details":{"GitCommit":"v1.1.14-0-g2c9f560"}},{"Name":"docker-init","Version":"0.19.0","Details":{"GitCommit":"de40ad0"}},' +
    '{"Name":"rootlesskit","Version":"2.3.1","Details":{"ApiVersion":"1.1.1","NetworkDriver":"pasta","PortDriver":"implicit","StateDir":"/run/user/1000/dockerd-rootless"}}],' +
    '"Version":"27.3.1","ApiVersion":"1.47"}}';
  const r = analyze(json);
  expect([r.facts.dockerPackaging, r.evidence.dockerPackaging?.[0]?.text]).toEqual(['docker', '"Name": "Docker Engine - Community"']);
  // Docker Desktop's daemon, named the same way, is not rootless Docker (its engine runs no RootlessKit).
  const desktop = json.replaceAll('Docker Engine - Community', 'Docker Desktop 4.36.0').replace(/,\{"Name":"rootlesskit".*?\}\}/, '');
  expect(analyze(desktop).facts.rootless).toBe(false);
});

// Words a Chinese fix may keep in English: what the checker reads back from the probe, a missing command as the shell reports it
// ("ip: not found"), echoes of variables, and settings echoed as NAME=value.
const KEPT = /^(?:host-lo-to-ns-lo probe: \$\?|\$?\w+: not found(?: \(\w+\))?|(?:\$\w+ ?)+|(?:[\w.]+=\S* ?)+)$/;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

test('Chinese reports word every comment and echoed sentence of their fixes in Chinese, for every fixture: synthetic, real and wild', () => {
  const english = new Set<string>();
  // What no fixture reaches: a daemon the client reaches through SSH.
  const unreached = [{ name: 'ssh', text: 'Cannot connect to the Docker daemon at ssh://me@docker. Is the docker daemon running?' }];
  for (const { name, text } of [...allFixtures(), ...unreached]) {
    for (const finding of analyzeWith(zhCn, text).findings) {
      for (const line of finding.fix?.split('\n') ?? []) {
        const words = [/^\s*# (.*)/.exec(line)?.[1], ...[...line.matchAll(/\becho (["'])(.*?)\1/g)].map((m) => m[2])];
        for (const w of words) if (w && /[a-z]{2}/i.test(w) && !CJK.test(w) && !KEPT.test(w)) english.add(`${finding.id}: ${w} (${name})`);
      }
    }
  }
  expect([...english]).toEqual([]);
});

test('a RootlessKit version read from a package is not called the one running here in Chinese, as in English', () => {
  const detail = analyzeWith(zhCn, debian).findings.find((f) => f.id === 'need-network-driver')!.detail;
  expect(detail).toContain('如果是 pasta：RootlessKit 2.3.1，受影响。');
  expect(detail).not.toContain('运行的是');
});
