import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { main } from '../../../src/cli/netcheck.ts';

const root = join(import.meta.dirname, '../../..');
const fixture = (path: string): string => join(root, 'tests/fixtures', path);
const affected = fixture('synthetic/docker-version-pasta-27.3.1.txt');
const notAffected = fixture('real/docker-version-rootless-27.3.1-ubuntu22.04-ctxdefault-1.txt');

/** Runs the real command with this Node (the pinned one, when tests run through npm). */
function netcheck(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, 'src/cli/netcheck.ts'), ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('parseArgs', () => {
  test.each([
    [[], { json: false, collect: false, help: false, file: null }],
    [['--json', 'x.txt'], { json: true, collect: false, help: false, file: 'x.txt' }],
    [['-'], { json: false, collect: false, help: false, file: '-' }],
    [['--collect', '--json'], { json: true, collect: true, help: false, file: null }],
  ])('%j', (argv, options) => expect(parseArgs(argv)).toEqual(options));
  test.each([[['--bogus']], [['a', 'b']], [['--collect', 'a']]])('%j is bad usage', (argv) => expect(parseArgs(argv)).toHaveProperty('error'));
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
    expect(r.stderr).toContain('cannot read /nonexistent/file.txt: ENOENT');
  });
  test('2 for a directory', () => expect(netcheck([root]).status).toBe(2));
  test('0 for --help', () => {
    const r = netcheck(['--help']);
    expect([r.status, r.stdout.startsWith('Usage: netcheck')]).toEqual([0, true]);
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
    expect(r.stdout).toContain('  Inferred, not seen: port driver implicit; pasta is 2024_10_30.ee7d0b6 or later (see the findings)\n');
    expect(r.stdout).toContain('RootlessKit');
    expect(r.stdout).toMatch(/> line \d+: /);
    expect(r.stdout).toContain('Fix:');
    expect(r.stdout).toContain('More: /remediation/#upgrade');
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

test('main() reports through the given streams', () => {
  const out: string[] = [];
  const err: string[] = [];
  expect(main(['--json', notAffected], (s) => out.push(s), (s) => err.push(s))).toBe(0);
  expect(JSON.parse(out.join('')).verdict).toBe('not-affected');
  expect(err).toEqual([]);
});
