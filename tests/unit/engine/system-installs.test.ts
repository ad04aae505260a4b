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

// An os-release without its PRETTY_NAME (cut, or only its ID from a grep) names the system by its ID, and a system the checker does not
// know by the first of its ID_LIKE it does, for its package manager only: a derivative may use another init.
const grepped = (keys: string): string => on(keys).replace('$ cat /etc/os-release', "$ grep -E '^(ID|ID_LIKE|VERSION_ID)=' /etc/os-release");

test("Alpine's os-release without PRETTY_NAME, or only its ID: apk installs slirp4netns, and no systemd drop-in", () => {
  for (const text of [on('NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3'), grepped('ID=alpine\nVERSION_ID=3.20.3'), grepped('ID=alpine')]) {
    for (const r of both(text)) {
      expect(r.facts.operatingSystem).toMatch(/^Alpine Linux\b/);
      const fix = fixOf(r, 'workaround-slirp4netns');
      expect(fix).toMatch(/^sudo apk add slirp4netns$/m);
      expect(fix).not.toMatch(/apt-get|systemctl/);
    }
  }
});

test('every system the checker names by its ID: its name, with VERSION_ID where shown, and the install of its package manager', () => {
  // Named as Ubuntu 24.04 is: the AppArmor finding reads it, where pasta is not shown started (here the daemon answers with it).
  expect(analyze(grepped('ID=ubuntu\nVERSION_ID="24.04"')).facts.operatingSystem).toBe('Ubuntu 24.04');
  const setToPasta = "$ grep -E '^(ID|VERSION_ID)=' /etc/os-release\nID=ubuntu\nVERSION_ID=\"24.04\"\n$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment=\"DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\"\n";
  expect(analyze(setToPasta).findings.map((f) => f.id)).toContain('ubuntu-apparmor');
  expect(analyze(grepped('ID=debian\nVERSION_ID="12"')).facts.operatingSystem).toBe('Debian GNU/Linux 12');
  expect(fixOf(analyze(grepped('ID=gentoo')), 'workaround-slirp4netns')).toMatch(/^sudo emerge --ask=n --noreplace app-containers\/slirp4netns$/m);
  expect(fixOf(analyze(grepped('ID="void"')), 'workaround-slirp4netns')).toMatch(/^sudo xbps-install -Sy slirp4netns$/m);
  expect(analyze(grepped('ID=fedora\nVERSION_ID=41')).facts.operatingSystem).toBe('Fedora Linux 41');
});

test("a derivative's ID_LIKE gives its package manager, not its init; a derivative of a system the checker does not know names nothing", () => {
  for (const r of both(on('NAME="postmarketOS"\nID="postmarketos"\nID_LIKE="alpine"\nVERSION_ID="v24.06"'))) {
    expect(r.facts.operatingSystem).toBe('postmarketOS v24.06');
    const fix = fixOf(r, 'workaround-slirp4netns');
    expect(fix).toMatch(/^sudo apk add slirp4netns$/m);
    expect(fix).toContain('systemctl --user');
  }
  expect(analyze(on('NAME="Sample OS"\nID=sample\nID_LIKE=sampleparent\nVERSION_ID=1')).facts.operatingSystem).toBeNull();
});

test("Alpine's ID in a container's shell, a docker exec, a Dockerfile's here-document or a question is not the host's", () => {
  const pastes = [
    "$ docker run -it --rm alpine:3.20 sh\n/ # grep -E '^(ID|VERSION_ID)=' /etc/os-release\nID=alpine\nVERSION_ID=3.20.3\n/ # exit\n",
    '$ docker exec web cat /etc/os-release\nNAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\n',
    'FROM alpine:3.20\nCOPY <<EOT /etc/os-release\nID=alpine\nVERSION_ID=3.20.3\nEOT\n',
    'Does it matter that my image has ID=alpine in its /etc/os-release?\nID=alpine\n',
  ];
  // The ID of the host comes first: a later one read as that of the host would win.
  for (const after of pastes) {
    const r = analyze(grepped('ID=ubuntu\nVERSION_ID="24.04"').replace('$ docker version', `${after}$ docker version`));
    expect(r.facts.operatingSystem, after).toBe('Ubuntu 24.04');
    expect(fixOf(r, 'workaround-slirp4netns'), after).not.toMatch(/apk add/);
  }
});
