// DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS as RootlessKit obeys it (review 92): dockerd-rootless.sh passes it last, unquoted, and RootlessKit takes
// a repeated flag's last value, so a driver or MTU in the FLAGS in force beats the variables; a later drop-in's FLAGS replaces an earlier
// one; Go's parser takes "-flag" as well as "--flag". The fixes, run in the order shown, end with settings RootlessKit accepts.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const cat = (...settings: string[]) => `$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\n${settings.map((s) => `Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_${s}"`).join('\n')}`;
const log = (error: string) => `$ journalctl --user -u docker -n 5\nDec 04 10:00:01 host dockerd-rootless.sh[1234]: ${error}`;
const RK_OLD = '$ rootlesskit --version\nrootlesskit version 2.3.1';
const RK_NEW = '$ rootlesskit --version\nrootlesskit version 2.3.4';
const OPTION_REFUSED = log('flag provided but not defined: -host-lo-to-ns-lo');
const HOST_REFUSED = log('[rootlesskit:parent] error: port driver requires non-host network');
const PASTA_REFUSED = log('[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"');

// The pastes of review 92 (/tmp/r92).
const d1 = `${cat('FLAGS=--net=pasta --port-driver=pasta --host-lo-to-ns-lo')}\n${OPTION_REFUSED}\n${RK_OLD}`;
const d2 = `${cat('FLAGS=--net=host --host-lo-to-ns-lo')}\n${OPTION_REFUSED}`;
const d3 = cat('FLAGS=--net=pasta --port-driver=pasta --host-lo-to-ns-lo');
const d4 = cat('FLAGS=--net=host --host-lo-to-ns-lo');
const h1 = `${cat('FLAGS=--net=host --port-driver=implicit')}\n${log('[rootlesskit:parent] error: port driver requires pasta network')}`;
const h3 = cat('NET=pasta', 'FLAGS=--net=host --port-driver=implicit');
const i1 = `$ systemctl --user show docker -p Environment\nEnvironment=PATH=/home/alice/bin:/usr/bin "DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --port-driver=builtin" DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n${RK_NEW}`;
const i2 = `${cat('FLAGS=--net=pasta --port-driver=builtin', 'PORT_DRIVER=implicit')}\n${RK_NEW}`;
const e5 = `$ systemctl --user cat docker
# /home/alice/.config/systemd/user/docker.service
[Service]
ExecStart=/home/alice/bin/dockerd-rootless.sh

# /home/alice/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=slirp4netns --copy-up=/opt"

# /home/alice/.config/systemd/user/docker.service.d/zz-local.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--propagation=rshared"
$ ~/bin/rootlesskit --version
rootlesskit version 2.3.4`;
const e3 = `${cat('NET=pasta', 'FLAGS=-port-driver=builtin -copy-up=/opt')}\n${PASTA_REFUSED}\n${RK_NEW}`;
const b1 = `${cat('NET=pasta', 'PORT_DRIVER=implicit', 'FLAGS=--mtu=1500')}\n${RK_NEW}`;
const a2 = `${cat('NET=pasta', 'FLAGS=--port-driver=slirp4netns --mtu=1500')}\n${PASTA_REFUSED}\n${RK_NEW}`;
const g2 = `${cat('FLAGS=--net=host --mtu=1400 --state-dir=${XDG_RUNTIME_DIR}/rk')}\n${HOST_REFUSED}`;
const e2 = `${cat('FLAGS=--net host --mtu 1500 --state-dir=$XDG_RUNTIME_DIR/rk')}\n${log('[rootlesskit:parent] error: port driver requires non-host network')}`;

// Quoted as a whole assignment, a value runs to the quote's close; unquoted, systemd takes its first word.
const SETTING = /("?)DOCKERD_ROOTLESS_ROOTLESSKIT_(NET|PORT_DRIVER|MTU|FLAGS)=([^"\n]*)/g;
/** The last value of flag `name` in FLAGS, as RootlessKit's parser takes it (one dash or two). */
const flag = (flags: string, name: string) => [...flags.matchAll(new RegExp(`(?<!\\S)--?${name}[= ](\\S+)`, 'g'))].at(-1)?.[1];

/** What RootlessKit runs with after the paste's settings and then every fix, in the order shown (each fix parses as a shell script). */
function afterFixes(paste: string, r: Result = analyze(paste)) {
  const set = new Map<string, string>();
  for (const text of [paste, ...r.findings.flatMap((f) => (f.fix ? [f.fix] : []))]) {
    if (text !== paste) expect(spawnSync('bash', ['-n'], { input: text }).status).toBe(0);
    for (const m of text.matchAll(SETTING)) set.set(m[2]!, m[1] ? m[3]! : m[3]!.split(' ')[0]!);
  }
  const flags = set.get('FLAGS') ?? '';
  const net = flag(flags, 'net') ?? set.get('NET') ?? 'slirp4netns';
  const portDriver = flag(flags, 'port-driver') ?? set.get('PORT_DRIVER') ?? (net === 'pasta' ? 'implicit' : 'builtin');
  const mtu = flag(flags, 'mtu') ?? set.get('MTU');
  return { net, portDriver, mtu, flags };
}
/** Whether RootlessKit starts with these settings. */
const accepted = (s: ReturnType<typeof afterFixes>) =>
  !/(?<!\S)--?host-lo-to-ns-lo\b/.test(s.flags) &&
  s.net !== 'host' &&
  s.portDriver !== 'pasta' &&
  (s.portDriver !== 'implicit' || s.net === 'pasta') &&
  (s.net !== 'pasta' || ['implicit', 'none', 'pesto'].includes(s.portDriver));
const ids = (paste: string) => analyze(paste).findings.map((f) => f.id);

test('a refused driver in FLAGS beside pasta\'s option gets its own finding after the option\'s, and the fixes run in order leave nothing RootlessKit refuses', () => {
  for (const paste of [d1, d3]) {
    const found = ids(paste);
    expect(found.indexOf('port-driver-pasta')).toBeGreaterThan(found.indexOf('flags-pasta-option'));
    expect(found.indexOf('flags-pasta-option')).toBeGreaterThanOrEqual(0);
  }
  for (const paste of [d2, d4]) {
    const found = ids(paste);
    expect(found.indexOf('host-network-driver')).toBeGreaterThan(found.indexOf('flags-pasta-option'));
    expect(found.indexOf('flags-pasta-option')).toBeGreaterThanOrEqual(0);
  }
  for (const paste of [d1, d2, d3, d4, h1, h3]) expect(accepted(afterFixes(paste)), paste).toBe(true);
});

test('--net=host in FLAGS is never kept by a fix that writes FLAGS again, and beats NET=pasta', () => {
  const implicit = analyze(h1).findings.find((f) => f.id === 'implicit-without-pasta')!;
  expect(implicit.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="');
  expect(implicit.fix).not.toContain('--net=host');
  // NET=pasta loses to FLAGS' --net=host: the checker no longer takes the network driver for pasta.
  const older = analyze(h3);
  expect(older.facts.networkDriver).not.toBe('pasta');
  expect(older.findings.map((f) => f.id)).toContain('host-network-driver');
});

test('a port driver in FLAGS beats PORT_DRIVER shown after it, on the next line or the same one', () => {
  for (const paste of [i1, i2]) {
    const r = analyze(paste);
    expect(r.facts.portDriver).toBe('builtin');
    expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
    const mismatch = r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!;
    expect(mismatch.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="');
    expect(accepted(afterFixes(paste, r))).toBe(true);
  }
});

test('a FLAGS that a later drop-in replaces sets no driver, and no fix writes it back', () => {
  const r = analyze(e5);
  expect(r.facts.networkDriver).toBe('pasta');
  expect(r.findings.map((f) => f.id)).not.toContain('implicit-without-pasta');
  expect(r.findings.some((f) => f.fix?.includes('--copy-up=/opt'))).toBe(false);
});

test('single-dash flags in FLAGS are read and rewritten as the double-dash ones are', () => {
  const r = analyze(e3);
  expect(r.facts.portDriver).toBe('builtin');
  const mismatch = r.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!;
  expect(mismatch.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=-copy-up=/opt"');
  expect(analyze(cat('NET=pasta', 'PORT_DRIVER=implicit', 'FLAGS=-mtu=1500')).facts.mtu).toBe(1500);
});

test('MTU 1500 set in FLAGS: its fix writes FLAGS without it and says where it comes from; a fix that sets drivers leaves no 1500 behind', () => {
  const mtu = analyze(b1).findings.find((f) => f.id === 'mtu-1500')!;
  expect(mtu.detail).toContain('--mtu=1500 in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS sets it');
  expect(mtu.detail).not.toContain('moby#47765');
  expect(mtu.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="');
  expect(analyzeWith(zhCn, b1).findings.find((f) => f.id === 'mtu-1500')!.detail).toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS 里的 --mtu=1500');
  for (const paste of [b1, a2]) {
    const end = afterFixes(paste);
    expect(accepted(end)).toBe(true);
    expect(end.mtu).toBe('65520');
  }
});

test('a deliberate MTU other than 1500 in FLAGS is kept by the fixes back to slirp4netns, and never named for removal', () => {
  const host = analyze(g2).findings.find((f) => f.id === 'host-network-driver')!;
  expect(host.detail).toContain('remove --net=host from it');
  expect(host.detail).not.toContain('--mtu=1400');
  expect(host.fix).not.toContain('ROOTLESSKIT_MTU=');
  const end = afterFixes(cat('FLAGS=--net=host --mtu=1400 --copy-up=/opt'));
  expect(end).toMatchObject({ net: 'slirp4netns', mtu: '1400', flags: '--mtu=1400 --copy-up=/opt' });
});

test('the flags left to remove are listed apart, before the commands run, and the host flag is named as written', () => {
  const host = analyze(e2).findings.find((f) => f.id === 'host-network-driver')!;
  expect(host.detail).toContain('its --net host and --mtu 1500 would still win: remove --net host and --mtu 1500 from it yourself before running the commands below.');
  expect(host.detail).toContain('(--net host in DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS)');
  const zh = analyzeWith(zhCn, e2).findings.find((f) => f.id === 'host-network-driver')!;
  expect(zh.detail).toContain('其中的 --net host、--mtu 1500 仍会生效：请在运行下面的命令之前，自己从这个设置中删除 --net host、--mtu 1500。');
  expect(zh.detail).toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS 里的 --net host）');
});

// Review 94: what the checker reads of FLAGS comes from the whole line, not from its evidence, which keeps 200 characters. The pastes of
// /tmp/r94, each beside the same settings on a short line.
const RK_PESTO = '$ rootlesskit --version\nrootlesskit version 3.1.0';
const INSTALLER_PATH = 'PATH=/home/alice/bin:/sbin:/usr/sbin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin';
const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
/** systemctl --user show's answer: the variables as given, a value with blanks quoted with its name. */
const show = (...settings: string[]) => `$ systemctl --user show docker -p Environment\nEnvironment=${settings.join(' ')}`;
const COPY_UPS = '--copy-up=/etc --copy-up=/run --copy-up=/opt --copy-up=/srv --copy-up=/var --state-dir=/run/user/1000/dockerd-rootless';
const longAndShort: [string, string, string][] = [
  [
    'p19',
    `${cat('NET=pasta', 'PORT_DRIVER=implicit', `FLAGS=${COPY_UPS} --cidr=10.0.2.0/24 --port-driver=slirp4netns`)}\n${PASTA_REFUSED}\n${RK_NEW}`,
    `${cat('NET=pasta', 'PORT_DRIVER=implicit', 'FLAGS=--port-driver=slirp4netns')}\n${PASTA_REFUSED}\n${RK_NEW}`,
  ],
  ['p25', `${cat(`FLAGS=--net=pasta ${COPY_UPS} --cidr=10.0.2.0/24 --port-driver=builtin`, 'PORT_DRIVER=implicit')}\n${RK_NEW}`, i2],
  [
    'p28',
    `${show(INSTALLER_PATH, `${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--port-driver=builtin --copy-up=/opt"`)}\n${RK_NEW}`,
    `${show(`${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--port-driver=builtin --copy-up=/opt"`)}\n${RK_NEW}`,
  ],
  [
    'p02',
    `${show('PATH=/home/alice/bin:/usr/local/bin:/usr/bin:/bin', `${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--port-driver=slirp4netns --mtu=1500 --copy-up=/opt"`)}\n${RK_NEW}`,
    `${show(`${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--port-driver=slirp4netns --mtu=1500 --copy-up=/opt"`)}\n${RK_NEW}`,
  ],
  [
    'p18',
    `${show('PATH=/home/alice/bin:/usr/bin', `${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--port-driver=slirp4netns --copy-up=/opt"`)}\n${RK_NEW}`,
    `${show(`${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--port-driver=slirp4netns --copy-up=/opt"`)}\n${RK_NEW}`,
  ],
  ['p27', show(INSTALLER_PATH, `"${P}FLAGS=--net=host --copy-up=/opt"`), show(`"${P}FLAGS=--net=host --copy-up=/opt"`)],
  ['p29', `${show(INSTALLER_PATH, `${P}NET=pasta`, `"${P}FLAGS=--port-driver=pasta"`)}\n${RK_PESTO}`, `${show(`${P}NET=pasta`, `"${P}FLAGS=--port-driver=pasta"`)}\n${RK_PESTO}`],
  [
    'p26',
    `${cat('NET=pasta', `FLAGS=${COPY_UPS} --cidr=10.0.2.0/24 --port-driver=pasta --host-lo-to-ns-lo`)}\n${OPTION_REFUSED}\n${RK_PESTO}`,
    `${cat('NET=pasta', 'FLAGS=--port-driver=pasta --host-lo-to-ns-lo')}\n${OPTION_REFUSED}\n${RK_PESTO}`,
  ],
  ['p21', `${cat(`FLAGS=--net=pasta ${COPY_UPS} --cidr=10.0.2.0/24 --port-driver=pasta`)}\n${RK_PESTO}`, `${cat('FLAGS=--net=pasta --port-driver=pasta')}\n${RK_PESTO}`],
];
/** What a reader notices of a result: the drivers and MTU, the findings, which fixes write FLAGS again, and the flags left to remove. */
function noticed(paste: string) {
  const r = analyze(paste);
  const { networkDriver, portDriver, mtu } = r.facts;
  const findings = r.findings.map((f) => ({ id: f.id, rewrites: !!f.fix?.includes('ROOTLESSKIT_FLAGS='), remove: /remove (\S+(?: and \S+)*) from it yourself/.exec(f.detail)?.[1] ?? null }));
  return { networkDriver, portDriver, mtu, findings };
}

test('a FLAGS line longer than the evidence keeps is read, rewritten and named for removal as the same settings on a short line are', () => {
  for (const [name, long, short] of longAndShort) {
    expect(long.split('\n').some((l) => l.includes('ROOTLESSKIT_FLAGS=') && l.length > 200), name).toBe(true);
    expect(noticed(long), name).toEqual(noticed(short));
    expect(accepted(afterFixes(long)), name).toBe(true);
    expect(analyze(long).findings.some((f) => f.detail.includes('……')), name).toBe(false);
  }
});

test('a driver a pager cut counts as the one driver its start names; one that names none or several is unknown, not implicit', () => {
  // /tmp/r94/p04.
  expect(analyze(show(`${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--copy-up=/opt --net=pas`)).facts.networkDriver).toBe('pasta');
  expect(analyze(show(`"${P}FLAGS=--copy-up=/opt --net=pas`)).facts.networkDriver).toBe('pasta');
  // "p": pasta or pesto.
  const r = analyze(`${show(`${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--copy-up=/opt --port-driver=p`)}\n${RK_NEW}`);
  expect(r.facts.portDriver).toBeNull();
  expect(r.findings.map((f) => f.id)).not.toContain('port-driver-assumed-implicit');
  // A pager that marks its cut with "…": the flag left to remove is named with one.
  const marked = analyze(`${show(`${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--copy-up=/opt --port-driver=sli…`)}\n${PASTA_REFUSED}`);
  expect(marked.findings.find((f) => f.id === 'pasta-port-driver-mismatch')!.detail).toContain('remove --port-driver=sli… from it yourself');
});

test('MTU 1500 in a FLAGS that sets the right drivers: its fix writes FLAGS again with them; beside a driver fix, that one writes it without the 1500', () => {
  // /tmp/r94/p09: a working setup.
  const p09 = `${cat('FLAGS=--net=pasta --port-driver=implicit --mtu=1500')}\n${RK_NEW}`;
  const mtu = analyze(p09).findings.find((f) => f.id === 'mtu-1500')!;
  expect(mtu.detail).not.toContain('yourself');
  expect(mtu.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=65520"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --port-driver=implicit"');
  expect(afterFixes(p09)).toMatchObject({ net: 'pasta', portDriver: 'implicit', mtu: '65520' });
  // a2 and /tmp/r94/p16: the mismatch fix writes FLAGS without the port driver, and without the 1500 (review 95 #9: no hand edit asked).
  for (const paste of [a2, longAndShort.find(([name]) => name === 'p02')![2]]) {
    expect(analyze(paste).findings.find((f) => f.id === 'mtu-1500')!.detail).toContain('The commands of the finding that changes the drivers set DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS again without it.');
    expect(afterFixes(paste)).toMatchObject({ net: 'pasta', portDriver: 'implicit', mtu: '65520' });
  }
});

test('mtu-1500 never asks to remove by hand what a driver fix rewrites, nor a flag its own fix does not override (review 95 #9)', () => {
  // /tmp/r94/p02-show-long.txt, in both languages.
  const p02 = longAndShort.find(([name]) => name === 'p02')![1];
  const en = analyze(p02).findings.find((f) => f.id === 'mtu-1500')!;
  expect(en.detail).toContain('The commands of the finding that changes the drivers set DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS again without it.');
  expect(en.detail).not.toContain('yourself');
  const zh = analyzeWith(zhCn, p02).findings.find((f) => f.id === 'mtu-1500')!;
  expect(zh.detail).toContain('改变驱动的那条发现给出的命令会重新设置 DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS，其中不再有它。');
  expect(zh.detail).not.toContain('自己从这个设置中删除');
  // /tmp/r92/e2-spaced-refused.txt: FLAGS cannot be written again ($XDG_RUNTIME_DIR); the MTU fix sets no network, so --net host is the
  // host finding's to remove.
  for (const [messages, said] of [[undefined, 'remove --mtu 1500 from it yourself'], [zhCn, '自己从这个设置中删除 --mtu 1500。']] as const) {
    const mtu = (messages ? analyzeWith(messages, e2) : analyze(e2)).findings.find((f) => f.id === 'mtu-1500')!;
    expect(mtu.detail).toContain(said);
    expect(mtu.detail.split('--net host').length, mtu.detail).toBe(1);
  }
});

test('an unquoted FLAGS in a drop-in is its first word: systemd takes the rest for assignments of their own', () => {
  // /tmp/r94/p05.
  const p05 = `$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment=${P}NET=pasta
Environment=${P}PORT_DRIVER=implicit
Environment=${P}FLAGS=--copy-up=/opt --port-driver=builtin
${RK_NEW}`;
  const r = analyze(p05);
  expect(r.facts.portDriver).toBe('implicit');
  expect(r.findings.map((f) => f.id)).not.toContain('pasta-port-driver-mismatch');
});

// Review 95 #4, #5: a FLAGS value a pager cut is never read as "no driver".
const CUT_PATH = 'PATH=/home/alice/bin:/sbin:/usr/sbin:/home/alice/.local/bin:/home/alice/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin';
/** systemctl --user cat docker's drop-in, as less -S shows it, with FLAGS as given (its last line). */
const unitCat = (flags: string) => `${RK_NEW}
$ systemctl --user cat docker
# /home/alice/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment=${P}NET=pasta
Environment=${P}PORT_DRIVER=implicit
Environment=${P}FLAGS=${flags}`;

test('a quote opened inside a FLAGS value and cut by the pager is read as cut, not as an empty FLAGS', () => {
  // /tmp/r95/a05b-syscat-midquote-cut.txt, and /tmp/r95/a04-midquote.txt uncut.
  for (const flags of ['"--copy-up=/opt --copy-up=/srv --port-driver=bui', "'--copy-up=/opt --port-driver=bui", '"--copy-up=/opt --port-driver=builtin"']) {
    const r = analyze(unitCat(flags));
    expect(r.facts.portDriver, flags).toBe('builtin');
    expect(r.findings.map((f) => f.id), flags).toContain('pasta-port-driver-mismatch');
  }
});

test('a driver flag a pager cut in its name or right after its "=" is set to an unknown driver: the variable loses, and nothing is inferred', () => {
  // /tmp/r95/a06-show-cut-pd-empty.txt (and c5), a07-show-cut-pd-name.txt.
  for (const end of ['--port-driver=', '--port-dri', '-port-driver ']) {
    const r = analyze(`${show(CUT_PATH, `${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--copy-up=/opt ${end}`)}\n${RK_NEW}`);
    expect(r.facts.portDriver, end).toBeNull();
    expect(r.facts.networkDriver, end).toBe('pasta');
    expect(r.findings.map((f) => f.id), end).not.toContain('port-driver-assumed-implicit');
  }
  const net = analyze(`${show(CUT_PATH, `${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--copy-up=/opt --ne`)}\n${RK_NEW}`);
  expect(net.facts.networkDriver).toBeNull();
  // "--" starts both flags, "--copy-u" neither: the variables stand.
  for (const end of ['--', '--copy-u']) {
    const r = analyze(`${show(CUT_PATH, `${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--copy-up=/opt ${end}`)}\n${RK_NEW}`);
    expect([r.facts.networkDriver, r.facts.portDriver], end).toEqual(['pasta', 'implicit']);
  }
});

test('review 96: mtu-1500 leaves FLAGS to a driver fix only when that fix is required, not to a workaround the reader may skip', () => {
  const m1 = `$ docker version --format '{{.Server.Version}}'\n27.3.1\n${cat('FLAGS=--net=pasta --port-driver=implicit --mtu=1500 --copy-up=/opt')}`;
  const r = analyze(m1);
  expect(r.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['mtu-1500', 'workaround-slirp4netns']));
  // The reader who upgrades runs every fix but the workarounds: RootlessKit then runs at 65520, with FLAGS' other flags kept.
  const upgraded = afterFixes(m1, { ...r, findings: r.findings.filter((f) => !f.id.startsWith('workaround-')) });
  expect(upgraded).toMatchObject({ net: 'pasta', portDriver: 'implicit', mtu: '65520', flags: '--net=pasta --port-driver=implicit --copy-up=/opt' });
});

test('review 96: a line that names a setting without setting it (prose, echo) is no daemon set up after the setup tool refused', () => {
  const refused = `$ dockerd-rootless-setuptool.sh install\n[ERROR] Missing system requirements. Run the following commands to\n[ERROR] install the requirements and run this tool again.\n\n########## BEGIN ##########\nsudo sh -eux <<EOF2\n# Install newuidmap & newgidmap binaries\napt-get install -y uidmap\nEOF2\n########## END ##########`;
  for (const after of ['I have not set DOCKERD_ROOTLESS_ROOTLESSKIT_NET or DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER anywhere.', '$ echo "$DOCKERD_ROOTLESS_ROOTLESSKIT_NET"\n\n$ env | grep DOCKERD_ROOTLESS_ROOTLESSKIT']) {
    expect([after, ids(`${refused}\n${after}`)[0]]).toEqual([after, 'setup-requirements']);
  }
});

test('review 96: a FLAGS cut at "--p" or "-p " (--publish, --pidns, --propagation too) leaves the port driver set by its variable', () => {
  for (const cut of ['--copy-up=/opt --p', '--copy-up=/opt -p ']) {
    const paste = `$ systemctl --user show docker -p Environment\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit "DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=${cut}\n${RK_NEW}`;
    expect([cut, analyze(paste).facts.portDriver]).toEqual([cut, 'implicit']);
  }
});

test('an unquoted FLAGS is its first word where a blank ends it: a drop-in line as grep -r shows it, and the shell\'s export', () => {
  const grep = `${RK_NEW}\n$ grep -r ROOTLESSKIT ~/.config/systemd/user/docker.service.d/\n${['NET=pasta', 'PORT_DRIVER=implicit', 'FLAGS=--copy-up=/opt --port-driver=builtin'].map((s) => `/home/alice/.config/systemd/user/docker.service.d/override.conf:Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_${s}`).join('\n')}`;
  const exported = `${RK_NEW}\n$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n$ export DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt --port-driver=builtin\nbash: export: \`--port-driver=builtin': not a valid identifier`;
  for (const paste of [grep, exported]) {
    const r = analyze(paste);
    expect([r.verdict, r.facts.portDriver, r.findings.map((f) => f.id)]).toEqual(['fixed', 'implicit', expect.not.arrayContaining(['pasta-port-driver-mismatch'])]);
  }
});

// Review 96 #3, review 95 #10: a FLAGS in force that may go on past what the paste shows confirms no driver; it asks for the whole line.
const WHOLE_LINE = 'systemctl --user show docker --property=Environment --no-pager';
/** What tells the reader how sure the checker is, and what to run: the certainty and the note's command, in both languages. */
const sureness = (paste: string) =>
  [analyze(paste), analyzeWith(zhCn, paste)].map((r) => ({ verdict: r.verdict, certainty: r.certainty, fix: r.findings.find((f) => f.id === 'flags-cut')?.fix ?? null }));

test('a FLAGS a pager cut, or that an old systemctl show printed unquoted, leaves pasta inferred and asks for the whole line', () => {
  // /tmp/r95/a06-show-cut-pd-empty.txt (and c5), a07-show-cut-pd-name.txt; a cut FLAGS beside pasta that sets no driver in what is shown.
  const cut = ['--port-driver=', '--port-dri', '--copy-u'].map((end) => `${RK_NEW}\n${show(CUT_PATH, `${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--copy-up=/opt ${end}`)}`);
  for (const paste of cut) {
    expect(sureness(paste), paste).toEqual([0, 1].map(() => ({ verdict: 'fixed', certainty: 'inferred', fix: WHOLE_LINE })));
  }
  // /tmp/r95/a10-show-unquoted-old.txt: a flag after the first word is no assignment of its own. That systemd prints it unquoted again:
  // the note asks for the unit's files (review 99 #6).
  const unquoted = `${RK_NEW}\n${show(CUT_PATH, `${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `${P}FLAGS=--copy-up=/opt --port-driver=builtin`)}`;
  expect(sureness(unquoted)).toEqual([0, 1].map(() => ({ verdict: 'fixed', certainty: 'inferred', fix: 'systemctl --user cat docker' })));
  expect(analyzeWith(zhCn, cut[0]!).findings.find((f) => f.id === 'flags-cut')!.detail).toContain('可能设置了别的驱动或 MTU');
  // Review 98 #4: its guide link explains why a pager cuts the line and what prints it whole (troubleshooting, not the collector).
  expect(analyze(cut[0]!).findings.find((f) => f.id === 'flags-cut')!.docs).toBe('/troubleshooting/#flags-cut');
  // Whole, quoted or a first word in a drop-in: confirmed, as before.
  for (const paste of [`${RK_NEW}\n${show(CUT_PATH, `${P}NET=pasta`, `${P}PORT_DRIVER=implicit`, `"${P}FLAGS=--copy-up=/opt"`)}`, `${RK_NEW}\n${cat('NET=pasta', 'PORT_DRIVER=implicit').replaceAll('"', '')}\nEnvironment=${P}FLAGS=--copy-up=/opt --port-driver=builtin`]) {
    expect(sureness(paste), paste).toEqual([0, 1].map(() => ({ verdict: 'fixed', certainty: 'confirmed', fix: null })));
  }
});

test('an unterminated quote no pager can have cut (a file shown by cat, a short line) sets nothing: systemd rejects the line', () => {
  // /tmp/r96/u1-cat-unterminated.txt: systemd ignored the line, and the daemon runs slirp4netns.
  const u1 = `${RK_NEW}
$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment=${P}FLAGS="--net=pasta --port-driver=implicit
$ journalctl --user -u docker -b | tail -3
Dec 04 10:00:01 host systemd[1234]: /home/alice/.config/systemd/user/docker.service.d/override.conf:2: Invalid syntax, ignoring: ${P}FLAGS="--net=pasta --port-driver=implicit
Dec 04 10:00:02 host dockerd-rootless.sh[1240]: + exec rootlesskit --state-dir=/run/user/1000/dockerd-rootlesskit --net=slirp4netns --mtu=65520 --slirp4netns-sandbox=auto --slirp4netns-seccomp=auto --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh`;
  const r = analyze(u1);
  expect([r.verdict, r.facts.networkDriver, r.facts.portDriver, r.findings.map((f) => f.id)]).toEqual(['not-affected', 'slirp4netns', 'builtin', ['other-network-driver', 'setting-ignored']]);
  const [en, zh] = [r, analyzeWith(zhCn, u1)].map((x) => x.findings.find((f) => f.id === 'setting-ignored')!);
  expect([en!.evidence.map((e) => e.line), en!.detail]).toEqual([[5], expect.stringContaining('line whose quote never closes')]);
  expect(zh!.detail).toContain('systemd 会忽略引号没有闭合的整行 Environment=');
  // Through systemctl cat, shorter than any terminal: the same line sets nothing either; as long as one, the pager may have cut it.
  expect(analyze(unitCat('"--port-driver=bui')).facts.portDriver).toBe('implicit');
  expect(analyze(unitCat('"--copy-up=/opt --copy-up=/srv --port-driver=bui')).facts.portDriver).toBe('builtin');
});
