import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLIENT_TARGET, daemonLog, ID_MAPS, installPackage as installWith, installRootlesskit, OWNER, override, UPGRADE_APT, UPGRADE_DNF } from '../../../src/engine/commands.ts';
import { SERVICE, type Apply } from '../../../src/engine/apply.ts';
import { RESTART } from '../../../src/engine/drop-in.ts';
import { docker } from '../../../src/engine/data/core/docker.ts';
import { docsAnchors } from '../../../src/engine/docs-anchors.ts';
import { findingMeta } from '../../../src/engine/findings.ts';
import { analyzeWith } from '../../../src/engine/core.ts';
import { analyze, en, type Messages } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { MessageId } from '../../../src/engine/messages/types.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';
import { tempDir } from '../../support/temp-dir.ts';

const INSTALL_ROOTLESSKIT = installRootlesskit(en.snippets, SERVICE);
const installPackage = (pkg: string): string => installWith(pkg, en.snippets);

describe('findings', () => {
  test('every finding links to a listed docs anchor, and every listed anchor is used', () => {
    const used = new Set(Object.values(findingMeta).map((m) => m.docs));
    for (const docs of used) expect(docsAnchors).toContain(docs);
    expect([...used].sort()).toEqual([...docsAnchors].sort());
  });

  test('troubleshooting anchors are the finding ids', () => {
    for (const [id, meta] of Object.entries(findingMeta)) {
      if (meta.docs.startsWith('/troubleshooting/')) expect(meta.docs).toBe(`/troubleshooting/#${id}`);
    }
  });

  test("affected with no pasta release shown names the older passt the operating system's release ships, in both languages", () => {
    const driver = '$ docker version\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta';
    const detail = (text: string, messages: Messages = en) => analyzeWith(messages, text).findings.find((f) => f.id === 'affected')?.detail ?? '';
    const ubuntu = `${driver}\n$ docker info\nServer:\n Security Options:\n  rootless\n Operating System: Ubuntu 24.04.1 LTS`;
    expect(detail(ubuntu)).toContain('Ubuntu 24.04 ships passt 0.0~git20240220.1e6f92b-1');
    expect(detail(ubuntu, zhCn)).toContain('Ubuntu 24.04 自带的 passt 是 0.0~git20240220.1e6f92b-1');
    expect(detail(`${driver}\nii  docker-ce 5:27.3.1-1~debian.12~bookworm amd64 Docker`)).toContain('Debian 12 ships passt 0.0~git20230309.7c7625d-1');
    // A pasta release shown settles it; another release names no package.
    expect(detail(`${ubuntu}\n$ pasta --version\npasta 2025_02_17.a1e48a0`)).not.toContain('ships passt');
    expect(detail(ubuntu.replace('24.04.1', '22.04.4'))).not.toContain('ships passt');
    // The probe's 0 says pasta has the change: no older package to speak of, and "unknown version" is no release to name in the sentence.
    const probed = `${ubuntu}\n$ pasta --version\npasta unknown version\nhost-lo-to-ns-lo probe: 0`;
    expect(detail(probed)).not.toContain('ships passt');
    expect(detail(probed)).toContain('so pasta from 2024_10_30.ee7d0b6 on delivers');
    expect(detail(probed, zhCn)).not.toContain('unknown version');
  });

  test("a missing RootlessKit is installed from Docker's packages beside Docker's own, else from the distribution's rootlesskit package", () => {
    const fix = analyze('rootlesskit needs to be installed').findings.find((f) => f.id === 'rootlesskit-missing')?.fix;
    expect(fix).toContain(INSTALL_ROOTLESSKIT);
    const indented = (lines: string) => lines.replace(/^/gm, '  ');
    expect(INSTALL_ROOTLESSKIT).toContain(`; then\n${indented(installPackage('docker-ce-rootless-extras'))}\nelse\n${indented(installPackage('rootlesskit'))}\nfi`);
  });

  test("asking which RootlessKit runs names pasta's condition, and tells the running version from the installed one", () => {
    const asked = analyze('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"').findings.find((f) => f.id === 'need-rootlesskit-version')!;
    expect(asked.detail).toContain('(with pasta 2024_10_30.ee7d0b6 or later)');
    expect(asked.fix!.split('\n')).toEqual(['# rootlesskit: Version, the one running', 'docker version', '# the one installed, which runs after a restart', 'rootlesskit --version']);
  });

  test('MTU 1500 is reported with pasta and slirp4netns, not with vpnkit, whose MTU it always is', () => {
    const ids = (argv: string) => analyze(argv).findings.map((f) => f.id);
    expect(ids('rootlesskit --net=slirp4netns --port-driver=builtin --mtu=1500 dockerd')).toContain('mtu-1500');
    expect(ids('rootlesskit --net=pasta --port-driver=implicit --mtu=1500 dockerd')).toContain('mtu-1500');
    expect(ids('rootlesskit --net=vpnkit --port-driver=builtin --mtu=1500 dockerd')).not.toContain('mtu-1500');
  });

  test('the English catalogue has a message for every id, and findingMeta an entry', () => {
    expect(Object.keys(en.findings).sort()).toEqual(Object.keys(findingMeta).sort());
  });

  test('findings render with another catalogue of the same type', () => {
    const upper = {
      verdict: en.verdict,
      certainty: en.certainty,
      findings: Object.fromEntries(
        Object.entries(en.findings).map(([id, render]) => [id, (p: never, a: Apply) => ({ ...(render as (p: never, a: Apply) => { title: string; detail: string })(p, a), title: `X ${id}` })]),
      ),
    } as Messages;
    const r = analyze('rootlesskit version 1.1.1', { messages: upper });
    expect(r.findings[0]!.title).toBe('X rootlesskit-without-pasta');
  });

  test('neighbouring problems from configuration alone', () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id as MessageId);
    expect(ids('rootlesskit --net=pasta --port-driver=builtin dockerd')).toContain('pasta-port-driver-mismatch');
    expect(ids('rootlesskit --net=slirp4netns --port-driver=implicit dockerd')).toContain('implicit-without-pasta');
    // Newer RootlessKit words the refusal differently; pesto is accepted with pasta.
    expect(ids('[rootlesskit:parent] error: port driver "implicit" requires --net=pasta')).toContain('implicit-without-pasta');
    expect(ids('rootlesskit --net=pasta --port-driver=pesto dockerd')).not.toContain('pasta-port-driver-mismatch');
    // RootlessKit before 3.1.0 does not know pesto and stops.
    expect(ids('[rootlesskit:parent] error: unknown port driver: pesto')).toContain('pesto-unknown');
    // RootlessKit 3.1.0 and later accept pesto only with pasta.
    expect(ids('[rootlesskit:parent] error: port driver "pesto" requires --net=pasta')).toContain('pesto-without-pasta');
    expect(ids('rootlesskit --net=slirp4netns --port-driver=pesto dockerd')).toContain('pesto-without-pasta');
    expect(ids('rootlesskit --net=pasta --port-driver=pesto dockerd')).not.toContain('pesto-without-pasta');
    expect(ids('Server:\n Engine:\n  Version:          28.0.0\n rootlesskit:\n  Version: 2.3.2\n  NetworkDriver: slirp4netns\n  PortDriver: slirp4netns')).toContain('slirp4netns-port-driver-tcp');
    // A RootlessKit error broken after its colons, as a reader wraps it, reads as one.
    expect(ids('[rootlesskit:parent] error: failed to start the child:\nfork/exec /proc/self/exe: operation not permitted')).toContain('userns-unavailable');
    // Whatever white space a page or terminal left after the colon.
    expect(ids('[rootlesskit:parent] error: failed to start the child: \t\f\nfork/exec /proc/self/exe: operation not permitted')).toContain('userns-unavailable');
    expect(ids('[rootlesskit:parent] error: failed to setup UID/GID map:\n  newuidmap 29 [0 1000 1 1 100000 65536] failed:\n  newuidmap: write to uid_map failed: Operation not permitted')).toContain('id-map-failed');
    // Not a next line that starts a log line, a prompt or a sentence of prose.
    expect(ids('[rootlesskit:parent] error: failed to start the child:\n[rootlesskit:child ] error: x')).not.toContain('userns-unavailable');
    expect(ids('[rootlesskit:parent] error: failed to start the child:\nand then it just stops, permission denied everywhere')).not.toContain('userns-unavailable');
    expect(ids('[rootlesskit:parent] error: failed to start the child:\nme@box:~$ podman run -d nginx')).toContain('podman-not-docker');
    // Ubuntu's AppArmor restriction refuses the user namespace with EACCES.
    expect(ids('[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: permission denied')).toEqual(expect.arrayContaining(['userns-unavailable']));
    // RootlessKit's own warning names the restriction, on a line of its own where a log breaks the message.
    expect(ids('  /proc/sys/kernel/apparmor_restrict_unprivileged_userns is set to 1" \\')).toContain('userns-unavailable');
    expect(ids('[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: permission denied')).not.toContain('rootlesskit-failed');
    // The release after fixes it: the fix upgrades, keeping the port driver chosen for the clients' source addresses.
    const regression = analyze('protocol "tcp" is not supported by the RootlessKit port driver "slirp4netns", discarding request for "[::]:8080"').findings.find((f) => f.id === 'slirp4netns-port-driver-tcp')!;
    expect([regression.detail, regression.fix]).toEqual([expect.stringContaining(`Docker ${docker.slirpPortDriverFixed.version} fixes it`), expect.stringContaining(`Docker ${docker.slirpPortDriverFixed.version} or later`)]);
    expect(regression.fix).not.toContain('PORT_DRIVER=builtin');
    expect(regression.fix).toContain(RESTART);
    // A fixed daemon still logs the words, as a warning, for the IPv6 half it skips.
    const warning = 'protocol "tcp" is not supported by the RootlessKit port driver "slirp4netns", discarding request for "[::]:8080"';
    expect(ids(`Server: Docker Engine - Community\n Engine:\n  Version:          28.5.1\n${warning}`)).not.toContain('slirp4netns-port-driver-tcp');
    expect(ids(`Server: Docker Engine - Community\n Engine:\n  Version:          28.0.0\n${warning}`)).toContain('slirp4netns-port-driver-tcp');
    expect(ids(' rootlesskit:\n  Version: 3.1.0\n  NetworkDriver: pasta')).not.toContain('host-loopback-leak');
    expect(ids(' rootlesskit:\n  Version: 3.0.1\n  NetworkDriver: pasta\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK=false"')).not.toContain('host-loopback-leak');
    expect(ids('rootlesskit --net=pasta --port-driver=implicit dockerd\n[::1]:8080->80/tcp')).toContain('ipv6-loopback-not-forwarded');
    expect(ids(' rootlesskit:\n  Version: 3.2.0\n  NetworkDriver: pasta\n[::1]:8080->80/tcp')).not.toContain('ipv6-loopback-not-forwarded');
    expect(ids(' rootlesskit:\n  Version: 3.2.0\n  NetworkDriver: pasta\n127.0.0.2:8080->80/tcp\npasta 2026_07_16.090d739')).not.toContain('secondary-loopback');
  });

  test('the way out of a refused port driver warns when implicit would bring the reset back', () => {
    const refused = 'network "pasta" requires port driver "none" or "implicit"';
    const detail = (version: string) => analyze(`rootlesskit version ${version}\n${refused}`).findings.find((f) => f.id === 'pasta-port-driver-mismatch')!.detail;
    expect(detail('2.0.2')).toContain('implicit brings the loopback reset: the commands switch to slirp4netns instead');
    expect(detail('2.3.2')).not.toContain('loopback reset');
  });

  test('advice about passt follows the RootlessKit beside it: hold an old passt only while RootlessKit lacks the fix', () => {
    const finding = (text: string, id: string) => analyze(text).findings.find((f) => f.id === id);
    const oldPasta = 'pasta 0^20240906.g6b38f07-1.fc40.x86_64-pasta';
    const fixed = finding(` rootlesskit:\n  Version: 2.3.4\n  NetworkDriver: pasta\n${oldPasta}`, 'pasta-predates-change')!;
    expect(fixed.detail).toContain('upgrading passt is safe');
    expect(fixed.fix).toBeUndefined();
    const unfixed = finding(` rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta\n${oldPasta}`, 'pasta-predates-change')!;
    // One of the two runs, as each distribution has one of the tools: the other would only print "command not found".
    expect(unfixed.fix).toBe(
      "if command -v apt-mark >/dev/null; then\n  sudo apt-mark hold passt\nelif command -v dnf >/dev/null; then\n  sudo dnf versionlock add passt || { sudo dnf install -y python3-dnf-plugin-versionlock && sudo dnf versionlock add passt; }\nelif command -v zypper >/dev/null; then\n  sudo zypper addlock passt\nelse\n  echo 'hold passt with your package manager (pacman: IgnorePkg = passt in /etc/pacman.conf)'\nfi",
    );
    // Debian 12's passt beside Docker 26.1.5 (RootlessKit 2.0.2): a newer passt would bring the reset, so RootlessKit comes first.
    const below = finding(' rootlesskit:\n  Version: 2.0.2\n  NetworkDriver: pasta\npasta 0.0~git20230309.7c7625d-1', 'pasta-below-rootlesskit-minimum')!;
    expect(below.detail).toContain('Upgrade RootlessKit to 2.3.2 or later first, then passt');
  });

  test("the probe's 127 (no pasta) and 126 (cannot run) say nothing about the flag", () => {
    expect(analyze('host-lo-to-ns-lo probe: 127').facts.pastaAcceptsHostLoToNsLo).toBeNull();
    expect(analyze('host-lo-to-ns-lo probe: 126').facts.pastaAcceptsHostLoToNsLo).toBeNull();
    expect(analyze('host-lo-to-ns-lo probe: 1').facts.pastaAcceptsHostLoToNsLo).toBe(false);
  });

  test('while 127.0.0.1 resets too, the findings about other loopback addresses do not send the reader there', () => {
    const ports = '\n127.0.0.2:8080->80/tcp\n[::1]:8443->443/tcp';
    const affected = analyze(` rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta${ports}`).findings;
    for (const id of ['secondary-loopback', 'ipv6-loopback-not-forwarded']) expect(affected.find((f) => f.id === id)?.fix, id).toBeUndefined();
    const fixed = analyze(` rootlesskit:\n  Version: 2.3.2\n  NetworkDriver: pasta${ports}`).findings;
    expect(fixed.find((f) => f.id === 'secondary-loopback')?.detail).toContain('publish on 127.0.0.1');
  });

  test('errors that other setups print too are explained only where they can be rootless pasta\'s', () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id as MessageId);
    // A port already taken on the host is not moby#51591, which is about the namespace's own address.
    expect(ids('Error response from daemon: failed to bind host port for 0.0.0.0:8080: address already in use')).not.toContain('bind-address-in-use');
    expect(ids('Error response from daemon: failed to bind host port 10.0.2.100:3000/tcp: address already in use')).toContain('bind-address-in-use');
    // A rootful daemon's userland proxy on an address the host lacks is not the implicit port driver's.
    const proxy = 'Error starting userland proxy: listen tcp4 192.0.2.7:80: bind: cannot assign requested address';
    const rootful = readFileSync(join(import.meta.dirname, '../../fixtures/real/docker-info-rootful-28.5.1-ubuntu24.04-cdi-1.txt'), 'utf8');
    expect(ids(`${proxy}\n${rootful}`)).not.toContain('cannot-assign-address');
    expect(ids(`${proxy}\nrootlesskit --net=pasta --port-driver=implicit dockerd`)).toContain('cannot-assign-address');
  });

  test("a RootlessKit without pasta is named in a whole sentence; another network driver's finding links to the network drivers", () => {
    const [first] = analyze('rootlesskit version 0.11.0').findings;
    expect(first!.detail).toContain('; this is RootlessKit 0.11.0, so');
    expect(analyze('rootlesskit --net=slirp4netns --port-driver=builtin dockerd').findings[0]).toMatchObject({ id: 'other-network-driver', docs: '/rootless-networking/#network-drivers' });
  });

  test('publishing on all addresses comes after the firewall that restricts it', () => {
    const fix = analyze(' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta').findings.find((f) => f.id === 'workaround-nftables')!.fix!;
    expect(fix.split('\n')).toEqual(['# only where the nftables rules of Security in the guide are loaded', 'sudo nft list table inet rootless_ports > /dev/null && docker run -d -p 0.0.0.0:8080:80 nginx:alpine']);
  });

  test('the affected verdict comes with the upgrade and both workarounds, errors first', () => {
    const r = analyze(' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta\nDual stack forward, but IPv6 not enabled');
    expect(r.findings.map((f) => f.id)).toEqual([
      'affected',
      'passt-dual-stack-failure',
      'host-loopback-leak',
      'port-driver-assumed-implicit',
      'workaround-slirp4netns',
      'workaround-nftables',
    ]);
    expect(r.findings[0]!.fix).toContain('docker-ce-rootless-extras');
  });

  test("a long error line is quoted from the error itself, not cut off in Docker's preamble", () => {
    const line = `docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint web (${'0123456789abcdef'.repeat(4)}): error while calling RootlessKit PortManager.AddPort(): cannot expose privileged port 80`;
    const [main] = analyze(line).findings;
    expect(main!.evidence).toEqual([
      {
        line: 1,
        text: expect.stringMatching(/^…error while calling RootlessKit PortManager\.AddPort\(\): cannot expose privileged port 80$/),
        part: { line: 1, text: 'PortManager.AddPort()' },
      },
    ]);
    const short = 'error while calling RootlessKit PortManager.AddPort(): listen tcp4 0.0.0.0:80: bind: address already in use';
    expect(analyze(short).findings[0]!.evidence[0]!.text).toBe(short);
  });
  test("RootlessKit's report that its child exited sends the reader to the child's own error, not to the ID maps; RootlessKit running a shell or a benchmark says nothing of the daemon", () => {
    // (buildkitd's log is its container's: buildkit.test.ts.)
    const exited = analyze('open /home/user/.local/share/docker/engine-id: permission denied\n[rootlesskit:parent] error: child exited: exit status 1').findings;
    expect(exited.map((f) => [f.id, f.fix])).toEqual([['rootlesskit-failed', daemonLog(en.snippets)]]);
    expect(analyze('[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 1234 [0 1000 1] failed').findings[0]!.fix).toBe(ID_MAPS);
    // Other errors are not the ID maps' either: a state directory it could not create, a namespace refused under emulation.
    for (const cause of ['creating a state directory: mkdir /tmp/rootlesskit1947753381: permission denied', 'failed to start the child: fork/exec /proc/self/exe: invalid argument']) {
      const [found] = analyze(`[rootlesskit:parent] error: ${cause}`).findings;
      expect([found!.id, found!.fix, found!.detail]).toEqual(['rootlesskit-failed', undefined, expect.not.stringContaining('newuidmap')]);
    }
    expect(analyze("rootlesskit --net=slirp4netns --port-driver=builtin --disable-host-loopback sh -c 'ip a'").facts.networkDriver).toBeNull();
    expect(analyze('rootlesskit --net=slirp4netns --port-driver=builtin --copy-up=/etc /usr/bin/dockerd-rootless.sh').facts.networkDriver).toBe('slirp4netns');
    // Docker's own state directory says whose it is, whatever runs the script; a flag's value after a space is no child.
    expect(analyze('rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --port-driver=builtin sh -c dockerd-rootless.sh').facts.networkDriver).toBe('slirp4netns');
    expect(analyze('rootlesskit --net=slirp4netns --port-driver=builtin --reaper auto dockerd-rootless.sh').facts.networkDriver).toBe('slirp4netns');
  });
  test("a privileged port names the port and the way to bind it: RootlessKit's capability for Docker, the sysctl for Podman's rootlessport", () => {
    const docker = analyze(
      "docker: Error response from daemon: driver failed programming external connectivity on endpoint web (0a1b): Error starting userland proxy: error while calling PortManager.AddPort(): cannot expose privileged port 1023, you can add 'net.ipv4.ip_unprivileged_port_start=1023' to /etc/sysctl.conf (currently 1024), or set CAP_NET_BIND_SERVICE on rootlesskit binary, or choose a larger port number (>= 1024): listen tcp 0.0.0.0:1023: bind: permission denied.",
    );
    expect(docker.verdict).toBe('not-affected');
    const privileged = docker.findings.find((f) => f.id === 'privileged-port')!;
    expect([privileged.severity, privileged.title, privileged.docs]).toEqual(['error', 'Port 1023 is a privileged port', '/troubleshooting/#privileged-port']);
    expect(privileged.detail).toContain('net.ipv4.ip_unprivileged_port_start=1023');
    expect(privileged.fix).toBe(`sudo setcap cap_net_bind_service=ep "$(readlink -f "$(command -v rootlesskit)")"\n${RESTART}`);
    const podman = analyzeWith(zhCn, "Error: rootlessport cannot expose privileged port 443, you can add 'net.ipv4.ip_unprivileged_port_start=443' to /etc/sysctl.conf (currently 1024), or choose a larger port number (>= 1024): listen tcp 0.0.0.0:443: bind: permission denied");
    expect(podman.findings.map((f) => f.id)).toEqual(['need-docker-output', 'privileged-port', 'podman-not-docker']);
    const fix = podman.findings[1]!.fix!;
    expect(fix).toContain("echo 'net.ipv4.ip_unprivileged_port_start=443' | sudo tee /etc/sysctl.d/");
    expect(fix).not.toContain('setcap');
    expect(podman.findings[1]!.title).toBe('端口 443 是特权端口');
    // RootlessKit's advice names no daemon (nerdctl's RootlessKit gives it too): it decides the fix, not the verdict.
    const nerdctl = analyze(`Server:\n Engine:\n  Version: 27.3.1\n rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta\nFATA[0000] cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80' to /etc/sysctl.conf (currently 1024), or set CAP_NET_BIND_SERVICE on rootlesskit binary, or choose a larger port number (>= 1024)`);
    expect(nerdctl.verdict).toBe('affected');
    // Several ports: the setting must reach the lowest. Podman's older words name rootlessport without a space after it.
    const two = analyze("Error: rootlessport cannot expose privileged port 443, you can add 'net.ipv4.ip_unprivileged_port_start=443'\nError: rootlessport cannot expose privileged port 80, you can add 'net.ipv4.ip_unprivileged_port_start=80'");
    expect(two.findings.find((f) => f.id === 'privileged-port')!.fix).toContain('ip_unprivileged_port_start=80\'');
    // pasta's own words (Podman's pasta, for its -t option): the setting, which its manual recommends; the capability does not help it.
    const pasta = analyze("Error: pasta failed with exit code 1:\nFailed to bind port 80 (Permission denied) for option '-t 127.0.0.1/80-80:8080-8080'");
    const refused = pasta.findings.find((f) => f.id === 'privileged-port')!;
    expect([refused.title, refused.fix, refused.detail]).toEqual(['Port 80 is a privileged port', expect.stringContaining("ip_unprivileged_port_start=80'"), expect.stringContaining('pasta lacks')]);
    const older = analyze('Error: failed to expose ports via rootlessport: "cannot expose privileged port 80, you might need to add \\"net.ipv4.ip_unprivileged_port_start=0\\" (currently 1024) to /etc/sysctl.conf"');
    expect(older.findings.find((f) => f.id === 'privileged-port')!.fix).not.toContain('setcap');
    // Beside Docker's output, Podman's refusal still gets the setting, not RootlessKit's capability.
    const both = analyze(`Server:\n Engine:\n  Version: 27.3.1\n rootlesskit:\n  Version: 2.3.1\nError: rootlessport cannot expose privileged port 443, you can add 'net.ipv4.ip_unprivileged_port_start=443'`);
    expect(both.findings.find((f) => f.id === 'privileged-port')!.fix).not.toContain('setcap');
    // A shared link carries the signals, not the line with the port: RootlessKit's advice still gives its fix; without it, none.
    const shared = (signals: string[]) => analyze('', { signals: signals as never }).findings.find((f) => f.id === 'privileged-port')!;
    expect(shared(['privileged-port', 'privileged-port-rootlesskit']).fix).toBe(privileged.fix);
    expect([shared(['privileged-port']).title, shared(['privileged-port']).fix]).toEqual(['A privileged port (below 1024) was refused', undefined]);
  });
  test("a container on the host network is in RootlessKit's namespace only before the detached namespace: docker run's and Compose's words, not RootlessKit's or Podman's", () => {
    const info = (version: string, rootless = true) =>
      `Server:\n Server Version: ${version}\n Security Options:\n  seccomp\n   Profile: builtin\n${rootless ? '  rootless\n' : ''}  cgroupns\n Kernel Version: 6.8.0\n`;
    const has = (text: string) => analyze(text).findings.some((f) => f.id === 'host-network-mode');
    expect(has(`${info('28.5.1')}$ docker run -d --network host nginx:alpine`)).toBe(true);
    expect(has(`${info('28.5.1')}    network_mode: "host"  # the host's network`)).toBe(true);
    expect(has(`${info('28.5.1')}            "NetworkMode": "host",`)).toBe(true);
    // From the release whose dockerd-rootless.sh detaches the namespace, unless that is turned off.
    expect(has(`${info(docker.gvisorFallback.version)}$ docker run --rm --net=host -it ros roscore`)).toBe(false);
    expect(has(`${info(docker.gvisorFallback.version)}DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=false\n$ docker run --rm --net=host -it ros roscore`)).toBe(true);
    expect(has(`${info(docker.gvisorFallback.version)}DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=0\n$ docker run --rm --net=host -it ros roscore`)).toBe(true);
    // pasta with the implicit port driver forwards what the container listens on; root's client, a daemon not shown rootless, RootlessKit's own
    // --net=host and Podman's are other stories.
    expect(has(`${info('28.5.2')}DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n$ docker run --rm --net=host -it ros roscore`)).toBe(false);
    expect(has(`${info('28.5.1')}$ sudo docker run --net=host nginx`)).toBe(false);
    expect(has(`${info('28.5.1', false)}$ docker run --net=host nginx`)).toBe(false);
    expect(has('$ docker run -d --network host nginx:alpine')).toBe(false);
    expect(has(`${info('28.5.1')}rootlesskit --net=host --port-driver=none dockerd-rootless.sh`)).toBe(false);
    expect(has(`${info('28.5.1')}$ podman run --network=host nginx`)).toBe(false);
  });
  test('a CLI whose current context is the system-wide daemon beside a rootless context is told to switch, unless a daemon is shown rootless', () => {
    const contexts = 'NAME         DESCRIPTION                               DOCKER ENDPOINT\ndefault *    Current DOCKER_HOST based configuration   unix:///var/run/docker.sock\nrootless     Rootless mode                             unix:///run/user/1000/docker.sock';
    const found = (text: string) => analyze(text).findings.find((f) => f.id === 'context-system');
    expect(found(`${contexts}\ncurl: (56) Recv failure: Connection reset by peer`)).toMatchObject({ severity: 'warning', fix: 'docker context use rootless\ndocker version', docs: '/troubleshooting/#context-system' });
    expect(found(`${contexts}\nServer:\n Server Version: 28.0.1\n Security Options:\n  seccomp\n  rootless\n Kernel Version: 6.8.0`)).toBeUndefined();
  });
  test('a rootful and a rootless daemon both shown running are two daemons, in either order: no restart for what they differ in, and the verdict follows the rootless one', () => {
    const info = (version: string, rootless: boolean) =>
      `Server:\n Server Version: ${version}\n Security Options:\n  seccomp\n   Profile: builtin\n${rootless ? '  rootless\n' : ''}  cgroupns\n Kernel Version: 6.8.0`;
    const rootful = info('27.3.1', false);
    const rootless = info('28.0.1', true);
    for (const text of [`${rootful}\n${rootless}`, `${rootless}\n${rootful}`]) {
      const r = analyze(text);
      expect(r.facts).toMatchObject({ rootless: true, dockerServerVersion: '28.0.1' });
      const ids = r.findings.map((f) => f.id);
      expect(ids).toContain('two-daemons');
      expect(ids).not.toContain('facts-disagree');
      expect(r.findings.find((f) => f.id === 'two-daemons')!.fix).toBe(CLIENT_TARGET);
    }
    // One daemon seen twice is not two.
    expect(analyze(`${rootless}\n${rootless}`).findings.map((f) => f.id)).not.toContain('two-daemons');
    // Following the rootless daemon, what the rootful one reports of itself in its own output is not the rootless one's: no RootlessKit
    // inferred from its version. Not where its line shares a text section with the rootless daemon's own, nor following it.
    const argv = '$ ps -o args= -C rootlesskit\nrootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --port-driver=implicit /usr/bin/dockerd-rootless.sh';
    const rootlessLast = analyze(`$ sudo docker info\n${rootful}\n${argv}`);
    expect(rootlessLast).toMatchObject({ verdict: 'incomplete', facts: { rootless: true, dockerServerVersion: null, rootlesskitVersion: null, networkDriver: 'pasta' } });
    const format = "$ sudo docker info --format '{{.SecurityOptions}}'\n[name=apparmor name=seccomp,profile=builtin name=cgroupns]";
    const pasta = '$ ps -o args= -C pasta\npasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --tcp-ports=auto 2777069';
    const shared = analyze(`${format}\n${pasta}\n${rootless}`);
    expect(shared).toMatchObject({ verdict: 'not-affected', facts: { rootless: true, dockerServerVersion: '28.0.1', networkDriver: 'pasta', hostLoToNsLo: false } });
    // Shown last, the rootful daemon is still not the one the verdict follows, and its version gives no RootlessKit; a drop-in the
    // rootless daemon has not applied yet still disagrees with what it runs.
    const rootfulLast = analyze(`${argv}\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"\n$ sudo docker info\n${rootful}`);
    expect(rootfulLast).toMatchObject({ verdict: 'incomplete', facts: { rootless: true, dockerServerVersion: null, networkDriver: 'pasta', rootlesskitVersion: null } });
    expect(rootfulLast.findings.map((f) => f.id)).toEqual(['need-rootlesskit-version', 'facts-disagree', 'two-daemons']);
    // A Go dump of the rootful daemon's docker info on one line (minikube's log) is that daemon's alone too.
    const goDump = 'docker info: {ID:X Containers:0 ServerVersion:28.0.1 SecurityOptions:[name=seccomp,profile=builtin name=cgroupns] DockerRootDir:/var/lib/docker}';
    const options = "$ docker info | grep -A3 'Security Options'\n Security Options:\n  seccomp\n  rootless\n  cgroupns";
    expect(analyze(`${goDump}\n${options}\n${argv}`).facts).toMatchObject({ rootless: true, dockerServerVersion: null, rootlesskitVersion: null });
    // Nor are the two daemons' versions a disagreement to restart away, though an install log names one of them.
    const installed = '# Installing stable version 28.0.1\n[INFO] Installed docker.service successfully.';
    const both = analyze(`${installed}\n${rootless}\n$ sudo docker info\n${info('27.3.1', false)}`);
    expect(both.findings.map((f) => f.id)).not.toContain('facts-disagree');
    for (const r of [rootlessLast, shared, rootfulLast, both]) expect(r.findings.map((f) => f.id)).toContain('two-daemons');
    // Unless the setup tool uninstalled the rootless one after the paste last shows it running: the one shown last decides.
    const uninstalled = analyze(`${rootless}\n$ dockerd-rootless-setuptool.sh uninstall\n[INFO] Uninstalled docker.service\n$ sudo docker info\n${rootful}`);
    expect(uninstalled.facts).toMatchObject({ rootless: false, dockerServerVersion: '27.3.1' });
    expect(analyze(`$ dockerd-rootless-setuptool.sh uninstall\n[INFO] Uninstalled docker.service\n${rootless}\n${rootful}`).facts.rootless).toBe(true);
    // Nor where it installed it again after.
    const reinstalled = '[INFO] Uninstalled docker.service\n$ dockerd-rootless-setuptool.sh install\n[INFO] Installed docker.service successfully.';
    expect(analyze(`${rootless}\n${reinstalled}\n$ sudo docker info\n${rootful}`).facts.rootless).toBe(true);
    // One daemon reconfigured still disagrees with itself.
    expect(analyze(`${rootless}\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\n rootlesskit:\n  NetworkDriver: slirp4netns`).findings.map((f) => f.id)).toContain('facts-disagree');
  });
  test("the system-wide daemon's start in the journal (dockerd[N], not dockerd-rootless.sh[N]) gives no version: it is a rootful daemon's, not the rootless one's", () => {
    const started = (unit: string, version: string) =>
      `Jun 10 09:41:12 vm ${unit}: time="2025-06-10T09:41:12.5Z" level=info msg="Docker daemon" commit=bbd0a17 storage-driver=overlay2 version=${version}`;
    const rootful = started('dockerd[812]', '28.0.1');
    const rootless = started('dockerd-rootless.sh[2260]', '27.3.1');
    const argv = 'Jun 10 09:41:12 vm dockerd-rootless.sh[2215]: + exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --port-driver=implicit /home/dev/bin/dockerd-rootless.sh';
    expect(analyze(`${argv}\n${rootless}\n${rootful}`)).toMatchObject({ verdict: 'affected', facts: { rootless: true, dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1' } });
    expect(analyze(`${rootful}\n${argv}`)).toMatchObject({ verdict: 'incomplete', facts: { dockerServerVersion: null, rootlesskitVersion: null } });
    expect(analyze(rootful)).toMatchObject({ facts: { rootless: null, dockerServerVersion: null } });
    expect(analyze(rootless).facts.rootless).not.toBe(false);
    // Not a daemon shown running: a status's last lines show its start even where it has stopped since.
    const stopped = `$ sudo systemctl status docker\n○ docker.service - Docker Application Container Engine\n     Active: inactive (dead) since Tue 2025-06-10 09:40:02 CEST\n${rootful}`;
    expect(analyze(`${argv}\n${rootless}\n${stopped}`).findings.map((f) => f.id)).not.toContain('two-daemons');
  });
  test('alternative drop-ins that disagree with the running daemon give one facts-disagree finding naming every value, where it was seen, and its line', () => {
    const text = labelledFixtures('synthetic').find((f) => f.file === 'two-drop-ins-disagree.txt')!.text;
    for (const messages of [en, zhCn]) {
      const disagree = analyzeWith(messages, text).findings.filter((f) => f.id === 'facts-disagree');
      expect(disagree).toHaveLength(1);
      // Facts by their names in the reader's language, as the facts list shows them; not by the engine's keys.
      for (const value of [messages.facts.networkDriver, messages.facts.portDriver, 'pasta', 'slirp4netns', 'vpnkit', 'implicit', 'builtin']) {
        expect(disagree[0]!.detail).toContain(value);
      }
      expect(disagree[0]!.title).toContain(messages.facts.networkDriver);
      // Each value says where it was seen: what runs, or what is only configured.
      const [running, config] = messages === en ? [' (running daemon)', ' (configuration)'] : ['（正在运行的守护进程）', '（配置）'];
      for (const value of ['pasta', 'implicit']) expect(disagree[0]!.detail).toContain(value + running);
      for (const value of ['slirp4netns', 'vpnkit', 'builtin']) expect(disagree[0]!.detail).toContain(value + config);
      expect(`${disagree[0]!.title} ${disagree[0]!.detail}`).not.toMatch(/networkDriver|portDriver/);
      // The running NetworkDriver and PortDriver lines, and the three drop-in lines that differ from them.
      expect(disagree[0]!.evidence.map((e) => e.line).sort((a, b) => a - b)).toEqual([3, 4, 7, 14, 15]);
    }
    // One line setting both drivers is shown once.
    const argv = analyze('rootlesskit --net=pasta --port-driver=implicit dockerd\nrootlesskit --net=slirp4netns --port-driver=builtin dockerd');
    expect(argv.findings.filter((f) => f.id === 'facts-disagree').map((f) => f.evidence.map((e) => e.line))).toEqual([[2, 1]]);
  });

  test('finding texts carry no unrendered placeholders', () => {
    const r = analyze('', { answers: { networkDriver: 'pasta', rootlesskitVersion: '2.3.1' } });
    for (const f of r.findings) expect(`${f.title} ${f.detail} ${f.fix ?? ''}`).not.toMatch(/undefined|(?<!\/dev\/)null|\[object/);
  });

  test("the affected verdict's upgrade is one command that upgrades Docker's packages with apt or dnf where they are installed, and only there", () => {
    const fix = analyze(' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta').findings[0]!.fix!;
    // From its "if" to its "fi", a line each, as a reader reads it on a phone.
    const line = fix.slice(fix.indexOf('\nif ') + 1, fix.indexOf('\nfi\n') + 3);
    expect(line.split('\n').every((l) => l.length < 150)).toBe(true);
    /** Runs the line in sh on a machine with these programs (sudo only reports what it was asked to run) and these files in ~/bin. */
    const on = (programs: string[], bin: string[] = []): string => {
      const path = tempDir('upgrade-path-');
      const home = tempDir('upgrade-home-');
      // A program named with "!" fails (dpkg -s of a package that is not installed).
      for (const p of programs) writeFileSync(join(path, p.replace('!', '')), p === 'sudo' ? '#!/bin/sh\necho "sudo $*"\n' : p.endsWith('!') ? '#!/bin/sh\nexit 1\n' : '#!/bin/sh\n', { mode: 0o755 });
      mkdirSync(join(home, 'bin'));
      for (const b of bin) writeFileSync(join(home, 'bin', b), '#!/bin/sh\n', { mode: 0o755 });
      return spawnSync('/bin/sh', ['-c', line], { encoding: 'utf8', env: { PATH: path, HOME: home } }).stdout;
    };
    expect(on(['sudo', 'apt-get', 'dpkg'])).toBe('sudo apt-get update\nsudo apt-get install -y --only-upgrade docker-ce docker-ce-cli docker-ce-rootless-extras\n');
    expect(on(['sudo', 'dnf', 'rpm'])).toBe('sudo dnf upgrade -y docker-ce docker-ce-cli docker-ce-rootless-extras\n');
    // A distribution's Docker (apt would skip packages that are not installed), Arch, openSUSE, Void; a static-tarball install: the packages
    // are not what runs. Which package provides RootlessKit is asked where they are not installed.
    const elsewhere = 'RootlessKit in ~/bin, or not from the packages of Docker: see Upgrade in the guide\n';
    expect(on(['sudo', 'apt-get', 'dpkg!'])).toBe(elsewhere);
    expect(on(['sudo', 'pacman'])).toBe(elsewhere);
    expect(on(['sudo', 'apt-get', 'dpkg'], ['rootlesskit'])).toBe(elsewhere);
    expect(line.split('\nelse\n')[1]).toContain(OWNER);
    // A distribution's Docker: its own package provides RootlessKit, and Docker's packages are not installed.
    const distribution = analyze('ii  docker.io  26.1.5+dfsg1-9+b9  amd64  Linux container runtime\n rootlesskit:\n  Version: 2.0.2\n  NetworkDriver: pasta').findings[0]!;
    expect(distribution.id).toBe('affected');
    expect(distribution.fix).toContain(OWNER);
    expect(distribution.fix).not.toContain('apt-get');
    const page = readFileSync(join(import.meta.dirname, '../../../content/en/remediation.mdx'), 'utf8');
    for (const command of [UPGRADE_APT, UPGRADE_DNF]) {
      // The page runs as root, so without sudo, and interactively, so without -y; the apt update is its own line there.
      for (const part of command.replace(/sudo | -y/g, '').split(' && ')) expect(page).toContain(part);
    }
  });
});

describe('drop-in fixes', () => {
  const drop = '~/.config/systemd/user/docker.service.d';
  const fixes = (text: string) => analyze(text).findings.map((f) => f.fix ?? '').filter((fix) => fix.includes('override.conf'));

  test('append to the existing drop-in through a heredoc, then reload and restart', () => {
    const lines = override('MTU=65520').split('\n');
    expect(lines).toEqual([
      `mkdir -p ${drop}`,
      `cat >> ${drop}/override.conf <<'EOF'`,
      '',
      '[Service]',
      'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"',
      'EOF',
      'systemctl --user daemon-reload && systemctl --user restart docker',
    ]);
  });

  test('every drop-in fix the checker gives pastes into a shell: ini lines only inside the heredoc, never a `cat >` that replaces the file', () => {
    const all = [
      ...fixes(' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta'),
      ...fixes('rootlesskit --net=pasta --port-driver=builtin dockerd'),
      ...fixes('rootlesskit --net=slirp4netns --port-driver=implicit dockerd'),
      ...fixes('rootlesskit --net=pasta --port-driver=implicit --mtu=1500 dockerd'),
    ];
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const fix of all) {
      expect(fix).toContain(`cat >> ${drop}/override.conf <<'EOF'`);
      expect(fix).not.toMatch(/cat > /);
      expect(fix).toMatch(/systemctl --user daemon-reload && systemctl --user restart docker$/);
      const lines = fix.split('\n');
      const start = lines.findIndex((l) => l.startsWith('cat >>'));
      const end = lines.indexOf('EOF');
      expect(end).toBeGreaterThan(start);
      const outside = [...lines.slice(0, start), ...lines.slice(end + 1)];
      expect(outside.filter((l) => /^\[Service\]|^Environment=/.test(l))).toEqual([]);
    }
  });

  test('claims stay as strong as their sources: the nftables workaround is inferred, the detach-netns failure can happen, the leak reaches the namespace', () => {
    const byId = (text: string) => new Map(analyze(text).findings.map((f) => [f.id, f.detail]));
    const affected = byId(' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta');
    expect(affected.get('workaround-nftables')).toContain('inferred');
    // With --detach-netns (the default from Docker 29.5.0) dockerd itself runs in the host's namespace (moby#47103).
    expect(affected.get('host-loopback-leak')).toContain("processes in RootlessKit's network namespace may reach");
    expect(affected.get('host-loopback-leak')).not.toContain('dockerd');
    expect(byId('Server:\n Engine:\n  Version: 29.5.0\nslirp4netns: executable file not found').get('slirp4netns-not-found')).toContain('can then fail');
    // Podman's words for the same missing program stop a container, not Docker's daemon.
    const podman = 'host:\n  arch: amd64\n  slirp4netns:\n    executable: ""\nversion:\n  Version: 4.9.3\nError: could not find slirp4netns, the network namespace can\'t be configured: exec: "slirp4netns": executable file not found in $PATH';
    expect([...byId(podman).keys()]).not.toContain('slirp4netns-not-found');
  });

  test('switching back to slirp4netns keeps the fast MTU, so the fix does not cause the MTU finding', () => {
    const fix = analyze(' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta').findings.find((f) => f.id === 'workaround-slirp4netns')!.fix!;
    expect(fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"');
    expect(fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"');
  });

  test('switching back to slirp4netns installs it first, with any of four package managers, only when the paste does not show it installed', () => {
    const finding = (text: string) => analyze(text).findings.find((f) => f.id === 'workaround-slirp4netns')!;
    const affected = ' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta';
    expect(finding(affected).detail).toContain('The commands install it first.');
    expect(finding(affected).fix!).toMatch(new RegExp(`^${installPackage('slirp4netns').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n`));
    for (const manager of ['apt-get install -y', 'dnf install -y', 'zypper install -y', 'pacman -S --needed --noconfirm']) expect(installPackage('slirp4netns')).toContain(`${manager} slirp4netns`);
    // Another package manager is named, not guessed at.
    expect(installPackage('slirp4netns')).toMatch(/\nelse\n  echo 'install slirp4netns with your package manager'\nfi$/);
    const installed = finding(`${affected}\nslirp4netns version 1.2.1`);
    expect(installed.detail).not.toContain('install it');
    expect(installed.fix).not.toContain('install');
  });
});
