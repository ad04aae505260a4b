// What the hundred-and-second review found in pastes the checker had not seen: docker's own formats asked with -f, or with several fields,
// left the running daemon's version unread; and dnf5's package information, which names no installed state in its fields, was not read.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const settings = `$ grep -h ROOTLESSKIT ~/.config/systemd/user/docker.service.d/*.conf\nEnvironment=${P}NET=pasta\nEnvironment=${P}PORT_DRIVER=implicit`;
/** The daemon's version and system as read, with the line each was read from. */
const daemon = (paste: string) => {
  const r = analyze(paste);
  return { version: r.facts.dockerServerVersion, os: r.facts.operatingSystem, lines: r.evidence.dockerServerVersion?.map((e) => e.line) ?? [] };
};

test("docker's format of the server version is read however the flag is written, from docker version and docker info", () => {
  for (const command of [
    `docker version -f '{{.Server.Version}}'`,
    `docker version --format='{{.Server.Version}}'`,
    `docker info -f '{{.ServerVersion}}'`,
    `docker info --format "{{ .ServerVersion }}" 2>/dev/null`,
  ]) {
    expect(daemon(`$ ${command}\n27.4.0`), command).toMatchObject({ version: '27.4.0', lines: [2] });
  }
});

test("several fields on one line are read by their places: the version and system decide what the verdict names", () => {
  // /tmp/r102/27: docker info's security options as JSON, its version and its system.
  const paste = `$ docker info --format '{{json .SecurityOptions}} {{.ServerVersion}} {{.OperatingSystem}}'
["name=seccomp,profile=builtin","name=rootless","name=cgroupns"] 27.3.1 Debian GNU/Linux 12 (bookworm)
${settings}`;
  // The system last on the line is read where the next line is typed at a prompt: no hard wrap cut it short (task C19).
  expect(daemon(paste)).toEqual({ version: '27.3.1', os: 'Debian GNU/Linux 12 (bookworm)', lines: [2] });
  expect(analyze(paste)).toMatchObject({ verdict: 'affected', facts: { rootlesskitVersion: '2.3.1' } });
  // A line after it that goes on with no prompt may be its wrapped rest: it is not read then.
  expect(daemon(paste.replace(' (bookworm)', '\n(bookworm)')).os).toBeNull();
  // With text after it, it is whole: Docker 27.3.1's RootlessKit lacks the fix, and Debian 12's own passt predates the change.
  const bounded = paste.replace("{{.OperatingSystem}}'", "({{.OperatingSystem}})'").replace('Debian GNU/Linux 12 (bookworm)', '(Debian GNU/Linux 12 (bookworm))');
  expect(daemon(bounded)).toEqual({ version: '27.3.1', os: 'Debian GNU/Linux 12 (bookworm)', lines: [2] });
  const r = analyze(bounded);
  expect(r.verdict).toBe('affected');
  expect(r.findings[0]!.detail).toContain('Debian 12 ships passt');
  // Go's list form (spaces inside brackets) holds its place too.
  expect(daemon(`$ docker info -f '{{.SecurityOptions}} {{.ServerVersion}}'\n[name=seccomp,profile=builtin name=rootless] 28.0.4`).version).toBe('28.0.4');
  // A long line that is not the output is passed over in one pass, however many ways its words could be split among the fields.
  const long = `$ docker info -f '{{.Name}} {{.ID}} {{.ServerVersion}} {{.OperatingSystem}}!'\n${'x '.repeat(30_000)}`;
  expect(daemon(long).version).toBeNull();
});

test("a format is read only where it is plain fields on this machine's daemon", () => {
  // Another daemon asked for itself alone: its answer is not this machine's.
  expect(daemon(`$ DOCKER_HOST=ssh://alice@buildbox docker info --format '{{.ServerVersion}}'\n29.1.3`).version).toBeNull();
  expect(daemon(`$ docker --context remote version -f '{{.Server.Version}}'\n29.1.3`).version).toBeNull();
  // A template with actions of its own prints what they choose; and a line that is not a version is none.
  expect(daemon(`$ docker version -f '{{if .Server}}{{.Server.Version}}{{end}}'\n27.4.0`).version).toBeNull();
  expect(daemon(`$ docker version -f '{{.Server.Version}}'\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?`).version).toBeNull();
});

test("dnf5's package information under Installed packages is an installed package; under Available packages it is not", () => {
  // /tmp/r102/39: Fedora 41's dnf info --installed passt.
  const info = (header: string) => `$ dnf info passt
Updating and loading repositories:
Repositories loaded.
${header}
Name            : passt
Epoch           : 0
Version         : 0^20250217.ga1e48a0
Release         : 1.fc41
Architecture    : x86_64
From repository : updates`;
  const installed = analyze(`${info('Installed packages')}\n${settings}`);
  expect(installed.facts).toMatchObject({ pastaVersion: '0^20250217.ga1e48a0', pastaDate: '2025-02-17' });
  expect(analyze(`${info('Available packages')}\n${settings}`).facts.pastaDate).toBeNull();
});

test("a port bound on the namespace's own address shows RootlessKit's port manager in use, so pasta forwards nothing itself: not affected", () => {
  // /tmp/r102/28: Docker binds there only for a port driver that refuses the namespace's loopback (slirp4netns); implicit keeps the
  // host's address, builtin binds on loopback.
  const paste = `$ docker run -p 8080:80 nginx
docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint festive_wu (0ab1): failed to bind host port 10.0.2.100:8080/tcp: address already in use
$ docker version --format '{{.Server.Version}}'
29.0.1`;
  const r = analyze(paste);
  expect(r.verdict).toBe('not-affected');
  expect(r.facts).toMatchObject({ rootless: true, portManager: true, dockerServerVersion: '29.0.1' });
  expect(r.findings.map((f) => f.id)).toEqual(['port-driver-excludes-pasta', 'bind-address-in-use']);
  expect(r.findings[1]!.title).toContain('regression with the slirp4netns port driver');
  // The same words about a host address are a port taken on the host, which says nothing of the driver.
  expect(analyze(paste.replace('10.0.2.100:8080', '127.0.0.1:8080')).facts.portManager).toBeNull();
});

// Review 106 #2: the note's title said "pasta forwards no ports by itself" beside slirp4netns, which plays pasta's part there.
test("the port manager's note names no pasta in its title: the network driver is not known, and may be slirp4netns", () => {
  const paste = `$ slirp4netns --version
slirp4netns version 1.3.1
$ docker run -p 8080:80 nginx
docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint festive_wu (0ab1): failed to bind host port 10.0.2.100:8080/tcp: address already in use
$ docker version --format '{{.Server.Version}}'
29.0.1`;
  for (const r of [analyze(paste), analyzeWith(zhCn, paste)]) {
    const note = r.findings.find((f) => f.id === 'port-driver-excludes-pasta')!;
    expect(note.title).toMatch(/implicit/);
    expect(note.title).not.toMatch(/pasta/);
  }
});
