// Review R132: answers right in verdict but wrong in what they add. The Docker Engine of openSUSE reports "25.0.6-ce" where its rpm says
// "25.0.6_ce": one version, no disagreement to restart for. A daemon answering with pasta as its network driver started pasta, which AppArmor
// would have stopped. Beside a fixed verdict, a reset shown was likely this problem before the fix.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const ids = (r: Result): string[] => r.findings.map((f) => f.id);
// openSUSE's rpm, then the daemon answering with its edition's suffix.
const suse = (rpm: string): string =>
  `$ rpm -q docker\ndocker-${rpm}-150000.207.1.x86_64\n$ docker version\nServer:\n Engine:\n  Version:          25.0.6-ce\n rootlesskit:\n  Version:          2.0.2\n  NetworkDriver:    pasta\n`;

test('the version of the daemon and of the rpm of openSUSE, "25.0.6-ce" and "25.0.6_ce", agree; shown as the daemon spells it', () => {
  for (const r of both(suse('25.0.6_ce'))) {
    expect(ids(r)).not.toContain('facts-disagree');
    expect(r.facts.dockerServerVersion).toBe('25.0.6-ce');
  }
});

test('another version in the rpm still disagrees with the daemon', () => {
  for (const r of both(suse('25.0.7_ce'))) expect(ids(r)).toContain('facts-disagree');
});

// Ubuntu 24.04, and a daemon answering docker version with RootlessKit's network driver pasta.
const UBUNTU = "$ docker info | grep -E 'Server Version|Operating System|rootless'\n Server Version: 27.3.1\n  rootless\n Operating System: Ubuntu 24.04.1 LTS\n";
const UBUNTU_ANSWERED = `${UBUNTU}$ docker version | grep -A4 rootlesskit\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n`;
const PASTA_FAILED =
  '$ journalctl --user -u docker -n 1 -o cat\n[rootlesskit:parent] error: failed to setup network &{binary:pasta mtu:65520}: setting up pasta with args [--stderr --ns-ifname=tap0 2118]: pasta failed with exit code 1:\n';

test('a daemon answering with pasta as its network driver on Ubuntu 24.04: pasta started, AppArmor did not stop it', () => {
  for (const r of both(UBUNTU_ANSWERED)) expect(ids(r)).not.toContain('ubuntu-apparmor');
});

test('AppArmor stays where pasta failed beside that answer, and where only the setting names pasta', () => {
  for (const r of both(UBUNTU_ANSWERED + PASTA_FAILED)) expect(ids(r)).toContain('ubuntu-apparmor');
  for (const r of both(`${UBUNTU}Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\n`)) expect(ids(r)).toContain('ubuntu-apparmor');
});

// A reset on a port published on 127.0.0.1, after a docker version whose RootlessKit has the fix, or whose daemon uses slirp4netns.
const reset = (version: string, driver: string): string =>
  `$ docker version | grep -A4 rootlesskit\n rootlesskit:\n  Version:          ${version}\n  NetworkDriver:    ${driver}\n  PortDriver:       builtin\n$ docker run -d -p 127.0.0.1:8080:80 nginx\n$ curl http://127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n`;
const resetNote = (r: Result): string => r.findings.find((f) => f.id === 'connection-reset-seen')?.detail ?? '';

test('beside a fixed verdict, the reset was likely this problem before the fix, and comes from elsewhere only if it still happens', () => {
  const [en, zh] = both(reset('2.3.4', 'pasta'));
  expect(en!.verdict).toBe('fixed');
  expect(resetNote(en!)).toMatch(/^The setup shown has the fix, so this problem does not reset connections now\. If RootlessKit was upgraded since the reset, the reset was most likely this problem; one that happens now comes from elsewhere/);
  expect(resetNote(zh!)).toMatch(/^这里显示的环境已经包含修复，这个问题现在不会再重置连接。如果重置出现之后升级过 RootlessKit，那次重置很可能就是它造成的；现在出现的重置原因在别处/);
});

test('beside a not-affected verdict, the reset still comes from elsewhere', () => {
  const [en, zh] = both(reset('2.3.1', 'slirp4netns'));
  expect(en!.verdict).toBe('not-affected');
  expect(resetNote(en!)).toBe('The verdict rules this problem out as its cause, so the reset comes from elsewhere, such as the application in the container.');
  expect(resetNote(zh!)).toBe('上面的结论排除了这个问题，所以重置来自别处，比如容器里的应用。');
});
