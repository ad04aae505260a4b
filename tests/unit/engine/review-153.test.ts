// What review R153 (Chinese-speaking users' pastes) found: WeChat's and QQ's exported chats, and a blog's output quoted in Chinese.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

// A WeChat group's export: the asker on pasta (RootlessKit 2.3.1, the reset), a helper's slirp4netns output below.
const WECHAT = `——————  「容器技术交流群」聊天记录  ——————

王五 2026/11/20 14:03:11
各位大佬，rootless docker 用 pasta，-p 127.0.0.1:3000:3000 起的服务 curl 一直报 reset，换 0.0.0.0 就好了，什么原因

王五 2026/11/20 14:03:40
curl: (56) Recv failure: Connection reset by peer

赵六 2026/11/20 14:05:02
我用的是 slirp4netns，没遇到过这个问题，你贴下 docker version

王五 2026/11/20 14:07:25
[图片]

王五 2026/11/20 14:08:13
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  StateDir:         /run/user/1001/dockerd-rootless

王五 2026/11/20 14:08:30
docker 是 27.4.1，Ubuntu 22.04，passt 自己编译的最新版

赵六 2026/11/20 14:10:44
我的：
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    slirp4netns
  PortDriver:       builtin
  StateDir:         /run/user/1000/dockerd-rootless
 slirp4netns:
  Version:          1.0.1
  GitCommit:        6a7b16babc95b6a3056b33fb45b74a6f62262dd4

赵六 2026/11/20 14:11:02
要不你先换回 slirp4netns 试试

王五 2026/11/20 14:12:57
pasta --version 输出 pasta 2025_09_19.623dbf6
`;
// A QQ group's export: a blog's output quoted (RootlessKit 2.3.2, the flag), then the asker's own, without the flag.
const QQ = `[2026-10-08 09:31:45] 小明(12345678)
我看这篇博客说升级到 27.5.1 就好了，博主贴的输出是这样的：

> $ ps -o args= -C pasta
> pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 2777069
> $ docker version
> ...
>  rootlesskit:
>   Version:          2.3.2
>   ApiVersion:       1.1.1
>   NetworkDriver:    pasta
>   StateDir:         /run/user/1000/dockerd-rootless

[2026-10-08 09:33:02] 小明(12345678)
但我自己的机器还是 reset，我的是：
$ ps -o args= -C pasta
pasta --stderr --ns-ifname=tap0 --mtu=1500 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 4411
$ docker version --format '{{.Server.Version}}'
27.3.1
curl: (56) Recv failure: Connection reset by peer

[2026-10-08 09:35:20] 阿强(87654321)
你版本不够，升级 docker-ce-rootless-extras
`;

test("a WeChat chat's heads (a name, the date and the time) part its speakers: a helper's slirp4netns is not the asker's (R153 03, HIGH)", () => {
  const r = analyze(WECHAT);
  expect([r.verdict, r.facts.networkDriver, r.facts.rootlesskitVersion]).toEqual(['affected', 'pasta', '2.3.1']);
  // Without its heads, the later output (the helper's) stands for the machine, as before.
  const headless = WECHAT.replace(/^\S+ 2026\/11\/20 \d\d:\d\d:\d\d$/gm, '');
  expect(analyze(headless).verdict).not.toBe('affected');
});

test("QQ's heads part its speakers too, the time taken off as a prefix, in brackets or not", () => {
  for (const head of ['[2026-10-08 09:31:45] ', '2026-10-08 9:31:45 ']) {
    const chat = `${head}Alice(12345678)\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\ncurl: (56) Recv failure: Connection reset by peer\n\n${head}Bob(87654321)\nmine:\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    slirp4netns\n  PortDriver:       builtin\n`;
    expect(analyze(chat).facts.networkDriver, head).toBe('pasta');
  }
});

test("output that a blog posted, quoted in Chinese (\u535a\u4e3b\u8d34\u7684\u8f93\u51fa\u662f\u8fd9\u6837\u7684\uff1a), is not the reader's (R153 08, HIGH)", () => {
  const r = analyze(QQ);
  expect(r.verdict).toBe('affected');
  expect(r.facts.hostLoToNsLo).toBe(false);
  expect(r.facts.rootlesskitVersion).not.toBe('2.3.2');
  // The reader's own words over their output lead in nothing: "\u6211" (I) between the source and the verb.
  const own = QQ.replace('\u535a\u4e3b\u8d34\u7684\u8f93\u51fa\u662f\u8fd9\u6837\u7684\uff1a', '\u6309\u535a\u5ba2\u6539\u5b8c\u6211\u8d34\u7684\u8f93\u51fa\u662f\u8fd9\u6837\u7684\uff1a');
  expect(analyze(own).facts.rootlesskitVersion).toBe('2.3.2');
});

test("docker version read by OCR: its misread rootlesskit component still shows a rootless daemon, and the next step says the version is misread (R153 07)", () => {
  const ocr = `$ docker version
Server: Docker Engine - Cornmunity
 Engine:
  Version:          27.4.l
 rootIesskit:
  Version:          2.3.l
  ApiVersion:       1.1.l
  NetworkDriver:    pasta
$ curl 127.0.0.l:8080
curl: (56) Recv failure: Connection reset by peer`;
  const r = analyze(ocr);
  expect([r.verdict, r.facts.rootless, r.facts.rootlesskitVersion]).toEqual(['incomplete', true, null]);
  const step = r.findings.find((f) => f.id === 'need-rootlesskit-version');
  expect(step?.detail).toContain('"Version: 2.3.l" has a letter where a digit goes');
  // A version read as it is printed says nothing of the kind.
  expect(analyze(ocr.replace('2.3.l', '2.3.1')).findings.map((f) => f.detail).join('\n')).not.toContain('a letter where a digit goes');
});
