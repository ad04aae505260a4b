// A long command typed at a prompt, cut by a terminal's or fold's hard wrap where no other line of the paste shows the wrap's width: it reads
// as typed. Beside it, the rows of a table whose width is a wrap's stay rows (clean.ts).
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const both = (paste: string) => [analyze(paste), analyzeWith(zhCn, paste)];
/** The line as an 80-column terminal shows it: cut every 80 characters. */
const at80 = (line: string): string => line.match(/.{1,80}/g)!.join('\n');
const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const ERROR = '[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"';

test('a sudo line with a --preserve-env= list, cut by the wrap in dockerd-rootless.sh, still drops the exports before it', () => {
  const start = 'ci@box:~$ sudo --preserve-env=HTTP_PROXY -u ci XDG_RUNTIME_DIR=/run/user/1001 dockerd-rootless.sh';
  const paste = [`ci@box:~$ export ${P}NET=pasta`, `ci@box:~$ export ${P}PORT_DRIVER=builtin`, at80(start), ERROR].join('\n');
  expect(paste.split('\n')[3]).toBe('ckerd-rootless.sh');
  for (const r of both(paste)) {
    // Not in force: sudo's list names neither.
    expect(r.facts).toMatchObject({ networkDriver: null, portDriver: null });
    const fix = r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!.fix!.split('\n');
    expect(fix.at(-1)).toBe(`sudo --preserve-env=HTTP_PROXY -u ci env XDG_RUNTIME_DIR=/run/user/1001 ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh`);
  }
});

test('settings typed before dockerd-rootless.sh, cut by the wrap inside a name, are read whole and the start typed again', () => {
  const paste = `${at80(`me@laptop:~$ ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh`)}\n${ERROR}`;
  expect(paste.split('\n')[1]).toBe('_PORT_DRIVER=builtin dockerd-rootless.sh');
  for (const r of both(paste)) {
    expect(r.facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'builtin' });
    const fix = r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!.fix!.split('\n');
    expect(fix.at(-1)).toBe(`${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh`);
  }
});

test('a command as long as a wrap, then its output, stays a command and its output: the pasta it lists runs with the flag', () => {
  const command = 'me@box:~/work/rootless-lab$ pgrep -a rootlesskit; pgrep -a passt; pgrep -a pasta';
  expect(command).toHaveLength(80);
  const argv = '2236 pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 2220';
  for (const r of both(`${command}\n${argv}`)) expect(r.facts).toMatchObject({ networkDriver: 'pasta', hostLoToNsLo: true });
});

test("dnf5's rows as long as a terminal's width are read one by one: the Docker, extras and passt packages", () => {
  const paste = [
    '$ dnf5 list --installed | grep -E "passt|docker"',
    'docker-ce.x86_64                     3:27.3.1-1.fc41            docker-ce-stable',
    'docker-ce-rootless-extras.x86_64     27.3.1-1.fc41              docker-ce-stable',
    'passt.x86_64                         0^20250121.g4f2c8e7-1.fc41 updates',
  ].join('\n');
  expect(paste.split('\n').slice(1, 3).map((l) => l.length)).toEqual([80, 80]);
  for (const r of both(paste)) expect(r.facts).toMatchObject({ dockerServerVersion: '27.3.1', rootlessExtrasVersion: '27.3.1', pastaDate: '2025-01-21' });
});
