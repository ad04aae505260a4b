// What sweeps 44 to 50 of public pastes found the engine misreading or misadvising.
import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze } from '../../../src/engine/index.ts';

describe('prompts of other shells and setups (sweep 45)', () => {
  const stripped = (input: string) => clean(input).lines.map((l) => [l.prefix ?? '', l.text]);
  test('the directory alone, macOS zsh, oh-my-zsh and spaceship go, and what follows is the command', () => {
    expect(stripped('~ $ podman ps\n~/src$ docker version\nme@MacBook-Pro examples % docker info\n➜  ~ sudo lsof -i:8080\n➜  app git:(main) ✗ docker ps\n➜ docker ps')).toEqual([
      ['~ $ ', 'podman ps'],
      ['~/src$ ', 'docker version'],
      ['me@MacBook-Pro examples % ', 'docker info'],
      ['➜  ~ ', 'sudo lsof -i:8080'],
      ['➜  app git:(main) ✗ ', 'docker ps'],
      ['➜ ', 'docker ps'],
    ]);
  });
  test('a share of something, a path in the home directory or a dev server\'s arrow is no prompt to take a word with (review 39)', () => {
    expect(stripped('requests % failing\n50 % done\n~/.docker/run/docker.sock\n  ➜  Local:   http://localhost:5173/')).toEqual([
      ['', 'requests % failing'],
      ['', '50 % done'],
      ['', '~/.docker/run/docker.sock'],
      ['  ➜  ', 'Local:   http://localhost:5173/'],
    ]);
  });
  test("Podman's commands at such a prompt make the paste Podman's, and the reset is not called pasta's (meshtastic/web#368)", () => {
    const result = analyze('~ $ podman run -dt --name web -p 8888:80/tcp ghcr.io/meshtastic/web\nbc0a7ba476c8\n\n~ $ curl 127.0.0.1:8888\ncurl: (56) Recv failure: Connection reset by peer');
    expect(result.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['podman-not-docker', 'connection-reset-seen']));
    expect(result.findings.map((f) => f.id)).not.toContain('need-network-driver');
  });
  test("grep's answer after a macOS prompt is read, and the next prompt ends it", () => {
    expect(analyze('me@mac examples % docker info | grep rootless\n  rootless\nme@mac examples % ').facts.rootless).toBe(true);
  });
});

describe('docker info as other tools print it (sweep 46)', () => {
  const act = (options: string) =>
    ['Docker Engine:', '        Engine version:        28.0.4', '        Engine runtime:        runc', '        Security options:', ...options.split(' ').map((o) => `                ${o}`)].join('\n');
  test("act --bug-report's block: its engine version and security options (nektos/act#1056, #1756)", () => {
    expect(analyze(act('name=seccomp,profile=builtin name=rootless name=cgroupns')).facts).toMatchObject({ rootless: true, dockerServerVersion: '28.0.4' });
    const old = analyze(act('name=seccomp,profile=default').replace('28.0.4', '20.10.9'));
    expect(old.facts.dockerServerVersion).toBe('20.10.9');
    expect(old.findings[0]!.id).toBe('docker-without-pasta');
  });
  test('act --bug-report of Podman answering Docker\'s API is Podman\'s, whatever its security options say (review 39)', () => {
    const ids = analyze(act('name=rootless name=seccomp,profile=default').replace('28.0.4', '5.0.2')).findings.map((f) => f.id);
    expect(ids).toEqual(['need-docker-output', 'podman-not-docker']);
  });
  test("someone's own summary under the same heading gives no version (review 39)", () => {
    expect(analyze('Docker Engine:\nEngine version: the latest from the repository').facts.dockerServerVersion).toBeNull();
  });
  const tilt = (host: string) => `Docker\n- Host: ${host}\n- Server Version: 20.10.2\n- API Version: 1.41\n- Builder: 2`;
  test("tilt doctor's list: the local daemon's server version (tilt-dev/tilt#4695)", () => {
    expect(analyze(tilt('[default]')).facts.dockerServerVersion).toBe('20.10.2');
    expect(analyze(tilt('unix:///run/user/1000/docker.sock')).facts.dockerServerVersion).toBe('20.10.2');
  });
  test("not a remote or minikube's daemon there, nor any Markdown list's server (review 39)", () => {
    expect(analyze(tilt('tcp://192.168.49.2:2376')).facts.dockerServerVersion).toBeNull();
    expect(analyze(tilt('ssh://builder@build-01.lan')).facts.dockerServerVersion).toBeNull();
    expect(analyze('Server details:\n- Server Version: 1.20.4\n- Players: 3').facts.dockerServerVersion).toBeNull();
  });
});

describe("dockerd-rootless.sh's own trace (sweep 48)", () => {
  test("dockerd-rootless.sh's trace cut before it picks the network is still a rootless daemon's start (moby#41230)", () => {
    const trace = ["+ '[' -w /run/user/1000 ']'", '+ rootlesskit=', '+ for f in docker-rootlesskit rootlesskit', '+ which rootlesskit', '+ rootlesskit=rootlesskit', '+ break', '+ : builtin', '+ net=', '+ mtu='];
    const result = analyze(trace.join('\n'));
    expect(result.facts.rootless).toBe(true);
    expect(result.findings[0]!.id).toBe('need-network-driver');
    expect(analyze('+ rootlesskit=rootlesskit').facts.rootless).toBeNull();
  });
  test("dash's and busybox's trace of the same search, which print no loop (review 41)", () => {
    expect(analyze("+ rootlesskit=\n+ command -v docker-rootlesskit\n+ command -v rootlesskit\n+ rootlesskit=rootlesskit\n+ '[' -z rootlesskit ']'").facts.rootless).toBe(true);
  });
});

describe("a distribution's build of Docker (sweep 47)", () => {
  const version = (commit: string) =>
    ['Server:', ' Engine:', '  Version:          29.4.2', '  API version:      1.54 (minimum version 1.40)', `  Git commit:       ${commit}`, 'Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta'].join('\n');
  test("Fedora's moby-engine names its RPM release as its commit: no RootlessKit is inferred from Docker's bundle (devcontainers/features#1655)", () => {
    const fedora = analyze(version('1.fc44'));
    expect(fedora.facts.dockerPackaging).toBe('distribution');
    expect(fedora.verdict).toBe('incomplete');
    expect(fedora.findings.map((f) => f.id)).toContain('distribution-packaging');
  });
  test("Docker's own build names a commit, and its bundle decides", () => {
    expect(analyze(version('a89b842')).facts.dockerPackaging).toBeNull();
    expect(analyze(version('a89b842')).verdict).toBe('fixed');
  });
});

describe("the system-wide daemon's init script (sweep 50)", () => {
  test('service docker status answering " * Docker is running" is a rootful daemon, as systemd\'s system.slice is (MicrosoftDocs/WSL#416)', () => {
    const result = analyze('$ sudo service docker status\n * Docker is running\n$ docker run hello-world');
    expect(result.verdict).toBe('not-rootless');
    expect(result.facts.rootless).toBe(false);
  });
  test("the words alone, or a bullet in someone's notes, are not its answer (review 41)", () => {
    expect(analyze('Docker is running').facts.rootless).toBeNull();
    expect(analyze('Rootless docker, set up with dockerd-rootless-setuptool.sh:\n* Docker is running\n* curl fails').facts.rootless).toBeNull();
  });
  test('chained, after a right prompt or from invoke-rc.d, but not another tool\'s words after the script said it is not running (review 42)', () => {
    for (const command of ['sudo service docker status && docker ps', '╰─ sudo service docker status   took 2s', 'sudo invoke-rc.d docker status'])
      expect(analyze(`${command}\n * Docker is running`).facts.rootless, command).toBe(false);
    expect(analyze('$ sudo service docker status\n * Docker is not running\n$ make check\nDocker is running').facts.rootless).toBeNull();
    expect(analyze('$ sudo service docker status\n * Docker is not running\n$ ./preflight.sh\n[ok] Docker is running').facts.rootless).toBeNull();
  });
});

describe('a rootless daemon started by hand (sweep 49)', () => {
  test("dockerd-rootless.sh typed at a prompt, openSUSE's too (moby#40666, docker/for-linux#1205)", () => {
    expect(analyze('$ dockerd-rootless.sh --experimental').facts.rootless).toBe(true);
    expect(analyze('elfring@Sonne:~> /usr/local/bin/dockerd-rootless.sh').facts.rootless).toBe(true);
    expect(analyze('$ sudo dockerd-rootless.sh').facts.rootless).toBeNull();
  });
  test('not when it did not start, at root\'s prompt, or quoted from documentation (review 41)', () => {
    expect(analyze('[me@fedora ~]$ dockerd-rootless.sh\nbash: dockerd-rootless.sh: command not found').facts.rootless).toBeNull();
    expect(analyze('root@srv:~# dockerd-rootless.sh').facts.rootless).toBeNull();
    expect(analyze('> dockerd-rootless.sh uses slirp4netns by default').facts.rootless).toBeNull();
    // Another program missing later in the paste says nothing of the launcher.
    expect(analyze('$ dockerd-rootless.sh &\n[1] 4242\n$ sleep 5\n$ ls\nbash: pasta: command not found').facts.rootless).toBe(true);
  });
  test("openSUSE's passt package names the tag's date and commit (containers/buildah#5440)", () => {
    expect(analyze('$ rpm -q passt\npasst-20240220.1e6f92b-1.1.x86_64').facts.pastaDate).toBe('2024-02-20');
  });
});
