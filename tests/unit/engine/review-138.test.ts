// Review R138: apt-cache policy's and dnf info's labels in the user's language went unread (a needless "incomplete", or the installed
// passt's date lost), zypper info of an out-of-date package hid the installed version in its status line, and a copied thread's two
// posters were read as one machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze, analyzeWith, decodeShare, decodeSignals, encodeShare } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];

const policy = (installed: string): string =>
  ['$ apt policy passt', 'passt:', `  ${installed}0.0~git20240220.1e6f92b-1`, '  Candidate: 0.0~git20240220.1e6f92b-1'].join('\n');

// Each as apt 2.6.1 prints it (po/<lang>.po): blanks after the label, none after Chinese's full-width colon.
test.each([
  ['English', 'Installed: '],
  ['German', 'Installiert:           '],
  ['French', 'Installé : '],
  ['Spanish', 'Instalados: '],
  ['Russian', 'Установлен: '],
  ['Japanese', 'インストールされているバージョン: '],
  ['Chinese', '已安装：'],
])("apt policy's installed passt in %s is read: its date shows", (_, label) => {
  for (const r of both(policy(label))) expect(r.facts.pastaDate).toBe('2024-02-20');
});

test("beside a rootless docker info, Chinese apt policy's old passt gives not affected, not a question (review R138 10)", () => {
  const info = ['$ docker info', 'Server:', ' Server Version: 27.3.1', ' Security Options:', '  seccomp', '   Profile: builtin', '  rootless'];
  for (const r of both([policy('已安装：'), ...info].join('\n'))) expect([r.verdict, r.facts.pastaDate]).toEqual(['not-affected', '2024-02-20']);
});

test('a label apt does not print is not read as the installed version', () => {
  expect(analyze(policy('Installiert ')).facts.pastaDate).toBeNull();
});

const dnfInfo = (name: string, repo: string): string =>
  [
    '$ journalctl --user -u docker | grep exec',
    'janv. 14 10:02:11 portable dockerd-rootless.sh[1834]: + exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=1500 --disable-host-loopback --port-driver=implicit --copy-up=/etc /usr/bin/dockerd-rootless.sh',
    '$ dnf info --installed rootlesskit',
    `${name}          : rootlesskit`,
    'Version      : 2.3.1',
    `${repo}        : @System`,
  ].join('\n');

test("dnf info's French labels: the installed RootlessKit decides (affected, inferred) where English's would", () => {
  for (const [name, repo] of [['Name', 'Repo '], ['Nom ', 'Dépôt']]) {
    for (const r of both(dnfInfo(name!, repo!))) {
      expect(r.facts.rootlesskitVersion).toBe('2.3.1');
      expect([r.verdict, r.certainty]).toEqual(['affected', 'inferred']);
    }
  }
});

test("dnf info's French record of a package only a repository offers is not what is installed", () => {
  expect(analyze(dnfInfo('Nom ', 'Dépôt').replace('@System', 'updates')).facts.rootlesskitVersion).toBeNull();
});

// zypper info of an out-of-date package: Version is the best available one; the installed one is only in its Status (src/info.cc).
const zypperInfo = (status: string): string =>
  [
    '$ zypper info rootlesskit',
    'Information for package rootlesskit:',
    '------------------------------------',
    'Repository     : Main Repository (OSS)',
    'Name           : rootlesskit',
    'Version        : 2.3.4-1.1',
    'Installed      : Yes',
    `Status         : ${status}`,
  ].join('\n');

test("zypper info's out-of-date Status gives the installed RootlessKit, not the Version a repository offers", () => {
  for (const r of both(zypperInfo('out-of-date (version 2.3.1-1.2 installed)'))) expect(r.facts.rootlesskitVersion).toBe('2.3.1');
});

test('an up-to-date record still gives its Version, and one not installed gives none', () => {
  expect(analyze(zypperInfo('up-to-date')).facts.rootlesskitVersion).toBe('2.3.4');
  expect(analyze(zypperInfo('not installed')).facts.rootlesskitVersion).toBeNull();
});

// pasta's process line broken in two (review R138 03): the whole argv is read where its end shows, never where it is cut.
const PASTA_ARGV = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 2226';
const tree = (rest: string): string =>
  ['● docker.service - Docker Application Container Engine (Rootless)', '     CGroup: /user.slice/user-1000.slice/user@1000.service/app.slice/docker.service', `             ├─2241 ${PASTA_ARGV.slice(0, PASTA_ARGV.indexOf(' --gateway'))}`, rest, '             └─2262 dockerd'].join('\n');

test("a systemctl status whose pasta line goes on after the break at a space (\" --gateway=… 2226\"): pasta runs without the flag", () => {
  for (const r of both(tree(PASTA_ARGV.slice(PASTA_ARGV.indexOf(' --gateway'))))) expect([r.facts.hostLoToNsLo, r.verdict]).toEqual([false, 'affected']);
});

test('the same line whose rest is cut ("--udp-po…") says nothing of the flag', () => {
  expect(analyze(tree(' --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-po…')).facts.hostLoToNsLo).toBeNull();
});

const ps = (...rows: string[]): string => ['$ ps -o args= -C pasta,dockerd', ...rows].join('\n');

test('a lone pasta row cut inside a word at 80 columns goes on in the rest that ends it with its PID', () => {
  for (const r of both(ps(PASTA_ARGV.slice(0, 80), PASTA_ARGV.slice(80)))) expect(r.facts.hostLoToNsLo).toBe(false);
});

test('a pasta row ps cut at 80 columns for good is not joined to the next row, nor is a rest cut with "…"', () => {
  expect(analyze(ps(PASTA_ARGV.slice(0, 80), 'dockerd --config-file=/home/u/.config/docker/daemon.json')).facts.hostLoToNsLo).toBeNull();
  expect(analyze(ps(PASTA_ARGV.slice(0, 80), `${PASTA_ARGV.slice(80, -6)}…`)).facts.hostLoToNsLo).toBeNull();
});

// A docker info that lost its newlines and was retyped with full-width colons that swallowed the blank after them (review R136 25's,
// with the key its fixture had to leave out): the key after the system is cut off as an ASCII colon's would be, path and all.
test('a flattened docker info with full-width colons: "Docker Root Dir：/home/…" is not read into the system\'s name', () => {
  const info = (colon: string): string =>
    ['Client', 'Docker Engine - Community Version', '27.3.1 Context', 'default Server', 'Containers', '4 Server Version', '27.3.1 Storage Driver', 'overlay2 Security Options', 'seccomp Profile', 'builtin rootless cgroupns Kernel Version', '6.12.9-arch1-1 Operating System', 'Arch Linux Docker Root Dir', '/home/u/.local/share/docker'].join(colon);
  for (const colon of [': ', '：']) for (const r of both(info(colon))) expect([r.facts.operatingSystem, r.facts.rootless]).toEqual(['Arch Linux', true]);
});

// A tmux pane's own width (review R136 24: 81 columns) wraps an argv as fold's 80 does; rows cut at such a width are no wrap's pieces.
test('pasta\'s argv wrapped mid-word at a pane\'s 81 columns is read whole: pasta runs without the flag', () => {
  const at81 = [PASTA_ARGV.slice(0, 81), PASTA_ARGV.slice(81, 162), PASTA_ARGV.slice(162)];
  for (const r of both(ps(...at81))) expect(r.facts.hostLoToNsLo).toBe(false);
});

test('rows cut at an odd width are not joined: the next row names its program, or has a table\'s blanks', () => {
  const rootlesskit = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc /usr/bin/dockerd-rootless.sh';
  const lsns = (row: string): string => `4026532621 user        4  2991 ubuntu ${row}`;
  for (const rows of [[rootlesskit.slice(0, 95), PASTA_ARGV.slice(0, 95)], [lsns(rootlesskit).slice(0, 109), `4026532656 mnt         3  2991 ubuntu ${'x'.repeat(71)}`]]) {
    expect(clean(ps(...rows)).lines.slice(1).map((line) => line.text)).toEqual(rows);
  }
});

// A copied GitHub thread: each "<user> commented on <date>" starts that poster's part (machines.ts).
const comment = (user: string, date: string, version: string, driver: string): string[] => [
  `${user} commented on ${date}`,
  '```',
  ' rootlesskit:',
  `  Version:          ${version}`,
  '  ApiVersion:       1.1.1',
  `  NetworkDriver:    ${driver}`,
  '```',
];

test("two posters' outputs are two machines: no verdict from facts of both, the step asks for one machine at a time", () => {
  const text = [...comment('dmitri-v', 'Nov 20, 2024', '2.3.1', 'pasta'), '', ...comment('sophie-m', 'Feb 2, 2025', '2.3.2', 'slirp4netns')].join('\n');
  for (const r of both(text)) {
    expect(r.verdict).toBe('incomplete');
    expect(r.findings.map((f) => f.id)).toContain('machines-apart');
    expect(r.findings.find((f) => f.id === 'machines-apart')!.detail).toContain('sophie-m');
  }
});

test("one poster's two comments stay one machine, its later state deciding", () => {
  const text = [...comment('dmitri-v', 'Nov 20, 2024', '2.3.1', 'pasta'), '', ...comment('dmitri-v', 'Feb 2, 2025', '2.3.2', 'pasta')].join('\n');
  for (const r of both(text)) expect(r.verdict).toBe('fixed');
});

test("two posters' shared link decides nothing either: it carries none of what only one of them shows (review R138 29)", () => {
  const name = 'github-thread-two-posters-rk-2.3.1-pasta-then-2.3.2-slirp4netns-machines-apart.txt';
  const r = analyze(readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8'));
  const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
  // dmitri-v's pasta and sophie-m's Docker, port driver and slirp4netns would otherwise give "not affected, confirmed".
  for (const key of ['pastaDate', 'dockerServerVersion', 'portDriver', 'slirp4netnsVersion'] as const) expect(decodeShare(link)[key]).toBeUndefined();
  expect(analyze('', { answers: decodeShare(link), signals: decodeSignals(link) }).verdict).toBe('incomplete');
});

test("a docker client whose server is Podman: the step says so and asks for no docker version, which the paste is (review R138 20)", () => {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', 'podman-machine-docker-cli-docker-version-server-podman-engine-no-loop.txt'), 'utf8');
  const json = '$ docker version --format json\n{"Server":{"Components":[{"Name":"Podman Engine","Version":"5.3.1"}]}}';
  for (const r of [...both(text), ...both(json)]) {
    expect([r.verdict, r.findings.map((f) => f.id)]).toEqual(['incomplete', ['podman-not-docker']]);
    expect(r.findings[0]!.detail).toContain('Podman Engine');
    expect(r.findings.some((f) => f.fix?.includes('docker version'))).toBe(false);
  }
  // Podman's own output (podman info) is no docker version: that is still asked for.
  const info = both('$ podman info\nhost:\n  rootlessNetworkCmd: pasta');
  for (const r of info) expect(r.findings.map((f) => [f.id, f.fix?.split('\n')[0]])).toEqual([['need-docker-output', 'docker version'], ['podman-not-docker', 'docker version']]);
});

// The joins above read through a prefix every line repeats (a journal's, a CI log's, a compose service's) and a blank line after each
// line (a chat tool's double spacing), as a paste carries them; the guards hold there too.
test.each([
  ['', '\n'],
  ['Jan 01 12:00:00 host systemd[123]: ', '\n'],
  ['[CI/job 1]   | ', '\n'],
  ['dind-1  | ', '\n\n'],
  ['', '\n\n'],
])('pasta\'s argv broken in two or wrapped at a pane\'s width is read through the prefix "%s", its lines joined by %j', (prefix, joint) => {
  const paste = (text: string): string => text.split('\n').map((line) => `${prefix}${line}`).join(joint);
  for (const joined of [tree(PASTA_ARGV.slice(PASTA_ARGV.indexOf(' --gateway'))), ps(PASTA_ARGV.slice(0, 80), PASTA_ARGV.slice(80)), ps(PASTA_ARGV.slice(0, 81), PASTA_ARGV.slice(81, 162), PASTA_ARGV.slice(162))]) {
    expect(analyze(paste(joined)).facts.hostLoToNsLo).toBe(false);
  }
  expect(analyze(paste(ps(PASTA_ARGV.slice(0, 80), `${PASTA_ARGV.slice(80, -6)}…`))).facts.hostLoToNsLo).toBeNull();
  expect(analyze(paste(ps(PASTA_ARGV.slice(0, 80), 'dockerd --config-file=/home/u/.config/docker/daemon.json'))).facts.hostLoToNsLo).toBeNull();
});

// Task C46's guard meets task C54's joins, which read a line past a prefix as long as the one before's: two nicks as long make the
// speakers' prefixes alike, and the next speaker's message is still no wrapped line's rest.
test("a helper's message of 77 columns past its IRC prefix does not take the asker's next message, whose nick is as long", () => {
  const text = [
    '[10:02] <jonas> rootless docker with pasta: ports on 127.0.0.1 reset, 0.0.0.0 is fine',
    "[10:03] <karin> I'm on rootlesskit 2.3.4 and pasta 2025_03_20.32f6212, works fine here for me",
    "[10:04] <jonas> I'm on rootlesskit 2.3.1 with pasta 2025_01_21.4f2c8e7.",
  ].join('\n');
  expect(clean(text).lines.map((line) => line.text)).toHaveLength(3);
  for (const r of both(text)) expect(r.facts.rootlesskitVersion).toBe('2.3.1');
});
