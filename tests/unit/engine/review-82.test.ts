// What the eighty-second review found.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SERVER_VERSION_FORMAT, VERIFY_FLAG_OUTPUT, VERIFY_ROOTLESSKIT_FORMAT } from '../../../src/engine/guide-checks.ts';
import { analyze } from '../../../src/engine/index.ts';

const rkArgv =
  'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --slirp4netns-sandbox=auto --slirp4netns-seccomp=auto --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh';
const pastaArgv =
  'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2036';
const affected = (text: string) => analyze(text).findings.find((f) => f.id === 'affected');

test('the RootlessKit on the PATH is not the one that runs where pasta runs without the flag it would pass: affected, and a restart', () => {
  const probe = `$ rootlesskit --version\nrootlesskit version 2.3.4\n$ pasta --version\npasta 2025_03_20.32f6212\n$ pgrep -a rootlesskit\n2030 ${rkArgv}\n$ pgrep -a pasta\n2041 ${pastaArgv}`;
  expect([analyze(probe).verdict, analyze(probe).certainty]).toEqual(['affected', 'confirmed']);
  expect(affected(probe)?.detail).toContain('RootlessKit 2.3.4 is installed, but the daemon still runs the old one: restart it.');
  expect(analyze(probe).facts.rootlesskitVersion).toBeNull();
  // The reset itself, with pasta's version not shown: no longer "not affected, pasta predates the change".
  const reset = `$ rootlesskit --version\nrootlesskit version 2.3.4\n$ curl http://127.0.0.1:8080/\ncurl: (56) Recv failure: Connection reset by peer\n$ docker run -d -p 127.0.0.1:8080:80 nginx\n$ ps -o args= -C pasta\n${pastaArgv}`;
  expect(analyze(reset).verdict).toBe('affected');
  // A package's version, too.
  expect(analyze(`ii  rootlesskit  2.3.4-1  amd64  rootless containers\n${pastaArgv}\npasta 2025_03_20.32f6212`).verdict).toBe('affected');
});

test('a RootlessKit too old for pasta, beside a RootlessKit that runs it, is not the running one', () => {
  const text = `$ rootlesskit --version\nrootlesskit version 1.1.0\n$ ps -o args= -C rootlesskit,pasta\n${rkArgv}\n${pastaArgv}`;
  expect(analyze(text).verdict).toBe('affected');
  expect(analyze(text).findings.map((f) => f.id)).not.toContain('rootlesskit-without-pasta');
});

test('the RootlessKit the running daemon reports still decides: with the fix, pasta without the flag is an older pasta', () => {
  const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          28.0.1\n rootlesskit:\n  Version:          2.3.4\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta';
  expect(analyze(`${dv}\n$ ps -o args= -C pasta\n${pastaArgv}`).verdict).toBe('not-affected');
  // And a RootlessKit on the PATH with the fix, with pasta's argv carrying the flag, is fixed.
  expect(analyze(`rootlesskit version 2.3.4\n${pastaArgv.replace('--stderr', '--stderr --host-lo-to-ns-lo')}`).verdict).toBe('fixed');
});

test('versions a repository offers (dnf check-update, list --upgrades, repoquery) are not installed ones', () => {
  const unit = `● docker.service - Docker Application Container Engine (Rootless)\n     Active: active (running) since Tue 2025-11-04 09:12:01 CET; 28min ago\n     CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/docker.service\n             ├─2030 ${rkArgv}`;
  for (const listing of [
    '$ sudo dnf check-update rootlesskit\nLast metadata expiration check: 0:41:12 ago on Tue 04 Nov 2025 09:02:11 CET.\n\nrootlesskit.x86_64                 2.3.4-1.fc41                            updates',
    'rootlesskit.x86_64                 2.3.4-1.fc41                            updates',
    '$ dnf repoquery --latest-limit=1 rootlesskit\nrootlesskit-0:2.3.4-1.fc41.x86_64',
    'Available Upgrades\nrootlesskit.x86_64                 2.3.4-1.fc41                            updates',
    'Available upgrades\nrootlesskit.x86_64                 2.3.4-1.fc41                            updates',
  ])
    expect([listing, analyze(`${unit}\n${listing}`).facts.rootlesskitVersion]).toEqual([listing, null]);
  const both =
    '$ dnf list --installed rootlesskit\nInstalled Packages\nrootlesskit.x86_64                 2.3.1-1.fc41                            @fedora\n$ dnf list --upgrades rootlesskit\nAvailable Upgrades\nrootlesskit.x86_64                 2.3.4-1.fc41                            updates';
  expect(analyze(`${unit}\n${both}`).facts.rootlesskitVersion).toBe('2.3.1');
  expect(analyze(`${unit}\n${both}`).verdict).toBe('affected');
  // dnf5 names an installed row's repository without dnf4's "@", under its own header.
  expect(analyze(`${unit}\nInstalled packages\nrootlesskit.x86_64   2.3.1-1.fc42   fedora`).facts.rootlesskitVersion).toBe('2.3.1');
  expect(analyze(`${unit}\nrootlesskit.x86_64   2.3.1-1.fc42   @fedora`).facts.rootlesskitVersion).toBe('2.3.1');
});

test('pasta set alone, before Docker 28.5.2, runs with the script’s builtin port driver, which RootlessKit refuses: the daemon does not start', () => {
  const set = '$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\n$ rootlesskit --version\nrootlesskit version 2.3.1';
  const old = analyze(`${set}\nii  docker-ce-rootless-extras 5:27.3.1-1~ubuntu.24.04~noble amd64        Rootless support for Docker.`);
  expect([old.verdict, old.facts.portDriver, old.findings[0]?.id]).toEqual(['incomplete', 'builtin', 'pasta-port-driver-mismatch']);
  expect(old.findings[0]?.detail).toContain('No port driver is set, so dockerd-rootless.sh of Docker 27.3.1 (before 28.5.2) sets builtin.');
  // From 28.5.2 the script sets implicit; and a daemon shown running pasta started with a port driver it accepts.
  expect(analyze(`${set}\nii  docker-ce-rootless-extras 5:28.5.2-1~ubuntu.24.04~noble amd64        Rootless support for Docker.`).verdict).toBe('affected');
  const running = `${set}\nServer: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta`;
  expect(analyze(running).verdict).toBe('affected');
});

test('where FLAGS set the drivers, the fixes that set them set FLAGS again without them: it comes last and would win', () => {
  const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta';
  const fix = (text: string, id: string) => analyze(text).findings.find((f) => f.id === id)?.fix ?? '';
  const flags = '[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit --copy-up=/etc --mtu 1500"';
  expect(fix(`${flags}\n${dv}`, 'workaround-slirp4netns')).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/etc"\nEOF');
  // Exported in a shell that runs the script by hand, with no user service shown: FLAGS is unset there (review 92 #7, review 99 #4).
  expect(fix(`export DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="--net=pasta --port-driver=builtin"\n$ dockerd-rootless.sh\n${dv}`, 'pasta-port-driver-mismatch')).toMatch(/\nunset DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS\nsh -c '[^\n]*'\ndockerd-rootless\.sh &$/);
  expect(fix(`[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --port-driver=builtin"\n${dv}`, 'pasta-port-driver-mismatch')).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="\nEOF');
  // Without drivers in FLAGS, FLAGS is left alone.
  expect(fix(`[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\n${dv}`, 'workaround-slirp4netns')).not.toContain('FLAGS');
});

test("the output of the guide's own checks is read: the running RootlessKit's version and driver, pasta's flag, the daemon's version", () => {
  const rk = `$ docker version --format '${VERIFY_ROOTLESSKIT_FORMAT}'`;
  const r = analyze(`${rk}\n2.3.1 pasta`);
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.networkDriver]).toEqual(['affected', '2.3.1', 'pasta']);
  const flag = (out: string) =>
    `${rk}\n2.3.4 pasta\n$ args=$(pgrep -a -u "$(id -u)" -x 'pasta|pasta\\.avx2|passt\\.avx2')\n$ case $args in\n  '') echo 'pasta is not running' ;;\n  *--host-lo-to-ns-lo*) echo 'flag present' ;;\n  *) echo 'flag missing' ;;\nesac\n${out}`;
  expect([analyze(flag('flag present')).verdict, analyze(flag('flag present')).certainty]).toEqual(['fixed', 'confirmed']);
  expect(analyze(flag('flag missing')).facts.hostLoToNsLo).toBe(false);
  const server = analyze(`$ docker version --format '${SERVER_VERSION_FORMAT}'\n27.3.1\n$ docker version | grep -E 'NetworkDriver|PortDriver'\n  NetworkDriver:    pasta`);
  expect([server.verdict, server.facts.dockerServerVersion, server.facts.rootlesskitVersion]).toEqual(['affected', '27.3.1', '2.3.1']);
  // Without the command, such lines say nothing.
  expect(analyze('2.3.4 pasta\nflag present').verdict).toBe('incomplete');
  expect(analyze('2.3.4 pasta\nflag present').facts.rootlesskitVersion).toBeNull();
});

test('the guide prints the checks the checker reads, in both languages', () => {
  for (const lang of ['en', 'zh-cn']) {
    const remediation = readFileSync(join(import.meta.dirname, `../../../content/${lang}/remediation.mdx`), 'utf8');
    expect(remediation).toContain(`docker version --format '${VERIFY_ROOTLESSKIT_FORMAT}'`);
    expect(remediation).toContain(`*--host-lo-to-ns-lo*) echo '${VERIFY_FLAG_OUTPUT.present}' ;;`);
    expect(remediation).toContain(`*) echo '${VERIFY_FLAG_OUTPUT.missing}' ;;`);
    const troubleshooting = readFileSync(join(import.meta.dirname, `../../../content/${lang}/troubleshooting.mdx`), 'utf8');
    expect(troubleshooting).toContain(`docker version --format '${SERVER_VERSION_FORMAT}'`);
  }
});

test("an issue template's fields without bullets, with pasta's version among them, are offered: pasta does not print its version so", () => {
  const r = analyze('Docker version: 27.3.1\nRootlessKit version: 2.3.1\nNetwork driver: pasta\npasta version: 2025_03_20.32f6212');
  expect(r.written).toEqual({ rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' });
  expect(r.facts.pastaDate).toBe('2025-03-20');
  // pasta's own line is its output, which no offer stands beside.
  expect(analyze('Docker version: 27.3.1\nRootlessKit version: 2.3.1\nNetwork driver: pasta\npasta 2025_03_20.32f6212').written).toBeUndefined();
});
