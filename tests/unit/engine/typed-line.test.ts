// Settings typed before dockerd-rootless.sh (source 'run'): every fix gives one command, with the changes of all the findings (review 103
// #1, #2, #6, #8). Each fix retyping the command with its own change alone undid the others', and brought back a value RootlessKit refused.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { background } from '../../../src/engine/apply.ts';
import { merged } from '../../../src/engine/typed-line.ts';
import { fixesOf as fixes, P, startsOf, STOP, stubBin } from '../../support/script-stub.ts';

const bin = stubBin();
/** The settings the stand-in gets each time the fixes, run in order in one shell, start it. */
const runs = (fixLines: readonly string[]): Record<string, string>[] => startsOf(bin, fixLines);

const H22 = `$ dockerd --version
Docker version 27.3.1, build 41ca978
$ rootlesskit --version
rootlesskit version 2.3.4
$ ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"`;
const H01 = `$ env ${P}NET=host ${P}MTU=1500 dockerd-rootless.sh --experimental
+ echo Unsupported RootlessKit network driver: host
Unsupported RootlessKit network driver: host
+ exit 1`;
const H07 = `$ ${P}NET=pasta ${P}FLAGS=--port-driver=builtin dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"`;
const H08 = `$ ${P}NET=pasta ${P}PORT_DRIVER=implicit ${P}FLAGS=--mtu=1500 dockerd-rootless.sh &
$ docker info
Client: Docker Engine - Community
 Version:    28.3.0
 Context:    default

Server:
 Server Version: 28.3.0
 Security Options:
  seccomp
   Profile: builtin
  rootless
  cgroupns`;
const H09 = `$ ${P}NET=pasta ${P}PORT_DRIVER=implicit ${P}FLAGS=--host-lo-to-ns-lo dockerd-rootless.sh
[rootlesskit:parent] flag provided but not defined: -host-lo-to-ns-lo
Usage of rootlesskit:
$ rootlesskit --version
rootlesskit version 2.3.1`;
const H05 = `$ ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh &
$ docker version
Server: Docker Engine - Community
 Engine:
  Version:          27.3.1
  API version:      1.47 (minimum version 1.24)
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  PortDriver:       implicit
  StateDir:         /run/user/1000/dockerd-rootless
$ docker run -d -p 127.0.0.1:8080:80 nginx:alpine
$ curl http://127.0.0.1:8080/
curl: (56) Recv failure: Connection reset by peer`;
// Typed runs in other forms (review 103, problems in OLD and NEW alike), which were taken for the user service's: a FLAGS quoted with a
// blank, the script followed by another command, and exec env.
const H02 = `$ ${P}NET=pasta ${P}FLAGS="--mtu=1500 --disable-host-loopback" dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"`;
const H20 = `$ ${P}NET=host dockerd-rootless.sh; echo "exit=$?"
Unsupported RootlessKit network driver: host
exit=1`;
const H14 = `$ exec env ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"`;

const PASTA_IMPLICIT = { NET: 'pasta', PORT_DRIVER: 'implicit' };
const cases: [string, string, Record<string, string>][] = [
  // pasta's port driver and the MTU, from two findings: the MTU's fix kept the refused builtin.
  ['h22', H22, { ...PASTA_IMPLICIT, MTU: '65520' }],
  // The host driver and the MTU: the MTU's fix kept the refused NET=host.
  ['h01', H01, { NET: 'slirp4netns', PORT_DRIVER: 'builtin', MTU: '65520' }],
  // A refused port driver in a typed FLAGS: the fix kept FLAGS, which RootlessKit reads last.
  ['h07', H07, PASTA_IMPLICIT],
  // MTU 1500 in a typed FLAGS: the fix kept FLAGS, and with it the MTU.
  ['h08', H08, { ...PASTA_IMPLICIT, MTU: '65520' }],
  // pasta's option in a typed FLAGS, unquoted: its value was read up to the script's name.
  ['h09', H09, PASTA_IMPLICIT],
  // Running, affected: the upgrade's restart was the script alone, without the settings typed.
  ['h05', H05, { ...PASTA_IMPLICIT, MTU: '65520' }],
  // The quoted FLAGS is rewritten without the MTU flag it held.
  ['h02', H02, { ...PASTA_IMPLICIT, MTU: '65520', FLAGS: '--disable-host-loopback' }],
  ['h20', H20, { NET: 'slirp4netns', PORT_DRIVER: 'builtin', MTU: '65520' }],
  ['h14', H14, PASTA_IMPLICIT],
];

test.each(cases)('%s: every start of the script the fixes give, run in order, gets the settings the findings ask for, and none they refuse', (_, paste, settings) => {
  for (const zh of [false, true]) {
    const all = fixes(paste, zh);
    const started = runs(all);
    // Each fix that names the script starts it: none says so in a comment alone, which would drop the settings typed.
    expect(started.length, `${zh}`).toBe(all.filter((f) => f.includes('dockerd-rootless.sh')).length);
    // The daemon typed is the one in question: its fixes start it, and none is the user service's.
    expect(started.length, `${zh}`).toBeGreaterThan(0);
    expect(all.join('\n'), `${zh}`).not.toContain('systemctl --user');
    for (const run of started) expect(run, `${zh}`).toEqual(settings);
  }
});

test('each fix that starts the script gives the same command, and a restart with the settings typed is that line, not the script alone', () => {
  for (const [, paste] of cases) {
    for (const zh of [false, true]) {
      // A start or restart in the middle of a fix runs it in the background (the same command).
      const lines = fixes(paste, zh).flatMap((f) => f.split('\n').filter((l) => !l.startsWith('#') && l.includes('dockerd-rootless.sh')));
      expect(new Set(lines.map((l) => l.replace(/ &$/, ''))).size).toBe(1);
    }
  }
  const upgrade = analyze(H05).findings.find((f) => f.id === 'affected')!.fix!;
  expect(upgrade).toContain(`# stop the running daemon, then run dockerd-rootless.sh again from this shell\n${STOP}\n${P}NET=pasta ${P}PORT_DRIVER=implicit ${P}MTU=65520 dockerd-rootless.sh &`);
});

test('a workaround gives the line with its own changes too, and without a typed FLAGS it would have to remove', () => {
  const workaround = analyze(H09).findings.find((f) => f.id === 'workaround-slirp4netns')!.fix!;
  expect(runs([workaround])).toEqual([{ NET: 'slirp4netns', PORT_DRIVER: 'builtin', MTU: '65520' }]);
});

test('the sentence says the line carries every finding\'s change, in both languages', () => {
  expect(analyze(H22).findings.find((f) => f.id === 'mtu-1500')!.detail).toContain('The last line is the command you typed, with every change the findings here make to its settings');
  expect(analyzeWith(zhCn, H22).findings.find((f) => f.id === 'mtu-1500')!.detail).toContain('带上了这里各项发现对其设置所做的全部修改');
});

test("the fixes' changes as one: a later value replaces an earlier, and FLAGS keeps only what every fix that writes it keeps", () => {
  expect(merged(['NET=pasta', 'FLAGS=--copy-up=/opt', 'MTU=65520', 'FLAGS=--port-driver=builtin --copy-up=/opt', 'NET=slirp4netns'])).toEqual([
    'NET=slirp4netns',
    'FLAGS=--copy-up=/opt',
    'MTU=65520',
  ]);
});

// Review 104 #1: a command typed without `&`, given as a restart or start in the middle of a fix, ran the daemon in the foreground, so the
// fix's lines after it (the client pointed at the socket, the checks) waited for it to exit.
const DOWN = `$ ${P}NET=pasta ${P}PORT_DRIVER=builtin ${P}MTU=65520 dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ docker version
Client: Docker Engine - Community
 Version:           27.3.1
 Context:           rootless
Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?
$ rootlesskit --version
rootlesskit version 2.3.4`;

test('a start or restart of a command typed in the foreground runs it in the background, so the lines after it run', () => {
  for (const r of [analyze(DOWN), analyzeWith(zhCn, DOWN)]) {
    const start = r.findings.find((f) => f.id === 'daemon-not-running')!.fix!.split('\n');
    const line = start.findIndex((l) => l.includes('dockerd-rootless.sh') && !l.startsWith('#'));
    expect(start[line]).toBe(`${P}NET=pasta ${P}PORT_DRIVER=implicit ${P}MTU=65520 dockerd-rootless.sh &`);
    expect(start.slice(line + 1)).toContain('docker version');
    // The settings fix ends with the line as typed: it runs last, in the foreground as the user ran it.
    expect(r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!.fix!.split('\n').at(-1)).toBe(`${P}NET=pasta ${P}PORT_DRIVER=implicit ${P}MTU=65520 dockerd-rootless.sh`);
  }
});

test("a command line is put in the background by an added & only where that takes all of it", () => {
  expect(background('A=1 dockerd-rootless.sh')).toBe('A=1 dockerd-rootless.sh &');
  expect(background('A=1 dockerd-rootless.sh 2>&1 | tee log')).toBe('A=1 dockerd-rootless.sh 2>&1 | tee log &');
  expect(background('nohup dockerd-rootless.sh > log 2>&1 &')).toBe('nohup dockerd-rootless.sh > log 2>&1 &');
});

// Review 105 #4: a line with a comment or a second command stayed in the foreground, so the fix's checks after it waited for the daemon.
test('a command line with a comment or several commands goes to the background whole, and stays valid shell', () => {
  const cases: [string, string][] = [
    ['dockerd-rootless.sh # mine', 'dockerd-rootless.sh & # mine'],
    ['dockerd-rootless.sh --experimental; echo exited', '{ dockerd-rootless.sh --experimental; echo exited; } &'],
    ['nohup dockerd-rootless.sh > ~/d.log 2>&1;', 'nohup dockerd-rootless.sh > ~/d.log 2>&1 &'],
    ['dockerd-rootless.sh; echo "exit=$?" # done; really', '{ dockerd-rootless.sh; echo "exit=$?"; } & # done; really'],
    // A quoted ; or # splits nothing, and a # inside a word starts no comment.
    [`A="x;y" B='#z' dockerd-rootless.sh`, `A="x;y" B='#z' dockerd-rootless.sh &`],
    ['X=a#b dockerd-rootless.sh', 'X=a#b dockerd-rootless.sh &'],
  ];
  for (const [typed, bg] of cases) {
    expect(background(typed)).toBe(bg);
    // The line after it parses as a command of its own: the background ended the line's list.
    expect(spawnSync('bash', ['-n', '-c', `${bg}\ndocker version`]).status).toBe(0);
  }
});

test("a start in the middle of a fix puts the whole typed list in the background, so the fix's own checks after it run", () => {
  const paste = H05.replace(' dockerd-rootless.sh &', ' dockerd-rootless.sh --experimental; echo exited');
  for (const r of [analyze(paste), analyzeWith(zhCn, paste)]) {
    const fix = r.findings.find((f) => f.id === 'affected')!.fix!.split('\n');
    const at = fix.indexOf(`{ ${P}NET=pasta ${P}PORT_DRIVER=implicit ${P}MTU=65520 dockerd-rootless.sh --experimental; echo exited; } &`);
    expect(at).toBeGreaterThan(0);
    expect(fix.slice(at + 1)).toContain('docker version');
  }
});

// Review 104 #2: a refused run typed before the run that works: its finding's change (back to pasta) went into every fix's line, so the
// MTU fix and the restart of the working slirp4netns daemon switched it to pasta.
const EARLIER = `$ ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ ${P}NET=slirp4netns ${P}PORT_DRIVER=builtin dockerd-rootless.sh &
[1] 7781
$ rootlesskit --version
rootlesskit version 2.3.4
$ dockerd --version
Docker version 27.3.1, build 41ca978`;

test("a finding about an earlier run keeps its change to its own fix: the others' line is the daemon typed last, with theirs", () => {
  const r = analyze(EARLIER);
  const fix = (id: string): string[] => runs([r.findings.find((f) => f.id === id)!.fix!]).map((run) => run.NET!);
  expect(fix('mtu-1500')).toEqual(['slirp4netns']);
  expect(fix('facts-disagree')).toEqual(['slirp4netns']);
  expect(runs([r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!.fix!])).toEqual([{ NET: 'pasta', PORT_DRIVER: 'implicit', MTU: '65520' }]);
});

// Review 105 #3: only what stopped an earlier run stands apart. Its MTU warning holds for the run typed last too (NET set, MTU not), so the
// line every other fix gives keeps MTU 65520, and the last restart, run in order, does not bring back 1500.
// (The refused run, the first, with MTU 1500 typed.)
const EARLIER_MTU = EARLIER.replace('PORT_DRIVER=builtin dockerd', `PORT_DRIVER=builtin ${P}MTU=1500 dockerd`);

test("a warning about an earlier run stays in the shared line, so the fixes run in order end on the running daemon's settings, fixed", () => {
  for (const zh of [false, true]) expect(runs(fixes(EARLIER_MTU, zh)).at(-1)).toEqual({ NET: 'slirp4netns', PORT_DRIVER: 'builtin', MTU: '65520' });
});

// Review 105 #2: sudo without another user runs the script as root, which refuses it: no fix types that command again.
test('the script run with sudo as root is no start by hand: no fix retypes it', () => {
  const paste = `$ sudo ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh
This script must be executed as a non-privileged user
$ rootlesskit --version
rootlesskit version 2.3.1`;
  const r = analyze(paste);
  expect(r.findings.some((f) => f.id === 'run-as-root')).toBe(true);
  expect(r.findings.filter((f) => f.fix?.includes(`sudo ${P}`))).toEqual([]);
  // As another user it is one.
  expect(analyze(paste.replace('$ sudo ', '$ sudo -u dock ')).findings.find((f) => f.id === 'affected')!.fix).toContain(`sudo -u dock ${P}NET=pasta`);
});

test('a command that ends in ";" goes to the background without it', () => {
  expect(background('A=1 dockerd-rootless.sh;')).toBe('A=1 dockerd-rootless.sh &');
});

// Review 105 #7: exec in the command typed would replace the reader's shell, and the fix's later lines with it.
test('the command typed again leaves out exec', () => {
  const r = analyze(`$ exec env ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ rootlesskit --version
rootlesskit version 2.3.4`);
  expect(r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!.fix!.split('\n').at(-1)).toBe(`env ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh`);
});
