// A daemon started by hand in forms the checker took for the user service's (review 103, problems in OLD and NEW alike): as another user
// with sudo, and settings typed for one run beside a user service, which no shell exported. typed-line.test.ts runs the other forms' fixes.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { retyped } from '../../../src/engine/retyped.ts';
import { STOP } from '../../support/script-stub.ts';

const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const SUDO = 'sudo -u dockeruser -H env XDG_RUNTIME_DIR=/run/user/1001';
const H15 = `$ ${SUDO} ${P}NET=pasta ${P}PORT_DRIVER=builtin /usr/bin/dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"`;

test("started by hand as another user with sudo: the fix is the command typed, sudo and all, with the setting changed; no drop-in, no systemctl of the paste's user", () => {
  for (const r of [analyze(H15), analyzeWith(zhCn, H15)]) {
    const fix = r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!.fix!;
    // The daemon running as that user, if one is, stopped first through the same sudo, in the runtime directory the run typed.
    expect(fix.split('\n')[0]).toBe(`sudo -u dockeruser -H env XDG_RUNTIME_DIR=/run/user/1001 ${STOP}`);
    expect(fix.split('\n').at(-1)).toBe(`${SUDO} ${P}NET=pasta ${P}PORT_DRIVER=implicit /usr/bin/dockerd-rootless.sh`);
    expect(spawnSync('bash', ['-n'], { input: fix }).status).toBe(0);
  }
});

test('sudo as another user, exec, and the next command after the script are kept as typed when a setting is changed or added', () => {
  expect(retyped(`sudo -iu dock ${P}NET=host dockerd-rootless.sh`, ['NET=slirp4netns'])).toBe(`sudo -iu dock ${P}NET=slirp4netns dockerd-rootless.sh`);
  expect(retyped(`exec ${P}NET=host dockerd-rootless.sh&& echo ok`, ['NET=slirp4netns', 'MTU=65520'])).toBe(`exec ${P}NET=slirp4netns ${P}MTU=65520 dockerd-rootless.sh&& echo ok`);
});

test('a FLAGS typed in quotes with blanks is one word: rewritten whole, or dropped where the fix empties it', () => {
  const typed = `${P}FLAGS="--mtu=1500 --disable-host-loopback" ${P}NET=pasta dockerd-rootless.sh`;
  expect(retyped(typed, ['FLAGS=--disable-host-loopback'])).toBe(`${P}FLAGS='--disable-host-loopback' ${P}NET=pasta dockerd-rootless.sh`);
  expect(retyped(typed.replaceAll('"', "'"), ['FLAGS='])).toBe(`${P}NET=pasta dockerd-rootless.sh`);
});

const H12 = `$ systemctl --user show docker -p Environment
Environment=PATH=/usr/bin ${P}NET=pasta ${P}PORT_DRIVER=implicit
$ ${P}NET=host dockerd-rootless.sh
Unsupported RootlessKit network driver: host`;

test('a setting typed for one run beside a user service: the finding says it was for that run, not that exports must be unset, in both languages', () => {
  const en = analyze(H12).findings.find((f) => f.id === 'host-network-driver')!.detail;
  expect(en).toContain('The settings typed before dockerd-rootless.sh here were for that one run, and the user service never reads them');
  expect(en).not.toContain('export');
  const zh = analyzeWith(zhCn, H12).findings.find((f) => f.id === 'host-network-driver')!.detail;
  expect(zh).toContain('这里在 dockerd-rootless.sh 前面输入的设置只对那一次运行有效');
  expect(zh).not.toContain('export');
});
