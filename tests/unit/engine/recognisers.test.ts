import { describe, expect, test } from 'vitest';
import { knownErrors } from '../../../src/engine/data/core/diagnostics.ts';
import { translatedResets } from '../../../src/engine/data/index.ts';
import { analyze } from '../../../src/engine/index.ts';
import type { Facts } from '../../../src/engine/types.ts';

const facts = (text: string): Facts => analyze(text).facts;

describe('docker info (text)', () => {
  test('client-only output with an unreachable daemon', () => {
    const r = analyze('Client:\n Version:    28.2.2\n Context:    default\n\nServer:\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?');
    expect(r.facts.dockerClientVersion).toBe('28.2.2');
    // The per-user socket hints at rootless Docker, but a hint decides nothing.
    expect(r.facts.rootless).toBe(true);
    expect(r.verdict).toBe('incomplete');
    expect(r.findings.map((f) => f.id)).toContain('daemon-not-running');
  });
  test("Docker 29's message for an unreachable daemon", () => {
    const r = analyze('failed to connect to the docker API at unix:///run/user/1000/docker.sock; check if the path is correct and if the daemon is running: dial unix /run/user/1000/docker.sock: connect: no such file or directory');
    expect(r.findings.map((f) => f.id)).toContain('daemon-not-running');
    expect(r.findings.map((f) => f.id)).not.toContain('nothing-recognised');
  });
  test('a Security Options list cut off inside an item, at the end of the paste, says nothing about rootful', () => {
    expect(facts('Server:\n Security Options:\n  seccomp\n   Profi').rootless).toBeNull();
    expect(facts('Server:\n Security Options:\n  seccomp\n   Profile: builtin\n Kernel Version: 6.8.0').rootless).toBe(false);
  });
  test('a Security Options list cut short says nothing about rootful', () => {
    expect(facts('Server:\n Server Version: 27.3.1\n Security Options:\n  seccomp\n   Profile: builtin\n# [cut]').rootless).toBeNull();
    expect(facts('Server:\n Security Options:\n  seccomp\n  rootless\n# [cut]').rootless).toBe(true);
  });
  test("an item with the reader's own note after it is still an item", () => {
    const info = (note: string) => `Server:\n Server Version: 27.3.1\n Security Options:\n  seccomp\n   Profile: builtin\n  rootless${note}\n  cgroupns\n Kernel Version: 6.8.0`;
    expect(facts(info('    <-- this one')).rootless).toBe(true);
    expect(facts(info('  ← rootless mode')).rootless).toBe(true);
    expect(facts(info('  # yes')).rootless).toBe(true);
    // Another word with a note may stand for lines left out.
    expect(facts(info('').replace('  rootless\n', '  snip (rest trimmed)\n')).rootless).toBeNull();
    expect(facts(info('').replace('  rootless\n', '  others  # removed\n')).rootless).toBeNull();
    expect(facts(info('').replace('  rootless\n', '')).rootless).toBe(false);
    // A word before an elision is no item: the list may have gone on.
    expect(facts(info('').replace('  rootless\n', '  snip ...\n')).rootless).toBeNull();
  });
  test('indentation lost on the way', () => {
    expect(facts('Server:\nServer Version: 27.3.1\nSecurity Options:\nseccomp\nProfile: builtin\nrootless\nKernel Version: 6.8.0')).toMatchObject({ rootless: true, dockerServerVersion: '27.3.1' });
  });
  test('without the Server: header (before 19.03, or pasted from "Containers:" on)', () => {
    const info = (options: string) => `Containers: 3\nRunning: 1\nImages: 4\nServer Version: 18.06.2-ce\nSecurity Options:\n seccomp\n  Profile: default${options}\nKernel Version: 3.14.77`;
    expect(facts(info(''))).toMatchObject({ rootless: false, dockerServerVersion: '18.06.2-ce' });
    expect(facts(info('\n rootless')).rootless).toBe(true);
  });
  test("a version no Docker release has had (2.x to 16.x) is another engine's: Podman's answering Docker's API, OpenShift's", () => {
    expect(facts('Server Version: 5.6.2').dockerServerVersion).toBeNull();
    expect(facts('Server Version: 4.9.33').dockerServerVersion).toBeNull();
    expect(facts('Server Version: 1.13.1').dockerServerVersion).toBe('1.13.1');
    expect(facts('Server Version: 17.03.0-ce').dockerServerVersion).toBe('17.03.0-ce');
  });
  test("kubectl's Server Version is not Docker's", () => {
    expect(facts('Client Version: v1.30.0\nKustomize Version: v5.0.4\nServer Version: v1.30.0').dockerServerVersion).toBeNull();
  });
  test('docker info | grep: the Server Version line, the Security Options list', () => {
    expect(facts(' Server Version: 27.3.1').dockerServerVersion).toBe('27.3.1');
    expect(facts(' Security Options:\n  seccomp\n   Profile: builtin\n  rootless\n  cgroupns\n Kernel Version: 6.8.0').rootless).toBe(true);
    // A list that may go on below the cut says nothing about rootful, until it is past rootless's place (the daemon lists cgroupns after it).
    expect(facts(' Security Options:\n  apparmor\n  seccomp\n   Profile: builtin').rootless).toBeNull();
    expect(facts(' Security Options:\n  seccomp\n   Profile: builtin\n  cgroupns').rootless).toBe(false);
  });
  test('Docker Root Dir under ~/.local/share only hints rootless', () => {
    expect(facts('Server:\n Docker Root Dir: /home/u/.local/share/docker').rootless).toBe(true);
    expect(facts('Server:\n Docker Root Dir: /var/lib/docker').rootless).toBeNull();
  });
  test('custom format {{.SecurityOptions}}', () => {
    expect(facts('[name=seccomp,profile=builtin name=rootless name=cgroupns]').rootless).toBe(true);
    expect(facts('[name=apparmor name=seccomp,profile=builtin name=cgroupns]').rootless).toBe(false);
  });
  test('custom format {{.SecurityOptions}} quoted in a sentence: only the bracketed list counts', () => {
    expect(facts("`info --format '{{.SecurityOptions}}'` → `[name=seccomp,profile=builtin name=rootless name=cgroupns]`, server 29.7.2").rootless).toBe(true);
    expect(facts('it printed [name=seccomp,profile=builtin name=cgroupns], so no name=rootless here').rootless).toBe(false);
    expect(facts('the rootless daemon is named by name=rootless in the list').rootless).toBeNull();
  });
  test("Go's dump of docker info (minikube's log): ServerVersion, DockerRootDir and the SecurityOptions list", () => {
    const dump = (dir: string, options: string): string =>
      `I0228 21:16:46.108  56169 info.go:253] docker info: {ID:KQ7U Containers:0 DockerRootDir:${dir} Name:instance-2 ServerVersion:20.10.3 ClusterStore: SecurityOptions:[${options}] ProductLicense:Community Engine Warnings:<nil>}`;
    expect(facts(dump('/var/lib/docker', 'name=seccomp,profile=default'))).toMatchObject({ rootless: false, dockerServerVersion: '20.10.3' });
    expect(facts(dump('/home/u/.local/share/docker', 'name=seccomp,profile=default name=rootless'))).toMatchObject({ rootless: true, dockerServerVersion: '20.10.3' });
    // The data root alone only hints rootless; "ServerVersion: …" with a space is no Go field.
    expect(facts('docker info: {ID:KQ7U DockerRootDir:/home/u/.local/share/docker Name:instance-2}').rootless).toBe(true);
    expect(facts('ServerVersion: 20.10.3').dockerServerVersion).toBeNull();
  });
  test('WARNING lines after the output', () => {
    expect(facts('Server:\n Security Options:\n  seccomp\n  cgroupns\nWARNING: No cpuset support').rootless).toBe(false);
  });
  test('docker info | grep rootless: the Security Options item without its header, right after the command', () => {
    expect(facts('$ docker info | grep rootless\n  Context:    rootless\n  rootless').rootless).toBe(true);
    expect(facts('$ sudo docker info 2>/dev/null | grep -i rootless\n rootless').rootless).toBe(true);
    // Not after a gap, another command, or a grep for something else.
    expect(facts('$ docker info | grep rootless\n\n$ echo\nrootless').rootless).toBeNull();
    expect(facts('$ docker info | grep -i security\nrootless').rootless).toBeNull();
    expect(facts('$ docker system info | egrep rootless\n  rootless').rootless).toBe(true);
    expect(facts('$ docker info | grep -iE "cgroup|rootless"\n Cgroup Driver: systemd\n  rootless').rootless).toBe(true);
    expect(facts("$ docker info | grep -E 'Server Version|Security' | sort\n Server Version: 27.3.1\nrootless").rootless).toBeNull();
    // The next command's output, and a context's name picked out by a format or grep -o, are no security option.
    expect(facts('$ docker info | grep rootless\n$ docker context use rootless\nrootless').rootless).toBeNull();
    expect(facts("$ docker info -f '{{.ClientInfo.Context}}' | grep rootless\nrootless").rootless).toBeNull();
    expect(facts('$ docker info | grep -o rootless\nrootless').rootless).toBeNull();
  });
});

describe("nerdctl info is not Docker's", () => {
  // nerdctl info prints docker info's layout, but its Server Version is containerd's and its "rootless" is nerdctl's.
  const nerdctl = 'Client:\n Namespace:\tdefault\n Debug Mode:\tfalse\n\nServer:\n Server Version: v1.7.22\n Storage Driver: overlayfs\n Security Options:\n  seccomp\n   Profile: builtin\n  rootless\n Kernel Version: 6.8.0-48-generic\n Operating System: Ubuntu 24.04.1 LTS';
  test('alone it shows nothing', () => {
    expect(analyze(nerdctl).verdict).toBe('incomplete');
    expect(facts(nerdctl)).toMatchObject({ rootless: null, dockerServerVersion: null, operatingSystem: null });
  });
  test("Docker's own output pasted right after it keeps its facts, and gains none of nerdctl's", () => {
    const info = 'Server:\n Server Version: 28.5.1\n Security Options:\n  seccomp\n   Profile: builtin\n Kernel Version: 6.8.0\n Operating System: Debian GNU/Linux 12 (bookworm)';
    expect(facts(`${info}\n${nerdctl}`)).toMatchObject({ rootless: false, dockerServerVersion: '28.5.1', operatingSystem: 'Debian GNU/Linux 12 (bookworm)' });
    expect(facts(`${nerdctl}\n rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: vpnkit`)).toMatchObject({ dockerServerVersion: null, operatingSystem: null, rootlesskitVersion: '2.3.1', networkDriver: 'vpnkit' });
    expect(facts(`${nerdctl}\nContainers: 1\nRunning: 1\nServer Version: 18.06.2-ce\nSecurity Options:\nseccomp\nKernel Version: 4.19`)).toMatchObject({ rootless: false, dockerServerVersion: '18.06.2-ce' });
  });
});

test('podman info pasted right after docker info, with no prompt between, is still podman info', () => {
  expect(facts('Server:\n Server Version: 28.5.1\nhost:\n  arch: amd64\nversion:\n  Version: 4.9.3')).toMatchObject({ dockerServerVersion: '28.5.1', podmanVersion: '4.9.3' });
});

describe('docker version (text)', () => {
  const server = (components: string) => `Server: Docker Engine - Community\n Engine:\n  Version:          29.6.1\n${components}`;
  const upToInit = ' containerd:\n  Version:          v2.2.5\n runc:\n  Version:          1.3.4\n docker-init:\n  Version:          0.19.0\n  GitCommit:        de40ad0';
  test('no rootlesskit component: rootful', () => expect(facts(server(upToInit)).rootless).toBe(false));
  test("a component header damaged on the way still ends the Engine's lines: its Version is not the Engine's", () => {
    const damaged = server(' contain\u0301erd:\n  Version:          1.7.23\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta');
    expect(analyze(damaged)).toMatchObject({ verdict: 'affected', facts: { dockerServerVersion: '29.6.1', rootlesskitVersion: '2.3.1' } });
  });
  test('a whole docker version joined onto one line (lines joined by spaces on the way)', () => {
    const client = 'Client: Docker Engine - Community\n Version:           27.3.1\n API version:       1.47\n Context:           default\n';
    const pasta = '\n rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  StateDir:         /run/user/1000/dockerd-rootless';
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    const r = analyze(flat(client + server(upToInit + pasta)));
    expect(r.facts).toMatchObject({ rootless: true, dockerClientVersion: '27.3.1', dockerServerVersion: '29.6.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' });
    expect(r.verdict).toBe('affected');
    expect(facts(flat(client + server(upToInit))).rootless).toBe(false);
    // After the command itself (a prompt stripped), but not when prose quotes a component mid-sentence.
    expect(facts(`docker version ${flat(client + server(upToInit + pasta))}`).rootlesskitVersion).toBe('2.3.1');
    expect(facts('docker version shows rootlesskit: Version: 2.3.2 but curl still fails')).toMatchObject({ rootless: null, rootlesskitVersion: null });
  });
  test('a lost newline after the rootlesskit: header', () => {
    const glued = `${upToInit}\n rootlesskit:  Version:          2.3.6\n  ApiVersion:       1.1.1\n  NetworkDriver:    slirp4netns\n  PortDriver:       builtin`;
    expect(facts(server(glued))).toMatchObject({ rootless: true, rootlesskitVersion: '2.3.6', networkDriver: 'slirp4netns', portDriver: 'builtin' });
  });
  test("RootlessKit's own keys under another component (its header lost) rule out rootful", () => {
    expect(facts(server(`${upToInit}\n  ApiVersion:       1.1.1\n  NetworkDriver:    slirp4netns`)).rootless).toBeNull();
  });
  test('asked through the rootless context, a server that ends after docker-init was cut there (docker version | head): unknown', () => {
    const client = (context: string) => `Client: Docker Engine - Community\n Version:           29.6.1\n Context:           ${context}\n\n`;
    expect(facts(client('rootless') + server(upToInit)).rootless).toBeNull();
    expect(facts(client('default') + server(upToInit)).rootless).toBe(false);
    // Another command's client part, before a prompt, asked nothing of this server.
    expect(facts(`${client('rootless')}$ sudo docker version\n${server(upToInit)}`).rootless).toBe(false);
  });
  test('a server part that lost its "Server:" line (an issue form\'s paste) starts at its Engine component', () => {
    const headless = (components: string) => `### Version information\n\n${server(components).replace(/^Server: .*\n/, '')}\nClient:\n Version:    29.6.1\n Context:    default`;
    expect(facts(headless(upToInit))).toMatchObject({ rootless: false, dockerServerVersion: '29.6.1', dockerClientVersion: '29.6.1' });
    expect(facts(headless(`${upToInit}\n rootlesskit:\n  Version:          2.3.5\n  NetworkDriver:    pasta`))).toMatchObject({ rootless: true, rootlesskitVersion: '2.3.5' });
    // Prose that names an engine is no such part.
    expect(facts('Engine:\nthe one from Docker, Version: 29.6.1').dockerServerVersion).toBeNull();
    // Both header lines lost: the client part's context still says a server that ends after docker-init may be cut there.
    const client = (context: string) => ` Version:           29.6.1\n API version:       1.47\n OS/Arch:           linux/amd64\n Context:           ${context}\n\n`;
    const engineOnly = server(upToInit).replace(/^Server: .*\n/, '');
    expect(facts(client('rootless') + engineOnly).rootless).toBeNull();
    expect(facts(client('default') + engineOnly).rootless).toBe(false);
  });
  test("the client asks Docker Desktop's daemon through its context, desktop-linux: on Windows, a Mac or Linux", () => {
    const client = (os: string, context: string) => `Client:\n Version:           29.1.3\n API version:       1.52\n OS/Arch:           ${os}\n Context:           ${context}`;
    const desktop = (text: string) => analyze(text).findings.find((f) => f.id === 'docker-desktop')?.title;
    expect(desktop(client('windows/amd64', 'desktop-linux'))).toBe('Docker on Windows is not rootless Docker');
    expect(desktop(client('darwin/arm64', 'desktop-linux'))).toBe('Docker on a Mac is not rootless Docker');
    expect(desktop(client('linux/amd64', 'desktop-linux'))).toBe('Docker Desktop is not rootless Docker');
    expect(desktop(client('windows/amd64', 'default'))).toBeUndefined();
    // The part without its "Client:" line, as an issue form got it.
    expect(desktop(client('windows/amd64', 'desktop-linux').replace('Client:\n ', ''))).toBe('Docker on Windows is not rootless Docker');
    // docker info's client part names the context too, without OS/Arch.
    expect(desktop('Client:\n Version:    29.1.3\n Context:    desktop-linux\n Debug Mode: false')).toBe('Docker Desktop is not rootless Docker');
  });
  test("docker-init's GitCommit empty is where a paste cut off before the hash ends too: unknown", () => {
    expect(facts(server(upToInit.replace(/de40ad0$/, ''))).rootless).toBeNull();
  });
  test('a paste that stops inside docker-init, before its GitCommit, may be cut short too: unknown', () => {
    expect(facts(server(upToInit.slice(0, upToInit.indexOf('\n  GitCommit')))).rootless).toBeNull();
    expect(facts(server(`${upToInit.slice(0, upToInit.indexOf('Commit'))}\n`)).rootless).toBeNull();
  });
  test('a paste that stops before docker-init may be cut short: unknown', () => {
    expect(facts(server(' containerd:\n  Version:          v2.2.5\n runc:\n  Version:          1.3.4')).rootless).toBeNull();
  });
  test('a component header glued to the previous line after its indentation', () => {
    const glued = upToInit.replace('de40ad0', 'de40ad0 rootlesskit:\n  Version:          1.1.1\n  NetworkDriver:    slirp4netns');
    expect(facts(server(glued))).toMatchObject({ rootless: true, rootlesskitVersion: '1.1.1', networkDriver: 'slirp4netns' });
  });
  test('cut before the components: unknown', () => expect(facts(server(' containerd:\n# [cut]')).rootless).toBeNull());
  test('a version cut mid-line at the end of the paste is not read as a shorter one', () => {
    const cut = facts(' rootlesskit:\n  Version:          2.3.\n  NetworkDriver:    pasta\n');
    expect(cut.rootlesskitVersion).toBeNull();
    expect(cut.networkDriver).toBe('pasta');
    expect(facts('Server: Docker Engine - Community\n Engine:\n  Version:          27.').dockerServerVersion).toBeNull();
    expect(facts('pasta 2024_10_').pastaVersion).toBeNull();
    // Docker's and RootlessKit's versions have three parts: two are a cut.
    expect(facts(' rootlesskit:\n  Version:          2.3').rootlesskitVersion).toBeNull();
    expect(facts('Client:\n Version:           20').dockerClientVersion).toBeNull();
  });
  test('Docker 20.10 to 22.x lists no component even when rootless: rootful is only assumed, and any sign of rootless wins', () => {
    const old = server(upToInit).replace('29.6.1', '20.10.24');
    const r = analyze(old);
    expect(r).toMatchObject({ verdict: 'not-rootless', certainty: 'inferred', inferred: ['rootless'] });
    expect(r.findings[0]).toMatchObject({ id: 'rootful-daemon', title: 'Taken to run as root: this docker version cannot show rootless', fix: 'docker info' });
    expect(r.findings[0]!.detail).toContain('only from Docker 23.0.0');
    expect(analyze(server(upToInit).replace('29.6.1', '23.0.0'))).toMatchObject({ verdict: 'not-rootless', certainty: 'confirmed' });
    // The per-user socket in the same paste, or docker info's Security Options, outweigh the missing component.
    expect(facts(`${old}
Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock.`).rootless).toBe(true);
    expect(analyze(`${old}
Server:
 Security Options:
  seccomp
  rootless
 Kernel Version: 5.15.0`).verdict).toBe('not-affected');
    // The same for the Engine API's JSON.
    const json = '{"Server":{"Components":[{"Name":"Engine","Version":"20.10.12"},{"Name":"containerd","Version":"1.4.12"},{"Name":"docker-init","Version":"0.19.0"}]}}';
    expect(analyze(json)).toMatchObject({ verdict: 'not-rootless', certainty: 'inferred' });
  });
  test('docker before 20.10 shows no component either way', () => {
    expect(facts('Server:\n Engine:\n  Version:          19.03.11\n containerd:\n  Version: 1.2.13').rootless).toBeNull();
  });
  test('Podman prints the same layout but is not Docker', () => {
    expect(facts('Client:       Podman Engine\nVersion:      4.9.3\nAPI Version:  4.9.3').dockerClientVersion).toBeNull();
  });
  test("podman version's layout says the paste is Podman's", () => {
    const r = analyze('$ podman version\nClient:       Podman Engine\nVersion:      5.0.3\nAPI Version:  5.0.3\nGo Version:   go1.22.2');
    expect(r.facts.dockerClientVersion).toBeNull();
    expect(r.findings.map((f) => f.id)).toContain('podman-not-docker');
  });
  test("docker version answered by Podman's API: its engine component makes the paste Podman's, as text, JSON or docker-java's line", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    expect(ids('Server: linux/amd64/fedora-40\n Podman Engine:\n  Version:          5.0.2\n  APIVersion:       5.0.2')).toContain('podman-not-docker');
    expect(ids('{"Server":{"Components":[{"Name":"Podman Engine","Version":"5.0.2"}]}}')).toContain('podman-not-docker');
    expect(ids('DEBUG - Docker version: {Components=[{Name=Podman Engine, Version=5.0.2, Details={APIVersion=5.0.2}}], Version=5.0.2}')).toContain('podman-not-docker');
  });
  test('client version is not taken from plugin blocks', () => {
    expect(facts('Client:\n Context:    default\n Plugins:\n  buildx: Docker Buildx (Docker Inc.)\n    Version:  v0.29.1').dockerClientVersion).toBeNull();
  });
  test("docker version | grep Driver: RootlessKit's driver lines without their rootlesskit: header", () => {
    expect(facts('$ docker version | grep -i driver\n  NetworkDriver:    pasta')).toMatchObject({ rootless: true, networkDriver: 'pasta' });
    const r = analyze('NetworkDriver:    slirp4netns\nPortDriver:       builtin');
    expect(r.facts).toMatchObject({ rootless: true, networkDriver: 'slirp4netns', portDriver: 'builtin' });
    expect([r.verdict, r.certainty]).toEqual(['not-affected', 'confirmed']);
  });
  test('other drivers are not RootlessKit\'s: docker info, rootlessctl without its first line, podman, prose, other tools', () => {
    const others = [
      ' Storage Driver: overlay2\n Logging Driver: json-file\n Cgroup Driver: systemd',
      '- Network Driver: pasta',
      '  networkBackend: netavark\n  rootlessNetworkCmd: pasta',
      'NetworkDriver: pasta is what I would like to try',
      'NetworkDriver: calico',
    ];
    for (const text of others) expect(facts(text), text).toMatchObject({ rootless: null, networkDriver: null });
  });
});

describe('JSON', () => {
  test('docker info --format json, complete and rootful', () => {
    expect(facts('{"ServerVersion":"28.5.1","SecurityOptions":["name=apparmor","name=seccomp,profile=builtin"],"OperatingSystem":"Ubuntu 24.04.3 LTS"}')).toMatchObject({
      rootless: false,
      dockerServerVersion: '28.5.1',
      operatingSystem: 'Ubuntu 24.04.3 LTS',
    });
  });
  test('docker version JSON cut inside Components: no rootful conclusion', () => {
    expect(facts('{"Server":{"Components":[{"Name":"Engine","Version":"29.6.1"},{"Name":"contain').rootless).toBeNull();
  });
  test('evidence quotes the key and value', () => {
    const r = analyze('{"ServerVersion":"27.3.1"}');
    expect(r.evidence.dockerServerVersion).toEqual([{ line: 1, text: '"ServerVersion": "27.3.1"' }]);
  });
  test("RootlessKit's API: GET /v1/info (compact) and rootlessctl info --json (indented)", () => {
    const r = analyze('{"apiVersion":"1.1.1","version":"2.3.1","stateDir":"/run/user/1000/dockerd-rootless","childPID":2154,"networkDriver":{"driver":"pasta","dns":["10.0.2.3"]}}');
    expect(r.facts).toMatchObject({ rootless: true, rootlesskitVersion: '2.3.1', networkDriver: 'pasta' });
    expect(r.evidence.rootless).toEqual([{ line: 1, text: '"stateDir": "/run/user/1000/dockerd-rootless"' }]);
    const json = '{\n    "apiVersion": "1.1.0",\n    "version": "0.14.0-beta.0",\n    "stateDir": "/tmp/rootlesskit957151185",\n    "childPID": 157684,\n    "networkDriver": {\n        "driver": "slirp4netns",\n        "dns": [\n            "10.0.2.3"\n        ]\n    },\n    "portDriver": {\n        "driver": "builtin",\n        "protos": [\n            "tcp",\n            "udp"\n        ]\n    }\n}';
    const indented = analyze(json);
    expect(indented.facts).toMatchObject({ rootless: true, rootlesskitVersion: '0.14.0-beta.0', networkDriver: 'slirp4netns', portDriver: 'builtin' });
    expect(indented.evidence.portDriver).toEqual([{ line: 13, text: '"driver": "builtin"' }]);
    // Kubernetes objects have an apiVersion too.
    expect(facts('{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web"}}').rootless).toBeNull();
  });
  test('podman info --format json nested in another document (ramalama info: Engine.Info)', () => {
    const podman = '{"host":{"buildahVersion":"1.38.0","pasta":{"executable":"/usr/bin/pasta","package":"passt-0^20250217.ga1e48a0-1.fc41.x86_64","version":"pasta 0^20250217.ga1e48a0-1.fc41.x86_64\\nCopyright Red Hat\\n"}},"version":{"Version":"5.3.1"}}';
    const r = analyze(`{"Engine":{"Info":${podman},"Name":"podman"},"Version":"0.5.2"}`);
    expect(r.facts).toMatchObject({ podmanVersion: '5.3.1', pastaDate: '2025-02-17' });
    expect(r.findings.map((f) => f.id)).toContain('podman-not-docker');
  });
});

describe("docker-java's docker version (Testcontainers' debug log)", () => {
  const components = (rootlesskit: string) =>
    `DEBUG org.testcontainers.DockerClientFactory - Docker version: {Components=[{Name=Engine, Version=26.0.1, Details={ApiVersion=1.45, Arch=amd64, Os=linux}}, {Name=containerd, Version=1.7.23, Details={GitCommit=57f17b0}}, {Name=docker-init, Version=0.19.0, Details={GitCommit=de40ad0}}${rootlesskit}], Version=26.0.1, Arch=amd64}`;
  test('the rootlesskit component with its drivers', () => {
    const r = analyze(components(', {Name=rootlesskit, Version=2.0.2, Details={ApiVersion=1.1.1, NetworkDriver=slirp4netns, PortDriver=builtin, StateDir=/run/user/501/dockerd-rootless}}'));
    expect(r.facts).toMatchObject({ rootless: true, dockerServerVersion: '26.0.1', rootlesskitVersion: '2.0.2', networkDriver: 'slirp4netns', portDriver: 'builtin' });
    expect(r.verdict).toBe('not-affected');
  });
  test('a whole list without it is a rootful daemon; a line cut before the list ends says nothing', () => {
    expect(facts(components('')).rootless).toBe(false);
    expect(facts(components('').split(', {Name=docker-init')[0]!).rootless).toBeNull();
    // Prose quoting a component, and the site's own example with its elisions, show no daemon.
    expect(facts('The log said {Components=[{Name=Engine, Version=27.3.1}]} although the daemon is rootless').rootless).toBeNull();
    expect(facts('Docker version: {Components=[{Name=Engine, Version=…}, …, {Name=rootlesskit, Version=…, Details={…, NetworkDriver=…}}]}')).toMatchObject({
      dockerServerVersion: null,
      rootlesskitVersion: null,
    });
  });
});

describe('version lines', () => {
  test.each([
    ['rootlesskit version 2.3.2', 'rootlesskitVersion', '2.3.2'],
    ['rootlesskit version 2.3.1+dev', 'rootlesskitVersion', '2.3.1+dev'],
    ['slirp4netns version 1.2.0\ncommit: 656041d45cfca7a4176f6b7eed9e4fe6c11e8383', 'slirp4netnsVersion', '1.2.0'],
    ['Docker version 28.2.2, build e6534b4', 'dockerClientVersion', '28.2.2'],
    // As a version table lists it, without the word "version"; prose that starts the same way is no version.
    ['Docker 26.1.4, build 5650f9b', 'dockerClientVersion', '26.1.4'],
    ['Docker 26 is fine, build on it', 'dockerClientVersion', null],
    // An issue form's label is no version (portainer#3696); a build from source says "dev".
    ['* Docker version (managed by Portainer): Docker version 19.03.8, build afacb8b7f0', 'dockerClientVersion', null],
    ['Docker version dev, build 1a2b3c4', 'dockerClientVersion', 'dev'],
    // The same words from the daemon's own binary.
    ['$ dockerd --version\nDocker version 20.10.1, build f0014860c1', 'dockerServerVersion', '20.10.1'],
    ['$ /usr/bin/dockerd -v\nDocker version 20.10.1, build f0014860c1', 'dockerClientVersion', null],
    ['podman version 4.9.3', 'podmanVersion', '4.9.3'],
    ['level=info msg="Docker daemon" commit=59118bf graphdriver=overlay2 version=23.0.3', 'dockerServerVersion', '23.0.3'],
    // The same line as dockerd prints it on a terminal.
    ['INFO[0000] Docker daemon                                 commit=8e96db1 storage-driver=overlay2 version=26.1.1', 'dockerServerVersion', '26.1.1'],
    ['host-lo-to-ns-lo probe: 0', 'pastaAcceptsHostLoToNsLo', true],
    ['host-lo-to-ns-lo probe: 1', 'pastaAcceptsHostLoToNsLo', false],
  ] as const)('%j', (text, key, value) => expect(facts(text)[key]).toBe(value));
  test("rootlessctl info as text (RootlessKit's API)", () => {
    const info = '- REST API version: 1.1.1\n- Implementation version: 2.3.1\n- State Directory: /run/user/1000/dockerd-rootless\n- Child PID: 2154\n- Network Driver: slirp4netns\n  - DNS: [10.0.2.3]\n  - IP: 10.0.2.100\n- Port Driver: builtin\n  - Supported protocols: [tcp udp]';
    expect(facts(info)).toMatchObject({ rootless: true, rootlesskitVersion: '2.3.1', networkDriver: 'slirp4netns', portDriver: 'builtin' });
    // Without its first line, a list item is someone's own notes.
    expect(facts('- Network Driver: pasta\n- Port Driver: implicit')).toMatchObject({ networkDriver: null, portDriver: null });
  });
});

describe('pasta --version', () => {
  test.each([
    ['pasta 2025_03_20.32f6212', '2025-03-20'],
    ['pasta 2025_01_21.4f2c8e7-2-gdd6a685', '2025-01-21'],
    ['pasta 0.0~git20250503.587980c-2+deb13u1', '2025-05-03'],
    ['pasta 100:0.0+20250217.a1e48a0-0ubuntu1', '2025-02-17'],
    ['pasta 0^20240906.g6b38f07-1.fc40.x86_64-pasta', '2024-09-06'],
    ['pasta 2025_03_20.32f6212-1', '2025-03-20'],
    ['pasta 2024.12.11', '2024-12-11'],
    ['passt 2025_03_20.32f6212', '2025-03-20'],
  ])('%s', (text, date) => {
    const f = facts(`${text}\nCopyright Red Hat`);
    expect(f.pastaDate).toBe(date);
    expect(f.pastaVersion).toBe(text.slice(6));
  });
  test('unknown version and empty version: pasta is there, its date is not', () => {
    expect(facts('pasta unknown version\nCopyright Red Hat')).toMatchObject({ pastaVersion: 'unknown version', pastaDate: null });
    expect(facts('pasta\nCopyright Red Hat')).toMatchObject({ pastaVersion: '', pastaDate: null });
    expect(facts('pasta').pastaVersion).toBeNull();
  });
  test('a package version beats "unknown version"', () => {
    expect(facts('pasta unknown version\nii  passt  0.0~git20240220.1e6f92b-1  amd64  user-mode networking').pastaDate).toBe('2024-02-20');
  });
  test('a version written by hand, "pasta version: …" (rootlesskit#511)', () => {
    expect(facts('pasta version: 0.0~git20240220.1e6f92b-1')).toMatchObject({ pastaVersion: '0.0~git20240220.1e6f92b-1', pastaDate: '2024-02-20' });
  });
  test('command lines are not versions', () => {
    expect(facts('pasta --version\npasta failed with exit code 1:').pastaVersion).toBeNull();
  });
});

describe('process lines', () => {
  test("Docker's RootlessKit listed running, its argv cut at the terminal's width, outweighs the system-wide unit's status after it", () => {
    const cut = (before: string) => `${before}rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-u…`;
    const system = '     CGroup: /system.slice/docker.service\n             └─1021 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock';
    for (const listed of ['             ├─1933 ', '1933 ', 'dev  1933  0.0  0.1 1234 5678 ?  Ssl  10:02   0:01 ']) {
      expect(analyze(`${cut(listed)}\n${system}`), listed).toMatchObject({ verdict: 'incomplete', facts: { rootless: true, networkDriver: 'pasta' } });
    }
    // Only a hint where no PID says it runs (a trace of a start, someone's notes): the system-wide unit's, later, wins.
    expect(facts(`${cut('+ exec ')}\n${system}`).rootless).toBe(false);
  });
  test("rootless containerd's RootlessKit (nerdctl's) beside Docker's says nothing of Docker's; alone, its drivers are read", () => {
    const docker = '1933 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --port-driver=implicit --copy-up=/etc /usr/bin/dockerd-rootless.sh';
    const containerd = '2410 rootlesskit --state-dir=/run/user/1000/containerd-rootless --net=slirp4netns --port-driver=builtin --copy-up=/etc /home/dev/.local/bin/containerd-rootless.sh';
    for (const ps of [`${docker}\n${containerd}`, `${containerd}\n${docker}`]) {
      const r = analyze(ps);
      expect(r.facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'implicit' });
      expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
    }
    expect(facts(containerd)).toMatchObject({ networkDriver: 'slirp4netns', portDriver: 'builtin' });
  });
  test('a daemon seen running as root: the system-wide unit, its dockerd -H fd://, the system socket', () => {
    expect(analyze('     CGroup: /system.slice/docker.service\n             └─23125 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock').verdict).toBe('not-rootless');
    expect(facts('root  1471  1  0 13:12 ?  00:00:00 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock').rootless).toBe(false);
    expect(facts('dockerd[23125]: time="2026-06-17T22:43:39+02:00" level=info msg="API listen on /run/docker.sock"').rootless).toBe(false);
    // The user's own unit and socket, and a system unit that failed to start, show no daemon running as root.
    expect(facts('     CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/docker.service').rootless).toBeNull();
    expect(facts('  Process: 8815 ExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock (code=exited, status=1/FAILURE)').rootless).toBeNull();
  });
  test("RootlessKit's warning that it runs without --disable-host-loopback", () => {
    const warning = 'WARN[0000] [rootlesskit:parent] specifying --disable-host-loopback is highly recommended to prohibit connecting to 127.0.0.1:* on the host namespace (requires pasta, slirp4netns, or VPNKit)';
    expect(facts(warning).disableHostLoopback).toBe(false);
    // So the leak finding, about a loopback meant to be closed, stays out.
    const pasta = ' rootlesskit:\n  Version:          3.0.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n  PortDriver:       implicit';
    expect(analyze(pasta).findings.map((f) => f.id)).toContain('host-loopback-leak');
    expect(analyze(`${pasta}\n${warning}`).findings.map((f) => f.id)).not.toContain('host-loopback-leak');
  });
  test('a command quoted in backticks ends at the closing backtick', () => {
    const f = facts('I run `rootlesskit --net=pasta --port-driver=implicit` and it fails');
    expect(f).toMatchObject({ networkDriver: 'pasta', portDriver: 'implicit' });
    // The argv is not known to be complete, so absent flags say nothing.
    expect(f).toMatchObject({ disableHostLoopback: null, detachNetns: null });
  });
  test('rootlesskit argv with spaces instead of =', () => {
    expect(facts('rootlesskit --net pasta --port-driver implicit --mtu 65520 --copy-up /etc /usr/bin/dockerd-rootless.sh')).toMatchObject({
      networkDriver: 'pasta',
      portDriver: 'implicit',
      mtu: 65520,
      rootless: true,
      disableHostLoopback: false,
    });
  });
  test('ps aux line with the full path', () => {
    const f = facts('user  1555  0.0  0.1 /usr/bin/rootlesskit --net=slirp4netns --port-driver=builtin --disable-host-loopback /usr/bin/dockerd-rootless.sh');
    expect(f).toMatchObject({ networkDriver: 'slirp4netns', portDriver: 'builtin', disableHostLoopback: true });
  });
  test("Podman's pasta is not RootlessKit's", () => {
    expect(facts('/usr/bin/pasta --config-net -t 8080-8080:80-80 --dns-forward 169.254.1.1 -u none -T none -U none --no-map-gw --quiet --netns /run/user/1000/netns/x').networkDriver).toBeNull();
  });
  test("Podman's pasta with tap0 or 10.0.2.100 from its pasta_options is not RootlessKit's: each mark alone, written either way", () => {
    const rootlesskits = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --no-map-gw --tcp-ports=auto --udp-ports=auto';
    expect(facts(`${rootlesskits} 2098`).networkDriver).toBe('pasta');
    const marks = ['-t none', '-u none', '-T none', '-U none', '--quiet', '--dns none', '--pid=/run/user/1000/containers/networks/rootless-netns/rootless-netns-conn.pid', '--map-guest-addr 169.254.1.2', '--dns-forward 169.254.1.1', '--netns=/run/user/1000/netns/netns-3f1c2d', '--netns /run/user/1000/containers/networks/rootless-netns/rootless-netns'];
    for (const mark of marks) expect([mark, facts(`${rootlesskits} ${mark}`).networkDriver]).toEqual([mark, null]);
  });
  test('pasta argv typed at a prompt or written in a sentence is not the daemon running; after a PID it is', () => {
    const argv = 'pasta --config-net --ns-ifname=tap0 --mtu=65520 --tcp-ports=auto --netns=/proc/4242/ns/net';
    expect(facts(`$ ${argv}`).networkDriver).toBeNull();
    expect(facts(`RootlessKit starts it like this: ${argv}`).networkDriver).toBeNull();
    expect(facts(`My pgrep says: 4243 ${argv}`).networkDriver).toBe('pasta');
    // Columns of ps before the program are words too (USER, GROUP, then STAT or COMM; review R124), but no sentence; a sentence
    // without a colon is one (review R125).
    for (const columns of ['alice alice Ss', 'alice alice Ssl', 'alice Ss pasta', 'alice alice pasta']) expect([columns, facts(`${columns} ${argv}`).networkDriver]).toEqual([columns, 'pasta']);
    for (const prose of ['I expected rootlesskit to start', 'the daemon should now run', 'The docs say it would instead run']) expect([prose, facts(`${prose} ${argv}`).networkDriver]).toEqual([prose, null]);
    // In Chinese too ("rootlesskit should start it like this", "my pasta process is:"); a Chinese sentence after the argv leaves it read.
    for (const prose of ['\u6211\u6309\u7167\u6587\u6863\u5347\u7ea7\u540e\uff0crootlesskit \u5e94\u8be5\u4f1a\u8fd9\u6837\u542f\u52a8', '\u6211\u7684 pasta \u8fdb\u7a0b\u662f\uff1a']) expect([prose, facts(`${prose} ${argv}`).networkDriver]).toEqual([prose, null]);
    expect(facts(`4243 ${argv} \u4f46\u662f\u7aef\u53e3\u8fd8\u662f\u4e0d\u901a\u3002`).networkDriver).toBe('pasta');
    // The date a process started, as ps prints it in a Chinese locale (STIME before the command; review R126).
    expect(facts(`2220 alice 12\u670805 ${argv}`).networkDriver).toBe('pasta');
  });
  test('pasta argv in a sentence that ends in English or glued to Chinese is not running; a user named in Chinese in ps or lsns, or a row in backticks, is', () => {
    const argv = 'pasta --config-net --ns-ifname=tap0 --mtu=65520 --tcp-ports=auto --netns=/proc/4242/ns/net';
    // "after 2.3 it should run", "the docs: rootlesskit starts:/usr/bin/pasta" (review R126).
    const prose = [
      `RootlessKit 2.3 \u4e4b\u540e\u5e94\u8be5 run ${argv}`,
      `\u6587\u6863\u91cc rootlesskit \u542f\u52a8\uff1a/usr/bin/${argv}`,
      `\u5f20\u4f1f ${argv}`,
    ];
    for (const text of prose) expect([text, facts(text).networkDriver]).toEqual([text, null]);
    // ps -o user,args (the column padded), ps -o pid,user,args, lsns -o NS,TYPE,NPROCS,PID,USER,COMMAND; a row quoted in backticks, after a
    // sentence of the reader too (review R127).
    const rows = [`\u5f20\u4f1f     ${argv}`, `2236 \u5f20\u4f1f     ${argv}`, `4026532514 net 3 2236 \u674e\u96f7 ${argv}`, `My pgrep says: \`4243 ${argv}\``, `\`${argv}\``, `On my machine ps shows \`${argv}\` so the flag is missing`];
    for (const text of rows) expect([text, facts(text).networkDriver]).toEqual([text, 'pasta']);
  });
  test('pasta argv cut short: a missing flag proves nothing', () => {
    expect(facts('pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net').hostLoToNsLo).toBeNull();
  });
  test('a user and a group named in Chinese are ps columns only when padded to the width of the column (task C24, review R127 k03, k06)', () => {
    const argv = 'pasta --config-net --ns-ifname=tap0 --mtu=65520 --tcp-ports=auto --netns=/proc/4242/ns/net';
    // ps -o user,group,args: each name and its blanks fill the 8 cells of the column and its blank (a Chinese character takes two).
    for (const columns of ['\u5f20\u4f1f     \u5f20\u4f1f     ', '\u6b27\u9633\u4fee   \u5f20\u4f1f     ', '\u674e       ']) expect([columns, facts(`${columns}${argv}`).networkDriver]).toEqual([columns, 'pasta']);
    // Two blanks an input method left after words ("docs example"), or one after four characters, as a sentence has: prose.
    for (const prose of ['\u6587\u6863\u793a\u4f8b  ', '\u6587\u6863\u793a\u4f8b ', '\u5f20\u4f1f  ', '\u5f20\u4f1f     \u6587\u6863\u793a\u4f8b  ']) expect([prose, facts(`${prose}${argv}`).networkDriver]).toEqual([prose, null]);
    // The example of the docs with the flag, then the own pgrep row without it: no disagreement of the reader with the reader.
    const withFlag = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto';
    const r = analyze(`$ rootlesskit --version\nrootlesskit version 2.3.4\n\u6587\u6863\u793a\u4f8b  ${withFlag} --host-lo-to-ns-lo 2220\n\u6211\u7684\uff1a\n2236 ${withFlag} 2220`);
    expect([r.verdict, r.facts.hostLoToNsLo, r.findings.map((f) => f.id).includes('facts-disagree')]).toEqual(['not-affected', false, false]);
  });
  test('the argv of a pasta that exited or failed to start is not a pasta running with the flag (task C24, review R127 s09)', () => {
    const argv = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 2220';
    const executing = `Feb 03 08:14:20 nuc dockerd-rootless.sh[3310]: [rootlesskit:parent] [pasta.go:127] Executing [${argv}]`;
    expect(facts(`Feb 03 08:14:20 nuc dockerd-rootless.sh[3310]: [rootlesskit:parent] error: failed to setup network &{binary:pasta mtu:65520 ifname:tap0 disableHostLoopback:true implicitPortForwarding:true}: command [${argv}] exited: exit status 1`)).toMatchObject({ networkDriver: 'pasta', hostLoToNsLo: null });
    const failures = ["Feb 03 08:14:20 nuc dockerd-rootless.sh[3349]: pasta: unrecognized option '--host-lo-to-ns-lo'", 'Feb 03 08:14:20 nuc dockerd-rootless.sh[3310]: [rootlesskit:parent] error: failed to setup network: pasta failed with exit code 1'];
    for (const failure of failures) expect([failure, facts(`${executing}\n${failure}`).hostLoToNsLo]).toEqual([failure, null]);
    // Alone, or beside the child of RootlessKit exiting (dockerd, not pasta), the pasta it ran runs with the flag.
    expect(facts(executing).hostLoToNsLo).toBe(true);
    expect(facts(`${executing}\nFeb 03 08:14:21 nuc dockerd-rootless.sh[3310]: [rootlesskit:child ] error: command [/usr/bin/dockerd-rootless.sh] exited: exit status 1`).hostLoToNsLo).toBe(true);
  });
  test('a ps row cut inside the path of --netns may be longer: a missing flag proves nothing (task C24, review R127 s04)', () => {
    const argv = '2236 pasta --config-net --ns-ifname=tap0 --mtu=65520 --no-map-gw --tcp-ports=auto --udp-ports=auto';
    expect(facts(`${argv} --netns=/run/user/1000/dock`)).toMatchObject({ networkDriver: 'pasta', hostLoToNsLo: null, ipv4Only: null });
    for (const whole of ['--netns=/run/user/1000/dockerd-rootless/netns', '--netns /run/user/1000/dockerd-rootless/netns', '--netns=/proc/4242/ns/net']) expect([whole, facts(`${argv} ${whole}`).hostLoToNsLo]).toEqual([whole, false]);
  });
  test('pasta argv with --detach-netns (no trailing PID)', () => {
    const f = facts('pasta --stderr --ns-ifname=tap0 --mtu=65520 --tcp-ports=auto --udp-ports=auto --userns=/proc/9/ns/user --netns=/run/user/1000/dockerd-rootless/netns');
    expect(f.hostLoToNsLo).toBe(false);
  });
  test('the probe command itself is not pasta running', () => {
    expect(facts('pasta --host-lo-to-ns-lo --version').hostLoToNsLo).toBeNull();
  });
  test("lines dockerd-rootless.sh logged to the journal (NixOS drops the .sh)", () => {
    expect(facts('Dec 16 17:56:08 hostname dockerd-rootless.sh[1069]: + which slirp4netns').rootless).toBe(true);
    expect(facts('Mar 05 10:00:00 nixos dockerd-rootless[11867]: [rootlesskit:parent] error: failed to setup UID/GID map').rootless).toBe(true);
    expect(facts('Mar 05 10:00:00 nixos systemd[1]: Started docker.service').rootless).toBeNull();
    expect(facts('rootlesskit --net=slirp4netns --port-driver=builtin /run/current-system/sw/bin/dockerd-rootless').rootless).toBe(true);
  });
  test('a ps line with the flags elided by hand still shows RootlessKit running Docker', () => {
    const ps = 'test  3598  0.0  0.1 717128  8576 ?  Ssl  00:44   0:00 rootlesskit ... snip ... /home/test/bin/dockerd-rootless.sh';
    expect(facts(ps)).toMatchObject({ rootless: true, networkDriver: null, disableHostLoopback: null });
    // Elided in the middle: the flags shown count, the ones left out prove nothing.
    const mid = 'rootlesskit --net=gvisor-tap-vsock --mtu=65520 ... --port-driver=builtin /usr/bin/dockerd-rootless.sh';
    expect(facts(mid)).toMatchObject({ rootless: true, networkDriver: 'gvisor-tap-vsock', disableHostLoopback: null, detachNetns: null });
    // Prose: bare dockerd after an elision, or words after the script.
    expect(facts('`dockerd-rootless.sh` execs `rootlesskit ... dockerd`').rootless).toBeNull();
    expect(facts('rootlesskit ... dockerd-rootless.sh and then it exits').rootless).toBeNull();
  });
  test('Markdown headings are never a running process', () => {
    expect(facts('## rootlesskit --net=pasta').networkDriver).toBeNull();
    expect(facts('###### rootlesskit --net=slirp4netns --port-driver=builtin /usr/bin/dockerd-rootless.sh').rootless).toBeNull();
    const dockerVersion = ' rootlesskit:\n  Version:          2.3.1\n  ApiVersion:       1.1.1\n  NetworkDriver:    slirp4netns\n  PortDriver:       builtin';
    const r = analyze(`${dockerVersion}\n\n## rootlesskit --net=pasta\n\nNot tried yet.`);
    expect([r.verdict, r.facts.networkDriver]).toEqual(['not-affected', 'slirp4netns']);
    expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
    // One "# " may be a root shell's prompt: not a heading.
    expect(facts('# rootlesskit --net=pasta --port-driver=implicit /usr/bin/dockerd-rootless.sh').networkDriver).toBe('pasta');
  });
  test("set -x traces of dash and busybox quote each word with '=' in it", () => {
    const trace = "+ exec rootlesskit '--state-dir=/run/user/1000/dockerd-rootless' '--net=pasta' '--mtu=65520' --disable-host-loopback '--port-driver=implicit' '--copy-up=/etc' /usr/bin/dockerd-rootless.sh";
    expect(facts(trace)).toMatchObject({ rootless: true, networkDriver: 'pasta', portDriver: 'implicit', mtu: 65520, disableHostLoopback: true, detachNetns: false });
  });
  test("dockerd-rootless.sh's state directory shows Docker's RootlessKit even when systemctl cut the argv before the child", () => {
    const cut = '│ │ ├─2637 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --mtu=65520 --copy-u>';
    expect(facts(cut)).toMatchObject({ rootless: true, networkDriver: 'slirp4netns' });
    expect(facts('rootlesskit --state-dir=/tmp/rk --net=slirp4netns --mtu=65520 --copy-u>').rootless).toBeNull();
  });
  test("the per-user socket dockerd listens on, and RootlessKit's proxy running, hint at rootless Docker", () => {
    expect(facts('dockerd[2301]: level=info msg="API listen on /run/user/1000/docker.sock"').rootless).toBe(true);
    expect(facts('time="2025-07-31T06:43:27.372Z" level=info msg="API listen on /var/run/user/1000/docker.sock"').rootless).toBe(true);
    expect(facts('/usr/bin/rootlesskit-docker-proxy -proto tcp -host-ip 10.1.1.222 -host-port 80 -container-ip 172.23.0.3 -container-port 80').rootless).toBe(true);
    // Root's own runtime directory: no rootless daemon runs as root.
    expect(facts('level=info msg="API listen on /run/user/0/docker.sock"').rootless).toBeNull();
  });
  test("RootlessKit's child as ps and lsns show it, /proc/self/exe with RootlessKit's flags (not runc's /proc/self/exe init)", () => {
    const child = 'ubuntu 2991 /proc/self/exe --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --mtu=65520 --port-driver=builtin --copy-up=/etc /usr/bin/dockerd-rootless.sh';
    expect(facts(child)).toMatchObject({ rootless: true, networkDriver: 'slirp4netns', portDriver: 'builtin' });
    // Cut at the terminal's width: the state directory still shows Docker's RootlessKit, the cut driver says nothing.
    expect(facts('4026532657 net 3 2991 ubuntu /proc/self/exe --state-dir=/run/user/1000/dockerd-rootless --net=slirp4')).toMatchObject({ rootless: true, networkDriver: null });
    expect(facts('root 1 0 /proc/self/exe init').rootless).toBeNull();
    expect(facts('/proc/self/exe --verbose --net=pasta').networkDriver).toBeNull();
  });
  test('a summary with the Security Options on their key\'s line says rootless when it lists it', () => {
    expect(facts('Server:\n Security Options:  name=seccomp,profile=builtin name=rootless name=cgroupns').rootless).toBe(true);
    expect(facts('Server:\n Security Options:  name=seccomp,profile=builtin name=cgroupns').rootless).toBeNull();
  });
  test('systemctl status unit description', () => {
    expect(facts('● docker.service - Docker Application Container Engine (Rootless)').rootless).toBe(true);
  });
  test("what only a daemon under RootlessKit says, and RootlessKit's log of its child, hint at rootless Docker", () => {
    expect(facts('failed to bind port 127.0.0.1:8080/tcp: fork/exec /usr/bin/rootlesskit-docker-proxy: no such file or directory').rootless).toBe(true);
    expect(facts('level=info msg="Running with RootlessKit integration"').rootless).toBe(true);
    expect(facts('running with RootlessKit, but rootlesskit-docker-proxy not installed').rootless).toBe(true);
    expect(facts('[rootlesskit:child ] error: command [/usr/bin/dockerd-rootless.sh] exited: exit status 1').rootless).toBe(true);
    // Prose about the proxy, and RootlessKit running something else, say nothing about this daemon.
    expect(facts('rootlesskit-docker-proxy is no longer needed since Docker v28').rootless).toBeNull();
    expect(facts('[rootlesskit:child ] error: command [/usr/bin/containerd] exited: exit status 1').rootless).toBeNull();
  });
  test("Podman's pasta errors are Podman's: its CLI's words, and port forwards by number that RootlessKit never passes", () => {
    const podman = (text: string) => analyze(text).findings.map((f) => f.id);
    expect(podman('Error: pasta failed with exit code 1: netns dir open: Permission denied, exiting')).toContain('podman-not-docker');
    expect(podman("Failed to bind port 9201 (Address family not supported by protocol) for option '-t 9201-9201:9200-9200'")).toContain('podman-not-docker');
    expect(podman("Failed to bind port 53 for option '-u 53-53:53-53'")).toContain('podman-not-docker');
    expect(podman('[rootlesskit:parent] error: failed to setup network &{}: pasta failed with exit code 1:')).not.toContain('podman-not-docker');
    expect(podman("Failed to bind port 8080 for option '-t auto'")).not.toContain('podman-not-docker');
  });
  test.each([
    ['ss -p', 'tcp   LISTEN 0      4096            127.0.0.2:8080       0.0.0.0:*    users:(("rootlesskit",pid=1820,fd=30))'],
    ['ss -p, IPv6', 'LISTEN 0 4096 [::]:8080 [::]:* users:(("rootlesskit",pid=1820,fd=31))'],
    ['netstat -p', 'tcp        0      0 0.0.0.0:5432            0.0.0.0:*               LISTEN      2211/rootlesskit'],
    ['lsof, its command cut to nine letters', 'rootlessk 2211 alice  12u  IPv4  41377      0t0  TCP *:8080 (LISTEN)'],
    ['an address and its owner alone', '0.0.0.0:6379     rootlesskit'],
  ])("a port RootlessKit holds on the host is its port manager's, which rules pasta's forwarding out (%s)", (_, line) => {
    expect(facts(line)).toMatchObject({ rootless: true, portManager: true });
    expect(analyze(line).verdict).toBe('not-affected');
  });
  test("RootlessKit's API socket, pasta's listener and a long line of addresses are no port manager's", () => {
    expect(facts('u_str LISTEN 0 4096 /run/user/1000/dockerd-rootless/api.sock 41234 * 0 users:(("rootlesskit",pid=1820,fd=7))').portManager).toBeNull();
    expect(facts('tcp LISTEN 0 4096 127.0.0.1:8080 0.0.0.0:* users:(("pasta",pid=1901,fd=40))').portManager).toBeNull();
    const start = performance.now();
    expect(facts(`tcp ${'1:1 '.repeat(16_000)}rootlesskit`).portManager).toBeNull();
    expect(facts(`${'1:1'.repeat(21_000)}users:(("rootlesskit",`).portManager).toBeNull();
    expect(performance.now() - start).toBeLessThan(500);
  });
  test('a port RootlessKit holds is its port manager only where nothing shows pasta: not beside a port pasta holds, nor beside docker version', () => {
    const rootlesskit = 'tcp LISTEN 0 4096 0.0.0.0:5432 0.0.0.0:* users:(("rootlesskit",pid=1820,fd=30))';
    expect(analyze(rootlesskit).certainty).toBe('inferred');
    expect(facts(`${rootlesskit}\ntcp LISTEN 0 4096 0.0.0.0:8080 0.0.0.0:* users:(("passt.avx2",pid=1901,fd=40))`).portManager).toBeNull();
    expect(facts(`${rootlesskit}\npasta.avx 1901 alice 40u IPv4 51377 0t0 TCP *:8080 (LISTEN)`).portManager).toBeNull();
    const pasta = `Server:\n Engine:\n  Version: 27.3.1\n rootlesskit:\n  Version: 2.3.1\n  NetworkDriver: pasta\n${rootlesskit}\n$ docker run -d -p 127.0.0.1:8080:80 nginx`;
    expect(analyze(pasta).verdict).toBe('affected');
    // A port pasta holds, alone (a VM's passt), says nothing of Docker.
    expect(analyze('LISTEN 0 128 *:2222 *:* users:(("passt.avx2",pid=19205,fd=72))').findings.map((f) => f.id)).toEqual(['nothing-recognised']);
  });
  test('beside a port driver that is not pasta\'s, ports on other loopback addresses get no finding about pasta', () => {
    const ids = analyze('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"\n$ docker run -p 127.0.0.2:8080:80 nginx').findings.map((f) => f.id);
    expect(ids).not.toContain('secondary-loopback');
  });
  test('beside a port manager, ports on other loopback addresses get no finding about pasta', () => {
    const ids = analyze('tcp LISTEN 0 4096 127.0.0.2:8080 0.0.0.0:* users:(("rootlesskit",pid=1820,fd=30))\n$ docker run -p 127.0.0.2:8080:80 nginx').findings.map((f) => f.id);
    expect(ids).toContain('port-driver-excludes-pasta');
    expect(ids).not.toContain('secondary-loopback');
  });
});

describe('environment', () => {
  test("Podman's API socket as the Docker host makes the paste Podman's, unless another context is the current one", () => {
    const ids = (text: string) => analyze(text).findings.map((f) => f.id);
    expect(ids('  Resolved Docker Host: unix:///run/user/1000/podman/podman.sock')).toContain('podman-not-docker');
    expect(ids('export DOCKER_HOST=unix:///run/podman/podman.sock')).toContain('podman-not-docker');
    expect(ids('podman    unix:///run/user/1000/podman/podman.sock\ndefault *  unix:///var/run/docker.sock')).not.toContain('podman-not-docker');
  });
  test('a value that ends the line inside a quote that never closes was cut there, and is unread', () => {
    expect(facts('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK=fals')).toMatchObject({ rootless: true, disableHostLoopback: null });
    expect(facts('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=655').mtu).toBeNull();
    expect(facts('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"').mtu).toBe(65520);
    expect(facts('export DOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK=fals').disableHostLoopback).toBe(true);
    // The values that matter read the same whole or with the closing quote lost, on a line as long as a terminal is wide (a pager's cut).
    const long = (setting: string) => `Environment="PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin" ${setting}`;
    expect(facts(long('"DOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK=false')).disableHostLoopback).toBe(false);
    expect(facts(long("'DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=1500")).mtu).toBe(1500);
    expect(facts(long("'DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=655")).mtu).toBeNull();
    // Shorter, no pager cut it: systemd rejects the line, which sets nothing.
    expect(facts('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK=false').disableHostLoopback).toBeNull();
  });
  test("docker context ls: a rootless context's socket hints at rootless Docker only when that context is the current one", () => {
    const ls = (current: string) =>
      `NAME${' '.repeat(9)}DESCRIPTION${' '.repeat(31)}DOCKER ENDPOINT\n${current === 'default' ? 'default *  ' : 'default    '}  Current DOCKER_HOST based configuration   unix:///var/run/docker.sock\n${current === 'rootless' ? 'rootless *' : 'rootless  '}${' '.repeat(43)}unix:///run/user/1000/docker.sock`;
    expect(facts(ls('default')).rootless).toBeNull();
    expect(facts(ls('rootless')).rootless).toBe(true);
    expect(facts('export DOCKER_HOST=unix:///run/user/1000/docker.sock').rootless).toBe(true);
  });
  test.each([
    ['Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"'],
    ['Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta'],
    ['export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta'],
    ["DOCKERD_ROOTLESS_ROOTLESSKIT_NET='pasta'"],
    ['Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=1500 DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta'],
  ])('%s', (line) => expect(facts(line).networkDriver).toBe('pasta'));
  test('a setting in Chinese or Japanese prose: the unquoted value ends where the ASCII does', () => {
    expect(facts('当用户设置环境变量DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=slirp4netns时,系统会强制使用slirp4netns作为端口驱动。').portDriver).toBe('slirp4netns');
    expect(facts('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pastaを設定します').networkDriver).toBe('pasta');
  });
  test("a drop-in written with printf '…\\n…': each setting ends at the backslash", () => {
    const printf = "printf '[Service]\\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\\n' > override.conf";
    expect(facts(printf)).toMatchObject({ networkDriver: 'pasta', portDriver: 'implicit' });
  });
  test("a per-user socket under /run/user or /var/run/user hints rootless; the system socket and root's own do not", () => {
    expect(facts('export DOCKER_HOST=unix:///run/user/1000/docker.sock').rootless).toBe(true);
    expect(facts('export DOCKER_HOST=unix:///var/run/user/1000/docker.sock').rootless).toBe(true);
    expect(facts('export DOCKER_HOST=unix:///var/run/docker.sock').rootless).toBeNull();
    // dockerd-rootless.sh refuses to run as root: nothing rootless listens in root's /run/user/0.
    expect(facts('Cannot connect to the Docker daemon at unix:///run/user/0/docker.sock. Is the docker daemon running?').rootless).toBeNull();
    // Through the variable it is what guides copy from Docker's docs, and says nothing of this machine.
    expect(facts('export DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock').rootless).toBeNull();
  });
  test('several settings on one line, and the literal false', () => {
    expect(facts('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit" "DOCKERD_ROOTLESS_ROOTLESSKIT_DISABLE_HOST_LOOPBACK=false" "DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=false"')).toMatchObject({
      portDriver: 'implicit',
      disableHostLoopback: false,
      detachNetns: false,
    });
  });
  test('a setting quoted as inline code in prose', () => {
    expect(facts("I've set `Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta` in the unit").networkDriver).toBe('pasta');
  });
  test('the drivers among DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS', () => {
    const expected = { networkDriver: 'pasta', portDriver: 'implicit', rootless: true };
    expect(facts('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --port-driver=implicit"')).toMatchObject(expected);
    expect(facts("export DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS='--net pasta --port-driver implicit'")).toMatchObject(expected);
  });
  test('--disable-host-loopback among the FLAGS, which RootlessKit reads after the one the script passes', () => {
    expect(facts('--env DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--disable-host-loopback=false  \\').disableHostLoopback).toBe(false);
    expect(facts('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--disable-host-loopback --net=pasta"')).toMatchObject({ disableHostLoopback: true, networkDriver: 'pasta' });
  });
  test("dockerd-rootless.sh's own choice in its set -x trace", () => {
    expect(facts('Dec 16 17:56:08 hostname dockerd-rootless.sh[1069]: + net=vpnkit')).toMatchObject({ networkDriver: 'vpnkit', rootless: true });
    expect(facts('+ net=')).toMatchObject({ networkDriver: null, rootless: null });
    expect(analyze('+ net=vpnkit').verdict).toBe('not-affected');
  });
  test('commented lines and unknown drivers are ignored', () => {
    expect(facts('# Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"').networkDriver).toBeNull();
    expect(facts('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=bogus').networkDriver).toBeNull();
  });
});

describe('packages', () => {
  // Its docker command runs Podman (containers/podman docker.in): with no Docker output beside it, the paste is Podman's.
  test.each([
    'ii  podman-docker  4.3.1+ds1-8+deb12u1 all  emulate Docker CLI using podman',
    'podman-docker-5.4.0-12.el9_6.noarch',
    ' podman-docker          noarch          5:5.4.0-12.el9_6                      rhel-9-for-x86_64-appstream-rpms          104 k',
    'podman-docker/stable,now 4.3.1+ds1-8+deb12u1 all [installed]',
  ])('the podman-docker package makes the paste Podman\'s: %s', (line) => {
    expect(analyze(line).findings.map((f) => f.id)).toContain('podman-not-docker');
    expect(analyze(`${line}\nServer: Docker Engine - Community\n Engine:\n  Version: 27.3.1`).findings.map((f) => f.id)).not.toContain('podman-not-docker');
  });
  // Not installed: apt-cache policy's "(none)", a dnf removal (which Docker's own packages need first), packages only available.
  test.each([
    'podman-docker:\n  Installed: (none)\n  Candidate: 4.3.1+ds1-8+deb12u1',
    'Removing:\n podman-docker          noarch          5:5.4.0-12.el9_6          @rhel-9-for-x86_64-appstream-rpms          104 k',
    'Available Packages\npodman-docker.noarch                 5:5.4.0-12.el9_6                  appstream',
  ])('podman-docker not installed is no sign of Podman: %s', (text) => {
    expect(analyze(text).findings.map((f) => f.id)).not.toContain('podman-not-docker');
  });
  test("rows under dnf's and yum's removal headers are not installed", () => {
    expect(facts('Removing:\n docker-ce   x86_64   3:20.10.9-3.el7   @docker-ce-stable   96 M').dockerServerVersion).toBeNull();
    expect(facts('Removing:\n podman   x86_64   4:5.4.0-12.el9_6   @appstream   17 M\nInstalling:\n docker-ce   x86_64   3:27.3.1-1.el9   docker-ce-stable   27 M').dockerServerVersion).toBe('27.3.1');
    // docker build's words are no header.
    expect(facts('Removing intermediate container a735b4037032\nii  docker-ce  5:27.3.1-1~ubuntu.24.04~noble  amd64  Docker').dockerServerVersion).toBe('27.3.1');
  });
  test('yum 3 says "Repo : installed" of an installed package', () => {
    expect(facts('Name        : docker-ce\nVersion     : 20.10.9\nRepo        : installed').dockerServerVersion).toBe('20.10.9');
    expect(facts('Name        : docker-ce\nVersion     : 20.10.9\nRepo        : docker-ce-stable').dockerServerVersion).toBeNull();
  });
  test("yum's resolver lists what it would install before anyone confirms: no installed version", () => {
    expect(facts('---> Package docker-ce.aarch64 3:20.10.9-3.el7 will be installed').dockerServerVersion).toBeNull();
  });
  // dpkg's own translations (po/<lang>.po): the words come before the package, or after it in German, Japanese and Korean.
  test.each([
    '正在设置 docker-ce (5:27.3.1-1~ubuntu.24.04~noble) ...',
    'Настраивается пакет docker-ce (5:27.3.1-1~ubuntu.24.04~noble) …',
    'Paramétrage de docker-ce (5:27.3.1-1~ubuntu.24.04~noble) ...',
    'Ayarlanıyor: docker-ce (5:27.3.1-1~ubuntu.24.04~noble) ...',
    'docker-ce (5:27.3.1-1~ubuntu.24.04~noble) wird eingerichtet ...',
    'docker-ce (5:27.3.1-1~ubuntu.24.04~noble) を設定しています ...',
    'docker-ce (5:27.3.1-1~ubuntu.24.04~noble) 설정하는 중입니다 ...',
  ])("apt's log in the user's language: %s", (text) => {
    expect(facts(text)).toMatchObject({ dockerServerVersion: '27.3.1', dockerPackaging: 'docker' });
  });
  test('on Debian and Ubuntu, the package "docker" is the docklet tray, not Docker', () => {
    expect(facts('docker/stable,now 1.5-2 amd64 [installed,automatic]').dockerServerVersion).toBeNull();
    expect(facts('ii  docker  1.5-2  amd64  System tray for KDE3/GNOME2 docklet applications').dockerServerVersion).toBeNull();
    expect(facts('docker 1:27.3.1-1').dockerServerVersion).toBe('27.3.1');
    expect(facts('Package: docker\nStatus: install ok installed\nVersion: 1.5-2').dockerServerVersion).toBeNull();
  });
  test("distributions' own Docker Engine packages: docker.io (Debian, Ubuntu), moby-engine (Fedora), docker-engine (Alpine)", () => {
    expect(facts('ii  docker.io  26.1.5+dfsg1-9+b1  amd64  Linux container runtime')).toMatchObject({ dockerServerVersion: '26.1.5', dockerPackaging: 'distribution' });
    expect(facts('moby-engine-27.3.1-1.fc41.x86_64')).toMatchObject({ dockerServerVersion: '27.3.1', dockerPackaging: 'distribution' });
    expect(facts('docker-engine-27.3.1-r0 x86_64 {docker} (Apache-2.0) [installed]')).toMatchObject({ dockerServerVersion: '27.3.1', dockerPackaging: 'distribution' });
  });
  test('apt list --upgradable: the installed version is the one upgraded from', () => {
    expect(facts('docker-ce/noble 5:29.4.0-1~ubuntu.24.04~noble amd64 [upgradable from: 5:29.2.1-1~ubuntu.24.04~noble]').dockerServerVersion).toBe('29.2.1');
  });
  test('a Nix store path names the version', () => {
    expect(facts('/nix/store/0123456789abcdfghijklmnpqrsvwxyz-rootlesskit-2.3.6/bin/rootlesskit --net=slirp4netns').rootlesskitVersion).toBe('2.3.6');
  });
  test.each([
    ['ii  docker-ce-rootless-extras  5:27.3.1-1~ubuntu.24.04~noble  amd64  Rootless support for Docker.', 'rootlessExtrasVersion', '27.3.1'],
    ['docker-ce-rootless-extras\t5:27.3.1-1~ubuntu.24.04~noble', 'rootlessExtrasVersion', '27.3.1'],
    ['docker-ce-rootless-extras/noble,now 5:27.3.1-1~ubuntu.24.04~noble amd64 [installed]', 'rootlessExtrasVersion', '27.3.1'],
    ['docker-ce-rootless-extras-27.3.1-1.fc40.x86_64', 'rootlessExtrasVersion', '27.3.1'],
    ['docker-ce-rootless-extras.x86_64    1:27.3.1-1.fc40    @docker-ce-stable', 'rootlessExtrasVersion', '27.3.1'],
    ['docker-ce  5:28.0.0~rc.1-1~debian.12~bookworm', 'dockerServerVersion', '28.0.0-rc.1'],
    ['docker 1:27.3.1-1', 'dockerServerVersion', '27.3.1'],
    ['rootlesskit 2.3.1-1', 'rootlesskitVersion', '2.3.1'],
    ['slirp4netns-1.2.1-1.fc39.x86_64', 'slirp4netnsVersion', '1.2.1'],
    ['passt 2025_03_20.32f6212-1', 'pastaDate', '2025-03-20'],
    ['passt-0^20240906.g6b38f07-1.fc40.x86_64', 'pastaDate', '2024-09-06'],
    ['package: passt_0.0~git20240220.1e6f92b-1_amd64', 'pastaDate', '2024-02-20'],
    ['docker-rootless-extras-27.3.1-r4', 'dockerPackaging', 'distribution'],
    [' docker-ce                    x86_64    3:25.0.3-1.el8    docker-ce-stable     25 M', 'dockerServerVersion', '25.0.3'],
    [' docker-ce-rootless-extras    x86_64    25.0.3-1.el8      docker-ce-stable    4.9 M', 'rootlessExtrasVersion', '25.0.3'],
    ['    debian: Setting up passt (0.0~git20230216.4663ccc-1) ...', 'pastaDate', '2023-02-16'],
    ['Unpacking docker-ce-rootless-extras (5:27.3.1-1~ubuntu.24.04~noble) ...', 'rootlessExtrasVersion', '27.3.1'],
    ['  Installing       : passt-0^20230222.g4ddbcb9-1.fc37.x86_64            371/371', 'pastaDate', '2023-02-22'],
    ['  passt-0^20230222.g4ddbcb9-1.fc37.x86_64 (updates)', 'pastaDate', '2023-02-22'],
    ['passt-2025.02.17-r0 x86_64 {passt} (BSD-3-Clause AND GPL-2.0-or-later) [installed]', 'pastaDate', '2025-02-17'], // apk list -I
    ['rootlesskit-2.3.5-r0 - Linux-native fake root for implementing rootless containers', 'rootlesskitVersion', '2.3.5'], // apk info -vv
    ['ii passt-2025.05.12.8ec1341_1                 Plug A Simple Socket Transport', 'pastaDate', '2025-05-12'], // xbps-query -l
    ['ii rootlesskit-2.3.1_1                        Linux-native fake root', 'rootlesskitVersion', '2.3.1'],
    ['i  | rootlesskit | package | 2.3.4-1.1 | x86_64 | repo-oss', 'rootlesskitVersion', '2.3.4'], // zypper se -i
    ['net-misc/passt-2024.08.21-r1', 'pastaDate', '2024-08-21'], // qlist -Iv
    ['[IP-] [  ] net-misc/passt-2025.02.17:0', 'pastaDate', '2025-02-17'], // equery list
    ['[ebuild   R    ] net-misc/passt-2025.02.17::gentoo  0 KiB', 'pastaDate', '2025-02-17'], // emerge -pv, reinstall
  ] as const)('%s', (line, key, value) => expect(facts(line)[key]).toBe(value));
  test("Ansible's dnf results: each \"Installed: …\" item, on one line or several; removals are not installs", () => {
    const oneLine = analyze('changed: [host] => {"changed": true, "msg": "", "rc": 0, "results": ["Installed: passt-0^20240906.g6b38f07-1.fc40.x86_64", "Installed: docker-ce-rootless-extras-5:27.3.1-1.fc40.x86_64"]}');
    expect(oneLine.facts).toMatchObject({ pastaDate: '2024-09-06', rootlessExtrasVersion: '27.3.1', dockerPackaging: 'docker' });
    expect(oneLine.evidence.rootlessExtrasVersion).toEqual([{ line: 1, text: 'Installed: docker-ce-rootless-extras-5:27.3.1-1.fc40.x86_64' }]);
    const debug = facts('ok: [host] => {\n    "result": {\n        "results": [\n            "Installed: passt-0^20240906.g6b38f07-1.fc40.x86_64",\n            "Removed: docker-ce-rootless-extras-5:27.3.1-1.fc40.x86_64"\n        ]\n    }\n}');
    expect(debug).toMatchObject({ pastaDate: '2024-09-06', rootlessExtrasVersion: null });
  });
  test('listed but not installed: apk list without [installed], equery\'s [-P-], emerge\'s new or upgraded packages', () => {
    expect(facts('passt-2025.02.17-r0 x86_64 {passt} (BSD-3-Clause AND GPL-2.0-or-later)').pastaDate).toBeNull();
    expect(facts('[-P-] [  ] net-misc/passt-2025.02.17:0').pastaDate).toBeNull();
    expect(facts('[ebuild     U  ] net-misc/passt-2025.02.17 [2024.09.06]').pastaDate).toBeNull();
  });
  test('package information: rpm -qi, dnf info, pacman -Qi, dpkg -s and zypper info, when a field says the package is installed', () => {
    const info = (fields: string) => facts(fields).pastaDate;
    expect(info('Name        : passt\nVersion     : 0^20250217.ga1e48a0\nRelease     : 1.fc41\nInstall Date: Tue 04 Mar 2025 10:12:31 AM CET')).toBe('2025-02-17');
    expect(info('Name            : passt\nVersion         : 2025_02_17.a1e48a0-1\nInstall Date    : Thu 20 Feb 2025 09:01:44 CET')).toBe('2025-02-17');
    expect(info('Package: passt\nStatus: install ok installed\nVersion: 0.0~git20250503.587980c-2+deb13u1')).toBe('2025-05-03');
    const rootlesskit = facts('Repository     : Main Repository (OSS)\nName           : rootlesskit\nVersion        : 2.3.4-1.1\nInstalled      : Yes\nStatus         : up-to-date');
    expect(rootlesskit.rootlesskitVersion).toBe('2.3.4');
    // dnf info lists the installed package (Repository @System), then the available one.
    const dnf = 'Installed Packages\nName         : passt\nVersion      : 0^20240906.g6b38f07\nRepository   : @System\n\nAvailable Packages\nName         : passt\nVersion      : 0^20250217.ga1e48a0\nRepository   : updates';
    expect(info(dnf)).toBe('2024-09-06');
    // apt show writes APT-Manual-Installed only in the installed version's record (apt show -a: the candidate's first, without it).
    expect(info('Package: passt\nVersion: 0.0~git20240906.6b38f07-1\nAPT-Manual-Installed: yes\nAPT-Sources: /var/lib/dpkg/status')).toBe('2024-09-06');
    const showAll = 'Package: passt\nVersion: 0.0~git20250503.587980c-2\nAPT-Sources: http://deb.debian.org/debian trixie/main amd64 Packages\n\nPackage: passt\nVersion: 0.0~git20240906.6b38f07-1\nAPT-Manual-Installed: no';
    expect(info(showAll)).toBe('2024-09-06');
    expect(facts('Package: rootlesskit\nVersion: 2.3.4+ds1-1\nAPT-Manual-Installed: yes').rootlesskitVersion).toBe('2.3.4');
  });
  test('package information that does not say the package is installed: apt show, pacman -Si, rpm -qip, dpkg -s of a removed package; zypper info of an out-of-date one gives the version its Status names', () => {
    const info = (fields: string) => facts(fields).pastaDate;
    expect(info('Package: passt\nVersion: 0.0~git20250503.587980c-2+deb13u1\nAPT-Sources: http://deb.debian.org/debian trixie/main amd64 Packages')).toBeNull();
    expect(info('Repository      : extra\nName            : passt\nVersion         : 2025_02_17.a1e48a0-1\nBuild Date      : Tue 18 Feb 2025')).toBeNull();
    expect(info('Name        : passt\nVersion     : 0^20250217.ga1e48a0\nInstall Date: (not installed)')).toBeNull();
    expect(info('Package: passt\nStatus: deinstall ok config-files\nVersion: 0.0~git20250503.587980c-2+deb13u1')).toBeNull();
    expect(facts('Name           : rootlesskit\nVersion        : 2.3.4-1.1\nInstalled      : Yes\nStatus         : out-of-date (version 2.3.1-1.1 installed)').rootlesskitVersion).toBe('2.3.1');
  });
  test('apt-cache policy', () => {
    expect(facts('docker-ce-rootless-extras:\n  Installed: 5:27.5.1-1~ubuntu.24.04~noble\n  Candidate: 5:27.5.1-1~ubuntu.24.04~noble').rootlessExtrasVersion).toBe('27.5.1');
    expect(facts('docker-ce-rootless-extras:\n  Installed: (none)').rootlessExtrasVersion).toBeNull();
  });
  test("Docker's own packages name the distribution release", () => {
    expect(facts('ii  docker-ce  5:27.3.1-1~ubuntu.24.04~noble  amd64  Docker').operatingSystem).toBe('Ubuntu 24.04');
  });
  test('removed packages and commands are not installed packages', () => {
    expect(facts('rc  docker-ce  5:27.3.1-1~ubuntu.24.04~noble  amd64  Docker').dockerServerVersion).toBeNull();
    expect(facts('docker version').dockerServerVersion).toBeNull();
  });
});

test("docker context ls: the system-wide daemon's socket as the current context, beside a rootless context, is a CLI that asks that daemon", () => {
  const header = 'NAME         DESCRIPTION                               DOCKER ENDPOINT                     ERROR';
  const row = (name: string, current: boolean, endpoint: string) => `${`${name}${current ? ' *' : ''}`.padEnd(13)}${'Some description'.padEnd(42)}${endpoint}`;
  const signals = (...rows: string[]) => analyze([header, ...rows].join('\n')).signals;
  expect(signals(row('default', true, 'unix:///var/run/docker.sock'), row('rootless', false, 'unix:///run/user/1000/docker.sock'))).toContain('context-system');
  expect(signals(row('rootless', false, 'unix:///run/user/1000/docker.sock'), row('default', true, 'unix:///run/docker.sock'))).toContain('context-system');
  // Not the current one; no rootless context to switch to; the rootless one current.
  expect(signals(row('default', false, 'unix:///var/run/docker.sock'), row('rootless', false, 'unix:///run/user/1000/docker.sock'))).not.toContain('context-system');
  expect(signals(row('default', true, 'unix:///var/run/docker.sock'))).not.toContain('context-system');
  expect(signals(row('default', false, 'unix:///var/run/docker.sock'), row('rootless', true, 'unix:///run/user/1000/docker.sock'))).not.toContain('context-system');
});

describe('get.docker.com/rootless', () => {
  const installer = (version: string) => `$ curl -fsSL https://get.docker.com/rootless | sh\n# Installing stable version ${version}\n# Executing docker rootless install script, commit: 0d6f72e`;
  const setup = '+ PATH=/home/me/bin:/usr/bin /home/me/bin/dockerd-rootless-setuptool.sh install\n[INFO] Installed docker.service successfully.';
  test("the version it printed is the Docker it installed under ~/bin, Docker's own build, once it ran the setup tool", () => {
    expect(facts(`${installer('27.3.1')}\n${setup}`)).toMatchObject({ dockerServerVersion: '27.3.1', dockerPackaging: 'docker', rootless: true });
    expect(facts(`# Installing test version 28.0.0-rc.1\n${setup}`).dockerServerVersion).toBe('28.0.0-rc.1');
    // A summary pasted first, and other output between.
    expect(facts(`${setup}\nFull log:\n${installer('27.3.1')}`).dockerServerVersion).toBe('27.3.1');
    expect(facts(`${installer('27.3.1')}\n$ docker info\nServer:\n Containers: 0\n$ cat install.log\n${setup}`).dockerServerVersion).toBe('27.3.1');
  });
  test('not where it stopped before it unpacked anything, unless it ran again', () => {
    // A download that failed stops it before the setup tool too ("gzip: stdin: not in gzip format").
    expect(facts(`${installer('23.0.0')}\ngzip: stdin: not in gzip format\ntar: Error is not recoverable: exiting now`).dockerServerVersion).toBeNull();
    const stops = [
      '# Existing rootless Docker detected at /home/me/bin/dockerd',
      '# Missing system requirements. Please run following commands to',
      'Aborting because rootful Docker is running and accessible. Set FORCE_ROOTLESS_INSTALL=1 to ignore.',
      'Refusing to install rootless Docker as the root user',
      'Could not find records for the current user me from /etc/subuid . Please make sure valid subuid range is set there.',
    ];
    for (const stop of stops) expect(facts(`${setup}\n${installer('27.3.1')}\n${stop}`).dockerServerVersion, stop).toBeNull();
    expect(facts(`${installer('27.3.1')}\n${stops[1]}\n${installer('27.3.1')}\n${setup}`).dockerServerVersion).toBe('27.3.1');
    // A second run that found the first one's install stops: the first one's version stands.
    expect(facts(`${installer('20.10.12')}\n${setup}\n${installer('27.3.1')}\n${stops[0]}`).dockerServerVersion).toBe('20.10.12');
    // So does it where the second run's download failed: the first run's setup tool did not unpack the second's version.
    expect(facts(`${installer('27.2.1')}\n${setup}\n${installer('27.5.1')}\ncurl: (6) Could not resolve host: download.docker.com`).dockerServerVersion).toBe('27.2.1');
  });
  test('the static tarballs a Dockerfile downloads are not the host\'s Docker', () => {
    expect(facts('RUN wget -O docker.tgz https://download.docker.com/linux/static/stable/x86_64/docker-29.5.2.tgz')).toMatchObject({ dockerServerVersion: null, dockerPackaging: null });
  });
});

describe('symptoms', () => {
  const ids = (text: string): string[] => analyze(text).findings.map((f) => f.id);
  test('loopback publications in docker ps, docker run and compose', () => {
    expect(ids('rootlesskit --net=pasta --port-driver=implicit dockerd\n0.0.0.0:80->80/tcp, [::1]:8443->443/tcp')).toContain('ipv6-loopback-not-forwarded');
    expect(ids('rootlesskit --net=pasta --port-driver=implicit dockerd\ndocker run -p 127.0.0.2:8080:80 nginx')).toContain('secondary-loopback');
    expect(ids('rootlesskit --net=pasta --port-driver=implicit dockerd\n  - "127.0.0.3:8080:80"')).toContain('secondary-loopback');
    expect(ids('Insecure Registries:\n 127.0.0.0/8\ncurl http://127.0.0.2:8080/')).not.toContain('secondary-loopback');
  });
  // curl's own words stay English; the reason is the C library's, in the user's language (a Ukrainian apostrophe as typeset, too).
  test.each([...translatedResets.map(([, text]) => text), 'Вузол розірвав з\u2019єднання'])('the reset in the C library\'s words: %s', (text) => {
    expect(analyze(`curl: (56) Recv failure: ${text}`).signals).toEqual(['connection-reset']);
  });
  // wget translates its own words too, and keeps the C library's in brackets; the same words in another sentence are no reset.
  test.each(translatedResets.map(([, text]) => text))("wget's reset in the C library's words: %s", (text) => {
    expect(analyze(`HTTP-Anforderung gesendet, auf Antwort wird gewartet … Lesefehler (${text}) beim Vorspann (header).`).signals).toEqual(['connection-reset']);
    expect(analyze(`De app meldt: ${text}.`).signals).toEqual([]);
  });
  test("systemctl's D-Bus errors that end in a reset are no reset of a published port (nerdctl#367)", () => {
    expect(analyze('$ systemctl --user enable --now containerd\nFailed to enable unit: Connection reset by peer').signals).toEqual([]);
    expect(analyze('Failed to connect to bus: Connection reset by peer').signals).toEqual([]);
    expect(analyze('Failed to start docker.service: Connection reset by peer').signals).toEqual([]);
    expect(analyze('Failed to get D-Bus connection: Connection reset by peer').signals).toEqual([]);
    expect(analyze('wget: read error: Connection reset by peer').signals).toEqual(['connection-reset']);
    expect(analyze("urllib3: Failed to establish a new connection: [Errno 104] Connection reset by peer").signals).toEqual(['connection-reset']);
  });
  test("podman-docker's docker answers for Podman: the finding says so and asks for no docker version, which would print the same", () => {
    const shim = analyze('$ docker version\nEmulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\nClient:       Podman Engine\nVersion:      5.2.5');
    const finding = shim.findings.find((f) => f.id === 'podman-not-docker');
    expect(finding?.detail).toContain('podman-docker');
    expect(finding?.fix).toBeUndefined();
    expect(analyze('$ podman info\nhost:\n  rootlessNetworkCmd: pasta').findings.find((f) => f.id === 'podman-not-docker')?.fix).toBe('docker version');
  });
  test('a Podman command typed at a prompt makes a paste Podman\'s, unless it shows Docker too', () => {
    expect(ids('[user@host ~]$ podman run -d -p 9797:80 nginx\ncurl: (56) Recv failure: Connection reset by peer')).toContain('podman-not-docker');
    expect(ids('podman run is the same as docker run here')).not.toContain('podman-not-docker');
    expect(ids('$ podman run -d -p 9797:80 nginx\nServer: Docker Engine - Community\n Engine:\n  Version: 27.3.1')).not.toContain('podman-not-docker');
  });
  test("a connection in Go's errors is no published port", () => {
    const r = analyze('rootlesskit --net=pasta --port-driver=implicit dockerd\nError: read tcp 127.0.0.2:43828->127.0.0.1:33380: read: connection reset by peer\ndial udp6 [::1]:53->[::1]:5353');
    expect([r.signals, r.findings.map((f) => f.id)]).toEqual([[], expect.not.arrayContaining(['secondary-loopback', 'ipv6-loopback-not-forwarded'])]);
  });
  // Lines are found by one regex over every message's first words: each message must get through it, after a prefix too.
  test.each(knownErrors.map((e) => [e.id, e.parts.join(' ')]))('the known error %s is read: %s', (id, words) => {
    expect(analyze(`Dec 01 09:00:00 host dockerd-rootless.sh[42]: ${words} x`).signals).toContain(id);
  });
  test('the 28.0.0 slirp4netns port driver message says which port driver runs', () => {
    expect(facts('protocol "tcp" is not supported by the RootlessKit port driver "slirp4netns", discarding request')).toMatchObject({
      portDriver: 'slirp4netns',
      rootless: true,
    });
  });
});

describe('podman info (YAML)', () => {
  test('marks the paste as Podman and reads its pasta and version', () => {
    const r = analyze('host:\n  arch: amd64\n  pasta:\n    executable: /usr/bin/pasta\n    package: passt-0^20250217.ga1e48a0-1.fc41.x86_64\n    version: |\n      pasta 0^20250217.ga1e48a0-1.fc41.x86_64\nversion:\n  APIVersion: 5.3.1\n  Version: 5.3.1');
    expect(r.facts).toMatchObject({ podmanVersion: '5.3.1', pastaDate: '2025-02-17', rootless: null });
    expect(r.findings.map((f) => f.id)).toContain('podman-not-docker');
  });
  test("podman-docker's banner: the docker command is Podman", () => {
    const r = analyze('$ docker -v\nEmulate Docker CLI using podman. Create /etc/containers/nodocker to quiet msg.\npodman version 4.6.1');
    expect(r.facts.podmanVersion).toBe('4.6.1');
    expect(r.findings.map((f) => f.id)).toContain('podman-not-docker');
    expect(analyze('podman version 4.6.1').findings.map((f) => f.id)).not.toContain('podman-not-docker');
  });
  test('a part of podman info without its host: line is still Podman\'s, by the keys only Podman prints', () => {
    const part = '  networkBackend: netavark\n  pasta:\n    executable: /usr/bin/pasta\n    package: passt-0^20240821.g1d6142f-1.fc40.x86_64\n  rootlessNetworkCmd: pasta';
    const r = analyze(part);
    expect(r.facts).toMatchObject({ pastaDate: '2024-08-21', networkDriver: null, rootless: null });
    expect(r.findings.map((f) => f.id)).toEqual(['need-docker-output', 'podman-not-docker']);
    expect(analyze('  rootlessPortForwarder: rootlessport').findings.map((f) => f.id)).toContain('podman-not-docker');
    // Docker's own "Network: bridge host …" plugin list is no such key.
    expect(analyze(' Network: bridge host ipvlan macvlan null overlay').findings.map((f) => f.id)).not.toContain('podman-not-docker');
  });
});
