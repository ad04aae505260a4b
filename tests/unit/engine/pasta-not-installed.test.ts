// A pasta the shell did not find, and a pasta RootlessKit did not find (damage sweep 61 D2).
import { describe, expect, test } from 'vitest';
import { rootlesskit } from '../../../src/engine/data/core/rootlesskit.ts';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { decodeShare, encodeShare } from '../../../src/engine/share.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

const ids = (text: string) => analyze(text).findings.map((f) => f.id);
const synthetic = (file: string) => labelledFixtures('synthetic').find((f) => f.file === file)!;
const RK_OLD = 'rootlesskit version 2.3.1';

describe('the shell finds no pasta', () => {
  test.each([
    ['bash', 'bash: pasta: command not found'],
    ["a login shell's bash", '-bash: pasta: command not found'],
    ['bash -c', 'bash: line 1: pasta: command not found'],
    ['dash', '/bin/sh: 1: pasta: not found'],
    ['zsh', 'zsh: command not found: pasta'],
    ['fish', 'fish: Unknown command: pasta'],
    ["Ubuntu's command-not-found", "Command 'pasta' not found, but can be installed with:"],
    ["Fedora's which", 'which: no pasta in (/home/me/.local/bin:/usr/local/bin:/usr/bin)'],
    ["bash in German", 'bash: pasta: Befehl nicht gefunden'],
    ["the collector's probe, exit status 127", 'host-lo-to-ns-lo probe: 127'],
  ])('%s: RootlessKit cannot be running pasta, so not affected (inferred)', (_, line) => {
    const r = analyze(`${RK_OLD}\n${line}`);
    expect(r).toMatchObject({ verdict: 'not-affected', certainty: 'inferred', unseen: ['pastaInstalled'], facts: { pastaInstalled: false } });
    expect(r.findings[0]).toMatchObject({ id: 'pasta-not-installed', evidence: [{ line: 2, text: line }], docs: '/rootless-networking/#network-drivers' });
  });

  test('before pasta is installed later, the finding says to upgrade an old RootlessKit first, and not a fixed one', () => {
    const old = analyze(`${RK_OLD}\nbash: pasta: command not found`).findings[0]!;
    expect(old.detail).toContain(`upgrade RootlessKit to ${rootlesskit.hostLoToNsLo.version} or later (RootlessKit 2.3.1)`);
    const fixed = analyze('rootlesskit version 2.3.4\nbash: pasta: command not found').findings[0]!;
    expect(fixed.detail).toContain('RootlessKit 2.3.4 passes --host-lo-to-ns-lo to pasta');
    expect(fixed.detail).not.toContain('upgrade');
    expect(analyze(`${RK_OLD}\nbash: pasta: command not found`, { messages: zhCn }).findings[0]!.title).toBe('pasta 没有安装，不受影响');
  });

  test("the guide's collector on a stopped daemon with no passt (the sweep's copies) is not affected rather than incomplete", () => {
    for (const file of ['pasta-not-installed-stopped-rootlesskit-2.3.1.txt', 'pasta-not-installed-stopped-rootlesskit-2.3.4-crlf.txt']) {
      expect(analyze(synthetic(file).text)).toMatchObject({ verdict: 'not-affected', certainty: 'inferred' });
    }
  });

  test('a pasta shown after all (installed since, a daemon running it, its version or probe) wins over the shell that found none', () => {
    const later = `${RK_OLD}\nbash: pasta: command not found\n$ sudo apt install passt\n$ pasta --version\npasta 2025_01_21.4f2c8e7`;
    expect(analyze(later)).toMatchObject({ verdict: 'incomplete', facts: { pastaInstalled: null } });
    const running = 'Server:\n Engine:\n  Version: 27.3.1\n rootlesskit:\n  Version: 2.3.1\n  StateDir: /run/user/1000/dockerd-rootless\n  NetworkDriver: pasta\nbash: pasta: command not found';
    expect(analyze(running)).toMatchObject({ verdict: 'affected', facts: { pastaInstalled: null } });
    expect(analyze(`${RK_OLD}\nbash: pasta: command not found\nhost-lo-to-ns-lo probe: 0`)).toMatchObject({ verdict: 'incomplete', facts: { pastaInstalled: null } });
  });

  test('alone, or beside Podman, it says nothing of Docker', () => {
    expect(analyze('bash: pasta: command not found').verdict).toBe('incomplete');
    expect(analyze('host:\n  arch: amd64\n  networkBackend: netavark\nversion:\n  Version: 5.2.2\nbash: pasta: command not found').verdict).toBe('incomplete');
    expect(analyze('Client: Docker Engine - Community\n Version:           27.3.1\nbash: pasta: command not found').verdict).toBe('not-affected');
  });

  test('the reset itself, a daemon on another machine, Docker Desktop or sudo leave it undecided (review 50)', () => {
    const reset = 'curl: (56) Recv failure: Connection reset by peer';
    expect(analyze(`${RK_OLD}\n${reset}\nbash: pasta: command not found`).verdict).toBe('incomplete');
    const remote = ['nas *    ssh://alice@nas.lan', 'export DOCKER_HOST=tcp://10.0.0.5:2376', 'command [ssh -o ConnectTimeout=30 -T -- alice@nas.lan docker system dial-stdio] has exited with exit status 255'];
    for (const line of remote) expect(analyze(`${RK_OLD}\n${line}\nbash: pasta: command not found`)).toMatchObject({ verdict: 'incomplete', signals: ['remote-daemon'] });
    expect(analyze(`${RK_OLD}\nexport DOCKER_HOST=tcp://127.0.0.1:2375\nbash: pasta: command not found`).verdict).toBe('not-affected');
    const desktop = 'Client:\n Version:    27.3.1\n Context:    desktop-linux\nCannot connect to the Docker daemon at unix:///home/me/.docker/desktop/docker.sock. Is the docker daemon running?';
    expect(analyze(`${desktop}\nzsh: command not found: pasta`).findings[0]!.id).toBe('docker-desktop');
    expect(analyze(`${RK_OLD}\nsudo: pasta: command not found`).facts.pastaInstalled).toBeNull();
    // The guide's own check says it so.
    expect(analyze(`${RK_OLD}\n$ command -v pasta || echo "pasta: not found"\npasta: not found`).verdict).toBe('not-affected');
  });

  test("the shell's other answers are not pasta's absence", () => {
    for (const line of ['host-lo-to-ns-lo probe: 126', 'bash: pastas: command not found', 'bash: pasta-helper: command not found', 'passt: command not found']) {
      expect(analyze(`${RK_OLD}\n${line}`).facts.pastaInstalled).toBeNull();
    }
  });

  test('a rootful daemon, another network driver or a port driver that needs no pasta decide as before', () => {
    const rootful = 'Server Version: 27.3.1\nSecurity Options:\n  seccomp\n   Profile: builtin\n  cgroupns\nbash: pasta: command not found';
    expect(analyze(rootful).verdict).toBe('not-rootless');
    expect(ids(`${RK_OLD}\nrootlesskit --net=slirp4netns --port-driver=builtin dockerd\nbash: pasta: command not found`)[0]).toBe('other-network-driver');
  });

  test('a shared link carries it, and opening the link gives the same verdict', () => {
    const r = analyze(`${RK_OLD}\nbash: pasta: command not found`);
    const fragment = encodeShare(r.facts, r.inferred, r.signals);
    expect(fragment).toContain('pi=0');
    expect(analyze('', { answers: decodeShare(fragment) })).toMatchObject({ verdict: 'not-affected', facts: { pastaInstalled: false } });
  });
});

describe('pasta set as the network driver and not installed', () => {
  const exec = '[rootlesskit:parent] error: failed to setup network &{logWriter:0xc0000a4e50 binary:pasta mtu:1500 ipnet:0xc0000fca20}: exec: "pasta": executable file not found in $PATH';

  test("RootlessKit's own error stops the daemon: install passt, after an old RootlessKit is upgraded", () => {
    const f = analyze(`${RK_OLD}\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n${exec}`).findings.find((x) => x.id === 'pasta-not-found')!;
    expect(f).toMatchObject({ severity: 'error', evidence: [{ line: 3 }] });
    expect(f.detail).toContain("RootlessKit did not find pasta on the daemon's PATH");
    expect(f.detail).toContain(`upgrade RootlessKit to ${rootlesskit.hostLoToNsLo.version}`);
    expect(f.fix).toBeUndefined();
    const fixed = analyze(`rootlesskit version 2.3.4\n${exec}`).findings.find((x) => x.id === 'pasta-not-found')!;
    expect(fixed.fix).toContain('apt-get install -y passt');
    // With RootlessKit's version unknown, installing passt may be what makes it reset: no command for it.
    expect(analyze(exec).findings.find((x) => x.id === 'pasta-not-found')!.fix).toBeUndefined();
  });

  test('the sweep\'s copy: the verdict stands, and the daemon is said not to start', () => {
    const r = analyze(synthetic('pasta-set-passt-missing-rootlesskit-cannot-exec.txt').text);
    expect(r).toMatchObject({ verdict: 'affected', stops: 1 });
    expect(r.findings.map((f) => f.id)).toContain('pasta-not-found');
  });

  test('pasta configured and the shell finding none says the same, without RootlessKit having said it', () => {
    const f = analyze(`${RK_OLD}\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nbash: pasta: command not found`).findings.find((x) => x.id === 'pasta-not-found');
    expect(f?.detail).toContain('The daemon is set to use pasta, and the shell found none');
  });

  test("a container's or Podman's words for the same missing program are theirs, not RootlessKit's (review 50)", () => {
    const inContainer = [
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "pasta": executable file not found in $PATH: unknown',
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "pasta": executable file not found in $PATH: unknown.',
    ];
    for (const line of inContainer) expect(ids(`${RK_OLD}\n${line}`)).not.toContain('pasta-not-found');
  });

  test('pasta set and not found, with the daemon shown running, is no stop: the shell only lacks it (review 50)', () => {
    const set = 'Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit';
    const running = 'Server:\n Engine:\n  Version: 27.3.1\n rootlesskit:\n  Version: 2.3.1\n  StateDir: /run/user/1000/dockerd-rootless';
    expect(ids(`bash: pasta: command not found\n${set}\n${running}`)).not.toContain('pasta-not-found');
    expect(ids(`${running}\n${set}\nbash: pasta: command not found`)).not.toContain('pasta-not-found');
    const stopped = analyze(`${RK_OLD}\n${set}\nbash: pasta: command not found`);
    expect(stopped.stops).toBe(1);
    // A link carries the stop, as it carries RootlessKit's own error.
    expect(analyze('', { answers: decodeShare(encodeShare(stopped.facts, stopped.inferred, stopped.signals)), signals: stopped.signals }).stops).toBe(1);
  });

  test("Podman's words for the same missing program are Podman's, and a daemon running later is past it", () => {
    expect(ids('Error: could not find pasta, the network namespace can\'t be configured: exec: "pasta": executable file not found in $PATH')).not.toContain('pasta-not-found');
    const running = `${exec}\nServer:\n Engine:\n  Version: 28.0.4\n rootlesskit:\n  Version: 2.3.4\n  StateDir: /run/user/1000/dockerd-rootless\n  NetworkDriver: pasta`;
    expect(ids(running)).not.toContain('pasta-not-found');
  });
});
