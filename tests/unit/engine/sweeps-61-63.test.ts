// What the sweep of the collector's output on real machines (61), the sweep of pastes outside GitHub (62), the matrix sweep (63) and
// the reviews after them found.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { decodeShare, encodeShare } from '../../../src/engine/share.ts';
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

describe('review 51', () => {
  const ids = (text: string) => analyze(text).findings.map((f) => f.id);
  test("RootlessKit's own words for a pasta it did not find: its LookPath's error, and v3's feature probe", () => {
    expect(ids('[rootlesskit:parent] error: exec: "pasta": executable file not found in $PATH')).toContain('pasta-not-found');
    expect(ids('[rootlesskit:parent] error: pasta binary "pasta" is not installed: exec: "pasta": executable file not found in $PATH')).toContain('pasta-not-found');
  });
  test("the rootless-mode warning is a hint: a rootful daemon's own docker info outranks nerdctl's", () => {
    const rootful = 'Server:\n Server Version: 27.3.1\n Security Options:\n  seccomp\n   Profile: builtin\n  cgroupns\n Kernel Version: 6.8.0';
    expect(analyze(`${rootful}\n$ nerdctl info\nWARNING: Running in rootless-mode without cgroups. Systemd is required to enable cgroups in rootless-mode.`).verdict).toBe('not-rootless');
  });
  test("the daemon host's own process list with the client's dial-stdio is no remote client", () => {
    expect(analyze('rootlesskit version 2.3.1\n4321 docker system dial-stdio\nbash: pasta: command not found').signals).not.toContain('remote-daemon');
  });
  test('systemd showing the unit running takes back the stop of a pasta set and not found', () => {
    const set = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"';
    expect(ids(`pasta: not found\n${set}`)).toContain('pasta-not-found');
    expect(ids(`pasta: not found\n${set}\n     Active: active (running) since Tue 2026-12-01 09:12:44 UTC; 1 day ago`)).not.toContain('pasta-not-found');
  });
  test('a privileged port still refused keeps the finding when another was granted', () => {
    const refused = (port: number) => `Error response from daemon: error while calling RootlessKit PortManager.AddPort(): cannot expose privileged port ${port}, you can add 'net.ipv4.ip_unprivileged_port_start=${port}' to /etc/sysctl.conf (currently 1024)`;
    const held = 'LISTEN 0 4096 0.0.0.0:443 0.0.0.0:* users:(("rootlesskit",pid=4445,fd=18))';
    expect(ids(`${refused(443)}\n${refused(80)}\n${held}`)).toContain('privileged-port');
  });
  test("RootlessKit taken from a Docker version does not outweigh pasta's argv without the flag beside the reset", () => {
    const paste = `Server:\n Engine:\n  Version: 28.x\n rootlesskit:\n  NetworkDriver: pasta\npasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2777069\n$ docker run -d -p 127.0.0.1:8080:80 nginx\ncurl: (56) Recv failure: Connection reset by peer`;
    expect(analyze(paste).verdict).toBe('affected');
    expect(analyze(paste.replace('\ncurl: (56) Recv failure: Connection reset by peer', '')).verdict).toBe('not-affected');
    // A reset of a port on every address is not this one (review 52).
    expect(analyze(paste.replace('127.0.0.1:8080:80', '8080:80')).verdict).toBe('not-affected');
  });
});

describe('matrix sweep 63', () => {
  const pastaArgv = (ports: string) =>
    `pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=${ports} --udp-ports=${ports} 2777069`;
  test("pasta's argv with --tcp-ports=none forwards nothing: port driver none, not affected", () => {
    expect(analyze(`${pastaArgv('none')}\npasta 2025_02_17.a1e48a0`)).toMatchObject({ verdict: 'not-affected', facts: { portDriver: 'none' } });
    // A port driver shown outranks it: pesto runs pasta so too.
    expect(analyze(`rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --port-driver=pesto --copy-up=/etc /usr/bin/dockerd-rootless.sh\n${pastaArgv('none')}`).facts.portDriver).toBe('pesto');
    // Beside the flag it is pesto's (which needs a passt that takes the flag), not none's: fixed, as the flag says.
    const pesto = analyze(pastaArgv('none').replace(' 2777069', ' --host-lo-to-ns-lo 2777069'));
    expect(pesto.verdict).toBe('fixed');
    expect(pesto.facts.portDriver).not.toBe('none');
  });
  test('pesto set beside a RootlessKit that predates it says the daemon does not start', () => {
    const r = analyze('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=pesto"\nrootlesskit version 3.0.1');
    expect(r.stops).toBe(1);
    expect(r.findings.map((f) => f.id)).toContain('pesto-unknown');
  });
  test("Debian's repack of Docker (+dfsg) is a distribution's build: its RootlessKit is not taken from Docker's table", () => {
    const r = analyze('Server:\n Server Version: 26.1.5+dfsg1\n Security Options:\n  seccomp\n  rootless\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"');
    expect(r).toMatchObject({ verdict: 'incomplete', ask: 'rootlesskitVersion', facts: { dockerPackaging: 'distribution', rootlesskitVersion: null } });
  });
  test('a port driver printed is seen, not inferred, where pasta\'s argv says the same', () => {
    const r = analyze(`rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --port-driver=implicit --copy-up=/etc /usr/bin/dockerd-rootless.sh\n${pastaArgv('auto')}`);
    expect(r.facts.portDriver).toBe('implicit');
    expect(r.inferred).not.toContain('portDriver');
  });
  test('"pasta unknown version" is not "not shown"', () => {
    const f = analyze(`${running('2.3.1').replace('  PortDriver:       implicit', '')}\npasta unknown version`).findings[0]!;
    expect(f.detail).toContain('pasta does not print which release it is');
  });
});

describe('review 52', () => {
  const ids = (text: string) => analyze(text).findings.map((f) => f.id);
  test('a RootlessKit with the fix shown after a restart is fixed, whatever pasta\'s argv said before it', () => {
    const before = `${running('2.3.1')}\npasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2777069`;
    expect(analyze(`${before}\nhost-lo-to-ns-lo probe: 0\n$ systemctl --user restart docker\n${running('2.3.4')}`).verdict).toBe('fixed');
  });
  test('a port typed in a command, or another unit running, is no daemon shown running beside a pasta set and not found', () => {
    const set = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\npasta: not found';
    expect(ids(`${set}\n$ docker run -d -p 127.0.0.1:8080:80 nginx\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?`)).toContain('pasta-not-found');
    expect(ids(`${set}\n     Active: active (running) since Tue 2026-12-01 09:12:44 UTC; 1 day ago\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?`)).toContain('pasta-not-found');
  });
  test("pesto running beside a RootlessKit taken from the Docker table is no refusal", () => {
    const r = analyze('Server:\n Server Version: 29.6.0\n Security Options:\n  rootless\nrootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --port-driver=pesto --copy-up=/etc /usr/bin/dockerd-rootless.sh');
    expect(r.findings.map((f) => f.id)).not.toContain('pesto-unknown');
  });
  test('the refusal of a port shown held goes, that of one still refused stays and is the one named', () => {
    const refused = (port: number) => `Error response from daemon: error while calling RootlessKit PortManager.AddPort(): cannot expose privileged port ${port}, you can add 'net.ipv4.ip_unprivileged_port_start=${port}' to /etc/sysctl.conf (currently 1024)`;
    const held = 'LISTEN 0 4096 0.0.0.0:80 0.0.0.0:* users:(("rootlesskit",pid=4445,fd=18))';
    expect(analyze(`${refused(80)}\n${refused(443)}\n${held}`).findings.find((f) => f.id === 'privileged-port')?.title).toContain('443');
  });
  test("pasta's --tcp-ports=none is shared as port driver none, so a link gives the same verdict", () => {
    const r = analyze('pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=none --udp-ports=none 2777069');
    expect(analyze('', { answers: decodeShare(encodeShare(r.facts, r.inferred, r.signals)) }).verdict).toBe(r.verdict);
  });
});
