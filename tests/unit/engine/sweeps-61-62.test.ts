// What the sweep of the collector's output on real machines (61), the sweep of pastes outside GitHub (62) and the reviews after them found.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

const running = (rk: string) => `Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          ${rk}\n  StateDir:         /run/user/1000/dockerd-rootless\n  NetworkDriver:    pasta\n  PortDriver:       implicit`;

describe('RootlessKit upgraded, the daemon not restarted (sweep 61 M2)', () => {
  test('the fix restarts the daemon rather than upgrading packages already upgraded', () => {
    const f = analyze(`${running('2.3.1')}\n$ rootlesskit --version\nrootlesskit version 2.3.4`).findings[0]!;
    expect(f.id).toBe('affected');
    expect(f.detail).toContain('RootlessKit 2.3.4 is installed, but the daemon still runs the old one: restart it.');
    expect(f.fix!.startsWith('systemctl --user restart docker\n')).toBe(true);
    expect(f.fix).not.toContain('apt-get');
    const zh = analyze(`${running('2.3.1')}\nrootlesskit version 2.3.4`, { messages: zhCn }).findings[0]!;
    expect(zh.detail).toContain('已经安装了 RootlessKit 2.3.4');
  });
  test('an installed RootlessKit without the fix, or none shown, still upgrades', () => {
    for (const text of [`${running('2.3.1')}\nrootlesskit version 2.3.0`, running('2.3.1')]) {
      const f = analyze(text).findings[0]!;
      expect(f.fix).toContain('apt-get');
      expect(f.detail).not.toContain('is installed');
    }
  });
});

describe('a paste from before and after a restart (sweep 61 M3)', () => {
  test('values that all come from the running daemon are told apart without advice to restart again', () => {
    const f = analyze(`${running('2.3.1')}\n$ systemctl --user restart docker\n${running('2.3.2')}`).findings.find((x) => x.id === 'facts-disagree')!;
    expect(f.detail).toContain('RootlessKit 2.3.2 (running daemon), 2.3.1 (running daemon)');
    expect(f.detail).not.toContain('Restart');
    expect(f.fix).toBeUndefined();
  });
  test('a configured or installed value beside the running one still advises it', () => {
    const f = analyze(`${running('2.3.1')}\nrootlesskit version 2.3.4`).findings.find((x) => x.id === 'facts-disagree')!;
    expect(f.detail).toContain('Restart after changing configuration.');
    expect(f.fix).toContain('systemctl --user daemon-reload');
  });
});

describe('a client set to ask another daemon (sweep 61 M4)', () => {
  test("the check after upgrading asks the rootless daemon's own socket", () => {
    const text = labelledFixtures('synthetic').find((f) => f.file === 'collector-rootful-client-beside-running-rootless-pasta.txt')!.text;
    const f = analyze(text).findings[0]!;
    expect(f.id).toBe('affected');
    expect(f.fix).toContain('\nDOCKER_HOST=unix:///run/user/$(id -u)/docker.sock docker version\n');
    expect(analyze(running('2.3.1')).findings[0]!.fix).toContain('\ndocker version\n');
  });
});

describe("docker info's warning of a rootless daemon without cgroups (sweep 62 D1)", () => {
  test.each([
    ['as docker info prints it', 'WARNING: Running in rootless-mode without cgroups. Systemd is required to enable cgroups in rootless-mode.'],
    ["older daemons' wording", 'WARNING: Running in rootless-mode without cgroups. To enable cgroups in rootless-mode, you need to boot the system in cgroup v2 mode.'],
    ["in a daemon's log", 'time="2025-06-09T10:35:17.968855735Z" level=warning msg="WARNING: Running in rootless-mode without cgroups. Systemd is required to enable cgroups in rootless-mode."'],
    ['quoted in prose', 'no systemd ("Running in rootless-mode without cgroups...").'],
  ])('%s: the daemon is rootless, and the next step asks for its network driver', (_, line) => {
    expect(analyze(line)).toMatchObject({ verdict: 'incomplete', facts: { rootless: true }, ask: 'networkDriver' });
  });
});

describe('a privileged port refused, then granted (sweep 62 D3)', () => {
  const refused =
    "Error response from daemon: driver failed programming external connectivity: error while calling RootlessKit PortManager.AddPort(): cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024), or set CAP_NET_BIND_SERVICE on rootlesskit binary, or choose a larger port number (>= 1024): listen tcp4 0.0.0.0:80: bind: permission denied";
  const listening = 'LISTEN 0 4096 0.0.0.0:80  0.0.0.0:* users:(("rootlesskit",pid=4445,fd=16))';
  test('RootlessKit listening on the port afterwards shows the refusal dealt with', () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    expect(ids(refused)).toContain('privileged-port');
    expect(ids(`${refused}\n$ sudo setcap cap_net_bind_service=ep /usr/bin/rootlesskit\n$ ss -ltnp\n${listening}`)).not.toContain('privileged-port');
    // Before the refusal, or on another port, it is not.
    expect(ids(`${listening}\n${refused}`)).toContain('privileged-port');
    expect(ids(`${refused}\n${listening.replace(':80 ', ':8080 ')}`)).toContain('privileged-port');
  });
});
