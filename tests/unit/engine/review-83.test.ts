// What the eighty-third review found in the eighty-second review's rules.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const pastaArgv =
  'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2036';
const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta';
const fix = (text: string, id: string) => analyze(text).findings.find((f) => f.id === id)?.fix ?? '';

test('a pasta older than the change, or whose release is not shown, rightly runs without the flag: the RootlessKit on the PATH stays', () => {
  for (const pasta of ['pasta unknown version', 'pasta 2024_09_06.6b38f07', 'ii  passt  0.0~git20240220.1e6f92b-1  amd64  user-mode networking', ''])
    expect([pasta, analyze(`rootlesskit version 2.3.4\n${pasta}\n$ ps -o args= -C pasta\n${pastaArgv}`)]).toMatchObject([
      pasta,
      { verdict: 'not-affected', facts: { rootlesskitVersion: '2.3.4' } },
    ]);
  expect(fix(`rootlesskit version 2.3.4\npasta 2024_09_06.6b38f07\n${pastaArgv}`, 'pasta-predates-change')).not.toContain('hold');
});

test("FLAGS written unquoted is one word: the next variable on the line is not kept as a flag", () => {
  for (const line of [
    'Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta',
    'Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit',
  ])
    expect([line, fix(`${dv}\n${line}`, 'workaround-slirp4netns')]).toEqual([line, expect.stringContaining('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="\nEOF')]);
  // Quoted, it runs to its quote; a word that is no flag's value leaves FLAGS as it is.
  expect(fix(`${dv}\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver implicit --copy-up=/etc"`, 'workaround-slirp4netns')).toContain('FLAGS=--copy-up=/etc"');
  expect(fix(`${dv}\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="--port-driver=implicit stray"`, 'workaround-slirp4netns')).not.toContain('FLAGS');
});

test('FLAGS alone setting pasta from Docker 28.5.2, beside an installed slirp4netns, gets the builtin port driver the script picks with it', () => {
  const flags = '[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta"\nii  docker-ce-rootless-extras  5:28.5.2-1~ubuntu.24.04~noble  amd64  Rootless support for Docker.';
  expect(analyze(`${flags}\nii  slirp4netns  1.2.1-1build2  amd64  User-mode networking`).facts.portDriver).toBe('builtin');
  expect(analyze(flags).facts.portDriver).toBe('implicit');
  // Before pasta's first script (25.0), RootlessKit has no pasta: no port driver to blame.
  const docker24 = analyze('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nii  docker-ce-rootless-extras  5:24.0.7-1~ubuntu.22.04~jammy  amd64  Rootless support for Docker.');
  expect(docker24.findings.map((f) => f.id)).not.toContain('pasta-port-driver-mismatch');
});

test('installed dnf5 rows under grep, repoquery --installed, and a listing after a check-update typed without a prompt are read', () => {
  const unit = `● docker.service - Docker Application Container Engine (Rootless)\n     Active: active (running) since Tue 2025-11-04 09:12:01 CET; 28min ago\n             ├─2030 rootlesskit --net=pasta --port-driver=implicit /usr/bin/dockerd-rootless.sh`;
  for (const listing of [
    "$ dnf list --installed | grep -E 'rootlesskit|passt'\nrootlesskit.x86_64                                2.3.1-1.fc42                      fedora",
    '$ dnf repoquery --installed rootlesskit\nrootlesskit-0:2.3.1-1.fc42.x86_64',
    'sudo dnf check-update rootlesskit\nLast metadata expiration check: 0:41:12 ago on Tue 04 Nov 2025 09:02:11 CET.\nrpm -q rootlesskit\nrootlesskit-2.3.1-1.fc41.x86_64',
  ])
    expect([listing, analyze(`${unit}\n${listing}`).facts.rootlesskitVersion]).toEqual([listing, '2.3.1']);
});

test("the guide's flag check typed in zsh, after its continuation prompts, is read", () => {
  const zsh = "❯ case $args in\ncase>   '') echo 'pasta is not running' ;;\ncase>   *--host-lo-to-ns-lo*) echo 'flag present' ;;\ncase>   *) echo 'flag missing' ;;\ncase> esac\nflag present";
  expect(analyze(zsh).facts.hostLoToNsLo).toBe(true);
});
