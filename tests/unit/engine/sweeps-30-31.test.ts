// What sweeps 30 and 31 of public pastes and review 27 found the engine misreading.
import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze } from '../../../src/engine/index.ts';
import { sections } from '../../../src/engine/sections.ts';

const ids = (text: string): string[] => analyze(text).findings.map((f) => f.id);
const finding = (text: string, id: string) => analyze(text).findings.find((f) => f.id === id);

const server = (version: string) =>
  `Server: Docker Engine - Community\n Engine:\n  Version:          ${version}\n containerd:\n  Version:          1.7.22\n runc:\n  Version:          1.1.14\n docker-init:\n  Version:          0.19.0\n  GitCommit:        de40ad0`;
const client = 'Client: Docker Engine - Community\n Version:           27.3.1\n Context:           default\n\n';

describe('Docker Desktop', () => {
  test("its daemon names itself in docker info's Operating System, as text or JSON: not rootless", () => {
    expect(analyze('Server:\n Server Version: 28.1.1\n Operating System: Docker Desktop').facts.rootless).toBe(false);
    expect(analyze('{"ID":"f","OperatingSystem":"Docker Desktop","OSType":"linux","Archi').facts.rootless).toBe(false);
    expect(analyze('Server:\n Server Version: 28.1.1\n Operating System: Ubuntu 24.04.1 LTS').facts.rootless).toBeNull();
  });
  test('a client whose plugins are Desktop\'s builds, with no daemon shown, gets the Docker Desktop step rather than "which network driver?"', () => {
    const info = 'Client:\n Version:    25.0.1\n Context:    default\n Plugins:\n  buildx: Docker Buildx (Docker Inc.)\n    Version:  v0.12.1-desktop.4\n';
    expect(ids(info)[0]).toBe('docker-desktop');
    expect(ids(info.replace('-desktop.4', ''))[0]).toBe('need-network-driver');
    // Beside a rootless daemon, the client's origin says nothing of it.
    expect(ids(`${info}\nServer:\n Server Version: 27.3.1\n Security Options:\n  seccomp\n  rootless`)).not.toContain('docker-desktop');
  });
  test('its plugins\' paths say which system it runs on', () => {
    const mac = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nClient:\n Version:    27.4.0\n Context:    default\n Plugins:\n  buildx: Docker Buildx (Docker Inc.)\n    Version:  v0.17.1-desktop.1\n    Path:     /Users/anna/.docker/cli-plugins/docker-buildx\n';
    expect(finding(mac, 'docker-desktop')?.title).toBe('Docker on a Mac is not rootless Docker');
    expect(finding(mac, 'daemon-not-running')?.fix).toBe('docker desktop start\ndocker version');
    expect(finding(mac.replace('/Users/anna/.docker/', 'C:\\Program Files\\Docker\\'), 'docker-desktop')?.title).toBe('Docker on Windows is not rootless Docker');
    // A Mac's or WSL's (docker/desktop-feedback#451): Docker Desktop, on a system the path does not tell.
    expect(finding(mac.replace('/Users/anna/.docker/', '/usr/local/lib/docker/'), 'docker-desktop')?.title).toBe('Docker Desktop is not rootless Docker');
  });
  test("the daemon that names itself Docker Desktop is said to be Desktop's, not merely rootful", () => {
    expect(finding('Server:\n Server Version: 28.1.1\n Operating System: Docker Desktop', 'rootful-daemon')?.title).toBe("The daemon is Docker Desktop's");
  });
  test("its client that finds no daemon is told to start Docker Desktop, not a rootless daemon", () => {
    const text = 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\nClient: Docker Engine - Community\n Cloud integration: v1.0.35+desktop.5\n Version:           24.0.7\n';
    // Docker Desktop's CLI from 4.37 on, else (on Linux) its user service: a system the client does not name may be either.
    expect(finding(text, 'daemon-not-running')?.fix).toBe('docker desktop start || systemctl --user start docker-desktop\ndocker version');
    expect(finding(text.replace('+desktop.5', ''), 'daemon-not-running')?.fix).toContain('systemctl --user start docker\n');
  });
});

describe('docker version piped into a filter, its server part ending at docker-init', () => {
  const host = '$ echo $DOCKER_HOST\nunix:///run/user/1000/docker.sock\n';
  // head printed as many lines as it was asked for (the client part's four with its blank line, the server part's ten).
  test('may have been cut there (docker version | head): not shown rootful', () => {
    expect(analyze(`${host}$ docker version | head -n 14\n${client}${server('27.3.1')}`).facts.rootless).toBe(true);
    expect(analyze(`$ DOCKER_HOST=unix:///run/user/1000/docker.sock docker version | head -n 14\n${client}${server('27.3.1')}`).facts.rootless).toBe(true);
    for (const command of ['env DOCKER_HOST=unix:///run/user/$(id -u)/docker.sock docker version | head -n 14', 'docker version | grep -v WARNING | head -n 14']) {
      expect(analyze(`$ ${command}\n${client}${server('27.3.1')}`).facts.rootless, command).toBeNull();
    }
    expect(analyze(`$ docker version 2>&1 | head -14\n${client}${server('27.3.1')}`).facts.rootless).toBeNull();
    expect(analyze(`$ docker version | sed -n 1,14p\n${client}${server('27.3.1')}`).facts.rootless).toBeNull();
    expect(ids(`${host}$ docker version | head -n 14\n${client}${server('27.3.1')}\n$ curl 127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer`)[0]).toBe('need-network-driver');
  });
  test('whole, it shows a rootful daemon, whatever DOCKER_HOST says (sudo and -H ask the system-wide one)', () => {
    expect(analyze(client + server('27.3.1')).facts.rootless).toBe(false);
    expect(analyze(`${host}$ sudo docker version\n${client}${server('27.3.1')}`).facts.rootless).toBe(false);
    expect(analyze(`${host}$ docker -H unix:///var/run/docker.sock version | head -n 27\n${client}${server('27.3.1')}`).facts.rootless).toBe(false);
    expect(analyze(`$ DOCKER_HOST=unix:///var/run/docker.sock docker version | grep -iA4 server\n${client}${server('27.3.1')}`).facts.rootless).toBe(false);
    // Filters that keep it whole: tee, grep -v, sed to the end, and head or grep -A with more lines than it printed.
    const whole = ['sudo docker version 2>&1 | tee version.txt', 'docker version | grep -v WARNING', 'docker version | head -n 50', "docker version | sed -n '/Server/,$p'", 'docker version | grep -A 30 Server'];
    for (const filter of whole) {
      expect(analyze(`${host}$ ${filter}\n${client}${server('27.3.1')}`).facts.rootless, filter).toBe(false);
    }
  });
  test("Docker's server keys before its components (up to 17.x) give its version; ctr's, in the same layout, do not", () => {
    expect(analyze('Server:\n Version:      1.8.2-el7\n API version:  1.20\n Go version:   go1.4.2').facts.dockerServerVersion).toBe('1.8.2-el7');
    expect(analyze('$ sudo ctr version\nClient:\n  Version:  1.7.22\n  Revision: 7f7fdf5f\n\nServer:\n  Version:  1.7.22\n  Revision: 7f7fdf5f\n  UUID: 1c7d').facts.dockerServerVersion).toBeNull();
    // docker version | grep Version: the Engine's comes first, containerd's and docker-init's after it.
    expect(analyze(`$ docker version | grep -iE 'server|version'\n${server('27.3.1').replace(/\n [a-z-]+:/g, '').replace(' Engine:\n', '')}\n  API version:      1.47`).facts.dockerServerVersion).toBe('27.3.1');
  });
});

describe('errors a comment quotes, refusals a running daemon got past', () => {
  const running = '\n$ docker version | grep -A3 rootlesskit\n rootlesskit:\n  Version:          2.3.4\n  NetworkDriver:    pasta';
  test('a comment that quotes a refusal stops nothing; the installer\'s own "# " lines and BuildKit\'s "#26 " steps still count', () => {
    expect(ids('# pasta needs PORT_DRIVER=implicit, otherwise rootlesskit fails with\n#   network "pasta" requires port driver "none" or "implicit"')).toEqual(['nothing-recognised']);
    expect(ids('network "pasta" requires port driver "none" or "implicit"')).toContain('pasta-port-driver-mismatch');
    expect(ids('#26 2.199 [rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted')).toContain('userns-unavailable');
    expect(ids('##[error][rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted')).toContain('userns-unavailable');
    // A TAP diagnostic's or a heading's "# " before another error is no comment that quotes a setting's refusal.
    expect(ids('# [rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: operation not permitted')).toContain('userns-unavailable');
    expect(ids('# [rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"')).toContain('pasta-port-driver-mismatch');
  });
  test('a refusal of the drivers, then the daemon running: no stop', () => {
    const refused = 'Mar 03 09:10:02 ci01 dockerd-rootless.sh[1390]: [rootlesskit:parent] error: port driver requires pasta network';
    expect(ids(refused)).toContain('implicit-without-pasta');
    expect(ids(refused + running)).not.toContain('implicit-without-pasta');
    const missing = 'May 12 10:00:01 deb dockerd-rootless.sh[901]: [rootlesskit:parent] error: failed to setup network: exec: "slirp4netns": executable file not found in $PATH';
    expect(ids(missing + running)).not.toContain('slirp4netns-not-found');
  });
});

describe("slirp4netns not found: Docker's --detach-netns failure only where Docker may be 29.5.0 or later", () => {
  const line = 'exec: "slirp4netns": executable file not found in $PATH';
  test("Docker 29.5.0 or later: --detach-netns and the setting that turns it off; an older Docker: install it", () => {
    const newer = finding(`${server('29.5.0')}\n${line}`, 'slirp4netns-not-found')!;
    expect([newer.title, newer.detail]).toEqual(['slirp4netns not found with --detach-netns', expect.stringContaining('even where it is installed')]);
    expect(finding(`${server('29.4.0')}\n${line}`, 'slirp4netns-not-found')?.fix).toBeUndefined();
  });
  test("Docker's version unknown (or another program's words, k3s's): install it, or, if it is installed, the setting", () => {
    for (const text of [`[rootlesskit:parent] error: ${line}`, `FATA[0000] ${line}`]) {
      const f = finding(text, 'slirp4netns-not-found')!;
      expect([f.title, f.detail]).toEqual(['slirp4netns not found', expect.stringContaining('If slirp4netns is not installed')]);
    }
  });
});

describe('other errors read', () => {
  test("systemctl's hint after su (not allowed on that user's bus), and newer systemd's wording: no login session", () => {
    expect(ids('Failed to connect to bus: Operation not permitted (consider using --machine=<user>@.host --user to c')).toContain('no-user-session');
    expect(ids('Failed to connect to user scope bus via local transport: Operation not permitted (consider using --machine=<user>@.host --user to connect to bus of other user)')).toContain('no-user-session');
  });
  test("RootlessKit's network error where another program prints it without RootlessKit's tag (k3s)", () => {
    expect(ids('FATA[2020-04-29T15:00:45.809243936+09:00] failed to setup network &{binary:slirp4netns mtu:65520}: waiting for ready fd: slirp4netns failed')).toContain('rootlesskit-failed');
  });
});

describe("the guide's --host-lo-to-ns-lo probe, as the guide gives it", () => {
  const rootlesskit = '\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta';
  test('its bare exit status on the next line; pasta\'s own words for an option it does not know', () => {
    const probe = (status: string) => analyze(`$ pasta --host-lo-to-ns-lo --version >/dev/null 2>&1; echo $?\n${status}${rootlesskit}`);
    expect(probe('1').facts.pastaAcceptsHostLoToNsLo).toBe(false);
    expect(probe('1').verdict).toBe('not-affected');
    expect(probe('0').facts.pastaAcceptsHostLoToNsLo).toBe(true);
    expect(probe('127').facts.pastaAcceptsHostLoToNsLo).toBeNull();
    expect(analyze(`pasta: unrecognized option '--host-lo-to-ns-lo'${rootlesskit}`).verdict).toBe('not-affected');
    // A pipe's status is its last command's; a number further down is another command's output.
    expect(analyze(`pasta --host-lo-to-ns-lo --version 2>/dev/null | head -1; echo $?\n0${rootlesskit}`).facts.pastaAcceptsHostLoToNsLo).toBeNull();
    expect(analyze(`pasta --host-lo-to-ns-lo --version >/dev/null 2>&1; echo $?\nsysctl -n kernel.apparmor_restrict_unprivileged_userns\n1${rootlesskit}`).facts.pastaAcceptsHostLoToNsLo).toBeNull();
  });
});

test('a passt snapshot dated before the change was written has the old mapping; one dated after it, before its release, may not', () => {
  const rootlesskit = ' rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n';
  expect(analyze(`${rootlesskit}passt 0.0~git20241001.abcdef1-1`).verdict).toBe('not-affected');
  expect(analyze(`${rootlesskit}passt 0.0~git20241020.abcdef1-1`).verdict).toBe('affected');
});

test("docker info | grep 'Server Version|rootless': the item it picks out after the Server Version", () => {
  expect(analyze("$ docker info | grep -E 'Server Version|rootless'\n Server Version: 27.3.1\n  rootless").facts.rootless).toBe(true);
  expect(analyze("$ docker info | grep -E 'Server Version|Security' | sort\n Server Version: 27.3.1\nrootless").facts.rootless).toBeNull();
  // Another command's output after the grep's, flush left: a context's or a user's name.
  expect(analyze('docker info | grep -i rootless\n\ndocker context ls -q\ndefault\nrootless').facts.rootless).toBeNull();
});

describe('the drop-in systemd has not loaded', () => {
  const dropIn = '$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\n';
  const show = (command: string, path: string) => `$ systemctl --user show docker --property=Environment${command}\nEnvironment=PATH=${path}\n`;
  test("is said where the unit's environment lacks the settings, and its settings are left out", () => {
    const r = analyze(dropIn + show('', '/usr/bin:/bin'));
    expect([r.facts.networkDriver, r.findings.map((f) => f.id)]).toEqual([null, expect.arrayContaining(['drop-in-not-loaded'])]);
  });
  test('not after a daemon-reload, nor where the pager may have cut the line (a long PATH), nor beside the running drivers', () => {
    expect(ids(`${dropIn}${show('', '/usr/bin:/bin')}$ systemctl --user daemon-reload && systemctl --user restart docker\n`)).not.toContain('drop-in-not-loaded');
    const long = `/home/dev/bin:/home/dev/.local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;
    expect(ids(dropIn + show('', long))).not.toContain('drop-in-not-loaded');
    expect(ids(dropIn + show(' --no-pager', long))).toContain('drop-in-not-loaded');
    expect(ids(`${dropIn}${show('', '/usr/bin:/bin')} rootlesskit:\n  Version: 2.3.4\n  NetworkDriver: pasta`)).not.toContain('drop-in-not-loaded');
  });
  test('not where its line was wrapped with the settings on the next, nor with variables from files or the manager, nor for exports', () => {
    expect(ids(`${dropIn}${show(' --no-pager', '/usr/bin:/bin')}DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n`)).not.toContain('drop-in-not-loaded');
    expect(ids(`${dropIn}${show(' -p EnvironmentFiles', '/usr/bin:/bin')}EnvironmentFiles=/home/dev/.config/docker.env (ignore_errors=no)\n`)).not.toContain('drop-in-not-loaded');
    const exported = analyze(`${show('', '/usr/bin:/bin')}$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n$ dockerd-rootless.sh &\n`);
    expect([exported.facts.networkDriver, exported.findings.map((f) => f.id)]).toEqual(['pasta', expect.not.arrayContaining(['drop-in-not-loaded'])]);
  });
  test('after a daemon-reload shown before it, the file is not where systemd reads: systemctl cat shows what it read', () => {
    expect(finding(`${dropIn}$ systemctl --user daemon-reload && systemctl --user restart docker\n${show('', '/usr/bin:/bin')}`, 'drop-in-not-loaded')?.fix).toBe('systemctl --user cat docker');
    // Shown, reloaded, shown again without them: the last one counts.
    const twice = `${dropIn}${show('', '/usr/bin:/bin')}$ systemctl --user daemon-reload\n${show('', '/usr/bin:/bin')}`;
    expect(finding(twice, 'drop-in-not-loaded')?.fix).toBe('systemctl --user cat docker');
    // systemd's own warning asks for the reload; it is none.
    const warned = `${dropIn}$ systemctl --user restart docker\nWarning: The unit file, source configuration file or drop-ins of docker.service changed on disk. Run 'systemctl --user daemon-reload' to reload units.\n`;
    expect(finding(warned + show('', '/usr/bin:/bin'), 'drop-in-not-loaded')?.fix).toContain('systemctl --user daemon-reload');
    // --user after the verb is the same reload.
    expect(ids(`${dropIn}${show('', '/usr/bin:/bin')}$ systemctl daemon-reload --user\n`)).not.toContain('drop-in-not-loaded');
  });
});

test('braces that open no JSON value are text, not thousands of sections of their own', () => {
  expect(sections(clean('{\nx\n'.repeat(1000)).lines)).toHaveLength(1);
  expect(sections(clean('{"ServerVersion":"27.3.1"}\n{\nx').lines).map((s) => s.kind)).toEqual(['json', 'text']);
});

test("nerdctl's answer to docker's format is nerdctl's: it is no second daemon", () => {
  const docker = "$ docker info -f '{{.SecurityOptions}}'\n[name=seccomp,profile=builtin name=rootless name=cgroupns]\n";
  const nerdctl = "$ sudo nerdctl info -f '{{.SecurityOptions}}'\n[name=seccomp,profile=builtin name=cgroupns]\n";
  expect(analyze(docker + nerdctl).facts.rootless).toBe(true);
  expect(ids(docker + nerdctl)).not.toContain('two-daemons');
  expect(analyze(nerdctl + docker.replace(' name=rootless', '')).facts.rootless).toBe(false);
});
