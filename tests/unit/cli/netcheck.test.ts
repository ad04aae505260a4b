import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { collect } from '../../../src/cli/collect.ts';
import { visible } from '../../../src/cli/format.ts';
import { guideAddress, main } from '../../../src/cli/main.ts';
import { analyze } from '../../../src/engine/index.ts';
import { PS } from '../../../src/engine/commands.ts';
import { programs } from '../../support/programs.ts';
import { tempDir } from '../../support/temp-dir.ts';

const root = join(import.meta.dirname, '../../..');
const fixture = (path: string): string => join(root, 'tests/fixtures', path);
const affected = fixture('synthetic/docker-version-pasta-27.3.1.txt');
const notAffected = fixture('real/docker-version-rootless-27.3.1-ubuntu22.04-ctxdefault-1.txt');

/** Runs the real command with this Node (the pinned one, when tests run through npm), as `npm run` would from `INIT_CWD`. */
function netcheck(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(root, 'src/cli/netcheck.ts'), ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
    cwd: root,
    env: { ...process.env, SITE_URL: '', BASE_PATH: '', LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = (): string => tempDir('netcheck-');

describe('parseArgs', () => {
  test.each([
    [[], { json: false, collect: false, help: false, file: null, lang: null }],
    [['--json', 'x.txt'], { json: true, collect: false, help: false, file: 'x.txt', lang: null }],
    [['-'], { json: false, collect: false, help: false, file: '-', lang: null }],
    [['--collect', '--json'], { json: true, collect: true, help: false, file: null, lang: null }],
    [['--lang', 'ZH-CN', '--', '-x.txt'], { json: false, collect: false, help: false, file: '-x.txt', lang: 'zh-cn' }],
  ])('%j', (argv, options) => expect(parseArgs(argv)).toEqual(options));
  test.each([[['--bogus']], [['a', 'b']], [['--collect', 'a']], [['--lang=fr']], [['--lang']], [['--lang=']], [['--lang', '--json']], [['--', 'a', 'b']]])('%j is bad usage', (argv) => expect(parseArgs(argv)).toHaveProperty('error'));
});

describe('exit status', () => {
  test('1 when affected', () => expect(netcheck([affected]).status).toBe(1));
  test('0 when not affected', () => expect(netcheck([notAffected]).status).toBe(0));
  test('0 when incomplete', () => expect(netcheck([fixture('real/docker-info-rootless-27.3.1-ubuntu24.04-tls-warnings-1.txt')]).status).toBe(0));
  test('2 for an unknown option, with usage on stderr', () => {
    const r = netcheck(['--nope']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option: --nope');
    expect(r.stdout).toBe('');
  });
  test('2 for an unreadable file', () => {
    const r = netcheck(['/nonexistent/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read /nonexistent/file.txt: no such file');
  });
  test('2 for a directory, and for binary data', () => {
    expect(netcheck([root])).toMatchObject({ status: 2, stderr: `netcheck: cannot read ${root}: is a directory\n` });
    const file = join(temp(), 'core');
    writeFileSync(file, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]));
    expect(netcheck([file])).toMatchObject({ status: 2, stderr: expect.stringContaining('not text') });
  });
  test('binary data is told by what it holds: NUL bytes only where there are some', () => {
    const nul = join(temp(), 'nul');
    writeFileSync(nul, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]));
    expect(netcheck([nul]).stderr).toBe(`netcheck: cannot read ${nul}: not text (3 NUL bytes and 1 other control or unassigned character in its first 7 characters; save the output as text)\n`);
    const controls = join(temp(), 'controls');
    writeFileSync(controls, 'ab\u0001\u0002\u0003\u0004');
    expect(netcheck([controls]).stderr).toBe(`netcheck: cannot read ${controls}: not text (4 control or unassigned characters in its first 6 characters; save the output as text)\n`);
  });
  test('a short paste with smart quotes decoded as C1 controls is read, not refused as binary', () => {
    const file = join(temp(), 'mojibake.txt');
    writeFileSync(file, '\u0093curl 127.0.0.1:8080\u0094 \u0096 \u0093Connection reset by peer\u0094\npasta 2025_01_21.4f2c8e7\n');
    const r = netcheck(['--json', file]);
    expect([r.status, r.stderr, JSON.parse(r.stdout).facts.pastaVersion]).toEqual([0, '', '2025_01_21.4f2c8e7']);
  });
  test('2, not 1 ("affected"), when the report cannot be written', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [join(root, 'src/cli/netcheck.ts'), notAffected], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect([r.status, r.stderr]).toEqual([2, expect.stringContaining('ENOSPC')]);
    } finally {
      closeSync(full);
    }
  });
  test("a reader that stops early is no failure: the verdict's status stands", () => {
    const r = spawnSync('bash', ['-c', '"$0" src/cli/netcheck.ts "$1" | true; echo "${PIPESTATUS[0]}"', process.execPath, affected], { cwd: root, encoding: 'utf8' });
    expect([r.stdout, r.stderr]).toEqual(['1\n', '']);
  });
  test('0 for --help', () => {
    const r = netcheck(['--help']);
    expect([r.status, r.stdout.startsWith('Usage: npm run --silent netcheck')]).toEqual([0, true]);
  });
});

describe('--json', () => {
  test('prints exactly verdict, certainty, facts and findings', () => {
    const r = netcheck(['--json', affected]);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['verdict', 'certainty', 'facts', 'findings']);
    expect(out.verdict).toBe('affected');
    expect(out.facts).toMatchObject({
      rootless: true,
      dockerServerVersion: '27.3.1',
      rootlesskitVersion: '2.3.1',
      networkDriver: 'pasta',
      portDriver: 'implicit',
      pastaDate: null,
      hostLoToNsLo: null,
    });
    for (const f of out.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'severity', 'title', 'detail', 'evidence', 'docs']));
  });
  test('versions are strings as printed', () => {
    const out = JSON.parse(netcheck(['--json', '-'], ' rootlesskit:\n  Version:          2.3.1+dev\n  NetworkDriver:    pasta\npasta 2025_01_21.4f2c8e7-2-gdd6a685').stdout);
    expect(out.facts).toMatchObject({ rootlesskitVersion: '2.3.1+dev', pastaDate: '2025-01-21' });
    const rc = JSON.parse(netcheck(['--json'], 'Server:\n Engine:\n  Version:          28.0.0-rc.1\n rootlesskit:\n  Version: dev').stdout);
    expect(rc.facts).toMatchObject({ dockerServerVersion: '28.0.0-rc.1', rootlesskitVersion: 'dev' });
  });
});

describe('standard input', () => {
  test('read with "-" and by default', () => {
    const text = readFileSync(affected, 'utf8');
    expect(netcheck(['-'], text).status).toBe(1);
    expect(netcheck([], text).status).toBe(1);
  });
  test('human output: headline, facts with lines, findings with evidence and fix', () => {
    const r = netcheck([], readFileSync(affected, 'utf8'));
    expect(r.stdout).toMatch(/^Verdict: AFFECTED \(inferred\)/);
    // The certainty names what was inferred, as the widget and the Markdown export do.
    expect(r.stdout).toContain('  Inferred, not seen: pasta is 2024_10_30.ee7d0b6 or later (see the findings)\n');
    expect(r.stdout).toContain('RootlessKit');
    // Values as the widget shows them: words for flags, versions unquoted.
    expect(r.stdout).toMatch(/Rootless daemon +yes +\(line \d+\)/);
    expect(r.stdout).toMatch(/RootlessKit +2\.3\.1 +\(line \d+\)/);
    expect(r.stdout).toMatch(/> line \d+: /);
    expect(r.stdout).toContain('\n    Commands:\n');
    expect(r.stdout).toContain('Explained in the guide: https://rootless-networking.example.org/remediation/#upgrade');
  });
  test("a daemon that does not start is said under the headline, and the problem that stops it comes first", () => {
    const r = netcheck([fixture('synthetic/journal-rootlesskit-3.0.2-port-driver-pesto-unknown.txt')]);
    expect(r.stdout).toMatch(/^Verdict: FIXED \(confirmed\)\n.*\n  Confirmed by what you pasted\n  Docker's daemon cannot run like this: see "This RootlessKit predates pesto \(3\.1\.0\)" below\.\n/);
    expect(r.stdout.match(/^  \[\w+\] .*$/gm)!.slice(0, 2)).toEqual(['  [Note] RootlessKit 3.0.2 passes --host-lo-to-ns-lo', '  [Problem] This RootlessKit predates pesto (3.1.0)']);
    expect(netcheck([affected]).stdout).not.toContain('does not start');
  });
  test('an undecided verdict whose daemon cannot start says that first, as the widget does (RS 4)', () => {
    const r = netcheck([fixture('real/error-journal-rootlesskit-pasta-autoscan-29.5.0-arch-1.txt')]);
    expect(r.stdout).toMatch(
      /^Verdict: INCOMPLETE\n  Docker's daemon cannot start as set up: the fix below comes first\n  See "passt \S+ stops the daemon from starting" below\. Not enough to decide yet whether ports published on a loopback address reset connections\.\n\n/,
    );
    expect(r.stdout).not.toContain('Not enough to decide yet\n');
  });

  test('a command the catalogue marks as code prints as typed, without its marks (review 108 #7)', () => {
    const r = netcheck([fixture('wild/onyx6338-rootlesskit-portmanager-addport-privileged-port-80-error.txt')]);
    expect(r.stdout).toContain(', then sudo sysctl --system');
    expect(r.stdout).not.toContain('`');
  });

  test('the guide links follow SITE_URL and BASE_PATH, as the build does', () => {
    expect(guideAddress({ SITE_URL: 'https://docs.example.com/', BASE_PATH: '/kb/' })).toBe('https://docs.example.com/kb/');
    expect(guideAddress({ BASE_PATH: 'kb' })).toBe('https://rootless-networking.example.org/kb/');
    expect(() => guideAddress({ SITE_URL: 'notaurl' })).toThrow('SITE_URL must be an absolute URL such as https://docs.example.com (it is "notaurl")');
    // The build's canonical URLs ignore a path in SITE_URL; so do the links (they used to say /kb/kb/).
    expect(guideAddress({ SITE_URL: 'https://intranet.example.com/kb', BASE_PATH: '/kb/' }, 'zh-cn')).toBe('https://intranet.example.com/kb/zh-cn/');
    expect(netcheck([affected], undefined, { SITE_URL: 'https://wiki.example.com', BASE_PATH: '/kb/' }).stdout).toContain('guide: https://wiki.example.com/kb/remediation/#');
  });
  test('every fix prints flush left and whole, so that a copied here-document still ends at its EOF', () => {
    const text = readFileSync(fixture('synthetic/docker-version-pasta-27.3.1.txt'), 'utf8');
    const fixes = analyze(text).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.some((f) => f.includes("<<'EOF'") || f.includes('<<EOF'))).toBe(true);
    const out = netcheck([], text).stdout;
    for (const fix of fixes) expect(out).toContain(`\n${fix}\n`);
  });
  test("a fact's lines are listed in the paste's order", () => {
    const input = 'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"';
    const r = { ...netcheck([], input), input };
    expect(r.stdout).toMatch(/Rootless daemon +yes \(line 1, line 2\)/);
    expect(netcheck(['--lang=zh-cn'], r.input).stdout).toMatch(/rootless 守护进程 +是（第 1 行、第 2 行）/);
  });
  test('a relative FILE is read from the directory npm was run in (INIT_CWD), not the project root', () => {
    const r = netcheck(['docker-version-pasta-27.3.1.txt'], undefined, { INIT_CWD: fixture('synthetic') });
    expect(r.status).toBe(1);
  });
  test("output saved by Windows PowerShell's '>' (UTF-16 with a byte-order mark) reads as the text it holds", () => {
    const file = join(temp(), 'docker-version.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(affected, 'utf8'), 'utf16le')]));
    expect(netcheck([file]).status).toBe(1);
  });
  test('in Chinese with --lang=zh-cn or a Chinese locale: the catalogue, the words around it, columns that line up, links to the Chinese pages', () => {
    for (const r of [netcheck(['--lang=zh-cn', affected]), netcheck([affected], undefined, { LANG: 'zh_CN.UTF-8' })]) {
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^结论：AFFECTED \(inferred\)\n/);
      expect(r.stdout).toContain('诊断详情');
      expect(r.stdout).toContain('指南中的解释：https://rootless-networking.example.org/zh-cn/remediation/#upgrade');
      expect(r.stdout).toMatch(/rootless 守护进程 +是（第 \d+ 行(?:、第 \d+ 行)*）/);
      // Each value starts in the same terminal column, a Chinese character taking two.
      const rows = r.stdout.split('\n\n')[1]!.split('\n').slice(1);
      const column = (row: string): number => {
        const [gap, label] = /^ {2}(.+?) {2,}/.exec(row)!;
        return gap.length + (label!.match(/[\u4e00-\u9fff]/g)?.length ?? 0);
      };
      expect(new Set(rows.map(column)).size).toBe(1);
    }
    expect(netcheck([affected], undefined, { LANG: 'de_DE.UTF-8' }).stdout).toMatch(/^Verdict: /);
  });
  test('control characters from the paste cannot act on the terminal', () => {
    expect(visible('title\x1b]0;PWNED\x07 x\b\by\x7f\x9b')).toBe('title^[]0;PWNED^G x^H^Hy^?M-^[');
    const out = netcheck([], `${readFileSync(affected, 'utf8')}\ncurl: (56) Recv failure: Connection reset by peer\x07\x08\x1b]0;PWNED`).stdout;
    expect(out).toContain('Connection reset by peer');
    expect(out).not.toMatch(/[\0-\x09\x0b-\x1f\x7f-\x9f]/);
  });
});

test('every real fixture runs', () => {
  for (const f of ['docker-info-rootful-29.7.2-dockerdesktop-act-logprefixed-1.txt', 'podman-info-4.7.0-fedora39-pasta-slirp4netns-1.txt']) {
    expect(netcheck(['--json', fixture(`real/${f}`)]).status).toBe(0);
  }
});

test('--collect runs the commands here and checks what they printed', { timeout: 120_000 }, () => {
  const r = netcheck(['--collect', '--json']);
  expect(r.status).toBe(0);
  expect(r.stderr).toContain('Ran:');
  expect(r.stderr).toContain('docker version');
  expect(JSON.parse(r.stdout).verdict).toBeTypeOf('string');
});

describe('--collect with the commands of a machine', () => {
  const dockerVersion = readFileSync(affected, 'utf8').replace(/'/g, '');

  test("a probe that does not answer in time says nothing about the flag: the machine's own versions decide", async () => {
    programs({ docker: `[ "$1" = version ] && printf '%s\\n' '${dockerVersion.split('\n').join("' '")}'`, pasta: 'case "$1" in --version) echo "pasta 2025_01_21.4f2c8e7";; *) exec sleep 5;; esac' });
    const started = Date.now();
    const { transcript, ran } = await collect(300);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(ran.find((r) => r.command === 'pasta --host-lo-to-ns-lo --version')?.outcome).toBe('timed out after 300 ms, killed');
    expect(transcript).not.toContain('host-lo-to-ns-lo probe');
    expect(analyze(transcript)).toMatchObject({ verdict: 'affected', facts: { hostLoToNsLo: null } });
  });
  test('a probe that answers is written with its status', async () => {
    programs({ pasta: 'case "$1" in --version) echo "pasta 2025_01_21.4f2c8e7";; *) exit 1;; esac' });
    expect((await collect(2000)).transcript).toContain('host-lo-to-ns-lo probe: 1');
  });
  test("what the machine printed is not called a paste, and line numbers of output nobody saw are not shown", () => {
    const slirp = readFileSync(notAffected, 'utf8');
    programs({ docker: `[ "$1" = version ] && printf '%s\\n' '${slirp.split('\n').join("' '")}'` });
    const r = netcheck(['--collect'], undefined, { PATH: process.env.PATH! });
    expect(r.stdout).toContain('Verdict: NOT-AFFECTED (confirmed)\n  Not affected\n  Confirmed by this machine\'s own output\n');
    expect(r.stdout).not.toContain('pasted');
    expect(r.stdout).toMatch(/Network driver +slirp4netns\n/);
    expect(r.stdout).toMatch(/\n    > NetworkDriver: +slirp4netns\n/);
    expect(r.stdout).not.toMatch(/line \d/);
    const zh = netcheck(['--collect', '--lang=zh-cn'], undefined, { PATH: process.env.PATH! }).stdout;
    expect(zh).toContain('由本机命令的输出直接确认');
    expect(zh).not.toContain('粘贴');
  });
  // Audit 5: pasta missing was left out of the transcript, so --collect said "incomplete" where the guide's collector says why.
  test('a command that is not installed is written as the shell answers it, and every command as it can be run again', async () => {
    programs({ docker: 'echo "Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?" >&2; exit 1' });
    process.env.PATH = process.env.PATH!.split(':')[0]!;
    const { transcript, ran } = await collect(2000);
    expect(transcript).toContain('$ pasta --version\npasta: command not found\n');
    expect(analyze(transcript)).toMatchObject({ verdict: 'not-affected', facts: { pastaInstalled: false } });
    expect(ran.map((r) => r.command)).toContain(PS);
  });
  test('a command that ignores SIGTERM is killed at the timeout', async () => {
    programs({ docker: "trap '' TERM; exec sleep 10" });
    const started = Date.now();
    const { ran } = await collect(300);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(ran.filter((r) => r.command.startsWith('docker ')).map((r) => r.outcome)).toEqual(['timed out after 300 ms, killed', 'timed out after 300 ms, killed']);
  });
});

test('main() reports through the given streams', async () => {
  const out: string[] = [];
  const err: string[] = [];
  expect(await main(['--json', notAffected], (s) => out.push(s), (s) => err.push(s))).toBe(0);
  expect(JSON.parse(out.join('')).verdict).toBe('not-affected');
  expect(err).toEqual([]);
});
