// Review 89's two gaps left open: a driver set in FLAGS that the fix cannot take out, and the static install's RootlessKit asked other ways.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const hostRefused = (flags: string) => `$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=${flags}"
ii  slirp4netns                1.2.0-1                          amd64        User-mode networking for unprivileged network namespaces
$ journalctl --user -u docker --no-pager -n 3
Jan 12 10:00:00 deb dockerd-rootless.sh[1201]: [rootlesskit:parent] error: port driver requires non-host network`;
const host = (paste: string, zh = false) => (zh ? analyzeWith(zhCn, paste) : analyze(paste)).findings.find((f) => f.id === 'host-network-driver')!;

test('review 89 #4: --net=host in a FLAGS the fix cannot rewrite is named for the reader to remove, in both languages', () => {
  for (const [flags, option] of [
    ['--net=host --copy-up=${HOME}/opt', '--net=host'],
    ['--copy-up=$HOME/opt --net host', '--net host'],
  ]) {
    const r = analyze(hostRefused(flags!));
    const f = host(hostRefused(flags!));
    expect(r.verdict).toBe('incomplete');
    expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"');
    expect(f.fix).not.toContain('FLAGS=');
    expect(f.detail).toContain(`With network driver host (--net=host in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS),`);
    expect(f.detail).not.toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host');
    expect(f.detail).toContain(`remove ${option} from it yourself, then reload and restart.`);
    const zh = host(hostRefused(flags!), true);
    expect(zh.detail).toContain('网络驱动设为 host（DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS 里的 --net=host）后');
    expect(zh.detail).not.toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host');
    expect(zh.detail).toContain(`请自己从这个设置中删除 ${option}，然后重新加载并重启。`);
  }
  // A pager cut the value (review 89 #3): what it held past the cut is not known, and --net=host before it is named.
  const cut = `$ journalctl --user -u docker --no-pager -n 3
Jan 12 10:00:00 deb dockerd-rootless.sh[1201]: [rootlesskit:parent] error: port driver requires non-host network
$ systemctl --user show docker --property=Environment
Environment=PATH=/home/alice/bin:/usr/bin "DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=host --copy-up=/opt --copy-up=/r`;
  expect(host(cut).detail).toContain('remove --net=host from it yourself, then reload and restart.');
  // FLAGS the fix rewrites says nothing more, and NET=host alone keeps the words that name both.
  const kept = host(hostRefused('--copy-up=/opt --net host'));
  expect(kept.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt"\n');
  expect(kept.detail).not.toContain('yourself');
  const net = host(hostRefused('--copy-up=/opt').replace('FLAGS=--copy-up=/opt', 'NET=host'));
  expect(net.detail).toContain('(DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host, or --net=host in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS)');
  expect(net.detail).not.toContain('yourself');
});

test('review 89 #4: every fix that sets a driver FLAGS sets too says so where it cannot rewrite FLAGS (port driver implicit in FLAGS)', () => {
  const paste = `$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=\${HOME}/opt --port-driver=implicit"`;
  const f = analyze(paste).findings.find((x) => x.id === 'implicit-without-pasta')!;
  expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"\nEOF');
  expect(f.detail).toContain('remove --port-driver=implicit from it yourself, then reload and restart.');
  expect(analyzeWith(zhCn, paste).findings.find((x) => x.id === 'implicit-without-pasta')!.detail).toContain('请自己从这个设置中删除 --port-driver=implicit，然后重新加载并重启。');
});
