/** Gaps that earlier stops' closing notes listed, closed since. */
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

const dv = 'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta';
const verdict = (text: string) => [analyze(text).verdict, analyze(text).certainty];

test("oh-my-zsh's prompts are prompts: the pasta shown through ssh is the server's, not this machine's", () => {
  for (const prompt of ['➜  ~ ', '➜  app git:(main) ✗ ', '> ➜  ~ ']) {
    const text = `${prompt}pasta --version\npasta 2024_09_06.6b38f07\n${prompt}ssh server\nalice@server:~$ pasta --version\npasta 2025_03_20.32f6212\nalice@server:~$ exit\nlogout\n${prompt}docker version\n${dv}`;
    expect([prompt, ...verdict(text)]).toEqual([prompt, 'not-affected', 'confirmed']);
  }
});

test("docker --version alone is said to be the client's, with the RootlessKit Docker's own packages of that version bundle", () => {
  const step = (text: string) => analyze(text).findings[0]!;
  expect(step('Docker version 28.0.1, build 068a01e').detail).toContain(
    "Docker 28.0.1 is the client's version (`docker --version`), which need not be the daemon's: docker version shows the daemon's under Server. Docker's own packages of 28.0.1 bundle RootlessKit 2.3.2, which has the fix.",
  );
  expect(step('Docker version 27.3.1, build ce12230').detail).toContain("Docker's own packages of 27.3.1 bundle RootlessKit 2.3.1, which lacks the fix.");
  // With the daemon's version shown, its client's says nothing more.
  expect(step(`Docker version 27.3.1, build ce12230\n${'Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1'}`).detail).not.toContain("client's version");
});

test('a docker info cut off before its Security Options says so, at its last line, while whether the daemon is rootless is unknown', () => {
  const info = labelledFixtures('real').find((f) => f.file.startsWith('docker-info-rootless-27.3.1'))!.text.split('\n');
  const cut = info.slice(0, info.findIndex((line) => line.includes('Security Options'))).join('\n');
  const step = analyze(cut).findings[0]!;
  expect(step.id).toBe('need-network-driver');
  expect(step.detail).toContain('The docker info stops at the line below, before its Security Options');
  expect(step.evidence.map((e) => e.text)).toEqual([cut.trimEnd().split('\n').at(-1)!.trim()]);
  // Whole, it says rootless; with docker version's rootlesskit beside it, the cut says nothing more.
  expect(analyze(info.join('\n')).findings.some((f) => f.detail.includes('stops at the line below'))).toBe(false);
  expect(analyze(`${cut}\n${dv}`).findings.some((f) => f.detail.includes('stops at the line below'))).toBe(false);
});

test('ssh with a quoted option value that has a blank (-o "ProxyJump bastion") opens a session like any other', () => {
  for (const ssh of ['ssh -o "ProxyJump bastion" server', "ssh -o 'ProxyJump bastion' -p 2222 server"]) {
    const text = `$ pasta --version\npasta 2024_09_06.6b38f07\n$ ${ssh}\n$ pasta --version\npasta 2025_03_20.32f6212\n$ exit\nlogout\n$ docker version\n${dv}`;
    expect([ssh, ...verdict(text)]).toEqual([ssh, 'not-affected', 'confirmed']);
  }
});

test('what takes no room between a carriage return and its line feed adds no line: the lines keep their numbers', () => {
  const text = 'rootlesskit --version\r\nrootlesskit version 2.3.1';
  expect(analyze(text.replace('\r\n', '\r\u200b\n')).evidence.rootlesskitVersion).toEqual(analyze(text).evidence.rootlesskitVersion);
});

test("docker --version alone of a Docker whose RootlessKit has no pasta driver says so, not that it lacks the fix", () => {
  expect(analyze('Docker version 24.0.7, build afdd53b').findings[0]!.detail).toContain("Docker's own packages of 24.0.7 bundle RootlessKit 1.1.x, which cannot run pasta at all.");
});

test("the bare answers of the checker's own user namespace commands (cat of the files, sysctl -n) are read like sysctl's", () => {
  const stops = (text: string) => analyze(text).findings.filter((f) => f.id === 'userns-unavailable').map((f) => f.evidence.map((e) => e.text));
  const failed = '$ systemctl --user start docker\nJob for docker.service failed because the control process exited with error code.\n';
  expect(stops(`${failed}$ cat /proc/sys/kernel/unprivileged_userns_clone\n0\n$ cat /proc/sys/user/max_user_namespaces\n63414`)).toEqual([
    ['cat /proc/sys/kernel/unprivileged_userns_clone', '0'],
  ]);
  expect(stops(`${failed}$ sysctl -n kernel.unprivileged_userns_clone user.max_user_namespaces\n1\n0`)).toEqual([
    ['sysctl -n kernel.unprivileged_userns_clone user.max_user_namespaces', '0'],
  ]);
  // The checker's three commands run in a terminal: a setting this kernel lacks, AppArmor's answer (no stop by itself), the limit.
  const asked = '$ cat /proc/sys/kernel/unprivileged_userns_clone\ncat: /proc/sys/kernel/unprivileged_userns_clone: No such file or directory\n$ cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns\n1\n$ cat /proc/sys/user/max_user_namespaces\n';
  expect(stops(`${failed}${asked}0`)).toEqual([['cat /proc/sys/user/max_user_namespaces', '0']]);
  expect(stops(`${failed}${asked}63414`)).toEqual([]);
  // Set to 1 since, the 0 no longer stands; a number that is no answer of cat's (a later command's) is not read.
  expect(stops(`${failed}$ cat /proc/sys/kernel/unprivileged_userns_clone\n0\n$ sudo sysctl -w kernel.unprivileged_userns_clone=1\nkernel.unprivileged_userns_clone = 1`)).toEqual([]);
  expect(stops(`${failed}$ cat /proc/sys/kernel/unprivileged_userns_clone\n1\n0`)).toEqual([]);
});

test('a shell started by name inside an ssh session is left by the first exit, and the session by the second', () => {
  for (const shell of ['bash', 'zsh', '/bin/bash --login', 'sudo bash']) {
    const text = `$ pasta --version\npasta 2024_09_06.6b38f07\n$ ssh server\n$ ${shell}\n$ exit\n$ pasta --version\npasta 2025_03_20.32f6212\n$ exit\nlogout\n$ docker version\n${dv}`;
    expect([shell, ...verdict(text)]).toEqual([shell, 'not-affected', 'confirmed']);
  }
});

test('a setup written by hand is offered as answers where nothing else is read, and decides only once given back as answers', () => {
  const written = (text: string) => analyze(text).written;
  // Docker's version as docker -v prints it, the client's.
  expect(written('docker 27.3.1, rootlesskit 2.3.1, pasta')).toEqual({ rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' });
  expect(written('My setup: Docker 28.0.1 + RootlessKit 2.3.2 and slirp4netns 1.2.3')).toEqual({
    rootless: true,
    dockerClientVersion: '28.0.1',
    rootlesskitVersion: '2.3.2',
    networkDriver: 'slirp4netns',
    slirp4netnsVersion: '1.2.3',
  });
  // Lines of such lists add up: a bullet, a full stop, Fedora's pasta.
  expect(written('- docker version 27.3.1 / rootlesskit v2.3.1\n* pasta 0^20250320.g32f6212-1.fc42 with rootlesskit 2.3.1.')).toEqual({
    rootless: true,
    dockerClientVersion: '27.3.1',
    rootlesskitVersion: '2.3.1',
    networkDriver: 'pasta',
    pastaVersion: '0^20250320.g32f6212-1.fc42',
    pastaDate: '2025-03-20',
  });
  // passt named says which pasta is installed, not that it is the driver.
  expect(written('Docker 27.3.1; RootlessKit 2.3.1; passt 2025_03_20.32f6212')).toEqual({ rootless: true, dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', pastaVersion: '2025_03_20.32f6212', pastaDate: '2025-03-20' });
  // Names alone, prose, another tool's list, or a paste the checker reads: nothing offered.
  for (const text of ['docker, rootlesskit and pasta', 'I upgraded docker 27.3.1 to 28 and rootlesskit too', 'Ubuntu 24.04, docker 27.3.1', 'podman 5.4.0, pasta', dv, `docker 27.3.1, rootlesskit 2.3.1, pasta\n${dv}`])
    expect([text, written(text)]).toEqual([text, undefined]);
  // Given back as answers it decides, as the reader's answers do, and nothing more is offered.
  const given = analyze('docker 27.3.1, rootlesskit 2.3.1, pasta', { answers: written('docker 27.3.1, rootlesskit 2.3.1, pasta') });
  expect([given.verdict, given.written, given.answered.toSorted()]).toEqual(['affected', undefined, ['dockerClientVersion', 'networkDriver', 'rootless', 'rootlesskitVersion']]);
  // An answer the text says otherwise is offered too (the widget offers it only in place of a shared link's).
  expect(analyze('docker 27.3.1, rootlesskit 2.3.1, pasta', { answers: { networkDriver: 'slirp4netns', rootless: true } }).written).toEqual({ dockerClientVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' });
});
