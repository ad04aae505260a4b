/** What the fifth site audit found in the commands the checker prints: each must do, run as printed, what its finding says. */
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const finding = (text: string, id: string, messages = undefined as typeof zhCn | undefined) =>
  analyze(text, messages ? { messages } : {}).findings.find((f) => f.id === id)!;

test('a port driver pasta refuses, or pesto unknown, with a RootlessKit older than the fix: the commands switch to slirp4netns, not to the reset', () => {
  const mismatch = 'network "pasta" requires port driver "none" or "implicit"';
  const pesto = 'unknown port driver: pesto';
  for (const [error, id] of [
    [mismatch, 'pasta-port-driver-mismatch'],
    [pesto, 'pesto-unknown'],
  ] as const) {
    for (const messages of [undefined, zhCn]) {
      const older = finding(`${error}\nrootlesskit version 2.3.1`, id, messages).fix!;
      expect([id, older]).toEqual([id, expect.stringContaining('ROOTLESSKIT_NET=slirp4netns')]);
      expect(older).not.toContain('PORT_DRIVER=implicit');
    }
    expect(finding(`${error}\nrootlesskit version 2.3.2`, id).fix).toContain('PORT_DRIVER=implicit');
  }
  expect(finding(`${mismatch}\nrootlesskit version 2.3.1`, 'pasta-port-driver-mismatch').detail).toContain('the commands switch to slirp4netns');
  // Installed first where the paste does not show it (seventy-ninth review): the daemon would not start without it.
  expect(finding(`${mismatch}\nrootlesskit version 2.3.1`, 'pasta-port-driver-mismatch').fix).toMatch(/^if command -v apt-get .*\n  sudo apt-get install -y slirp4netns\n/);
  expect(finding(`${mismatch}\nrootlesskit version 2.3.1\nslirp4netns version 1.2.3`, 'pasta-port-driver-mismatch').fix).toMatch(/^mkdir -p /);
});

test('publishing on all addresses runs only where the nftables table is loaded', () => {
  const text = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  StateDir:         /run/user/1000/dockerd-rootlesskit\n  NetworkDriver:    pasta\n  PortDriver:       implicit\n$ docker run -d -p 127.0.0.1:8080:80 nginx';
  for (const messages of [undefined, zhCn]) {
    const fix = finding(text, 'workaround-nftables', messages).fix!;
    expect(fix.split('\n').filter((line) => !line.startsWith('#'))).toEqual([expect.stringMatching(/^sudo nft list table inet rootless_ports > \/dev\/null && docker run -d -p 0\.0\.0\.0:8080:80 /)]);
  }
});

test('a login as the user names no made-up user, and disabling the system-wide Docker says what it stops', () => {
  const session = finding('$XDG_RUNTIME_DIR not defined', 'no-user-session').fix!;
  expect(session).toContain('machinectl shell USER@');
  expect(session).not.toMatch(/alice/);
  const rootful = '[ERROR] Aborting because rootful Docker (/var/run/docker.sock) is running and accessible. Set --force to ignore.';
  expect(finding(rootful, 'rootful-docker-running').detail).toContain('stops every container it runs');
  expect(finding(rootful, 'rootful-docker-running', zhCn).detail).toContain('停止它运行的所有容器');
});
