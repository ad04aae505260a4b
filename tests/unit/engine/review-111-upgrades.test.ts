// Review 111 #9, #10 and #12 (c08): the upgrade a fix gives fits the packaging the paste shows (a distribution's package manager, Nix,
// Docker's static install in ~/bin), a stated upgrade is not advised again, and the secondary-loopback fix says what it does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { bundleTable } from '../../../src/engine/data/core/docker.ts';
import type { Result } from '../../../src/engine/types.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const upgradeFix = (r: Result): string => r.findings.find((f) => f.id === 'affected')!.fix!;

const UNIT = 'Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\ncurl: (56) Recv failure: Connection reset by peer';
const rpm = (rows: string): string => `$ rpm -qa | grep -E 'docker|moby|rootlesskit'\n${rows}\n$ systemctl --user cat docker | grep ROOTLESSKIT\n${UNIT}`;

test("a distribution's Docker is upgraded with the package manager its packages or its system name, not only looked up", () => {
  const cases: [string, string][] = [
    [fixture('opensuse-tw-rpm-qa-docker-ce-suffix.txt'), 'sudo zypper update -y rootlesskit'],
    [rpm('moby-engine-27.3.1-1.fc41.x86_64\nrootlesskit-2.3.1-1.fc41.x86_64'), 'sudo dnf upgrade -y rootlesskit'],
    [`$ cat /etc/os-release\nNAME="Arch Linux"\nPRETTY_NAME="Arch Linux"\n$ pacman -Q docker rootlesskit\ndocker 1:27.3.1-1\nrootlesskit 2.3.1-1\n${UNIT}`, 'sudo pacman -Syu --noconfirm'],
    [`$ dpkg -l docker.io rootlesskit | grep ^ii\nii  docker.io  27.3.1-1  amd64  Linux container runtime\nii  rootlesskit  2.3.1-1  amd64  Linux-native fakeroot\n$ cat /etc/os-release | head -1\nPRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\n${UNIT}`, 'sudo apt-get update && sudo apt-get install -y --only-upgrade rootlesskit'],
  ];
  for (const [text, command] of cases) {
    for (const r of both(text)) {
      expect(r.facts.dockerPackaging, text).toBe('distribution');
      expect(upgradeFix(r).split('\n'), text).toContain(command);
      expect(upgradeFix(r), text).not.toContain('dpkg -S');
    }
  }
  // A distribution the paste does not name: the package that provides rootlesskit is looked up, as before.
  for (const r of both(rpm('docker-27.3.1-1.x86_64\nrootlesskit-2.3.1-1.x86_64'))) expect(upgradeFix(r)).toContain('rpm -qf "$(command -v rootlesskit)"');
});

test("Docker from Nix's store is a distribution's build, upgraded with NixOS's channel rather than Docker's apt or dnf packages", () => {
  for (const r of both(fixture('nixos-store-paths-ps.txt'))) {
    expect(r.facts).toMatchObject({ dockerPackaging: 'distribution', dockerServerVersion: '27.3.1' });
    expect(upgradeFix(r).split('\n')).toContain('sudo nixos-rebuild switch --upgrade');
    expect(upgradeFix(r)).not.toMatch(/apt-get|dnf|docker-ce/);
  }
});

test("Docker's static install, shown by ls ~/bin or its daemon run from there, gets the static tarballs over ~/bin, not an echo", () => {
  const PASTA = '$ pgrep -af pasta\n2301 pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --no-map-gw --tcp-ports=auto --udp-ports=auto 2290';
  const texts = [
    fixture('static-install-ls-home-bin.txt'),
    `$ ls -1 ~/bin\ncontainerd\ndockerd\ndockerd-rootless.sh\nrootlesskit\n$ rootlesskit --version\nrootlesskit version 2.3.1\n${PASTA}`,
    `$ $HOME/bin/dockerd --version\nDocker version 27.4.1, build b9d17ea\n$ rootlesskit --version\nrootlesskit version 2.3.1\n${PASTA}`,
  ];
  for (const text of texts) {
    for (const r of both(text)) {
      const fix = upgradeFix(r);
      // The newest release the bundle table knows.
      expect(fix, text).toContain(`VERSION=${bundleTable.rows.at(-1)![1]}`);
      expect(fix, text).toContain('curl -fsSL -o "$tmp/$tarball.tgz" "https://download.docker.com/linux/static/stable/$ARCH/$tarball-$VERSION.tgz"');
      expect(fix, text).toContain('cp -f "$tmp"/bin/* "$HOME/bin/"');
      expect(fix, text).not.toContain("echo '");
    }
  }
});

test('an upgrade the reader says they made (en, zh-cn) is not advised again: the checks of what runs now are', () => {
  const shown = fixture('upgraded-since-note-still-reset.txt');
  const zh = shown.replace(/^.*\n/, '（这是上周的输出，我已经升级到 27.5.1 并重启了，还是一样的错误）\n');
  for (const text of [shown, zh]) {
    for (const r of both(text)) {
      const affected = r.findings.find((f) => f.id === 'affected')!;
      expect(affected.fix, text).not.toMatch(/docker-ce|27\.5\.1 or later|27\.5\.1 或更新|systemctl --user restart/);
      expect(affected.fix, text).toContain('docker version');
      expect(affected.fix, text).toContain('pasta --host-lo-to-ns-lo --version');
      expect(affected.detail, text).toMatch(/27\.5\.1.*2\.3\.2/);
    }
  }
  // A plan is no upgrade made: the upgrade is advised.
  for (const r of both(shown.replace(/^.*\n/, '(I will upgrade to 27.5.1 tomorrow)\n'))) expect(upgradeFix(r)).toContain('docker-ce-rootless-extras');
});

test("a port on 127.0.0.2 gets no command to run where no package manager is known: not an example's container, which may take the reader's port (R151 M3)", () => {
  for (const r of both(fixture('publish-127-0-0-2-fixed-flag.txt'))) {
    const finding = r.findings.find((f) => f.id === 'secondary-loopback')!;
    expect(finding.fix).toBeUndefined();
    expect(finding.detail).toMatch(/127\.0\.0\.1/);
  }
});
