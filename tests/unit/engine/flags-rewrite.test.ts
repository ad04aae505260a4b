// A fix that sets DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS again keeps every flag it does not set, and where it cannot, names for removal only
// the flags that would still override what it sets.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Finding } from '../../../src/engine/types.ts';

const LEFT = 'The commands leave DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS as it is';
const dropIn = (flags: string) => `$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=${flags}"`;
const journal = (error: string) => `$ journalctl --user -u docker --no-pager -n 3\nJan 12 10:00:00 deb dockerd-rootless.sh[1201]: ${error}`;
const RK_NEW = '$ rootlesskit --version\nrootlesskit version 2.3.4';
const RK_OLD = '$ rootlesskit --version\nrootlesskit version 2.3.1';
const DOCKER_INFO = `$ docker info
Client: Docker Engine - Community
 Version:    27.3.1
Server:
 Server Version: 27.3.1
 Security Options:
  seccomp
   Profile: builtin
  rootless
  cgroupns`;
const SLIRP_INSTALLED = 'ii  slirp4netns                1.2.0-1                          amd64        User-mode networking for unprivileged network namespaces';
const HOST_REFUSED = journal('[rootlesskit:parent] error: port driver requires non-host network');

/** The finding `id` of a paste, in English or Chinese; its fix parses as a shell script. */
function finding(paste: string, id: string, zh = false): Finding {
  const f = (zh ? analyzeWith(zhCn, paste) : analyze(paste)).findings.find((x) => x.id === id)!;
  expect(f, id).toBeDefined();
  if (f.fix) expect(spawnSync('bash', ['-n'], { input: f.fix }).status).toBe(0);
  return f;
}
const flagsLine = (f: Finding) => f.fix?.split('\n').find((l) => l.includes('ROOTLESSKIT_FLAGS='));

test('a fix that sets the port driver alone keeps the network driver FLAGS sets, and names only the port driver where it cannot rewrite FLAGS', () => {
  // Port driver "pasta" on pasta: the fix sets PORT_DRIVER=implicit, and --net=pasta stays in FLAGS (else the script's default driver runs).
  const pasta = `${RK_NEW}\n${dropIn('--net=pasta --port-driver=pasta --copy-up=/opt')}\n${journal('[rootlesskit:parent] error: unknown port driver "pasta": did you mean "pesto"?')}`;
  const f = finding(pasta, 'port-driver-pasta');
  expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --copy-up=/opt"\nEOF');
  expect(f.fix).not.toContain('ROOTLESSKIT_NET=');
  expect(f.detail).not.toContain(LEFT);
  // With ${HOME} in FLAGS the fix cannot write it again: the reader removes --port-driver=pasta, and keeps --net=pasta.
  const home = finding(pasta.replace('--copy-up=/opt', '--copy-up=${HOME}/opt'), 'port-driver-pasta');
  expect(flagsLine(home)).toBeUndefined();
  expect(home.detail).toContain(`${LEFT}, and its --port-driver=pasta would still win: remove --port-driver=pasta from it yourself before running the commands below.`);
  expect(home.detail).not.toContain('--net=pasta from');
  expect(finding(pasta.replace('--copy-up=/opt', '--copy-up=${HOME}/opt'), 'port-driver-pasta', true).detail).toContain(
    '其中的 --port-driver=pasta 仍会生效：请在运行下面的命令之前，自己从这个设置中删除 --port-driver=pasta。',
  );
});

test('port driver builtin beside pasta in a FLAGS with ${HOME}: the sentence names --port-driver=builtin, not --net=pasta, which the fix sets too', () => {
  const paste = `${DOCKER_INFO}\n${RK_NEW}\n$ systemctl --user show docker --property=Environment\nEnvironment=PATH=/home/alice/bin:/usr/bin "DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --port-driver=builtin --copy-up=\${HOME}/opt"`;
  const f = finding(paste, 'pasta-port-driver-mismatch');
  expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\nEOF');
  expect(f.detail).toContain('remove --port-driver=builtin from it yourself');
  expect(f.detail).not.toContain('--net=pasta');
});

test('port driver implicit beside slirp4netns or vpnkit in FLAGS: builtin is set, and FLAGS keeps its network driver', () => {
  for (const net of ['slirp4netns', 'vpnkit']) {
    const paste = `${dropIn(`--net=${net} --port-driver=implicit --copy-up=/opt`)}\n${journal('[rootlesskit:parent] error: port driver requires pasta network')}`;
    const f = finding(paste, 'implicit-without-pasta');
    expect([net, flagsLine(f)]).toEqual([net, `Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=${net} --copy-up=/opt"`]);
    expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"');
    // Not rewritable: the port driver alone is named, in both languages.
    const home = paste.replace('--copy-up=/opt', '--copy-up=${HOME}/opt');
    expect(finding(home, 'implicit-without-pasta').detail).toContain(`its --port-driver=implicit would still win: remove --port-driver=implicit from it yourself`);
    expect(finding(home, 'implicit-without-pasta', true).detail).toContain('请在运行下面的命令之前，自己从这个设置中删除 --port-driver=implicit。');
  }
});

test("pasta's option in FLAGS beside the drivers: the fix takes out the option alone", () => {
  const paste = `${RK_OLD}\n${dropIn('--net=pasta --port-driver=implicit --host-lo-to-ns-lo')}\n${journal('flag provided but not defined: -host-lo-to-ns-lo')}`;
  for (const zh of [false, true]) expect(flagsLine(finding(paste, 'flags-pasta-option', zh))).toBe('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --port-driver=implicit"');
});

test('--net=host in a FLAGS the fix cannot rewrite is named for removal, in both languages; a flag set to what the fix sets is not', () => {
  const paste = `${dropIn('--net=host --port-driver=builtin --copy-up=${HOME}/opt')}\n${SLIRP_INSTALLED}\n${HOST_REFUSED}`;
  const f = finding(paste, 'host-network-driver');
  expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"');
  expect(flagsLine(f)).toBeUndefined();
  expect(f.detail).toContain('With network driver host (--net=host in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS),');
  expect(f.detail).toContain(`${LEFT}, and its --net=host would still win: remove --net=host from it yourself before running the commands below.`);
  // The fix sets port driver builtin too: FLAGS' --port-driver=builtin changes nothing and stays.
  expect(f.detail).not.toContain('--port-driver=builtin');
  const zh = finding(paste, 'host-network-driver', true);
  expect(zh.detail).toContain('网络驱动设为 host（DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS 里的 --net=host）后');
  expect(zh.detail).toContain('下面的命令不改动 DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS，其中的 --net=host 仍会生效：请在运行下面的命令之前，自己从这个设置中删除 --net=host。');
  // Only same-value flags beside the variable: nothing to remove, no sentence.
  const same = finding(paste.replace('--net=host --port-driver=builtin', '--net=slirp4netns --mtu=65520'), 'host-network-driver');
  expect(same.detail).not.toContain(LEFT);
});

test('a pager that cut FLAGS inside the network driver: the driver is named as it shows, cut', () => {
  const cut = `${HOST_REFUSED}\n$ systemctl --user show docker --property=Environment\nEnvironment=PATH=/home/alice/bin:/usr/bin "DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt --net=ho`;
  const f = finding(cut, 'host-network-driver');
  expect(flagsLine(f)).toBeUndefined();
  expect(f.detail).toContain('its --net=ho… would still win: remove --net=ho… from it yourself');
  expect(finding(cut, 'host-network-driver', true).detail).toContain('自己从这个设置中删除 --net=ho…');
});

test("the fixes run in the order shown leave a FLAGS RootlessKit accepts, where FLAGS holds pasta's option and port driver \"pasta\" too", () => {
  for (const rk of [RK_OLD, RK_NEW]) {
    const paste = `${dropIn('--net=pasta --port-driver=pasta --host-lo-to-ns-lo')}\n${rk}\n${journal('[rootlesskit:parent] error: unknown port driver "pasta": did you mean "pesto"?')}`;
    const written = analyze(paste).findings.flatMap((f) => [...(f.fix ?? '').matchAll(/DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=([^"\n]*)/g)].map((m) => m[1]!));
    expect(written.length, rk).toBeGreaterThan(1);
    // The drop-in gets each fix's lines appended in turn: the last FLAGS wins.
    expect([rk, written.at(-1)]).toEqual([rk, expect.not.stringMatching(/--host-lo-to-ns-lo|--port-driver=pasta/)]);
  }
});
