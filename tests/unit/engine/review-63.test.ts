/** What review 63 found: shells that never opened, prompts that say where a line was typed, the system's unit, a status answer joined on. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta';
const flagTest = (prompt: string, answer: 0 | 1) => `${prompt}pasta --host-lo-to-ns-lo --version >/dev/null 2>&1; echo $?\n${answer}`;
const verdict = (text: string) => [analyze(text).verdict, analyze(text).certainty];
const old = 'pasta 2024_09_06.6b38f07';
const newer = 'pasta 2025_03_20.32f6212';

describe('a shell that sudo or su refused, or that su only ran a command in', () => {
  test('opens none, so the exit after it leaves the ssh session', () => {
    for (const refused of ['$ sudo -i\n[sudo] password for alice:\nsudo: 3 incorrect password attempts', '$ su -\nPassword:\nsu: Authentication failure', '$ su -c id\nuid=0(root) gid=0(root)']) {
      const text = `$ pasta --version\n${old}\n$ ssh server\n${refused}\n$ pasta --version\n${newer}\n$ exit\nlogout\n$ docker version\n${dv}`;
      expect([refused, ...verdict(text)]).toEqual([refused, 'not-affected', 'confirmed']);
    }
  });
});

describe('prompts that name their user and host', () => {
  test("an exit from a container's shell inside a session leaves the container, not the session", () => {
    const text = `alice@laptop:~$ ssh server\nalice@server:~$ docker version\n${dv}\nalice@server:~$ docker exec -it web sh\nroot@3f2a1b9c0d:/# exit\n${flagTest('alice@server:~$ ', 1)}`;
    expect(verdict(text)).toEqual(['not-affected', 'confirmed']);
  });
  test('a prompt of the machine a session was opened from ends it, whatever dropped it', () => {
    for (const drop of ['alice@server:~$ client_loop: send disconnect: Broken pipe', 'packet_write_wait: Connection to 10.0.0.2 port 22: Broken pipe', '']) {
      const text = `alice@laptop:~$ pasta --version\n${old}\nalice@laptop:~$ ssh server\nalice@server:~$ pasta --version\n${newer}\n${drop}\nalice@laptop:~$ docker version\n${dv}`;
      expect([drop, ...verdict(text)]).toEqual([drop, 'not-affected', 'confirmed']);
    }
  });
});

test("a session is the daemon's where its RootlessKit and settings were shown there, whatever other tools this machine showed", () => {
  const dropIn = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"';
  const text = `alice@laptop:~$ slirp4netns --version\nslirp4netns version 1.2.0\nalice@laptop:~$ ssh server\nalice@server:~$ rootlesskit --version\nrootlesskit version 2.3.1\nalice@server:~$ cat ~/.config/systemd/user/docker.service.d/override.conf\n${dropIn}\n${flagTest('alice@server:~$ ', 1)}`;
  expect(verdict(text)).toEqual(['not-affected', 'confirmed']);
});

test("the system's docker unit, shown by systemctl cat without --user, shows none of the rootless daemon's drop-ins", () => {
  const dir = '~/.config/systemd/user/docker.service.d';
  const text = `$ cat ${dir}/override.conf\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--mtu=65520"\n$ sudo systemctl cat docker\n# /lib/systemd/system/docker.service\n[Service]\n# /etc/systemd/system/docker.service.d/override.conf\nEnvironment="HTTP_PROXY=http://proxy:3128"\n$ cat ${dir}/mtu.conf\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=1500"`;
  expect(analyze(text).facts.mtu).toBe(65520);
});

test('the flag test typed twice at prompts of the same length keeps each answer on its own line', () => {
  const text = `${flagTest('alice@laptop:~$ ', 0)}\nalice@laptop:~$ ssh server\nalice@server:~$ docker version\n${dv}\n${flagTest('alice@server:~$ ', 1)}`;
  expect(verdict(text)).toEqual(['not-affected', 'confirmed']);
});

test("sudo's refusal after its warning is one, whichever refusal it is", () => {
  const text = '$ sysctl kernel.unprivileged_userns_clone\nkernel.unprivileged_userns_clone = 0\n$ echo 1 | sudo tee /proc/sys/kernel/unprivileged_userns_clone\nsudo: unable to resolve host server: Name or service not known\nsudo: account validation failure, is your account locked?';
  expect(analyze(text).findings.map((f) => f.id)).toContain('userns-unavailable');
});

test('a megabyte of shells opened at prompts that each name another user is read in bounded time', { timeout: 60_000 }, () => {
  const text = Array.from({ length: 40_000 }, (_, i) => `u${i}@h:~$ sudo -i`).join('\n');
  const start = performance.now();
  analyze(`alice@laptop:~$ ssh h\n${text}`);
  expect(performance.now() - start).toBeLessThan(8_000);
});

describe('after review 64', () => {
  const server = `$ pasta --version\n${newer}\n$ ssh server\n$ pasta --version\n${old}`;
  test("ssh running a command inside a session closes that command's connection, not the session", () => {
    expect(verdict(`${server}\n$ ssh -t other docker version\nConnection to other closed.\n$ docker version\n${dv}`)).toEqual(['not-affected', 'confirmed']);
  });
  test("a container's prompt after prompts that name nobody leaves no session at its exit", () => {
    const text = `${flagTest('$ ', 0)}\n$ ssh server\n$ docker version\n${dv}\n$ docker exec -it web bash\nroot@3f2a1b9c0d:/# exit\nexit\n${flagTest('$ ', 1)}`;
    expect(verdict(text)).toEqual(['not-affected', 'confirmed']);
  });
  test('an exit typed at the prompt of a session opened at a prompt that names nobody leaves it', () => {
    const text = `$ pasta --version\n${newer}\n$ ssh server\nalice@server:~$ pasta --version\n${old}\nalice@server:~$ exit\nlogout\nalice@laptop:~$ docker version\n${dv}`;
    expect(verdict(text)).toEqual(['affected', 'inferred']);
  });
  test('sudo running a shell by name, and su with its shell, open one', () => {
    for (const shell of ['sudo -u dock bash', 'su -s /bin/bash dock']) {
      expect([shell, ...verdict(`${server}\n$ ${shell}\n$ exit\n$ docker version\n${dv}`)]).toEqual([shell, 'not-affected', 'confirmed']);
    }
  });
});
