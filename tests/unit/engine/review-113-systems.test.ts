// Review 113 #6 and #9 (e01, e03): the upgrade fits Gentoo's, Alpine's and Void's package managers (and, without systemd, the restart is
// by hand), a package manager's "not installed" for slirp4netns reads as the shell's "command not found" does, and the docker snap's
// data root says its daemon is rootful.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const upgradeFix = (r: Result): string => r.findings.find((f) => f.id === 'affected')!.fix!;

const ARGV = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit /usr/bin/dockerd-rootless.sh';
const GENTOO_EMERGE = 'sudo emerge --sync && sudo emerge --ask=n --oneshot --update app-containers/rootlesskit';

test("Gentoo's, Alpine's and Void's Docker get their own package manager's upgrade, not dpkg, rpm and pacman looked up", () => {
  const cases: [string, string][] = [
    [fixture('gentoo-equery-rootlesskit-2.3.1-pasta.txt'), GENTOO_EMERGE],
    // Gentoo's revisions ("-r1") are no Alpine mark: its category says Gentoo.
    [`$ emerge -pv docker rootlesskit\n[ebuild   R    ] app-containers/docker-27.3.1-r1::gentoo\n[ebuild   R    ] app-containers/rootlesskit-2.3.1::gentoo\n$ ps -o args= -C rootlesskit\n${ARGV}`, GENTOO_EMERGE],
    [fixture('alpine-apk-info-vv-rootlesskit-2.3.1-r5.txt'), 'sudo apk update && sudo apk upgrade rootlesskit'],
    [fixture('void-xbps-query-rootlesskit-2.3.1-pasta.txt'), 'sudo xbps-install -Syu'],
  ];
  for (const [text, command] of cases) {
    for (const r of both(text)) {
      expect(r.verdict, text).toBe('affected');
      expect(upgradeFix(r).split('\n'), text).toContain(command);
      expect(upgradeFix(r), text).not.toContain('dpkg -S');
    }
  }
});

test('on Alpine (OpenRC) and Void (runit), with no systemd, the daemon is restarted by hand, and settings are exported, not put in a systemd drop-in', () => {
  for (const name of ['alpine-apk-info-vv-rootlesskit-2.3.1-r5.txt', 'void-xbps-query-rootlesskit-2.3.1-pasta.txt']) {
    const [en, zh] = both(fixture(name));
    expect(upgradeFix(en!), name).toContain('# stop the running daemon, then run dockerd-rootless.sh again');
    for (const r of [en!, zh!]) {
      expect(upgradeFix(r), name).not.toContain('systemctl');
      const slirp = r.findings.find((f) => f.id === 'workaround-slirp4netns')!.fix!;
      expect(slirp, name).toContain('export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns');
      expect(slirp, name).not.toContain('systemd');
    }
  }
  // Gentoo may run systemd or OpenRC: the user service stays the default there.
  expect(upgradeFix(analyze(fixture('gentoo-equery-rootlesskit-2.3.1-pasta.txt')))).toContain('systemctl --user restart docker');
});

test("a package manager's answer that slirp4netns is not installed makes pasta the likely driver of Docker 28.5.2, as the shell's does", () => {
  const rhel = fixture('rhel10-rpm-q-slirp4netns-not-installed-28.5.2.txt');
  const answers = [
    'package slirp4netns is not installed',
    "dpkg-query: package 'slirp4netns' is not installed and no information is available",
    "error: package 'slirp4netns' was not found",
  ];
  for (const answer of answers) {
    const text = rhel.replace('package slirp4netns is not installed', answer);
    const [en, zh] = both(text);
    for (const r of [en!, zh!]) {
      expect(r.verdict, answer).toBe('incomplete');
      const f = r.findings.find((x) => x.id === 'need-network-driver')!;
      expect(f.evidence.map((e) => e.text), answer).toEqual([answer, 'passt-0^20250512.g8ec1341-1.el10.x86_64']);
    }
    expect(en!.findings[0]!.detail).toContain('No slirp4netns was found and pasta is installed (the lines below), so pasta is the likely driver');
    expect(zh!.findings[0]!.detail).toContain('没有找到 slirp4netns，而 pasta 已经安装');
  }
  // Another package's absence says nothing of slirp4netns.
  const other = analyze(rhel.replace('package slirp4netns is not installed', 'package fuse-overlayfs is not installed'));
  expect(other.findings.find((x) => x.id === 'need-network-driver')!.evidence).toEqual([]);
});

test("the docker snap's data root (its rootful service's) makes the daemon not rootless, inferred, in docker info's text and JSON", () => {
  const json = '{"ServerVersion":"27.2.0","DockerRootDir":"/var/snap/docker/common/var-lib-docker","OperatingSystem":"Ubuntu 24.04.1 LTS"}';
  for (const text of [fixture('docker-snap-info-grep-root-dir.txt'), json]) {
    const [en, zh] = both(text);
    for (const r of [en!, zh!]) {
      expect(r).toMatchObject({ verdict: 'not-rootless', certainty: 'inferred', unseen: ['rootless'] });
      expect(r.findings[0]!.evidence[0]!.text, text).toContain('/var/snap/docker/common/var-lib-docker');
    }
    expect(en!.findings[0]!.title).toBe("The daemon is the docker snap's");
    expect(zh!.findings[0]!.title).toBe('守护进程属于 docker snap');
  }
  // Beside docker info's complete Security Options, the verdict is seen, not inferred.
  const seen = analyze(`Server Version: 27.2.0\nSecurity Options:\n apparmor\n seccomp\n  Profile: builtin\n cgroupns\nDocker Root Dir: /var/snap/docker/common/var-lib-docker`);
  expect(seen).toMatchObject({ verdict: 'not-rootless', certainty: 'confirmed' });
});
