// Alpine, Gentoo and Void: the slirp4netns a workaround installs comes from the system's own package manager, and where the paste shows
// doas (Alpine's usual way to run a command as root) instead of sudo, the fixes' root commands use doas.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const fixOf = (r: Result, id: string): string => r.findings.find((f) => f.id === id)!.fix!;
const allFixes = (r: Result): string => r.findings.map((f) => f.fix ?? '').join('\n');

const ALPINE = readFileSync(join(import.meta.dirname, '../../fixtures/synthetic/alpine-doas-docker-version-pasta-rootlesskit-2.3.1-no-slirp4netns-reset.txt'), 'utf8');

/** A paste from the system `osRelease` names: rootless Docker on pasta with RootlessKit 2.3.1, a reset, and no slirp4netns. */
const on = (osRelease: string): string =>
  `$ cat /etc/os-release\n${osRelease}\n$ docker version\nServer:\n Engine:\n  Version:          27.3.1\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n  PortDriver:       implicit\n$ curl 127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n$ slirp4netns --version\nbash: slirp4netns: command not found\n`;

test("Alpine with doas: slirp4netns installed with apk, through doas, and no sudo in any fix", () => {
  for (const r of both(ALPINE)) {
    expect(fixOf(r, 'workaround-slirp4netns')).toMatch(/^doas apk add slirp4netns$/m);
    expect(fixOf(r, 'workaround-nftables')).toMatch(/^doas nft list table /m);
    expect(allFixes(r)).not.toMatch(/\bsudo\b/);
  }
});

test("Gentoo's and Void's slirp4netns: emerge's category name and xbps-install, not apt's or dnf's branches", () => {
  for (const r of both(on('NAME=Gentoo\nID=gentoo\nPRETTY_NAME="Gentoo Linux"'))) {
    const fix = fixOf(r, 'workaround-slirp4netns');
    expect(fix).toMatch(/^sudo emerge --ask=n --noreplace app-containers\/slirp4netns$/m);
    expect(fix).not.toContain('apt-get');
  }
  for (const r of both(on('NAME="Void"\nID="void"\nPRETTY_NAME="Void Linux"'))) {
    const fix = fixOf(r, 'workaround-slirp4netns');
    expect(fix).toMatch(/^sudo xbps-install -Sy slirp4netns$/m);
    expect(fix).not.toContain('apt-get');
  }
});

test('sudo stays where the paste shows no doas', () => {
  for (const r of both(on('NAME="Alpine Linux"\nID=alpine\nPRETTY_NAME="Alpine Linux v3.21"'))) {
    expect(fixOf(r, 'workaround-slirp4netns')).toMatch(/^sudo apk add slirp4netns$/m);
    expect(allFixes(r)).not.toMatch(/\bdoas\b/);
  }
});
