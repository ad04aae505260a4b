import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { daemonHost, onDaemonHost } from '../../../src/engine/daemon-host.ts';
import { en } from '../../../src/engine/messages/en.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const fixOf = (text: string, id: string, lang?: 'zh-cn'): string => analyze(text, lang ? { messages: zhCn } : undefined).findings.find((f) => f.id === id)?.fix ?? '';

test('with DOCKER_HOST exported as ssh://, the fix for the daemon says first to run it on that host, as that user, and how to get there', () => {
  const fix = fixOf(fixture('docker-host-ssh-local-old-pasta-remote-pasta-over-ssh-reset.txt'), 'affected');
  expect(fix.split('\n')[0]).toBe('# on buildbox as alice, the host of the daemon DOCKER_HOST reaches: ssh alice@buildbox');
  expect(fix).toContain('systemctl --user restart docker');
});

test("echo $DOCKER_HOST's answer is the client's address: the fixes run on that host, in both languages", () => {
  const text = fixture('docker-host-ssh-echo-answer-remote-rootlesskit-2.3.1.txt');
  expect(analyze(text).signals).toContain('remote-daemon');
  for (const id of ['affected', 'workaround-slirp4netns', 'workaround-nftables'])
    expect(fixOf(text, id).split('\n')[0]).toBe('# on build01.internal as deploy, the host of the daemon DOCKER_HOST reaches: ssh deploy@build01.internal');
  expect(fixOf(text, 'affected', 'zh-cn').split('\n')[0]).toBe('# 在 build01.internal 上以 deploy 用户运行（DOCKER_HOST 连接的守护进程在那里）：ssh deploy@build01.internal');
});

test("the current context's ssh:// endpoint, with its port, is where the fixes run", () => {
  const fix = fixOf(fixture('docker-context-ssh-port-current-rootlesskit-2.3.1.txt'), 'affected');
  expect(fix.split('\n')[0]).toBe('# on build01.internal as deploy, the host of the daemon the current docker context reaches: ssh -p 2222 deploy@build01.internal');
});

test('once DOCKER_HOST is unset, the daemon is this machine’s again, and so are the fixes', () => {
  const text = fixture('docker-host-ssh-echo-answer-remote-rootlesskit-2.3.1.txt').replace('me@laptop:~$ docker version', 'me@laptop:~$ unset DOCKER_HOST\nme@laptop:~$ docker version');
  expect(fixOf(text, 'affected')).not.toContain('# on ');
});

test('a fix of docker commands alone, which go through DOCKER_HOST, is run where the client is; one with a host command is not', () => {
  const at = daemonHost([{ line: 1, text: 'export DOCKER_HOST=ssh://alice@buildbox' }]);
  expect(onDaemonHost('docker context use rootless\ndocker version', at, en.snippets)).toBe('docker context use rootless\ndocker version');
  expect(onDaemonHost('echo "$DOCKER_HOST"\ndocker context ls', at, en.snippets)).toBe('echo "$DOCKER_HOST"\ndocker context ls');
  expect(onDaemonHost('docker version\nsystemctl --user status docker', at, en.snippets).split('\n')[0]).toBe('# on buildbox as alice, the host of the daemon DOCKER_HOST reaches: ssh alice@buildbox');
});

const desktopCurrent = fixture('context-desktop-linux-current-rootless-by-context-flag-reset.txt');

test("with Docker Desktop's context current, a port published by a plain docker run and its reset are Desktop's, not the rootless daemon's asked by --context", () => {
  const r = analyze(desktopCurrent);
  expect(r.verdict).toBe('affected');
  expect(r.findings.map((f) => f.id)).not.toContain('connection-reset-seen');
  const other = r.findings.find((f) => f.id === 'context-system');
  expect(other?.title).toBe("The CLI asks Docker Desktop's daemon");
  expect(other?.evidence.map((e) => e.text)).toEqual(expect.arrayContaining(['docker run -d -p 127.0.0.1:8080:80 nginx', 'curl: (56) Recv failure: Connection reset by peer']));
  // The checks ask the rootless daemon's own socket, not the current context's.
  expect(fixOf(desktopCurrent, 'affected')).toContain('DOCKER_HOST=unix:///run/user/$(id -u)/docker.sock docker version');
  expect(analyze(desktopCurrent, { messages: zhCn }).findings.find((f) => f.id === 'context-system')?.title).toBe('CLI 询问的是 Docker Desktop 的守护进程');
});

test('a port the rootless daemon itself published (docker --context rootless run) keeps its reset', () => {
  const r = analyze(desktopCurrent.replace('$ docker run -d', '$ docker --context rootless run -d'));
  expect(r.findings.map((f) => f.id)).toContain('connection-reset-seen');
});

// The ssh connection error with no ssh:// address shown: ssh's own words name the host (review C2 #3).
const DIAL_ERROR =
  '$ docker ps\nerror during connect: Get "http://docker.example.com/v1.47/containers/json": command [ssh -o ConnectTimeout=30 -T -l ci -p 2222 -- build01 docker system dial-stdio] has exited with exit status 255, make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=ssh: connect to host build01 port 2222: Connection refused\n';

test("an ssh connection error without an ssh:// address: the host, user and port of the ssh the client ran are where the fixes run", () => {
  expect(fixOf(DIAL_ERROR, 'need-network-driver').split('\n')[0]).toBe("# on build01 as ci, the host of the daemon ssh from this client reaches: ssh -p 2222 ci@build01");
  expect(fixOf(DIAL_ERROR, 'need-network-driver', 'zh-cn').split('\n')[0]).toBe('# 在 build01 上以 ci 用户运行（客户端的 ssh 连接的守护进程在那里）：ssh -p 2222 ci@build01');
});

test("the same error with its ssh command cut away: ssh's own error names the host (its default port left out)", () => {
  const cut = '$ docker info\nerror during connect: … has exited with exit status 255, make sure the URL is valid, and Docker 18.09 or later is installed on the remote host: stderr=ssh: connect to host build01 port 22: Connection refused\n';
  expect(fixOf(cut, 'need-network-driver').split('\n')[0]).toBe("# on build01, the host of the daemon ssh from this client reaches: ssh build01");
});
