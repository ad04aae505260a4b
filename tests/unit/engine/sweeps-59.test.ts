// What this stop's damage sweep, review and sweep of public pastes found the engine misreading.
import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze } from '../../../src/engine/index.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

const texts = (text: string) => clean(text).lines.map((l) => l.text);
const synthetic = (file: string) => labelledFixtures('synthetic').find((f) => f.file === file)!;

describe("grep -n's line numbers (damage sweep 57)", () => {
  const fedora = synthetic('pasta-fedora-old-docker-version.txt');
  const lines = fedora.text.trimEnd().split('\n');

  test('a paste numbered by grep -n reads as the output itself: an old Fedora pasta is still not affected', () => {
    const numbered = lines.map((l, i) => `${i * 3 + 2}:${l}`).join('\n');
    expect(numbered).toContain('29:pasta 0^20240906');
    expect(analyze(numbered)).toMatchObject({ verdict: 'not-affected', facts: { pastaDate: '2024-09-06' } });
  });
  test("with context (\"N-\"), grep's \"--\" between groups, and the file's name when grep read several", () => {
    const context = lines.map((l, i) => `${i + 10}${i === 8 ? ':' : '-'}${l}`);
    context.splice(4, 0, '--');
    expect(analyze(context.join('\n')).facts.pastaDate).toBe('2024-09-06');
    // grep -rn -A: a file's match starts the run, its context follows.
    const named = lines.map((l, i) => `notes/docker.md${i === 0 ? ':' : '-'}${i + 10}${i === 0 ? ':' : '-'}${l}`).join('\n');
    expect(analyze(named)).toMatchObject({ verdict: 'not-affected', facts: { pastaDate: '2024-09-06', rootlesskitVersion: '2.3.1' } });
  });
  test("a line of the output that starts with a digit loses only grep's number", () => {
    expect(texts('9:PORTS\n10:127.0.0.2:8080->80/tcp')).toEqual(['PORTS', '127.0.0.2:8080->80/tcp']);
  });
  test("times, dates and numbers that do not go up keep theirs", () => {
    const kept = ['09:59:59 host dockerd: a', '10:00:01 host dockerd: b', '2024-10-30 passt', '2025-02-17 passt', '12:pids:/user.slice', '11:memory:/user.slice', '1:alone'];
    // A time before every line of a block is a log's prefix (shared-prefix.ts), kept as the line's prefix.
    expect(clean(kept.join('\n')).lines.map((l) => (l.prefix ?? '') + l.text)).toEqual(kept);
  });
});

describe("vim's and less -N's line numbers (damage sweep 59)", () => {
  const fedora = synthetic('pasta-fedora-old-docker-version.txt');
  test('"  1 " before every line, as vim with number set copies it, is not the output', () => {
    const numbered = fedora.text.trimEnd().split('\n').map((l, i) => `${String(i + 1).padStart(3)} ${l}`).join('\n');
    expect(numbered).toContain('  5   Version:          2.3.1');
    expect(analyze(numbered)).toMatchObject({ verdict: 'not-affected', facts: { rootlesskitVersion: '2.3.1', pastaDate: '2024-09-06' } });
  });
  test("process ids in a row of two (pgrep -a) keep theirs: only three lines or more count up as an editor's", () => {
    const pgrep = ['2001 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta', '2002 /proc/self/exe --state-dir=/run/user/1000/dockerd-rootless'];
    expect(texts(pgrep.join('\n'))).toEqual(pgrep);
  });
});

describe('a version written with a part left out (damage sweep 59)', () => {
  const component = (version: string) =>
    `Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          ${version}\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  StateDir:         /run/user/1000/dockerd-rootless`;
  test.each(['2.3.x', '2.3.X', '2.3.?', '2.3.*', '2.3.<redacted>', '2.x'])('RootlessKit %s is neither affected nor fixed: the part left out decides', (version) => {
    const r = analyze(component(version));
    expect(r.verdict).toBe('incomplete');
    expect(r.findings[0]).toMatchObject({ id: 'need-pasta-argv', detail: expect.stringContaining('leaves out the part that decides') });
  });
  test('a part left out where it does not decide still decides: RootlessKit 3.x has the fix, 1.1.x has no pasta', () => {
    expect(analyze(component('3.x')).verdict).toBe('fixed');
    expect(analyze(component('1.1.x')).verdict).toBe('not-affected');
  });
  const docker = (version: string) => analyze(`Server: Docker Engine - Community\n Engine:\n  Version:          ${version}\n rootlesskit:\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta`);
  test("Docker's bundled RootlessKit is inferred when every release the version may be bundles the same, else only its lowest", () => {
    expect(docker('27.3.x')).toMatchObject({ verdict: 'affected', facts: { rootlesskitVersion: '2.3.1' } });
    // The lowest decides where it has the fix (sweep 61's left-out "29.x"); below the fix it decides nothing.
    for (const version of ['28.0.x', '29.x']) expect(docker(version)).toMatchObject({ verdict: 'fixed', certainty: 'inferred', facts: { rootlesskitVersion: null } });
    for (const version of ['27.5.x', '27.x']) expect(docker(version)).toMatchObject({ verdict: 'incomplete', facts: { rootlesskitVersion: null } });
    expect(analyze(`Server:\n Engine:\n  Version: 29.x\n rootlesskit:\n  NetworkDriver: pasta`).findings.find((f) => f.id === 'rootlesskit-from-docker-version')?.title).toBe(
      'RootlessKit 2.3.5 or later (inferred from Docker 29.x)',
    );
  });
});

describe('what docker info and docker inspect print (damage sweep 59, review 46)', () => {
  test("a warning printed inside the Security Options list does not end it: a rootless daemon's list is not rootful", () => {
    const info = 'Server:\n Server Version: 27.3.1\n Security Options:\n  seccomp\n   Profile: builtin\nWARNING: No swap limit support\n  rootless\n  cgroupns\n Kernel Version: 6.8.0';
    expect(analyze(info).facts.rootless).toBe(true);
  });
  test("docker inspect's file under /var/lib/docker is rootful's, whatever the line says after it (review 46 #1)", () => {
    const paste = `"LogPath": "/var/lib/docker/containers/06d3/06d3-json.log",  (the rootless one had /home/me/.local/share/docker/containers/ here)`;
    expect(analyze(paste).facts.rootless).toBeNull();
    expect(analyze('"LogPath": "/home/me/.local/share/docker/containers/06d3/06d3-json.log",').facts.rootless).toBe(true);
  });
});

describe('a port driver configured is not the one running (review 46 #2)', () => {
  const running = '$ docker version\n rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  StateDir:         /run/user/1000/dockerd-rootless';
  const set = (driver: string) => `I set DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=${driver} in the override and restarted:\n${running}`;
  test('docker version leaving PortDriver out beats a configured builtin: implicit runs, and the two disagree', () => {
    const r = analyze(set('builtin'));
    expect(r).toMatchObject({ verdict: 'affected', facts: { portDriver: 'implicit' } });
    expect(r.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['facts-disagree', 'port-driver-assumed-implicit']));
    expect(r.findings.map((f) => f.id)).not.toContain('pasta-port-driver-mismatch');
  });
  test('a configured none stands: docker version leaves PortDriver out for none as well', () => {
    expect(analyze(set('none'))).toMatchObject({ verdict: 'not-affected', facts: { portDriver: 'none' } });
  });
  test('in docker version --format json too', () => {
    const json = '{"Server":{"Components":[{"Name":"rootlesskit","Version":"2.3.1","Details":{"ApiVersion":"1.1.1","NetworkDriver":"pasta","StateDir":"/run/user/1000/dockerd-rootless"}}]}}';
    expect(analyze(`DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin\n${json}`).facts.portDriver).toBe('implicit');
  });
});

describe('public pastes (sweep 59)', () => {
  test("Docker 28's wording of an address the host does not have (foxly-it/rootguard's notes)", () => {
    const paste = 'Error response from daemon: failed to set up container networking: failed to bind host port 192.168.178.7:53/tcp: cannot assign requested address';
    expect(analyze(paste).findings.map((f) => f.id)).toContain('cannot-assign-address');
  });
  test("Podman's own lines in the journal make the paste Podman's (containers/podman#22168)", () => {
    const paste = 'Mar 27 19:24:33 opti7080-1 podman[671]: 2024-03-27 19:24:33.296599607 -0400 EDT m=+0.038062311 container create 44067063e341 (image=homepage, name=homepage)';
    expect(analyze(paste).findings.map((f) => f.id)).toContain('podman-not-docker');
  });
});

describe('what flattening, notes and prompts do to a paste (damage sweep 60)', () => {
  const fedora = synthetic('pasta-fedora-old-docker-version.txt').text;
  test("pasta's version with its copyright on the same line (echo $(pasta --version)) is still its version", () => {
    const flat = fedora.replace('-pasta\nCopyright', '-pasta Copyright');
    expect(flat).toContain('x86_64-pasta Copyright Red Hat');
    expect(analyze(flat)).toMatchObject({ verdict: 'not-affected', facts: { pastaDate: '2024-09-06' } });
  });
  test("a reader's note after a value or a header (\"<-- this one\", \"# here\") is not the output", () => {
    const fixed = synthetic('fixed-ports-secondary-ipv6.txt').text;
    for (const note of ['   <-- this one', '  # here']) {
      const noted = fixed.replace('28.1.1\n', `28.1.1${note}\n`).replace(' rootlesskit:\n', ` rootlesskit:${note}\n`).replace('2.3.4\n', `2.3.4${note}\n`);
      expect(analyze(noted)).toMatchObject({ verdict: 'fixed', facts: { dockerServerVersion: '28.1.1', rootlesskitVersion: '2.3.4' } });
    }
  });
  const rootful = labelledFixtures('real').find((f) => f.file === 'docker-version-rootful-29.6.1-ubuntu24.04-1.txt')!.text.trimEnd();
  test('an indented prompt after docker-init is no component cut off: the daemon is still rootful', () => {
    expect(analyze(`${rootful}\n user@host  ~/src   main  curl -s http://127.0.0.1:8080`).verdict).toBe('not-rootless');
  });
  test('a component cut off after docker-init still may be rootlesskit', () => {
    expect(analyze(`${rootful}\n rootlessk`).verdict).toBe('incomplete');
    expect(analyze(`${rootful}\n  (rest cut off by the chat)`).verdict).toBe('incomplete');
  });
  test("a reader's sentence indented after docker-init is no component (review 49)", () => {
    expect(analyze(`${rootful}\n  That is on the host, the rootful one; I have not set up rootless yet.`).verdict).toBe('not-rootless');
  });
});

describe('what review 47 found in the first fixes', () => {
  const pasta = (flag: string) =>
    `pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto${flag} 2777069`;
  test("a configured none does not beat pasta's running --tcp-ports=auto, which RootlessKit passes only for implicit", () => {
    const paste = `Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=none"\n$ ps -o args= -C pasta\n${pasta('')}\n$ rootlesskit --version\nrootlesskit version 2.3.1`;
    expect(analyze(paste)).toMatchObject({ verdict: 'affected', facts: { portDriver: 'implicit' } });
  });
  test("pasta's own command line says the port driver: no note that none was shown", () => {
    expect(analyze(`$ ps -o args= -C pasta\n${pasta(' --host-lo-to-ns-lo')}`).findings.map((f) => f.id)).not.toContain('port-driver-assumed-implicit');
  });
  test("process ids in a row before RootlessKit, its child and pasta (ps -o pid,args) are no editor's numbers", () => {
    const ps = ['   2101 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520', '   2102 /proc/self/exe --state-dir=/run/user/1000/dockerd-rootless', '   2103 pasta --config-net'];
    expect(texts(ps.join('\n'))).toEqual(ps.map((l) => l.trim()));
  });
  test("an option glued to a warning (\"rootlessWARNING: …\") is still the list's", () => {
    const info = 'Server:\n Server Version: 27.3.1\n Security Options:\n  seccomp\n   Profile: builtin\n  rootlessWARNING: bridge-nf-call-iptables is disabled\n  cgroupns\n Kernel Version: 6.8.0';
    expect(analyze(info).facts.rootless).toBe(true);
  });
  test('a failed binding on every address ([::], 0.0.0.0) is no specific address the implicit driver cannot publish', () => {
    const paste = 'Error response from daemon: failed to bind host port [::]:8080/tcp: cannot assign requested address';
    expect(analyze(paste).findings.map((f) => f.id)).not.toContain('cannot-assign-address');
  });
});

describe('an argv cut at the screen edge (damage sweep 60)', () => {
  test('its last number may be cut too: no MTU of 150 from "--mtu=150" of 1500', () => {
    const cut = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=150';
    expect(analyze(cut).facts.mtu).toBeNull();
    expect(analyze(`${cut}0 --copy-up=/etc /usr/bin/dockerd-rootless.sh`).facts.mtu).toBe(1500);
  });
});

describe('lines cut at one column (a block selection, cut -c)', () => {
  test("the setup tool's next line is no wrap's piece: its uninstall still counts (damage sweep 60)", () => {
    const { text } = synthetic('rootless-uninstalled-then-rootful-reset.txt');
    const cut = text.split('\n').map((l) => l.slice(0, 72)).join('\n');
    expect(cut).not.toEqual(text);
    expect(analyze(text).verdict).toBe('not-rootless');
    expect(analyze(cut).verdict).toBe('not-rootless');
  });
});

describe("the guide's own collector on real machines (sweep 61)", () => {
  const rootlesskit = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  StateDir:         /run/user/1000/dockerd-rootless';
  test("its output with every newline lost still splits at its own steps: an old pasta's probe says not affected", () => {
    const output = `$ docker version\n${rootlesskit}\n$ pasta --version\npasta unknown version\nCopyright Red Hat\nhost-lo-to-ns-lo probe: 1\n$ slirp4netns --version\nslirp4netns version 1.2.1`;
    expect(analyze(output).verdict).toBe('not-affected');
    const flat = output.split('\n').map((l) => l.trim()).join(' ');
    expect(analyze(flat)).toMatchObject({ verdict: 'not-affected', facts: { pastaAcceptsHostLoToNsLo: false } });
  });
  const wsl = (client: string) =>
    `$ docker version\n${client}\n$ pgrep -a -u "$(id -u)" -x rootlesskit\n2345 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --port-driver=implicit --copy-up=/etc --copy-up=/run /usr/bin/dockerd-rootless.sh\n$ pgrep -a -u "$(id -u)" -x 'pasta|pasta\\.avx2|passt\\.avx2'\n2390 pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 2361\n$ systemctl --user status docker --no-pager --full\nSystem has not been booted with systemd as init system (PID 1). Can't operate.`;
  test('without systemd, a daemon shown running was started by hand: no stop, wherever systemctl answers', () => {
    const r = analyze(wsl(rootlesskit));
    expect(r).toMatchObject({ verdict: 'fixed', stops: 0 });
    expect(r.findings.map((f) => f.id)).not.toContain('no-systemd');
  });
  test('a client that found no daemon after the daemon was shown running: systemd missing still stops it (review 49)', () => {
    const after = `${wsl(rootlesskit)}\n$ docker ps\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?`;
    expect(analyze(after).findings.map((f) => f.id)).toContain('no-systemd');
  });
});
