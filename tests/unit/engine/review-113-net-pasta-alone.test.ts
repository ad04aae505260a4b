// Review 113 #2: DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta and no port driver in the unit's files shown whole, on Docker before 28.5.2
// (whose script then sets port driver builtin, which RootlessKit refuses with pasta), beside a daemon that answers: the daemon did not
// start with those settings, so which network it runs is unknown. A line quoted alone, or a cat of one file (the unit's others unseen:
// review 115 #4), stays pasta chosen, its port driver set elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';

const paste = (name: string): string => readFileSync(join(fixturesDir, 'synthetic', name), 'utf8');
const both = (text: string) => [analyze(text), analyze(text, { messages: zhCn })] as const;
const UNIT = paste('systemctl-cat-net-pasta-alone-27.3.1-daemon-answers.txt');
const ids = (r: ReturnType<typeof analyze>): string[] => r.findings.map((f) => f.id);

test.each([
  'drop-in-grep-r-net-pasta-alone-27.3.1-docker-version-cut-reset.txt',
  'systemctl-cat-net-pasta-alone-27.3.1-daemon-answers.txt',
])('%s: the network driver is asked for, with why the setting shown is not what runs', (name) => {
  const [en, zh] = both(paste(name));
  for (const r of [en, zh]) {
    expect([r.verdict, r.facts.networkDriver, r.ask, r.findings[0]!.id]).toEqual(['incomplete', null, 'networkDriver', 'need-network-driver']);
    expect(ids(r)).toContain('pasta-set-alone');
    // No fix that restarts the daemon for its MTU: with these settings it would not start.
    expect(ids(r)).not.toContain('mtu-1500');
  }
  expect(en.findings.find((f) => f.id === 'pasta-set-alone')!.detail).toContain('of Docker 27.3.1 (before 28.5.2) sets builtin');
  expect(zh.findings.find((f) => f.id === 'pasta-set-alone')!.detail).toContain('Docker 27.3.1 的 dockerd-rootless.sh');
});

test('a restart shown after the file started the daemon with it: pasta runs, its port driver set where the paste does not show', () => {
  const restarted = UNIT.replace('$ docker info', '$ systemctl --user daemon-reload && systemctl --user restart docker\n$ docker info');
  expect(restarted).not.toBe(UNIT);
  for (const r of both(restarted)) expect([r.verdict, r.facts.networkDriver, ids(r)]).toEqual(['affected', 'pasta', expect.not.arrayContaining(['pasta-set-alone'])]);
});

test('the same setting quoted alone, a file piped through grep, or a file cut: read as pasta chosen, as before', () => {
  const info = "$ docker info --format '{{.ServerVersion}} {{.SecurityOptions}}'\n27.3.1 [name=seccomp,profile=builtin name=rootless name=cgroupns]\n";
  const setting = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"';
  for (const text of [
    `${setting}\n${info}`,
    `$ systemctl --user cat docker | grep Environment\n${setting}\n${info}`,
    `$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\n[...]\n${setting}\n${info}`,
  ]) {
    for (const r of both(text)) expect([r.verdict, r.facts.networkDriver, ids(r)]).toEqual(['affected', 'pasta', expect.not.arrayContaining(['pasta-set-alone'])]);
  }
});

test.each([
  'drop-in-cat-net-pasta-alone-27.3.1-daemon-answers.txt',
  // ls shows port.conf beside the net.conf shown (review 115 #4, p/36): no stop foretold.
  'cat-drop-in-net-pasta-ls-shows-port-conf-27.3.1-reset.txt',
])('%s: cat of one drop-in is not the unit whole: pasta is read as chosen and the daemon is not said to stop', (name) => {
  for (const r of both(paste(name))) expect([r.verdict, r.facts.networkDriver, r.facts.portDriver, ids(r)]).toEqual(['affected', 'pasta', 'implicit', expect.not.arrayContaining(['pasta-set-alone', 'need-network-driver'])]);
});

test('with the daemon down, the same file is what stops it', () => {
  const down = paste('drop-in-cat-net-pasta-alone-27.3.1-daemon-answers.txt').replace(/\$ docker info[^]*$/, '$ dpkg -l docker-ce-rootless-extras | tail -1\nii  docker-ce-rootless-extras 5:27.3.1-1~debian.12~bookworm amd64 Rootless support for Docker.\n$ docker info\nServer:\nERROR: Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?\n');
  for (const r of both(down)) expect([r.facts.networkDriver, r.findings[0]!.id]).toEqual(['pasta', 'pasta-port-driver-mismatch']);
});
