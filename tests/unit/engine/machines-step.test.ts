// Two machines that disagree on what decides: the step after the one that says so asks only for what the paste does not show of each
// machine, and names the machines it is for; where it shows it for every one, there is no such step.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');

/** The local machine's docker version, with RootlessKit `version` and network driver `driver`. */
const dockerVersion = (host: string, version: string, driver: string): string =>
  `alice@${host}:~$ docker version\nServer: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          ${version}\n  ApiVersion:       1.1.1\n  NetworkDriver:    ${driver}\n  PortDriver:       ${driver === 'pasta' ? 'implicit' : 'builtin'}\n`;

test('docker version shown on both machines: no step asks for it again, and no answer is asked for', () => {
  // (No reset on one of them, which would decide for it: focus.ts.)
  const text = `${dockerVersion('laptop', '2.3.1', 'pasta')}alice@laptop:~$ ssh build01\n${dockerVersion('build01', '2.3.2', 'slirp4netns')}alice@build01:~$ exit\n`;
  for (const r of both(text)) {
    expect(r.verdict).toBe('incomplete');
    expect(r.findings[0]!.id).toBe('machines-apart');
    expect(r.findings.map((f) => f.id)).not.toContain('need-docker-output');
    expect(r.findings.flatMap((f) => (f.fix ?? '').split('\n'))).not.toContain('docker version');
    expect(r.ask).toBeNull();
  }
  for (const name of ['two-machines-laptop-server-rk-2.3.4-2.3.1.txt', 'slack-two-people-rk-2.3.1-2.3.4.txt']) {
    expect(analyze(fixture(name)).findings.map((f) => f.id), name).not.toContain('need-rootlesskit-version');
  }
});

test("one machine shows only its configuration: the step that asks for docker version is kept, and names that machine", () => {
  const text = `${dockerVersion('laptop', '2.3.1', 'pasta')}alice@laptop:~$ ssh build01\nalice@build01:~$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"\nalice@build01:~$ exit\n`;
  const [en, zh] = both(text);
  for (const r of [en!, zh!]) {
    expect(r.findings.map((f) => f.id).slice(0, 2)).toEqual(['machines-apart', 'need-network-driver']);
    expect(r.ask).toBe('networkDriver');
  }
  expect(en!.findings[0]!.detail).toContain('The step below is for build01: the paste shows what it asks for laptop.');
  expect(zh!.findings[0]!.detail).toContain('下面的步骤针对build01：粘贴内容已经显示了laptop上它要问的内容。');
  // Neither machine shows what the step asks (the RootlessKit beside two argvs): the step is for both, and names neither.
  const flags = both(fixture('ansible-adhoc-hosts-flag-differs.txt'));
  for (const r of flags) expect(r.findings.map((f) => f.id)).toEqual(['machines-apart', 'need-rootlesskit-version']);
  expect(flags[0]!.findings[0]!.detail).not.toContain('The step below');
});

test("rootlesskit --version shown on each machine answers the step that asks for it; a machine that shows only a package's is still asked (task C43)", () => {
  // Only the server shows its network driver (configured), which is not the laptop's too (task C47): that is asked, not RootlessKit.
  for (const r of both(fixture('two-hosts-on-my-laptop-on-the-server-headings.txt'))) {
    expect(r.findings.map((f) => f.id)).toEqual(['machines-apart', 'need-network-driver']);
    expect(r.ask).toBe('networkDriver');
  }
  const drivers = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\n';
  const grep = `$ grep -h ROOTLESSKIT ~/.config/systemd/user/docker.service.d/*.conf\n${drivers}`;
  const text = `On my laptop:\n$ rootlesskit --version\nrootlesskit version 2.3.4\n${grep}\nOn the server:\n$ dpkg -l rootlesskit | tail -1\nii  rootlesskit    2.3.1-1    amd64    Linux-native fake root for implementing rootless containers\n${grep}`;
  const [en, zh] = both(text);
  for (const r of [en!, zh!]) {
    expect(r.findings.map((f) => f.id)).toEqual(['machines-apart', 'need-rootlesskit-version']);
    expect(r.ask).toBe('rootlesskitVersion');
  }
  expect(en!.findings[0]!.detail).toContain('The step below is for server: the paste shows what it asks for laptop.');
  expect(zh!.findings[0]!.detail).toContain('下面的步骤针对server：粘贴内容已经显示了laptop上它要问的内容。');
});

test("the answer to the step after machines apart is taken, and that step is not asked again (task C47)", () => {
  const text = fixture('two-hosts-on-my-laptop-on-the-server-headings.txt');
  expect(analyze(text).ask).toBe('networkDriver');
  const r = analyze(text, { answers: { networkDriver: 'pasta' } });
  expect([r.verdict, r.ask, r.answered, r.findings[0]!.id]).toEqual(['incomplete', null, ['networkDriver'], 'machines-apart']);
  expect(r.findings.map((f) => f.id)).not.toContain('need-network-driver');
});
