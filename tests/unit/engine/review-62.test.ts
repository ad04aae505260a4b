/** What review 62 found: shells inside ssh sessions, sessions that never opened, sudo's warnings, systemctl cat's options. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta';
const flagTest = (prompt: string, answer: 0 | 1) => `${prompt}pasta --host-lo-to-ns-lo --version >/dev/null 2>&1; echo $?\n${answer}`;
const verdict = (text: string) => [analyze(text).verdict, analyze(text).certainty];

describe('a session whose daemon shows no running output', () => {
  const dropIn = '[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"';
  const server = `alice@laptop:~$ ssh server\nalice@server:~$ rootlesskit --version\nrootlesskit version 2.3.1\nalice@server:~$ cat ~/.config/systemd/user/docker.service.d/override.conf\n${dropIn}`;
  test("is the daemon's machine where its RootlessKit and settings were all shown there", () => {
    expect(verdict(`alice@laptop:~$ pasta --version\npasta 2025_02_17.a1e48a0\n${server}\nalice@server:~$ pasta --version\npasta 2024_09_06.6b38f07`)).toEqual(['not-affected', 'confirmed']);
    expect(verdict(`${server}\n${flagTest('alice@server:~$ ', 1)}`)).toEqual(['not-affected', 'confirmed']);
    expect(verdict(`${server}\n${flagTest('alice@server:~$ ', 0)}`)).toEqual(['affected', 'confirmed']);
  });
});

describe("a shell opened inside an ssh session (another user's, a login shell)", () => {
  test('ends at its own exit, not the session around it', () => {
    for (const shell of ['sudo -iu dock', 'sudo -u dock -i', 'su - dock', 'sudo su - dock', 'machinectl shell dock@', 'sudo -s']) {
      const text = `$ ssh server\n$ ${shell}\n$ docker version\n${dv}\n$ exit\nlogout\n${flagTest('$ ', 1)}\n$ exit\nlogout\nConnection to server closed.`;
      expect([shell, ...verdict(text)]).toEqual([shell, 'not-affected', 'confirmed']);
    }
  });
  test('an exit after which the prompt names the same host leaves no session, whatever shell it left', () => {
    const text = `alice@laptop:~$ ssh server\nalice@server:~$ bash\nalice@server:~$ docker version\n${dv}\nalice@server:~$ exit\nexit\n${flagTest('alice@server:~$ ', 1)}\nalice@server:~$ exit`;
    expect(verdict(text)).toEqual(['not-affected', 'confirmed']);
  });
  test("ssh's closing line ends the session with the shells still open in it", () => {
    const text = `$ docker version\n${dv}\n$ ssh server\n$ sudo -i\n${flagTest('# ', 1)}\nConnection to server closed by remote host.\n${flagTest('$ ', 0)}`;
    expect(verdict(text)).toEqual(['affected', 'inferred']);
  });
  test('a shell that sudo only runs a command in opens none', () => {
    const text = `$ docker version\n${dv}\n$ ssh server\n$ sudo -i apt-get install -y passt\n$ exit\n${flagTest('$ ', 1)}`;
    expect(verdict(text)).toEqual(['not-affected', 'confirmed']);
  });
});

describe('an ssh that opened no session', () => {
  const here = `$ docker version\n${dv}`;
  test("ssh's other errors say so", () => {
    for (const error of ['Host key verification failed.', 'kex_exchange_identification: read: Connection reset by peer', 'Connection closed by 10.0.0.2 port 22', 'Received disconnect from 10.0.0.2 port 22:2: Too many authentication failures', 'Unable to negotiate with 10.0.0.2 port 22: no matching host key type found.', "Hi alice! You've successfully authenticated, but GitHub does not provide shell access."]) {
      expect([error, ...verdict(`${here}\n$ ssh server\n${error}\n${flagTest('$ ', 1)}`)]).toEqual([error, 'not-affected', 'confirmed']);
    }
  });
  test('the next prompt naming the host it was typed on says so, whatever ssh printed', () => {
    const text = `alice@laptop:~$ docker version\n${dv}\nalice@laptop:~$ ssh server\nmux_client_request_session: session request failed\n${flagTest('alice@laptop:~$ ', 1)}`;
    expect(verdict(text)).toEqual(['not-affected', 'confirmed']);
  });
});

describe("sudo's words after a write to /proc/sys", () => {
  const zero = '$ sysctl kernel.unprivileged_userns_clone\nkernel.unprivileged_userns_clone = 0\n$ echo 1 | sudo tee /proc/sys/kernel/unprivileged_userns_clone';
  const ids = (text: string) => analyze(text).findings.map((f) => f.id);
  test('a warning is no refusal: tee ran', () => {
    for (const warning of ['sudo: unable to resolve host server: Name or service not known', 'sudo: setrlimit(RLIMIT_CORE): Operation not permitted']) {
      expect([warning, ids(`${zero}\n${warning}\n1`)]).not.toContainEqual(expect.arrayContaining(['userns-unavailable']));
    }
  });
  test('a refusal after a warning, or from the sudoers file, is one', () => {
    for (const refusal of ['sudo: unable to resolve host server: Name or service not known\nsudo: 3 incorrect password attempts', 'alice is not in the sudoers file.  This incident will be reported.', 'bash: sudo: command not found']) {
      expect([refusal, ids(`${zero}\n${refusal}`).includes('userns-unavailable')]).toEqual([refusal, true]);
    }
  });
});

test("systemctl cat's file headers count with its options anywhere, and with sudo or a variable before it", () => {
  const shown = '# /home/alice/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--mtu=65520"';
  const then = '$ vim ~/.config/systemd/user/docker.service.d/mtu.conf\n$ cat ~/.config/systemd/user/docker.service.d/mtu.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=1500"';
  for (const command of ['systemctl --user --no-pager cat docker', 'systemctl cat --user docker', 'SYSTEMD_PAGER= systemctl --user cat docker', 'sudo -u dock systemctl --user -M dock@ cat docker']) {
    expect([command, analyze(`$ ${command}\n${shown}\n${then}`).facts.mtu]).toEqual([command, 65520]);
  }
});

test('a megabyte of shells opened and sessions closed is read in bounded time', { timeout: 60_000 }, () => {
  for (const lines of ['$ sudo -i', '$ ssh h\n$ sudo -i\nConnection to h closed.', 'a@b:~$ ssh h\na@b:~$ exit']) {
    const text = `${lines}\n`.repeat(Math.ceil(1_000_000 / (lines.length + 1))).slice(0, 1_000_000);
    const start = performance.now();
    analyze(text);
    expect([lines, performance.now() - start < 8_000]).toEqual([lines, true]);
  }
});

describe('ssh that opens a shell by its command, or with options after the destination', () => {
  const here = `$ docker version\n${dv}`;
  test('is a session on another machine', () => {
    for (const ssh of ['ssh -t server bash', 'ssh -t server /bin/bash -l', "ssh -t server 'sudo -iu dock'", 'ssh server -p 2222', 'ssh server -l alice -t']) {
      expect([ssh, ...verdict(`${here}\n$ ${ssh}\n${flagTest('$ ', 1)}`)]).toEqual([ssh, 'affected', 'inferred']);
    }
  });
  test('whose shell one exit ends', () => {
    const text = `$ ssh -t server sudo -iu dock\n$ docker version\n${dv}\n$ exit\nlogout\nConnection to server closed.\n${flagTest('$ ', 1)}`;
    expect(verdict(text)).toEqual(['affected', 'inferred']);
  });
  test('but not one that runs another command', () => {
    for (const ssh of ['ssh server uptime', 'ssh -t server sudo -i apt-get install passt', 'ssh server -p 2222 ls -la']) {
      expect([ssh, ...verdict(`${here}\n$ ${ssh}\n${flagTest('$ ', 1)}`)]).toEqual([ssh, 'not-affected', 'confirmed']);
    }
  });
});
