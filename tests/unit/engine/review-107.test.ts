// What the hundred-and-seventh review found in answers to kinds of paste the engine had not seen: an apt pin that the upgrade's fix
// did not get past, a port published on all addresses beside an affected verdict, a missing slirp4netns on Docker 28.5.2, and Homebrew's
// docker formula and docker info's JSON root directory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { analyzeWith } from '../../../src/engine/core.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const finding = (text: string, id: string, lang: 'en' | 'zh-cn' = 'en') => (lang === 'en' ? analyze(text) : analyzeWith(zhCn, text)).findings.find((f) => f.id === id);

describe('an apt pin that holds Docker at the affected release: the upgrade names a version with the fix', () => {
  const pinned = paste('apt-policy-pinned-27.3.1.txt');
  test.each(['en', 'zh-cn'] as const)('the fix installs the first release apt lists for every Docker package at or after 27.5.1, and says the pin holds it (%s)', (lang) => {
    const f = finding(pinned, 'affected', lang)!;
    expect(f.fix).toContain('docker-ce=5:28.0.1-1~ubuntu.24.04~noble docker-ce-cli=5:28.0.1-1~ubuntu.24.04~noble docker-ce-rootless-extras=5:28.0.1-1~ubuntu.24.04~noble');
    expect(f.fix).not.toContain('--only-upgrade');
    expect(f.fix).toContain('Pin: version');
    expect(f.detail).toMatch(lang === 'en' ? /apt pin holds Docker/ : /apt 的固定/);
  });
  test('the pin file alone, with no version listed: the pin is to be raised or removed before the upgrade', () => {
    const fix = finding(pinned.replace(/^\$ apt-cache policy[\s\S]*?(?=\$ cat)/m, ''), 'affected')!.fix!;
    expect(fix).toMatch(/pin of apt holds Docker back: make it name Docker 27\.5\.1 or later/);
    expect(fix).toContain('--only-upgrade');
  });
  test('a candidate equal to the installed version at the repository priority is no pin: the plain upgrade stays', () => {
    const fix = finding(pinned.replace(/ 1001$/gm, ' 500').replace(/^\$ cat \/etc\/apt[\s\S]*?(?=\$ docker version)/m, ''), 'affected')!.fix!;
    expect(fix).not.toContain('pin');
    expect(fix).toContain('--only-upgrade');
  });
});

describe('ports published on all addresses only, beside an affected verdict: those ports are not the ones that reset', () => {
  const allAddresses = paste('ps-published-all-addresses-pasta-2.3.1.txt');
  test.each(['en', 'zh-cn'] as const)('the verdict stays affected, its finding says the ports shown are not affected, and no workaround repeats what they do (%s)', (lang) => {
    const r = lang === 'en' ? analyze(allAddresses) : analyzeWith(zhCn, allAddresses);
    expect(r).toMatchObject({ verdict: 'affected', certainty: 'confirmed' });
    expect(r.findings.find((f) => f.id === 'affected')!.detail).toMatch(lang === 'en' ? /ports shown are published on all addresses, which this leaves alone/ : /端口发布在所有地址上，不受这个问题影响/);
    expect(r.findings.map((f) => f.id)).not.toContain('workaround-nftables');
  });
  test('a port on 127.0.0.1 shown as well: the workaround stays, and the finding says nothing of all addresses', () => {
    const both = allAddresses.replace('   web\n', '   web\n1a2b3c4d5e6f   nginx:alpine   "/docker-entrypoint.…"   3 minutes ago   Up 3 minutes   127.0.0.1:8081->80/tcp   admin\n');
    const r = analyze(both);
    expect(r.findings.map((f) => f.id)).toContain('workaround-nftables');
    expect(r.findings.find((f) => f.id === 'affected')!.detail).not.toContain('all addresses');
  });
});

describe('Docker 28.5.2 and later with slirp4netns shown not installed: pasta is the likely driver', () => {
  const noSlirp = paste('docker-28.5.2-slirp4netns-not-found.txt');
  test.each(['en', 'zh-cn'] as const)("the question for the network driver quotes the shell's answer and pasta's version, and says pasta is likely (%s)", (lang) => {
    const r = lang === 'en' ? analyze(noSlirp) : analyzeWith(zhCn, noSlirp);
    expect(r.verdict).toBe('incomplete');
    const f = r.findings.find((x) => x.id === 'need-network-driver')!;
    expect(f.evidence.map((e) => e.text)).toEqual(['bash: slirp4netns: command not found', 'pasta 0.0~git20250503.587980c-2+deb13u1']);
    expect(f.detail).toMatch(lang === 'en' ? /No slirp4netns was found and pasta is installed \(the lines below\), so pasta is the likely driver/ : /没有找到 slirp4netns，而 pasta 已经安装/);
  });
  test('before 28.5.2, which never picks pasta by itself, the missing slirp4netns says nothing of pasta', () => {
    const f = analyze(noSlirp.replace('28.5.2', '28.5.1')).findings.find((x) => x.id === 'need-network-driver')!;
    expect(f.detail).not.toContain('No slirp4netns was found');
    expect(f.evidence).toEqual([]);
  });
});

describe("Homebrew's docker formula and docker info's JSON root directory", () => {
  test("brew list's docker is Docker's client alone: no Docker Engine, and the Mac's context then says where the daemon is", () => {
    const r = analyze(paste('brew-docker-cli-colima.txt'));
    expect(r.facts).toMatchObject({ dockerServerVersion: null, dockerPackaging: null });
    expect(r.findings.map((f) => f.id)).toContain('docker-desktop');
  });
  test("pacman's docker package after brew's listing is still the Engine", () => {
    expect(analyze(`${paste('brew-docker-cli-colima.txt')}$ pacman -Q docker\ndocker 1:27.4.1-1\n`).facts.dockerServerVersion).toBe('27.4.1');
  });
  test.each(['en', 'zh-cn'] as const)("DockerRootDir in a home counts as rootless, as the text form's Docker Root Dir does (%s)", (lang) => {
    const text = paste('docker-info-json-cut-rootdir.txt');
    const r = lang === 'en' ? analyze(text) : analyzeWith(zhCn, text);
    expect(r.facts.rootless).toBe(true);
    expect(r.findings.find((f) => f.id === 'need-network-driver')!.detail).not.toMatch(lang === 'en' ? /rootful/ : /以 root 运行/);
    expect(analyze(' Server Version: 27.4.1\n Docker Root Dir: /home/bob/.local/share/docker\n').facts.rootless).toBe(r.facts.rootless);
  });
});
