// What the eighty-fourth review found in the fixes the checker prints.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const dropIn = '[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"';
const reset = '$ docker run -d -p 127.0.0.1:8080:80 nginx:alpine\n9b2c1d7e8f00\n$ curl -fsS http://127.0.0.1:8080/\ncurl: (56) Recv failure: Connection reset by peer';
const pastaArgv =
  'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2021';
const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          28.0.4\n rootlesskit:\n  Version:          2.3.4\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta';
const ids = (text: string) => analyze(text).findings.map((f) => f.id);
const find = (text: string, id: string) => analyze(text).findings.find((f) => f.id === id);

test('a RootlessKit with the fix shown installed, beside the reset on loopback, is not taken as the one running: restart, then check', () => {
  const extras = 'ii  docker-ce-rootless-extras  5:27.5.1-1~ubuntu.24.04~noble    amd64        Rootless support for Docker.';
  for (const installed of ['$ rootlesskit --version\nrootlesskit version 2.3.4', extras]) {
    const r = analyze(`${installed}\npasta 2025_03_20.32f6212\n${dropIn}\n${reset}`);
    expect([installed, r.verdict, r.findings[0]!.id]).toEqual([installed, 'incomplete', 'need-rootlesskit-version']);
    expect(r.findings[0]!.detail).toMatch(/RootlessKit 2\.3\.[24] is installed, yet a port published on 127\.0\.0\.1 resets: /);
    expect(r.findings[0]!.fix).toMatch(/^systemctl --user restart docker\n/);
    expect(r.findings.find((f) => f.id === 'connection-reset-seen')?.detail).not.toContain('rules this problem out');
    // Without the reset, what is installed decides as before.
    expect(analyze(`${installed}\npasta 2025_03_20.32f6212\n${dropIn}`).verdict).toBe('fixed');
  }
  // The running daemon's own RootlessKit still rules the reset out.
  expect(analyze(`${dv}\npasta 2025_03_20.32f6212\n${reset}`).verdict).toBe('fixed');
  // (Review 85) A reset from before a restart says nothing of what runs after it; one on 127.0.0.2 is passt's, with the flag too.
  const installed = '$ rootlesskit --version\nrootlesskit version 2.3.4';
  expect(analyze(`pasta 2025_03_20.32f6212\n${dropIn}\n${reset}\n$ systemctl --user restart docker\n${installed}`).verdict).toBe('fixed');
  expect(analyze(`${installed}\npasta 2025_03_20.32f6212\n${dropIn}\n${reset.replaceAll('127.0.0.1', '127.0.0.2')}`).verdict).toBe('fixed');
  // After a restart shown, a restart is not the fix: which RootlessKit runs is.
  const after = analyze(`${installed}\npasta 2025_03_20.32f6212\n${dropIn}\n$ systemctl --user restart docker\n${reset}`).findings[0]!;
  expect([after.id, after.fix]).toEqual(['need-rootlesskit-version', '# rootlesskit: Version, the one running\ndocker version']);
  expect(after.detail).toContain('resets after the restart: the daemon may run another, older binary');
});

test("pasta shown to accept the flag, running without it under a RootlessKit with the fix, beside the reset, is affected: its probe failed at the daemon's start", () => {
  for (const accepts of ['pasta 2025_03_20.32f6212', 'host-lo-to-ns-lo probe: 0']) {
    const text = `${dv}\n$ pgrep -a pasta\n2035 ${pastaArgv}\n${accepts}\n${reset}`;
    const r = analyze(text);
    expect([accepts, r.verdict, r.certainty]).toEqual([accepts, 'affected', 'confirmed']);
    const main = r.findings[0]!;
    expect(main.detail).toContain('as this one does: its probe failed when the daemon started');
    // (Review 85) Without the reset, the pasta that runs may be one from before an upgrade of passt, older than the change: not affected,
    // taken so (review 111 #2: never "fixed" beside the argv without the flag).
    expect(analyze(`${dv}\n$ pgrep -a pasta\n2035 ${pastaArgv}\n${accepts}`)).toMatchObject({ verdict: 'not-affected', certainty: 'inferred' });
    expect(main.fix).not.toContain('upgrade');
    expect(main.fix).toMatch(/^systemctl --user restart docker\n[^]*host-lo-to-ns-lo probe/);
    expect(analyzeWith(zhCn, text).findings[0]!.fix!.split('\n').filter((l) => !l.startsWith('#'))).toEqual(main.fix!.split('\n').filter((l) => !l.startsWith('#')));
  }
  // An argv from before a restart the paste shows says nothing of the pasta that runs after it.
  expect(analyze(`${dv.replace('2.3.4', '2.3.1')}\n${pastaArgv}\nhost-lo-to-ns-lo probe: 0\n${reset}\n$ systemctl --user restart docker\n${dv}`).verdict).toBe('fixed');
  // An older pasta rightly runs without it.
  expect(analyze(`${dv}\n${pastaArgv}\npasta 2024_09_06.6b38f07`).verdict).toBe('not-affected');
});

test('the fix for the host network driver switches to slirp4netns at MTU 65520, installing it unless it is shown', () => {
  const host = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host"\nJan 12 10:00:00 deb dockerd-rootless.sh[1201]: [rootlesskit:parent] error: port driver requires non-host network';
  const fix = find(`ii  slirp4netns  1.2.0-1  amd64  User-mode networking for unprivileged network namespaces\n${host}`, 'host-network-driver')!.fix!;
  expect(fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"');
  expect(fix).not.toContain('install -y slirp4netns');
  expect(find(host, 'host-network-driver')!.fix).toContain('install -y slirp4netns');
});

// What the seventh site audit found in the checker's answers.
test("a pasta release written as its tag's date is read, and a setup written by hand is said to be one, with no question its offer answers", () => {
  const r = analyze('docker 27.3.1, rootlesskit 2.3.1, pasta 2025_01_21');
  expect(r.written).toMatchObject({ rootlesskitVersion: '2.3.1', networkDriver: 'pasta', pastaDate: '2025-01-21' });
  expect([r.findings[0]!.id, r.findings[0]!.title, r.ask]).toEqual(['written-setup', 'A setup written by hand', null]);
  // Taken, it decides.
  expect(analyze('docker 27.3.1, rootlesskit 2.3.1, pasta 2025_01_21', { answers: r.written }).verdict).toBe('affected');
  // Nothing written: the step is the one for nothing recognised, and it asks which driver; so does an offer that does not say it.
  expect([analyze('hello').findings[0]!.id, analyze('hello').ask]).toEqual(['nothing-recognised', 'networkDriver']);
  expect(analyze('rootless docker 27.3.1, rootlesskit 2.3.1').ask).toBe('networkDriver');
});

test('the upgrade, install and hold commands put each branch on lines of their own', () => {
  const fix = find(' rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta', 'affected')!.fix!;
  expect(fix).toContain('\nelif dpkg -s docker-ce-rootless-extras >/dev/null 2>&1; then\n  sudo apt-get update && sudo apt-get install -y --only-upgrade');
  expect(find('rootlesskit needs to be installed', 'rootlesskit-missing')!.fix).toContain('\n  if command -v apt-get >/dev/null; then\n    sudo apt-get install -y docker-ce-rootless-extras\n');
});

test('pasta set beside a RootlessKit without its driver gets no warning about the pasta it cannot run', () => {
  const debian12 = 'ii  rootlesskit  1.1.0-1  amd64  Linux-native "fake root" for implementing rootless containers\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"';
  expect(ids(debian12)).not.toContain('host-loopback-leak');
  expect(ids(debian12.replace('1.1.0-1', '2.3.1-1'))).toContain('host-loopback-leak');
});

test("where pasta's release is not shown, the affected fix first runs the probe that says whether the rest is needed", () => {
  const rk231 = dv.replace('2.3.4', '2.3.1');
  const fix = find(`${rk231}\npasta unknown version`, 'affected')!.fix!;
  expect(fix.split('\n').slice(0, 2)).toEqual([
    '# first, the probe: 0 means this pasta has the change and the rest applies, any other number means not affected',
    'pasta --host-lo-to-ns-lo --version >/dev/null 2>&1; echo "host-lo-to-ns-lo probe: $?"',
  ]);
  expect(find(`${rk231}\npasta 2025_03_20.32f6212`, 'affected')!.fix).not.toContain('probe');
});

test("Docker on a system Docker publishes no packages for is not taken to bundle Docker's RootlessKit, unless its static install is shown", () => {
  const info = (os: string) =>
    `Server:\n Server Version: 27.3.1\n Security Options:\n  seccomp\n   Profile: builtin\n  rootless\n Operating System: ${os}\n Docker Root Dir: /home/dave/.local/share/docker`;
  const argv = (script: string) => `rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit ${script}`;
  for (const os of ['Alpine Linux v3.21', 'Arch Linux', 'openSUSE Tumbleweed']) {
    const r = analyze(`${info(os)}\n${argv('/usr/bin/dockerd-rootless.sh')}`);
    expect([os, r.verdict, r.facts.rootlesskitVersion]).toEqual([os, 'incomplete', null]);
    expect(r.findings.map((f) => f.id)).toContain('distribution-packaging');
    // Docker's static install in ~/bin bundles Docker's own.
    expect(analyze(`${info(os)}\n${argv('/home/dave/bin/dockerd-rootless.sh')}`).verdict).toBe('affected');
  }
  expect(analyze(`${info('Ubuntu 24.04.1 LTS')}\n${argv('/usr/bin/dockerd-rootless.sh')}`).verdict).toBe('affected');
  // (Review 85) Only what runs the script says where it is: not a listing, nor an error naming ~/bin.
  const ls = "ls: cannot access '/home/dave/bin/dockerd-rootless.sh': No such file or directory";
  expect(analyze(`${info('Alpine Linux v3.21')}\n${argv('/usr/bin/dockerd-rootless.sh')}\n${ls}`).verdict).toBe('incomplete');
  expect(analyze(`${info('Arch Linux')}\nExecStart=/home/dave/bin/dockerd-rootless.sh\n${argv('/home/dave/bin/dockerd-rootless.sh')}`).verdict).toBe('affected');
});

test('passt 2026_05_07 beside a RootlessKit from before pasta is not why the daemon stops: that RootlessKit never runs pasta', () => {
  const old = `$ rootlesskit --version\nrootlesskit version 1.1.0\n$ pasta --version\npasta 2026_05_07.1afd4ed\n${dropIn}`;
  const r = analyze(old);
  expect([r.verdict, r.stops, r.findings.map((f) => f.id)]).toEqual(['not-affected', 0, ['rootlesskit-without-pasta']]);
  // With a RootlessKit that has pasta, that passt still stops the daemon.
  expect(ids(old.replace('1.1.0', '2.3.1'))).toContain('passt-dual-stack-failure');
  // And where the log shows the failure, it is reported whatever the version says, RootlessKit's line alone too (review 86).
  const failed = 'Jun 01 10:00:00 host dockerd-rootless.sh[1201]: [rootlesskit:parent] error: failed to setup network &{logWriter:0xc000116050 binary:pasta mtu:65520}: pasta failed with exit code 1:';
  expect(ids(`${old}\n${failed}\nDual stack forward, but IPv6 not enabled`)).toContain('passt-dual-stack-failure');
  expect(ids(`${old}\n${failed}`)).toContain('passt-dual-stack-failure');
  // A RootlessKit seen running pasta has it, whatever the Docker version's table would say of a distribution's build (review 86).
  const argv = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh';
  for (const docker of ['20.10.24+dfsg1', '24.0.7']) {
    expect(ids(`Server:\n Engine:\n  Version:          ${docker}\n$ pasta --version\npasta 2026_05_07.1afd4ed\n$ ps -o args= -C rootlesskit\n${argv}`)).toContain('passt-dual-stack-failure');
  }
});

test('a fix appends its settings to the drop-in that sorts last among those the paste shows setting them, where systemd applies it last', () => {
  const dv27 = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta';
  const unit = (a: string, b: string) =>
    `${dv27}\n$ systemctl --user cat docker\n# /home/u/.config/systemd/user/docker.service\n[Service]\nExecStart=/usr/bin/dockerd-rootless.sh\n` +
    `# /home/u/.config/systemd/user/docker.service.d/${a}\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"\n` +
    `# /home/u/.config/systemd/user/docker.service.d/${b}\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"`;
  const switched = (text: string, messages = analyze) => messages(text).findings.find((f) => f.id === 'workaround-slirp4netns')!.fix!;
  expect(switched(unit('override.conf', 'pasta.conf'))).toContain("cat >> ~/.config/systemd/user/docker.service.d/pasta.conf <<'EOF'");
  expect(switched(unit('override.conf', 'pasta.conf'), (t) => analyzeWith(zhCn, t))).toContain('docker.service.d/pasta.conf <<');
  // A drop-in that sorts before override.conf loses to the fix's lines there.
  expect(switched(unit('10-mtu.conf', 'net.conf'))).toContain("cat >> ~/.config/systemd/user/docker.service.d/override.conf <<'EOF'");
  // Only a drop-in's name, with nothing shown of what it sets, changes nothing.
  const listed = `${dv27}\n$ systemctl --user status docker\n     Drop-In: /home/u/.config/systemd/user/docker.service.d\n             └─pasta.conf`;
  expect(analyze(listed).findings.map((f) => f.fix ?? '').join('\n')).not.toContain('pasta.conf <<');
});

// Review 84's tenth finding: the system named by the system itself, not only by docker info or docker-ce's package names.
test("the host's system is read from os-release, lsb_release and hostnamectl, so Ubuntu 24.04's AppArmor note shows; a container's is not the host's", () => {
  const rk = '$ rootlesskit --version\nrootlesskit version 2.3.4\n' + dropIn;
  const osRelease = '$ cat /etc/os-release\nPRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu';
  const lsb = '$ lsb_release -a\nNo LSB modules are available.\nDistributor ID:\tUbuntu\nDescription:\tUbuntu 24.04.2 LTS\nRelease:\t24.04\nCodename:\tnoble';
  const hostnamectl = ' Static hostname: box\n       Icon name: computer-vm\n Operating System: Ubuntu 24.04.1 LTS\n          Kernel: Linux 6.8.0-45-generic';
  for (const [shown, os] of [[osRelease, 'Ubuntu 24.04.1 LTS'], [lsb, 'Ubuntu 24.04.2 LTS'], [hostnamectl, 'Ubuntu 24.04.1 LTS']] as const) {
    const r = analyze(`${shown}\n${rk}`);
    expect([r.facts.operatingSystem, r.verdict]).toEqual([os, 'fixed']);
    expect(r.findings.map((f) => f.id)).toContain('ubuntu-apparmor');
  }
  // A container's: asked through docker, at busybox's prompt, or at a shell whose host name is a container's id.
  for (const asked of ['$ docker run --rm ubuntu:24.04 cat /etc/os-release', '/ # cat /etc/os-release', 'root@d59298cc94b7:/# cat /etc/os-release']) {
    expect([asked, analyze(`${asked}\nPRETTY_NAME="Ubuntu 24.04.1 LTS"\n${rk}`).facts.operatingSystem]).toEqual([asked, null]);
  }
  // A package's Description is no system's; docker info's own line wins over a hint.
  expect(analyze(`$ dpkg -s passt\nDescription: Ubuntu 24.04 user-mode networking\n${rk}`).facts.operatingSystem).toBeNull();
  expect(analyze(`${osRelease}\n$ docker info\nServer:\n Server Version: 27.3.1\n Security Options:\n  rootless\n Operating System: Debian GNU/Linux 12 (bookworm)`).facts.operatingSystem).toBe('Debian GNU/Linux 12 (bookworm)');
  // The system alone is a start: the next step asks for the network driver.
  expect(analyze(osRelease).findings[0]!.id).toBe('need-network-driver');
});

// Review 84's fifth finding: pasta's option written among RootlessKit's own flags stops RootlessKit.
test("--host-lo-to-ns-lo in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS stops RootlessKit: FLAGS is set again without it, also by the switch to slirp4netns", () => {
  const dpkg = 'ii  docker-ce  5:27.3.1-1~ubuntu.24.04~noble  amd64  Docker: the open-source application container engine';
  const flags = (value: string) => `${dpkg}\n${dropIn}\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=${value}"`;
  const r = analyze(flags('--host-lo-to-ns-lo'));
  const stop = r.findings.find((f) => f.id === 'flags-pasta-option')!;
  expect([stop.severity, r.stops, stop.docs]).toEqual(['error', 1, '/troubleshooting/#flags-pasta-option']);
  expect(stop.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="\nEOF');
  expect(stop.detail).toContain('This RootlessKit is older');
  expect(r.findings.find((f) => f.id === 'workaround-slirp4netns')!.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="\nEOF');
  // Other flags stay; so do the drivers' where FLAGS set them, less the option.
  expect(find(flags('--copy-up=/opt --host-lo-to-ns-lo'), 'flags-pasta-option')!.fix).toContain('FLAGS=--copy-up=/opt"');
  expect(find(flags('--net=pasta --host-lo-to-ns-lo --port-driver=implicit --copy-up=/opt'), 'workaround-slirp4netns')!.fix).toContain('FLAGS=--copy-up=/opt"');
  // RootlessKit's own refusal says the same, with no setting to set again; Chinese too.
  const log = 'Jan 10 09:00:01 host dockerd-rootless.sh[3011]: [rootlesskit:parent] error: flag provided but not defined: -host-lo-to-ns-lo';
  const logged = find(log, 'flags-pasta-option')!;
  expect([logged.fix, logged.detail]).toEqual([undefined, expect.stringContaining('Remove --host-lo-to-ns-lo from that setting')]);
  expect(analyzeWith(zhCn, flags('--host-lo-to-ns-lo')).findings.find((f) => f.id === 'flags-pasta-option')!.title).toContain('是 pasta 的选项');
  // A word that only contains it is no such flag.
  expect(ids(flags('--host-lo-to-ns-lo-x'))).not.toContain('flags-pasta-option');
});

// Review 84's eleventh finding: port driver "pasta" set, before RootlessKit knew pesto.
test('port driver "pasta" in the settings, or RootlessKit\'s refusal before pesto, is said; beside an older RootlessKit the fix is slirp4netns', () => {
  const settings = (rk: string) => `${rk}\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=pasta"`;
  const older = find(settings('$ rootlesskit --version\nrootlesskit version 2.3.1'), 'port-driver-pasta')!;
  expect(older.fix).toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns');
  expect(older.detail).toContain('With RootlessKit before 2.3.2, as this one is');
  expect(find(settings('$ rootlesskit --version\nrootlesskit version 2.3.4'), 'port-driver-pasta')!.fix).toContain('PORT_DRIVER=implicit"\nEOF');
  const refused = analyze('Jan 10 09:00:01 host dockerd-rootless.sh[3011]: [rootlesskit:parent] error: unknown port driver: pasta');
  expect([refused.findings[0]!.id, refused.stops]).toEqual(['port-driver-pasta', 1]);
  // pesto's own refusal stays its own.
  expect(ids('[rootlesskit:parent] error: unknown port driver: pesto')).not.toContain('port-driver-pasta');
});

// Review 87: what the first versions of the three above got wrong.
test("a container's or another machine's system is not the host's, nor is a package's Description after lsb_release's", () => {
  const rk = '$ rootlesskit --version\nrootlesskit version 2.3.4\n' + dropIn;
  const osRelease = 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"';
  for (const shell of ['$ docker exec -it web bash\nroot@web:/#', '$ toolbox enter\n⬢[u@toolbox ~]$', '$ ssh otherbox\nu@otherbox:~$', '$ lxc exec c1 -- bash\nroot@c1:~#']) {
    const r = analyze(`${rk}\n${shell} cat /etc/os-release\n${osRelease}`);
    expect([shell, r.facts.operatingSystem]).toEqual([shell, null]);
    // Left again, the host's is read.
    expect(analyze(`${rk}\n${shell} cat /etc/os-release\n${osRelease.replace('Ubuntu 24', 'Alpine 3')}\n${shell.split('\n')[1]} exit\n$ cat /etc/os-release\n${osRelease}`).facts.operatingSystem).toBe('Ubuntu 24.04.1 LTS');
  }
  for (const once of ['$ kubectl exec -it web -- cat /etc/os-release', '$ ssh otherbox cat /etc/os-release', 'Step 2/3 : RUN cat /etc/os-release']) {
    expect([once, analyze(`${rk}\n${once}\n${osRelease}`).facts.operatingSystem]).toEqual([once, null]);
  }
  // Its Description is lsb_release's only in its answer; os-release's answer is read without its command, by its shape.
  const lsb = '$ lsb_release -a; dpkg -s uidmap\nDistributor ID:\tUbuntu\nDescription:\tUbuntu 24.04.1 LTS\nRelease:\t24.04\nPackage: uidmap\nDescription: programs to help use subuids';
  expect(analyze(`${lsb}\n${rk}`).facts.operatingSystem).toBe('Ubuntu 24.04.1 LTS');
  expect(analyze(`${osRelease}\n${rk}`).facts.operatingSystem).toBe('Ubuntu 24.04.1 LTS');
});

test('pasta\'s option and port driver "pasta" count only where in force; the option with a value too; the refusal names the cause once', () => {
  const flags = (file: string, value: string) => `$ cat ~/.config/systemd/user/docker.service.d/${file}\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=${value}"`;
  const base = '$ rootlesskit --version\nrootlesskit version 2.3.1\n$ cat ~/.config/systemd/user/docker.service.d/10-pasta.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"';
  // A later drop-in's FLAGS wins: none here holds the option, and the switch keeps what is in force.
  const clean = analyze(`${base}\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--host-lo-to-ns-lo"\n${flags('override.conf', '--copy-up=/opt')}`);
  expect(clean.findings.map((f) => f.id)).not.toContain('flags-pasta-option');
  expect(clean.findings.find((f) => f.id === 'workaround-slirp4netns')!.fix).not.toContain('FLAGS=');
  // The option in the drop-in that sorts last: the fix goes there.
  const last = find(`${base}\n${flags('zz-flags.conf', '--host-lo-to-ns-lo=true')}`, 'flags-pasta-option')!;
  expect(last.fix).toContain('docker.service.d/zz-flags.conf <<');
  // A port driver set again later is the one in force.
  expect(ids(`${base}\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"`)).not.toContain('port-driver-pasta');
  // RootlessKit's refusal of the pair is port driver "pasta"'s, said once, with both lines.
  const refused = analyze(`${base}\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=pasta"\n[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"`);
  expect(refused.findings.map((f) => f.id)).not.toContain('pasta-port-driver-mismatch');
  expect(refused.findings.find((f) => f.id === 'port-driver-pasta')!.evidence).toHaveLength(2);
});

test('another command typed after `cat /etc/os-release` ends its answer, whatever its first letter', () => {
  for (const typed of ['$ ls', '$ Ls', 'alice@deb:~$ echo hi']) {
    const paste = `$ cat /etc/os-release\n${typed}\nPRETTY_NAME="Ubuntu 24.04.1 LTS"`;
    expect([typed, analyze(paste).facts.operatingSystem]).toEqual([typed, null]);
  }
  expect(analyze('$ cat /etc/os-release\nPRETTY_NAME="Ubuntu 24.04.1 LTS"').facts.operatingSystem).toBe('Ubuntu 24.04.1 LTS');
});
