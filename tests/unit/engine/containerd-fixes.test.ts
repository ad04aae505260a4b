// Review 113 #4: rootless containerd (nerdctl) has the same problem as rootless Docker, but its fixes act on containerd's user service,
// the variables containerd-rootless.sh reads, and checks without docker; a paste that shows Docker's rootless daemon keeps Docker's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith, decodeShare, decodeSignals, en, encodeShare } from '../../../src/engine/index.ts';
import { topSentence } from '../../../src/engine/report-top.ts';
import { headline, stoppedLine } from '../../../src/islands/checker/finding-groups.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const fixOf = (r: Result, id: string): string => r.findings.find((f) => f.id === id)!.fix!;
const allFixes = (r: Result): string => r.findings.map((f) => f.fix ?? '').join('\n');

const STATUS = 'nerdctl-containerd-rootless-status-pasta-rootlesskit-2.3.2-installed-reset.txt';
const PGREP = 'nerdctl-containerd-rootless-pgrep-pasta-rootlesskit-2.3.1-reset.txt';

test('rootless containerd shown by its RootlessKit: containerd restarted and its running RootlessKit checked, not Docker', () => {
  for (const r of both(fixture(STATUS))) {
    expect(r.verdict).toBe('affected');
    const fix = fixOf(r, 'affected');
    expect(fix).toMatch(/^systemctl --user restart containerd$/m);
    expect(fix).toContain('/exe" --version');
    expect(allFixes(r)).not.toMatch(/\bdocker\b|DOCKERD_/);
  }
});

test("rootless containerd's slirp4netns workaround: containerd-rootless.sh's variables in containerd's drop-in", () => {
  for (const r of both(fixture(PGREP))) {
    const fix = fixOf(r, 'workaround-slirp4netns');
    expect(fix).toContain('mkdir -p ~/.config/systemd/user/containerd.service.d');
    expect(fix).toContain('Environment="CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"');
    expect(fix).toContain('Environment="CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"');
    expect(fix).toMatch(/^systemctl --user daemon-reload && systemctl --user restart containerd$/m);
    expect(fixOf(r, 'workaround-nftables')).toContain('nerdctl run -d -p 0.0.0.0:8080:80');
  }
});

test("rootless containerd's old RootlessKit: the upgrade is of the rootlesskit installed (nerdctl-full bundles it), not Docker's packages", () => {
  for (const r of both(fixture(PGREP))) {
    const fix = fixOf(r, 'affected');
    expect(fix).toContain('nerdctl-full');
    expect(fix).toContain('dpkg -S "$(command -v rootlesskit)"');
    expect(fix).not.toContain('docker-ce');
    expect(allFixes(r)).not.toMatch(/\bdocker\b|DOCKERD_/);
  }
});

test("nerdctl typed with nothing else shown: the network driver is asked of containerd's RootlessKit and unit", () => {
  for (const r of both('$ nerdctl run -d -p 127.0.0.1:8080:80 nginx\n$ curl 127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n')) {
    const fix = fixOf(r, 'need-network-driver');
    expect(fix).toContain('pgrep -a -u "$(id -u)" -x rootlesskit');
    expect(fix).toContain('systemctl --user status containerd');
    expect(fix).not.toContain('docker');
  }
});

test("Docker's rootless daemon shown beside nerdctl: the fixes stay Docker's", () => {
  const text = `${fixture('docker-version-pasta-27.3.1.txt')}\n$ nerdctl ps\n`;
  for (const r of both(text)) {
    expect(fixOf(r, 'affected')).toMatch(/^systemctl --user restart docker$/m);
    expect(fixOf(r, 'workaround-slirp4netns')).toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns');
  }
});

test("rootless containerd without RootlessKit: the distribution's rootlesskit package and containerd's restart, no Docker package", () => {
  for (const r of both(fixture('nerdctl-containerd-rootless-status-exec-rootlesskit-not-found.txt'))) {
    const fix = fixOf(r, 'rootlesskit-missing');
    expect(fix).toContain('sudo apt-get install -y rootlesskit');
    expect(fix).toMatch(/^systemctl --user restart containerd$/m);
    expect(allFixes(r)).not.toMatch(/docker-ce|dockerd|systemctl --user restart docker/);
  }
});

test("rootless containerd's journal lines: the log asked of containerd's unit, not docker's", () => {
  for (const r of both(fixture('nerdctl-containerd-rootless-journal-pasta-failed.txt'))) {
    expect(fixOf(r, 'pasta-start-failed')).toBe("journalctl --user -u containerd --no-pager -n 50 | grep -A 4 -F 'pasta failed'");
  }
  const exited = 'Dec 04 11:02:40 nuc containerd-rootless.sh[5503]: [rootlesskit:parent] error: child exited: exit status 1\n';
  for (const r of both(exited)) {
    const finding = r.findings.find((f) => f.id === 'rootlesskit-failed')!;
    expect(finding.fix).toBe('journalctl --user -u containerd --no-pager -n 50');
    expect(finding.detail).toContain('containerd-rootless.sh');
    expect(finding.detail).not.toContain('dockerd');
  }
});

test('rootless containerd without systemd: containerd-rootless.sh started by hand, not dockerd-rootless.sh', () => {
  for (const r of both(fixture('nerdctl-containerd-rootless-wsl-no-systemd.txt'))) {
    const fix = fixOf(r, 'no-systemd');
    expect(fix).toMatch(/^nohup containerd-rootless\.sh >"\$HOME\/\.containerd\/containerd\.log" 2>&1 &$/m);
    expect(fix).not.toMatch(/dockerd|DOCKER_HOST/);
  }
});

test("rootless containerd started by hand (Alpine, no systemd): its script again, containerd-rootless.sh's variables exported, no docker", () => {
  for (const r of both(fixture('alpine-nerdctl-containerd-rootless-by-hand-pasta-rootlesskit-2.3.1-reset.txt'))) {
    expect(fixOf(r, 'affected')).toContain('containerd-rootless.sh');
    const workaround = r.findings.find((f) => f.id === 'workaround-slirp4netns')!;
    expect(workaround.fix).toMatch(/^export CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns$/m);
    expect(workaround.detail).toContain('containerd-rootless.sh');
    expect(`${allFixes(r)}\n${workaround.detail}`).not.toMatch(/\bdocker\b|dockerd|DOCKERD_|systemctl/);
  }
});

// Review C1: containerd-rootless.sh's own variables (CONTAINERD_ROOTLESS_ROOTLESSKIT_*) are read as rootless Docker's are, and its setup
// tool's failures (RootlessKit missing, no systemd) get containerd's fixes.
const EXPORTED = 'alpine-nerdctl-containerd-rootless-exports-pasta-rootlesskit-2.3.1-reset.txt';

test("rootless containerd's settings exported, its script started from that shell: read, and the fixes change the exports there", () => {
  for (const r of both(fixture(EXPORTED))) {
    expect(r.evidence.networkDriver?.map((e) => e.line)).toContain(3);
    expect(r.evidence.portDriver?.map((e) => e.line)).toContain(4);
    const workaround = r.findings.find((f) => f.id === 'workaround-slirp4netns')!;
    expect(workaround.fix).toMatch(/^export CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns$/m);
    expect(workaround.detail).toContain('containerd-rootless.sh');
    expect(workaround.detail).not.toMatch(/none exported|没有导出/);
    expect(`${allFixes(r)}\n${workaround.detail}`).not.toMatch(/dockerd|DOCKERD_|systemctl/);
  }
});

test("rootless containerd's settings in a shell or in its drop-in: its drivers, and the step asks which RootlessKit containerd runs", () => {
  const shell = '$ export CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n$ export CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n$ nerdctl run -d -p 127.0.0.1:8080:80 nginx\n$ curl 127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n';
  for (const text of [shell, fixture('nerdctl-containerd-rootless-systemctl-cat-drop-in-pasta-reset.txt')]) {
    for (const r of both(text)) {
      expect([r.facts.networkDriver, r.facts.portDriver, r.facts.rootless]).toEqual(['pasta', 'implicit', null]);
      expect(r.findings.map((f) => f.id)).not.toContain('setting-not-applied');
      const step = fixOf(r, 'need-rootlesskit-version');
      expect(step).toContain('/exe" --version');
      expect(step).not.toContain('docker');
    }
  }
});

test("rootless containerd's settings beside Docker's rootless daemon: another engine's, which set none of Docker's facts", () => {
  const docker = "$ docker info --format '{{.ServerVersion}} {{.SecurityOptions}}'\n27.3.1 [name=seccomp,profile=builtin name=rootless name=cgroupns]\n";
  for (const set of ['$ export CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n', 'Environment=CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n']) {
    for (const r of both(`${docker}${set}$ nerdctl ps\n`)) {
      expect([r.verdict, r.facts.rootless, r.facts.networkDriver]).toEqual(['incomplete', true, null]);
      expect(fixOf(r, 'need-network-driver')).toContain('docker version');
      expect(allFixes(r)).not.toContain('CONTAINERD_');
    }
  }
});

test("rootless containerd's names in Docker's own unit (its drop-in, systemctl show docker): read by neither script, so no driver", () => {
  const reset = '$ docker run -d -p 127.0.0.1:8080:80 nginx\n$ curl 127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n';
  const shown = [
    '$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"\n',
    '$ systemctl --user show docker -p Environment\nEnvironment=CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n',
  ];
  for (const unit of shown) {
    for (const r of both(`${unit}${reset}`)) {
      expect([r.verdict, r.facts.networkDriver]).toEqual(['incomplete', null]);
      expect(allFixes(r)).not.toContain('containerd');
    }
  }
  // The same names in containerd's own drop-in are its settings.
  const own = shown[0]!.replace('docker.service.d', 'containerd.service.d').replace('$ docker run', '$ nerdctl run');
  expect(analyze(`${own}$ nerdctl run -d -p 127.0.0.1:8080:80 nginx\n`).facts.networkDriver).toBe('slirp4netns');
});

test("containerd-rootless-setuptool.sh without RootlessKit (dash's or bash's words): the distribution's package, then the setup again", () => {
  for (const name of ['nerdctl-containerd-rootless-setuptool-install-rootlesskit-not-found.txt', 'nerdctl-containerd-rootless-setuptool-install-rootlesskit-command-not-found-bash.txt']) {
    for (const r of both(fixture(name))) {
      expect(r.findings.map((f) => f.id)).toEqual(['rootlesskit-missing']);
      const finding = r.findings[0]!;
      expect(finding.title).toContain('containerd-rootless-setuptool.sh');
      expect(finding.fix).toContain('sudo apt-get install -y rootlesskit');
      expect(finding.fix).toMatch(/\ncontainerd-rootless-setuptool\.sh install$/);
      expect(finding.fix).not.toMatch(/docker|systemctl/);
    }
  }
  // The same words from Docker's setup tool stay Docker's.
  const docker = analyze('/usr/bin/dockerd-rootless-setuptool.sh: 290: rootlesskit: not found\n');
  expect(allFixes(docker)).not.toContain('containerd-rootless-setuptool.sh');
});

test("containerd-rootless-setuptool.sh's Needs systemd alone: containerd-rootless.sh started by hand, said in the detail too", () => {
  for (const r of both(fixture('nerdctl-containerd-rootless-setuptool-needs-systemd.txt'))) {
    const finding = r.findings.find((f) => f.id === 'no-systemd')!;
    expect(finding.fix).toMatch(/^nohup containerd-rootless\.sh /m);
    expect(finding.detail).toContain('containerd-rootless.sh');
    expect(`${finding.fix}\n${finding.detail}`).not.toMatch(/dockerd|DOCKER_HOST/);
  }
});

// Review C4: rootless containerd beside rootless Docker, each with its own words.
test("containerd-rootless-setuptool.sh without RootlessKit beside Docker's rootless daemon: containerd's fix, and Docker's daemon not stopped", () => {
  const text = fixture('docker-info-28.0.1-rootless-then-containerd-rootless-setuptool-rootlesskit-command-not-found.txt');
  const lines = text.split('\n');
  // The setup tool's lines before docker info too: Docker's daemon running after them overcomes nothing of containerd's.
  const before = [...lines.slice(-5, -1), ...lines.slice(0, -5)].join('\n');
  for (const paste of [text, before]) {
    for (const r of both(paste)) {
      expect([r.verdict, r.stops, r.findings.map((f) => f.id)]).toEqual(['incomplete', 0, ['need-network-driver', 'rootlesskit-missing']]);
      const finding = r.findings[1]!;
      expect(finding.title).toContain('containerd-rootless-setuptool.sh');
      expect(finding.fix).toMatch(/\ncontainerd-rootless-setuptool\.sh install$/);
      expect(finding.fix).not.toMatch(/docker|systemctl/);
    }
  }
  // Beside a rootful daemon of Docker, or a client that found none, nothing runs rootless beside: the setup tool's failure comes first.
  const failed = lines.slice(-5, -1).join('\n');
  const rootful = `$ sudo docker info | grep -E 'Server Version|Docker Root Dir|rootless'\n Server Version: 28.0.1\n Docker Root Dir: /var/lib/docker\n${failed}\n`;
  const unanswered = `$ docker version\nClient: Docker Engine - Community\n Version:           28.0.1\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?\n${failed}\n`;
  for (const paste of [rootful, unanswered]) expect([analyze(paste).stops, analyze(paste).findings[0]!.title], paste).toEqual([1, 'RootlessKit is not installed, so containerd-rootless-setuptool.sh stops']);
  // The setup tool run again to its end after RootlessKit was installed: what it found missing is dealt with (review 117).
  const again = `${failed}\n$ sudo apt install rootlesskit\n$ containerd-rootless-setuptool.sh install\n[INFO] Checking RootlessKit functionality\n[INFO] Checking cgroup v2\n[INFO] Installed "containerd.service" successfully.\n`;
  expect(analyze(`${again}${lines.slice(0, -5).join('\n')}\n`).findings.map((f) => f.id)).toEqual(['need-network-driver']);
  expect(analyze(again).findings.map((f) => f.id)).not.toContain('rootlesskit-missing');
  expect(analyze(again).findings.map((f) => f.id)).not.toContain('rootlesskit-failed');
  // Not where it failed after its last success.
  expect(analyze(`$ containerd-rootless-setuptool.sh install\n[INFO] Installed "containerd.service" successfully.\n${failed}\n`).stops).toBe(1);
  // Docker's own script failing beside its daemon shown still stops it, in Docker's words.
  const docker = analyze(`${lines.slice(0, -5).join('\n')}\n$ dockerd-rootless.sh\nrootlesskit needs to be installed\n`);
  expect([docker.stops, docker.findings[0]!.id, docker.findings[0]!.title]).toEqual([1, 'rootlesskit-missing', 'RootlessKit is not installed, so dockerd-rootless.sh stops']);
});

test("pasta's option in CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS (drop-in or exports): refused as in Docker's, in containerd's words and fix", () => {
  const exported = '$ export CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n$ export CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS=--host-lo-to-ns-lo\n$ containerd-rootless.sh\n';
  for (const text of [fixture('nerdctl-containerd-rootless-systemctl-cat-drop-in-flags-host-lo-to-ns-lo-mtu.txt'), exported]) {
    for (const r of both(text)) {
      const finding = r.findings.find((f) => f.id === 'flags-pasta-option')!;
      expect(finding.title).toContain('CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS');
      expect(finding.detail).toMatch(/containerd (?:does not start|因此无法启动)/);
      expect(`${finding.title}\n${finding.detail}\n${finding.fix}`).not.toMatch(/dockerd|DOCKERD_|restart docker/);
    }
  }
  // The other flags kept, in containerd's drop-in, and containerd restarted.
  const fix = fixOf(analyze(fixture('nerdctl-containerd-rootless-systemctl-cat-drop-in-flags-host-lo-to-ns-lo-mtu.txt')), 'flags-pasta-option');
  expect(fix).toContain('mkdir -p ~/.config/systemd/user/containerd.service.d');
  expect(fix).toContain('Environment="CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS=--mtu=65520"');
  expect(fix).toMatch(/^systemctl --user daemon-reload && systemctl --user restart containerd$/m);
  expect(fixOf(analyze(exported), 'flags-pasta-option')).toBe('unset CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS');
  // Not in Docker's drop-in (no script reads it there), nor commented out, nor beside Docker's rootless daemon (another engine's).
  const docker = "$ docker info --format '{{.ServerVersion}} {{.SecurityOptions}}'\n27.3.1 [name=seccomp,profile=builtin name=rootless name=cgroupns]\n";
  for (const text of [
    '$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS=--host-lo-to-ns-lo"\n',
    '$ cat ~/.config/systemd/user/containerd.service.d/override.conf\n[Service]\n#Environment="CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS=--host-lo-to-ns-lo"\n$ nerdctl ps\n',
    `${docker}$ export CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS=--host-lo-to-ns-lo\n$ nerdctl ps\n`,
  ]) {
    expect(analyze(text).findings.map((f) => f.id)).not.toContain('flags-pasta-option');
  }
});

test("what stops rootless containerd, shown alone, is said of it under the verdict; Docker's daemon shown keeps its name; the note pasted back is the report's", () => {
  const setup = fixture('nerdctl-containerd-rootless-setuptool-install-rootlesskit-not-found.txt');
  const flags = fixture('nerdctl-containerd-rootless-systemctl-cat-drop-in-flags-host-lo-to-ns-lo-mtu.txt');
  for (const text of [setup, flags]) {
    const [r, zh] = both(text);
    // Nothing decided: the headline names the daemon, and the note under it the problem.
    expect([headline(r!, en), stoppedLine(r!, en)]).toEqual([
      'Rootless containerd cannot start as set up: the fix below comes first',
      `See "${r!.findings[0]!.title}" below. Not enough to decide yet whether ports published on a loopback address reset connections.`,
    ]);
    expect([headline(zh!, zhCn), stoppedLine(zh!, zhCn)]).toEqual([
      'rootless containerd 守护进程按现在的设置无法启动：先做下面的修复',
      `见下面的“${zh!.findings[0]!.title}”。发布在回环地址上的端口连接会不会被重置，信息还不够，暂时无法判断。`,
    ]);
  }
  // Docker's daemon shown stopped beside nerdctl: Docker's.
  const docker = analyze("$ docker info --format '{{.ServerVersion}} {{.SecurityOptions}}'\n27.3.1 [name=seccomp,profile=builtin name=rootless name=cgroupns]\n$ nerdctl ps\nrootlesskit needs to be installed\n");
  expect(headline(docker, en)).toBe("Docker's daemon cannot start as set up: the fix below comes first");
  // The note pasted back with the top of the report of netcheck: one of its sentences, and the user's section under it still read.
  for (const [r, messages] of [[analyze(flags), en], [analyzeWith(zhCn, flags), zhCn]] as const) {
    const [title, note] = [headline(r, messages), stoppedLine(r, messages)!];
    expect([topSentence(title), topSentence(note)]).toEqual([true, true]);
    const top = `Verdict: INCOMPLETE\n  ${title}\n  ${note}\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n  PortDriver:       builtin\n`;
    const back = analyze(top);
    expect([back.facts.rootlesskitVersion, back.facts.portDriver]).toEqual(['2.3.1', 'builtin']);
    expect(back.findings.flatMap((f) => f.evidence.map((e) => e.line)).filter((n) => n === 2 || n === 3)).toEqual([]);
  }
});

test("rootless containerd shown with nothing else (its setup tool run to its end, nerdctl typed, its script's log): containerd's settings asked, not docker version", () => {
  const alone = ['nerdctl-containerd-rootless-setuptool-install-success-alone.txt', 'nerdctl-containerd-rootless-setuptool-installed-tail-alone.txt', 'nerdctl-images-typed-alone.txt', 'nerdctl-containerd-rootless-journal-started-alone.txt'];
  for (const name of alone) {
    for (const r of both(fixture(name))) {
      expect([name, r.verdict, r.findings[0]?.id]).toEqual([name, 'incomplete', 'need-network-driver']);
      const fix = fixOf(r, 'need-network-driver');
      expect(fix.split('\n')[0]).toBe('systemctl --user show containerd --property=Environment --no-pager');
      expect(fix).toContain('pgrep -a -u "$(id -u)" -x rootlesskit');
      expect(fix).toMatch(/^rootlesskit --version$/m);
      expect(fix).not.toContain('docker');
      expect(r.findings[0]!.detail).toContain('CONTAINERD_ROOTLESS_ROOTLESSKIT_NET');
      expect(r.findings[0]!.detail).toContain('CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER');
    }
  }
  // What each answer means, as the rules decide it: NET unset never runs pasta; pasta with the builtin of the script stops containerd.
  const detail = analyze(fixture(alone[0]!)).findings[0]!.detail;
  expect(detail).toContain('With NET unset, the script picks slirp4netns, or vpnkit where it is missing, never pasta: not affected.');
  expect(detail).toContain('With NET=pasta and PORT_DRIVER unset, it passes builtin: RootlessKit refuses builtin with pasta, so containerd does not start.');
  expect(detail).toContain('With NET=pasta and PORT_DRIVER=implicit, as for pasta seen running');
  expect(analyzeWith(zhCn, fixture(alone[0]!)).findings[0]!.detail).toContain('containerd 无法启动');
});

test("the command containerd's step gives is read back: its answer decides as the step says (pasta alone stops containerd; with implicit, RootlessKit's version is next)", () => {
  const command = fixOf(analyze(fixture('nerdctl-images-typed-alone.txt')), 'need-network-driver').split('\n')[0];
  expect(command).toContain('containerd');
  const answer = (environment: string): Result => analyze(`$ nerdctl images\n$ ${command}\nEnvironment=${environment}\n`);
  const alone = answer('CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta');
  expect([alone.facts.networkDriver, alone.facts.portDriver, alone.findings[0]?.id]).toEqual(['pasta', 'builtin', 'pasta-port-driver-mismatch']);
  const implicit = answer('CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit');
  expect([implicit.facts.networkDriver, implicit.facts.portDriver, implicit.findings[0]?.id]).toEqual(['pasta', 'implicit', 'need-rootlesskit-version']);
  expect(implicit.findings[0]!.fix).not.toContain('docker');
});

test("containerd's step survives a share link; Docker's daemon shown beside containerd, prose and root's prompt do not get it", () => {
  const r = analyze(fixture('nerdctl-containerd-rootless-setuptool-install-success-alone.txt'));
  const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
  const again = analyze('', { answers: decodeShare(link), signals: decodeSignals(link) });
  expect(again.findings[0]?.id).toBe('need-network-driver');
  expect(again.findings[0]!.fix).toBe(r.findings[0]!.fix);
  for (const name of ['nerdctl-containerd-rootless-setuptool-beside-docker-version-near-miss.txt', 'nerdctl-containerd-rootless-setuptool-beside-rootless-docker-near-miss.txt']) {
    const docker = analyze(fixture(name));
    expect([name, docker.containerd, fixOf(docker, 'need-network-driver').split('\n')[0]]).toEqual([name, undefined, 'docker version']);
  }
  for (const name of ['nerdctl-containerd-rootless-setuptool-prose-near-miss.txt', 'nerdctl-root-prompt-images-near-miss.txt']) {
    expect([name, analyze(fixture(name)).findings[0]?.id]).toEqual([name, 'nothing-recognised']);
  }
});

test("a setting of containerd left with its quote open, beside Docker's rootless daemon, is containerd's to mend: no word of it on Docker's; alone, it is said", () => {
  const dropIn = ['$ cat ~/.config/systemd/user/containerd.service.d/override.conf', '[Service]', 'Environment="CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta'];
  const docker = ["$ docker info --format '{{.SecurityOptions}}'", '[name=seccomp,profile=builtin name=rootless name=cgroupns]', "$ docker version --format '{{.Server.Version}}'", '28.3.2'];
  for (const r of both([...docker, ...dropIn].join('\n'))) expect(r.findings.map((f) => f.id)).toEqual(['need-network-driver']);
  for (const r of both(dropIn.join('\n'))) expect(r.findings.map((f) => f.id)).toContain('setting-ignored');
});

test("the command of containerd's step answering no variable of its script: NET unset, so containerd-rootless.sh picks slirp4netns or vpnkit, not affected", () => {
  const command = fixOf(analyze(fixture('nerdctl-images-typed-alone.txt')), 'need-network-driver').split('\n')[0];
  for (const [text, line] of [
    [`$ nerdctl images\n$ ${command}\nEnvironment=\n`, 3],
    [`$ ${command}\nEnvironment=PATH=/home/alice/bin:/usr/bin:/bin\n`, 2],
    [fixture('nerdctl-containerd-rootless-show-environment-path-only.txt'), 4],
  ] as const) {
    for (const r of both(text)) {
      expect([r.verdict, r.certainty, r.unseen, r.findings.map((f) => f.id)]).toEqual(['not-affected', 'inferred', ['networkDriver'], ['containerd-net-default']]);
      const [finding] = r.findings;
      expect(finding!.evidence.map((e) => [e.line, e.text.startsWith('Environment=')])).toEqual([[line, true]]);
      expect(finding!.detail).toMatch(/slirp4netns.*vpnkit/);
      expect(finding!.docs).toBe('/diagnostics/#rootless-containerd');
    }
  }
  // A link reproduces it.
  const r = analyze(fixture('nerdctl-containerd-rootless-show-environment-empty.txt'));
  const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
  const again = analyze('', { answers: decodeShare(link), signals: decodeSignals(link) });
  expect([again.verdict, again.certainty, again.findings[0]?.id]).toEqual(['not-affected', 'inferred', 'containerd-net-default']);
  // Docker's unit answering empty, or Environment= with no command, or beside the rootless daemon of Docker: as before.
  expect(fixOf(analyze(fixture('docker-show-environment-empty-rootless-near-miss.txt')), 'need-network-driver').split('\n')[0]).toBe('docker version');
  expect(fixOf(analyze(fixture('nerdctl-containerd-rootless-show-environment-beside-rootless-docker-near-miss.txt')), 'need-network-driver').split('\n')[0]).toBe('docker version');
  expect(analyze('Environment=\n').findings[0]?.id).toBe('nothing-recognised');
  // A variable of the script set: what it sets decides, not the default.
  expect(analyze(`$ ${command}\nEnvironment=CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta\n`).facts.networkDriver).toBe('pasta');
});

test("the quick answer pasta on containerd's step gives what the step says of it: RootlessKit running pasta, with implicit, so its version decides", () => {
  const text = fixture('nerdctl-images-typed-alone.txt');
  const step = analyze(text).findings[0]!;
  expect(step.docs).toBe('/diagnostics/#rootless-containerd');
  expect(step.detail).toContain('With NET=pasta and PORT_DRIVER=implicit, as for pasta seen running (the answer pasta: RootlessKit starts pasta only with port driver implicit or none): the RootlessKit version decides');
  expect(analyzeWith(zhCn, text).findings[0]!.detail).toContain('即回答 pasta 时也是如此');
  const answers = { networkDriver: 'pasta' } as const;
  for (const r of [analyze(text, { answers }), analyzeWith(zhCn, text, answers)]) {
    expect([r.verdict, r.facts.portDriver, r.findings.map((f) => f.id)]).toEqual(['incomplete', 'implicit', ['need-rootlesskit-version', 'port-driver-assumed-implicit']]);
    expect(r.findings[0]!.docs).toBe('/diagnostics/#rootless-containerd');
    // The note on the port driver says why it is not the builtin of the script.
    expect(r.findings[1]!.detail).toMatch(/CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER.*containerd-rootless\.sh.*builtin/);
  }
  // The same answer for the daemon of Docker: its own words, its own section.
  const docker = analyze('$ docker info --format "{{.SecurityOptions}}"\n[name=seccomp,profile=builtin name=rootless name=cgroupns]\n', { answers: { networkDriver: 'pasta' } });
  expect(docker.findings.find((f) => f.id === 'port-driver-assumed-implicit')!.detail).not.toContain('CONTAINERD');
  expect(docker.findings[0]!.docs).toBe('/diagnostics/#docker-version');
});

test('a link of rootless containerd recognised beside other lines (nerdctl run, a reset, its journal) opens in the words of containerd, as the paste', () => {
  const rows = (r: Result): string[][] => r.findings.map((f) => [f.id, f.title, f.docs, f.fix ?? '']);
  const text = fixture('nerdctl-run-reset-containerd-journal-started.txt');
  for (const messages of [en, zhCn]) {
    const r = analyzeWith(messages, text);
    expect([r.containerd, fixOf(r, 'need-network-driver').split('\n')[0], r.findings[0]!.docs]).toEqual([true, 'systemctl --user show containerd --property=Environment --no-pager', '/diagnostics/#rootless-containerd']);
    const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
    const again = analyzeWith(messages, '', decodeShare(link), decodeSignals(link));
    expect([again.verdict, again.containerd, rows(again)]).toEqual([r.verdict, true, rows(r)]);
  }
  // Every paste of rootless containerd: its link is of containerd too, and one of Docker is not.
  for (const name of [STATUS, PGREP, 'nerdctl-containerd-rootless-journal-pasta-failed.txt', 'nerdctl-containerd-rootless-setuptool-beside-rootless-docker-near-miss.txt', 'nerdctl-root-prompt-images-near-miss.txt']) {
    const r = analyze(fixture(name));
    const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
    expect([name, analyze('', { answers: decodeShare(link), signals: decodeSignals(link) }).containerd]).toEqual([name, r.containerd]);
  }
  // A link made before it carried this opens as it did: the step of Docker.
  const old = analyze('', { signals: decodeSignals('#v=1&sig=connection-reset.published-loopback.loopback-request') });
  expect([old.containerd, fixOf(old, 'need-network-driver').split('\n')[0], old.findings[0]!.docs]).toEqual([undefined, 'docker version', '/diagnostics/#docker-version']);
});

test('systemctl --user show containerd with every property: its Environment= read as the -p form reads it, and none in a whole answer is nothing set', () => {
  const absent = fixture('nerdctl-containerd-rootless-show-all-no-environment.txt');
  const lines = absent.split('\n');
  const idAt = lines.indexOf('Id=containerd.service') + 1;
  for (const r of both(absent)) {
    expect([r.verdict, r.certainty, r.unseen, r.findings.map((f) => f.id)]).toEqual(['not-affected', 'inferred', ['networkDriver'], ['containerd-net-default']]);
    expect(r.findings[0]!.evidence.map((e) => e.line)).toEqual([idAt]);
  }
  expect(analyze(absent).findings[0]!.detail).toContain('(its answer below, which has no Environment= line) does not set CONTAINERD_ROOTLESS_ROOTLESSKIT_NET');
  expect(analyzeWith(zhCn, absent).findings[0]!.detail).toContain('下面的回答里没有 Environment= 这一行');
  // Through the pager, which may have shown a part of it, or without LoadState=loaded (a trimmed answer, or a unit systemd did not
  // load): nothing said of NET (review R120).
  for (const text of [absent.replace(' --no-pager', ''), absent.replace('LoadState=loaded\n', '')]) {
    expect(analyze(text).findings.map((f) => f.id)).not.toContain('containerd-net-default');
  }
  // The command naming no unit, the answer naming containerd in its Id=.
  expect(analyze(absent.replace('show containerd', 'show --all containerd.service')).findings[0]?.id).toBe('containerd-net-default');
  // Its Environment= line with PATH only, as the setup tool writes it.
  const path = 'Environment=PATH=/home/alice/bin:/sbin:/usr/sbin:/usr/local/sbin:/usr/local/bin:/usr/bin:/bin';
  const withPath = absent.replace('UMask=0022', `${path}\nUMask=0022`);
  const shown = analyze(withPath);
  expect([shown.verdict, shown.findings[0]?.evidence.map((e) => e.text)]).toEqual(['not-affected', [path]]);
  // NET set there: what it sets decides.
  expect(analyze(absent.replace('UMask=0022', 'Environment=CONTAINERD_ROOTLESS_ROOTLESSKIT_NET=pasta CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\nUMask=0022')).findings[0]?.id).toBe('need-rootlesskit-version');
  // Cut: the answer ends before its Id= (the paste, or the pager quit early), or no prompt follows it (a bare one does, C15): nothing
  // said of NET.
  const cut = [...lines.slice(0, 60), lines.at(-3)!, lines.at(-2)!].join('\n');
  const unfinished = lines.slice(0, -4).join('\n');
  for (const text of [cut, unfinished]) expect(analyze(text).findings.map((f) => f.id)).not.toContain('containerd-net-default');
  // The unit of Docker, whole without Environment=, or that of containerd beside the rootless daemon of Docker: the step of Docker stays.
  const rootless = '$ docker info --format "{{.SecurityOptions}}"\n[name=seccomp,profile=builtin name=rootless name=cgroupns]\n';
  for (const text of [fixture('docker-show-all-no-environment-near-miss.txt'), rootless + absent]) {
    const docker = analyze(text);
    expect([docker.containerd, fixOf(docker, 'need-network-driver').split('\n')[0]]).toEqual([undefined, 'docker version']);
  }
});

test("containerd's unit setting variables of its script but no NET (PORT_DRIVER=implicit, FLAGS): the script picks slirp4netns or vpnkit, not affected", () => {
  const command = 'systemctl --user show containerd --property=Environment --no-pager';
  const implicit = fixture('nerdctl-containerd-rootless-show-environment-port-driver-implicit.txt');
  for (const text of [implicit, fixture('nerdctl-containerd-rootless-show-all-port-driver-implicit.txt'), `$ ${command}\nEnvironment=CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS=--port-driver=implicit\n`]) {
    for (const r of both(text)) expect([r.verdict, r.certainty, r.facts.portDriver, r.findings.map((f) => f.id)]).toEqual(['not-affected', 'inferred', 'implicit', ['containerd-net-default', 'implicit-without-pasta']]);
    // RootlessKit refuses implicit beside a driver other than pasta: the fix sets containerd's port driver back to builtin.
    expect(fixOf(analyze(text), 'implicit-without-pasta')).toContain('Environment="CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"');
  }
  const flags = analyze(`$ ${command}\nEnvironment=CONTAINERD_ROOTLESS_ROOTLESSKIT_FLAGS=--mtu=1500\n`);
  expect([flags.verdict, flags.findings.map((f) => f.id)]).toEqual(['not-affected', ['containerd-net-default', 'mtu-1500']]);
  // Beside the rootless daemon of Docker, or in the unit of Docker: as before.
  const beside = analyze(`$ docker info --format "{{.SecurityOptions}}"\n[name=seccomp,profile=builtin name=rootless name=cgroupns]\n$ ${command}\nEnvironment=CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n`);
  expect(fixOf(beside, 'need-network-driver').split('\n')[0]).toBe('docker version');
  const docker = analyze('$ systemctl --user show docker --property=Environment --no-pager\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n');
  expect([docker.verdict, docker.findings.map((f) => f.id)]).toEqual(['incomplete', ['need-network-driver']]);
});

test("the system containerd asked with sudo nerdctl, then the user unit of containerd answering Environment= empty: rootless containerd is not shown, the containers are those of the system containerd", () => {
  // (A test, not a fixture: output of nerdctl typed without sudo, inserted anywhere, shows rootless containerd, and then the answer counts.)
  const text = '$ sudo nerdctl ps\nCONTAINER ID    IMAGE    COMMAND    CREATED    STATUS    PORTS    NAMES\n$ systemctl --user show containerd --property=Environment --no-pager\nEnvironment=\n';
  for (const r of both(text)) expect([r.verdict, r.findings.map((f) => f.id)]).toEqual(['not-rootless', ['nerdctl-as-root']]);
  const typed = analyze(text.replace('sudo nerdctl', 'nerdctl'));
  expect([typed.verdict, typed.findings.map((f) => f.id)]).toEqual(['not-affected', ['containerd-net-default']]);
});

test('the environment of Docker shown beside that of containerd (one command naming both units, systemctl cat of both, a grep after them, a command or note with no prompt) is read as the settings of Docker (reviews R120, R121)', () => {
  const both = [
    '$ systemctl --user show containerd docker --no-pager -p Id -p Environment',
    'Id=containerd.service',
    'Environment=PATH=/home/alice/bin:/usr/bin:/bin',
    '',
    'Id=docker.service',
    'Environment=PATH=/home/alice/bin:/usr/bin:/bin DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta',
    '$ docker ps',
  ].join('\n');
  const cat = [
    '$ systemctl --user cat containerd docker',
    '# /home/alice/.config/systemd/user/containerd.service',
    '[Service]',
    'Environment=PATH=/home/alice/bin:/usr/bin:/bin',
    'ExecStart=/home/alice/bin/containerd-rootless.sh',
    '',
    '# /home/alice/.config/systemd/user/docker.service',
    '[Service]',
    'Environment=PATH=/home/alice/bin:/usr/bin:/bin',
    'Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta',
    'ExecStart=/home/alice/bin/dockerd-rootless.sh',
  ].join('\n');
  const grep = [
    '$ systemctl --user is-active containerd docker',
    'inactive',
    'active',
    '$ grep -h Environment ~/.config/systemd/user/*.service ~/.config/systemd/user/*.d/*.conf',
    'Environment=PATH=/home/alice/bin:/usr/bin:/bin',
    'Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta',
  ].join('\n');
  // The unit of Docker after that of containerd with no prompt before its command, or under a note of the reader (review R121).
  const bare = [
    '$ systemctl --user show containerd -p Environment --no-pager',
    'Environment=PATH=/home/alice/bin:/usr/bin:/bin',
    'systemctl --user show docker -p Environment --no-pager',
    'Environment=PATH=/home/alice/bin:/usr/bin:/bin DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta',
    'docker ps',
  ].join('\n');
  const noted = bare.replace('systemctl --user show docker -p Environment --no-pager', "(docker's unit, same box)");
  for (const text of [both, cat, grep, bare, noted]) {
    const r = analyze(text);
    expect([r.verdict, r.facts.networkDriver, r.findings[0]?.id]).toEqual(['incomplete', 'pasta', 'need-rootlesskit-version']);
  }
  // The unit of containerd alone named: the names of Docker in it are still no setting.
  const own = analyze(fixture('nerdctl-containerd-rootless-show-environment-docker-names-near-miss.txt'));
  expect(own.facts.networkDriver).toBeNull();
});

test('containerd with no NET but port driver builtin shown: not affected for certain, as the port driver rules pasta out (review R120)', () => {
  const text = [
    '$ nerdctl ps',
    'CONTAINER ID    IMAGE    COMMAND    CREATED    STATUS    PORTS    NAMES',
    '$ systemctl --user show containerd -p Environment --no-pager',
    'Environment=PATH=/home/alice/bin:/usr/bin:/bin CONTAINERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin',
  ].join('\n');
  const r = analyze(text);
  expect([r.verdict, r.certainty, r.findings[0]?.id]).toEqual(['not-affected', 'confirmed', 'port-driver-excludes-pasta']);
});

test('the unit of containerd answering no NET while its RootlessKit is shown running pasta with port driver implicit: no refusal of implicit, pasta decides', () => {
  const text = [
    '$ systemctl --user show containerd --property=Environment --no-pager',
    'Environment=',
    '$ journalctl --user -u containerd --no-pager | tail -2',
    'Dec 05 09:12:40 devbox containerd-rootless.sh[2211]: + exec rootlesskit --state-dir=/run/user/1000/containerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --copy-up=/var/lib --propagation=rslave /usr/local/bin/containerd-rootless.sh',
  ].join('\n');
  const r = analyze(text);
  expect([r.facts.networkDriver, r.facts.portDriver, r.findings.map((f) => f.id)]).toEqual(['pasta', 'implicit', ['need-rootlesskit-version']]);
});

// Task C14: RootlessKit stopping in rootless containerd is told as containerd stopping (containerd-rootless.sh starts it inside RootlessKit).
const wild = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/wild', name), 'utf8');
const failedDetail = (r: Result): string => r.findings.find((f) => f.id === 'rootlesskit-failed')!.detail;

test('RootlessKit stopped in rootless containerd: containerd named, started by containerd-rootless.sh, not dockerd', () => {
  const idMap = wild('nerdctl367-wsl2-needs-systemd-failed-to-enable-unit-connection-reset-newuidmap-not-found.txt');
  const generic = fixture('nerdctl-containerd-rootless-journal-detach-netns-mount-permission-denied.txt');
  for (const text of [idMap, generic]) {
    for (const r of both(text)) {
      expect(failedDetail(r)).toContain('containerd-rootless.sh');
      expect(failedDetail(r)).not.toMatch(/dockerd|Docker/);
    }
  }
});

test("RootlessKit stopped in rootless Docker: its wording stays Docker's", () => {
  const idMap = '[rootlesskit:parent] error: failed to setup UID/GID map: newuidmap 309 [0 1000 1 1 100000 65536] failed: : exec: "newuidmap": executable file not found in $PATH\n';
  const generic = fixture('nerdctl-containerd-rootless-journal-detach-netns-mount-permission-denied.txt').replaceAll('containerd-rootless.sh', 'dockerd-rootless.sh').replaceAll('containerd', 'docker');
  for (const text of [idMap, generic]) {
    for (const r of both(text)) {
      expect(failedDetail(r)).toContain('dockerd');
      expect(failedDetail(r)).not.toContain('containerd');
    }
  }
});

// Task C15: a whole show answer of the unit of containerd ended by a bare prompt, or pasted without its command, is read.
const ids = (r: Result): string[] => r.findings.map((f) => f.id);

const SHOW_ALL_BARE = 'nerdctl-containerd-rootless-show-all-no-environment-bare-prompt.txt';
const answered = fixture(SHOW_ALL_BARE).trimEnd().split('\n').slice(0, -1).join('\n');

test('a whole show answer without Environment= ended by a bare prompt (nothing typed at it) shows NET unset', () => {
  for (const prompt of ['alice@box:~$ ', 'alice@box:~$', '$', '$ ', '[alice@box ~]$ ']) {
    const r = analyze(`${answered}\n${prompt}\n`);
    expect([prompt, r.verdict, ids(r)]).toEqual([prompt, 'not-affected', ['containerd-net-default']]);
    expect(r.findings[0]!.evidence.map((e) => e.text)).toEqual(['Id=containerd.service']);
  }
  // Prose after the bare prompt: the answer still ended at it.
  expect(analyze(`${answered}\n$ \nThat is all it prints.`).verdict).toBe('not-affected');
});

test('near-misses: a show answer cut (no prompt after it), paged, or a bare prompt after a cut line is no whole answer', () => {
  expect(analyze(answered).verdict).toBe('incomplete');
  expect(analyze(`${answered.replace(' --no-pager', '')}\n$ \n`).verdict).toBe('incomplete');
  // The prompt follows other text, not a property: the answer did not end at it.
  expect(analyze(`${answered}\nsomething else printed\nalice@box:~$ \n`).verdict).toBe('incomplete');
});

const NO_COMMAND = 'nerdctl-containerd-rootless-show-environment-empty-no-command.txt';

test('a show answer without its command: read only with Id=containerd.service and LoadState=loaded, of a user unit, as if paged', () => {
  const text = fixture(NO_COMMAND);
  expect(ids(analyze(text))).toEqual(['containerd-net-default']);
  const near = [
    text.replace('LoadState=loaded\n', ''),
    text.replace('Id=containerd.service\n', ''),
    text.replace('Id=containerd.service', 'Id=docker.service'),
    text.replace('LoadState=loaded', 'LoadState=not-found'),
    // Rootful containerd: the system unit of the same name.
    text.replace(/^Slice=app\.slice\nControlGroup=.*$/m, 'Slice=system.slice\nControlGroup=/system.slice/containerd.service'),
    // Another unit shown in the same run (blank lines between two answers are gone).
    text.replace('SubState=running', 'SubState=running\nId=docker.service\nLoadState=loaded\nEnvironment='),
    // A pager may have cut a longer line.
    text.replace('Environment=\n', 'Environment=PATH=/usr/bin:/bin\n'),
    // No Environment= at all: a pager may have skipped it.
    text.replace('Environment=\n', ''),
    // Typed at a prompt before: the answer of that command (here not show), not one without its command.
    text.replace('The unit, from systemctl --user show containerd --all (trimmed):', '$ cat notes.txt'),
  ];
  for (const paste of near) expect(ids(analyze(paste)), paste).not.toContain('containerd-net-default');
});

// Task C16: sudo nerdctl asks the system-wide containerd (review R120 p57), so the user unit of containerd answering no setting says
// nothing of the containers the reader runs; nerdctl without sudo, or as another user, runs them in the user unit.
test('sudo nerdctl beside the user unit of containerd with no Environment=: not told not affected on that unit', () => {
  const unit = '$ systemctl --user show containerd --no-pager\nType=simple\nRestart=always\nId=containerd.service\nNames=containerd.service\nLoadState=loaded\nActiveState=failed\n';
  const run = (as: string): Result => analyze(`${unit}$ ${as}nerdctl run -d -p 127.0.0.1:8080:80 nginx\n`);
  for (const as of ['sudo ', 'sudo -E ', 'doas ']) {
    const r = run(as);
    expect(r.verdict).toBe('not-rootless');
    expect(r.findings.map((f) => f.id)).not.toContain('containerd-net-default');
  }
  for (const as of ['', 'sudo -u alice ']) {
    const r = run(as);
    expect([r.verdict, r.findings.map((f) => f.id)]).toEqual(['not-affected', ['containerd-net-default']]);
  }
});

// Task C20: nerdctl typed as root asks the system-wide (rootful) containerd, whose ports go through neither RootlessKit nor pasta (nerdctl
// docs/rootless.md: the user who set up rootless containerd runs nerdctl as is). Alone, it is what the paste shows of containers; beside
// rootless Docker or nerdctl typed as the user, what they decide stands. (Tests, not fixtures: nerdctl info typed as the user, inserted
// anywhere, shows rootless containerd, and then the answer of the unit counts.)
test('sudo nerdctl beside the user unit of containerd: not rootless (inferred), and a finding of its own says why and how to reach rootless containerd', () => {
  const unit = '$ systemctl --user show containerd --no-pager\nType=simple\nId=containerd.service\nLoadState=loaded\nActiveState=active\n';
  const paste = (typed: string): string => `${unit}${typed}\nCONTAINER ID    IMAGE    COMMAND    CREATED    STATUS    PORTS    NAMES\n`;
  const reset = '$ sudo /usr/local/bin/nerdctl run -d -p 127.0.0.1:8080:80 nginx\n3b6f0c9d2e1a\n$ curl -sS http://127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer';
  const run = analyze(paste(reset));
  expect([run.verdict, run.certainty, ids(run)]).toEqual(['not-rootless', 'inferred', ['nerdctl-as-root', 'connection-reset-seen']]);
  for (const typed of ['$ sudo nerdctl ps', '$ sudo -E nerdctl ps -a', '$ doas nerdctl ps']) {
    const [r, zh] = both(paste(typed));
    expect([typed, r.verdict, r.certainty, r.unseen, ids(r)]).toEqual([typed, 'not-rootless', 'inferred', ['rootless'], ['nerdctl-as-root']]);
    const f = r.findings[0]!;
    expect([f.severity, f.docs, f.evidence.map((e) => e.line)]).toEqual(['warning', '/diagnostics/#rootless-containerd', [6]]);
    expect(f.detail).toContain('system-wide (rootful) containerd');
    expect(f.detail).toContain('containerd-rootless-setuptool.sh install');
    expect(f.fix!.split('\n').at(-1)).toBe('nerdctl ps');
    expect(zh!.findings[0]!.title).toContain('系统级 containerd');
  }
  // Beside rootless Docker, or nerdctl typed as the user: their verdict stands, and the finding is added.
  const rootless = "$ docker info -f '{{.SecurityOptions}}'\n[name=seccomp,profile=builtin name=rootless name=cgroupns]\n";
  expect([analyze(`${rootless}$ sudo nerdctl ps\n`).verdict, ids(analyze(`${rootless}$ sudo nerdctl ps\n`))]).toEqual(['incomplete', ['need-network-driver', 'nerdctl-as-root']]);
  const user = analyze(paste('$ nerdctl ps\n$ sudo nerdctl ps'));
  expect([user.verdict, ids(user)]).toEqual(['not-affected', ['containerd-net-default', 'nerdctl-as-root']]);
  // Not where nerdctl is not typed as root at a prompt, runs as another user, or names the address of a containerd (which may be the unit).
  const near = [
    `${unit}I was told: do not use sudo nerdctl, it asks the other containerd.\n`,
    `${unit}sudo nerdctl ps shows nothing for me\n`,
    `${unit}Someone on the forum wrote:\n> $ sudo nerdctl ps\n> CONTAINER ID    IMAGE\n`,
    `${unit}$ # sudo nerdctl ps\n`,
    `${unit}$ sudo systemctl restart containerd\n`,
    `${unit}$ sudo apt install -y nerdctl\n`,
    `${unit}$ sudo -u alice nerdctl ps\n`,
    `${unit}$ sudo -iu alice nerdctl ps\n`,
    `${unit}$ nerdctl ps\n`,
    `${unit}$ sudo -E nerdctl --address /run/user/1000/containerd/containerd.sock ps\n`,
    `${unit}$ sudo nerdctl -H unix:///run/user/1000/containerd/containerd.sock ps\n`,
  ];
  for (const text of near) {
    const r = analyze(text);
    expect(ids(r), text).not.toContain('nerdctl-as-root');
    expect(r.verdict, text).not.toBe('not-rootless');
  }
});

// Reviews R124 and R125: root asked by a long option of sudo or by naming root is root too; another user or a group is not. (A prompt of
// root is not: a shell that nsenter or RootlessKit opens in the namespace of rootless containerd shows one too.)
test('nerdctl typed as root by sudo --preserve-env or sudo -u root: the system-wide containerd; as another user, a group or at a prompt of root: not', () => {
  const unit = '$ systemctl --user show containerd --no-pager\nType=simple\nId=containerd.service\nLoadState=loaded\nActiveState=active\n';
  for (const typed of ['$ sudo --preserve-env nerdctl ps', '$ sudo --preserve-env=PATH nerdctl ps', '$ sudo -u root nerdctl ps', '$ sudo --user=root nerdctl ps']) {
    const r = analyze(`${unit}${typed}\n`);
    expect([typed, r.verdict, ids(r)]).toEqual([typed, 'not-rootless', ['nerdctl-as-root']]);
  }
  const others = ['$ sudo --user=alice nerdctl ps', '$ sudo -ualice nerdctl ps', '$ sudo -iu alice nerdctl ps', '$ sudo --group=docker nerdctl ps', '$ sudo -g docker nerdctl ps', '$ sudo --login --user alice nerdctl ps'];
  for (const typed of [...others, 'root@box:/# nerdctl ps']) {
    const r = analyze(`${unit}${typed}\n`);
    expect(ids(r), typed).not.toContain('nerdctl-as-root');
    expect(r.verdict, typed).not.toBe('not-rootless');
  }
});

// Task C23 (review R124 b18, whose paste is the first here; a test, not a fixture, as for C20): an address naming the socket of the
// system-wide containerd (containerd defaults/defaults_unix.go) is still that daemon; one under the runtime directory of the user may be
// rootless containerd, as a containerd of k3s or Docker is neither.
test('sudo nerdctl naming the socket of the system-wide containerd: the system-wide containerd; naming one under the runtime directory: not', () => {
  const unit = '$ systemctl --user show containerd --no-pager\nType=simple\nId=containerd.service\nLoadState=loaded\nActiveState=active\n';
  const system = [
    '$ sudo nerdctl --host=unix:///run/containerd/containerd.sock ps',
    '$ sudo nerdctl --address /run/containerd/containerd.sock ps',
    '$ sudo nerdctl --address=/var/run/containerd/containerd.sock ps -a',
    '$ sudo -E nerdctl -a /run/containerd/containerd.sock ps',
    '$ sudo nerdctl -H "unix:///run/containerd/containerd.sock" ps',
    '$ doas /usr/local/bin/nerdctl -H unix:///run/containerd/containerd.sock run -d -p 127.0.0.1:8080:80 nginx',
  ];
  for (const typed of system) {
    const [r, zh] = both(`${typed}\n`);
    expect([typed, r.verdict, r.certainty, ids(r)]).toEqual([typed, 'not-rootless', 'inferred', ['nerdctl-as-root']]);
    expect(zh!.verdict).toBe('not-rootless');
    expect(ids(analyze(`${unit}${typed}\n`)), typed).toEqual(['nerdctl-as-root']);
  }
  const others = [
    '$ sudo nerdctl --address /run/user/1000/containerd/containerd.sock ps',
    '$ sudo -E nerdctl --host=unix://$XDG_RUNTIME_DIR/containerd/containerd.sock ps',
    '$ sudo nerdctl -a ${XDG_RUNTIME_DIR}/containerd/containerd.sock ps',
    '$ sudo nerdctl --address /run/k3s/containerd/containerd.sock ps',
    '$ sudo nerdctl --address /var/run/docker/containerd/containerd.sock ps',
    '$ sudo nerdctl --address /run/containerd/containerd.sock.bak ps',
    '$ sudo nerdctl --address ps',
    '$ nerdctl --address /run/containerd/containerd.sock ps',
    'I ran sudo nerdctl --address /run/containerd/containerd.sock ps and it showed nothing',
    '$ # sudo nerdctl --address /run/containerd/containerd.sock ps',
  ];
  for (const typed of others) {
    const r = analyze(`${unit}${typed}\n`);
    expect(ids(r), typed).not.toContain('nerdctl-as-root');
    expect(r.verdict, typed).not.toBe('not-rootless');
  }
});

// Task C23 (review R122 W2): nerdctl typed beside the failure of the user unit of Docker (systemctl --user start docker, its journal, the
// lines of systemd about docker.service) is Docker failing: its words and commands, not those of containerd. The unit of containerd shown
// failing keeps its own, as where both units are named.
test('nerdctl typed beside docker.service failing: Docker cannot start, in its words and commands; containerd.service failing keeps those of containerd', () => {
  const child = fixture('nerdctl-docker-unit-start-failed-rootlesskit-child-exited.txt');
  const slirp = fixture('nerdctl-docker-unit-start-failed-slirp4netns-not-found.txt');
  const exited = (r: Result): Result['findings'][number] => r.findings.find((f) => f.id === 'rootlesskit-failed')!;
  const [r, zh] = both(child);
  expect([r!.containerd, headline(r!, en), headline(zh!, zhCn)]).toEqual([undefined, "Docker's daemon cannot start as set up: the fix below comes first", 'Docker 守护进程按现在的设置无法启动：先做下面的修复']);
  expect(exited(r!).detail).toContain('dockerd-rootless.sh and dockerd for Docker');
  expect(exited(zh!).detail).toContain('dockerd-rootless.sh 和 dockerd');
  expect(exited(r!).fix!.split('\n').at(-1)).toBe('journalctl --user -u docker --no-pager -n 50');
  for (const x of both(slirp)) {
    expect(allFixes(x)).toContain('~/.config/systemd/user/docker.service.d');
    expect(allFixes(x)).not.toMatch(/containerd/);
  }
  // The unit named by journalctl typed, by systemd alone, or by the logger of its script, each without the rest.
  const failed = 'Dec 05 09:00:02 host rootlesskit[1502]: [rootlesskit:parent] error: child exited: exit status 1\n';
  const alone = [
    `$ nerdctl ps\n$ journalctl --user -u docker.service --no-pager -n 1\n${failed}`,
    `$ nerdctl --version\nnerdctl version 2.0.3\n${failed}Dec 05 09:00:02 host systemd[1021]: docker.service: Main process exited, code=exited, status=1/FAILURE\n`,
    `$ nerdctl --version\nnerdctl version 2.0.3\nDec 05 09:00:02 host dockerd-rootless.sh[1502]: [rootlesskit:parent] error: child exited: exit status 1\n`,
  ];
  for (const text of alone) expect([text, headline(analyze(text), en)]).toEqual([text, "Docker's daemon cannot start as set up: the fix below comes first"]);
  // The unit of containerd failing, both units named, or Docker named only in words or a quote: containerd.
  const ctd = child.replaceAll('docker', 'containerd');
  const near = [
    ctd,
    `${child}$ journalctl --user -u containerd --no-pager -n 1\n${failed}`,
    `$ nerdctl --version\nnerdctl version 2.0.3\nI never use docker.service, and journalctl --user -u docker shows nothing.\n${failed}`,
    `$ nerdctl --version\nnerdctl version 2.0.3\nThe docs say:\n> $ journalctl --user -u docker\n${failed}`,
  ];
  for (const text of near) {
    const x = analyze(text);
    expect([text, x.containerd, headline(x, en)]).toEqual([text, true, 'Rootless containerd cannot start as set up: the fix below comes first']);
  }
  expect(exited(analyze(ctd)).fix!.split('\n').at(-1)).toBe('journalctl --user -u containerd --no-pager -n 50');
});

// Task C23 (review R122 W1): the RootlessKit of rootless containerd, running, says nothing of the network driver of Docker, whose script
// logged that its own RootlessKit failed; beside the journal of containerd, it is the daemon in question and its driver stands.
test('the RootlessKit of containerd beside the journal of dockerd-rootless.sh: no network driver of Docker from it; beside that of containerd, its driver', () => {
  const text = fixture('docker-journal-rootlesskit-failed-beside-containerd-rootlesskit-slirp4netns.txt');
  for (const r of both(text)) {
    expect([r.verdict, r.facts.rootless, r.facts.networkDriver, r.facts.portDriver, ids(r)]).toEqual(['incomplete', true, null, null, ['userns-unavailable']]);
    expect(r.containerd).toBeUndefined();
  }
  const ctd = text.replace('-u docker', '-u containerd').replace('dockerd-rootless.sh[', 'containerd-rootless.sh[').replace('docker.service:', 'containerd.service:');
  const r = analyze(ctd);
  expect([r.verdict, r.facts.networkDriver, r.facts.portDriver, r.containerd]).toEqual(['not-affected', 'slirp4netns', 'builtin', true]);
  // The argv of Docker in its own journal still gives its driver.
  const own = text.replace(
    'Dec 05 09:00:02 host dockerd-rootless.sh[1502]: [rootlesskit',
    'Dec 05 09:00:02 host dockerd-rootless.sh[1502]: + exec rootlesskit --state-dir=/run/user/1000/dockerd-rootlesskit --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave dockerd-rootless.sh\nDec 05 09:00:02 host dockerd-rootless.sh[1502]: [rootlesskit',
  );
  expect([analyze(own).facts.networkDriver, analyze(own).facts.portDriver]).toEqual(['pasta', 'implicit']);
});

// Review R129: the words of systemd of a failed unit, older and newer, name it (systemd 219 to 257); its stop, a journal with nothing,
// and the system manager (systemd[1]) do not.
test('nerdctl typed beside systemd saying the user unit of Docker failed, in any wording: Docker cannot start; beside its stop: containerd', () => {
  const at = 'Dec 06 10:00:02 host systemd[1021]: ';
  const failed = [
    'Unit docker.service entered failed state.',
    'docker.service: Unit entered failed state.',
    'docker.service: Start operation timed out. Terminating.',
    'docker.service: Failed at step EXEC spawning /home/alice/bin/dockerd-rootless.sh: No such file or directory',
    'docker.service: Failed to locate executable /home/alice/bin/dockerd-rootless.sh: No such file or directory',
    'docker.service: Service RestartSec=100ms expired, scheduling restart.',
    'Failed to start docker.service - Docker Application Container Engine (Rootless).',
  ];
  const nerdctl = '$ nerdctl --version\nnerdctl version 2.0.3\nDec 06 10:00:02 host rootlesskit[1502]: [rootlesskit:parent] error: child exited: exit status 1\n';
  for (const said of failed) {
    const text = `${nerdctl}${at}${said}\n`;
    expect([said, headline(analyze(text), en)]).toEqual([said, "Docker's daemon cannot start as set up: the fix below comes first"]);
  }
  const not = [
    `${at}docker.service: Deactivated successfully.`,
    'Dec 06 10:00:02 host systemd[1]: Failed to start docker.service - Docker Application Container Engine.',
    '$ journalctl --user -u docker --no-pager\nNo journal files were found.',
  ];
  for (const line of not) {
    const text = `${nerdctl}${line}\n`;
    expect([line, headline(analyze(text), en)]).toEqual([line, 'Rootless containerd cannot start as set up: the fix below comes first']);
  }
});

// Task C26: the kernel refusing RootlessKit a user namespace is told of containerd where rootless containerd is in question, without the
// advice that fits Docker only (docker:dind-rootless, docker build); Docker's words stay as they were.
const usernsDetail = (r: Result): string => r.findings.find((f) => f.id === 'userns-unavailable')!.detail;

test('user namespaces refused to rootless containerd: containerd named, started by containerd-rootless.sh, no advice of Docker', () => {
  const status = fixture('nerdctl-containerd-rootless-status-userns-operation-not-permitted.txt');
  const setup = fixture('nerdctl-containerd-rootless-setuptool-install-userns-operation-not-permitted.txt');
  for (const text of [status, setup]) {
    for (const r of both(text)) {
      expect(usernsDetail(r)).toContain('containerd-rootless.sh');
      expect(usernsDetail(r)).toContain('rootlesscontaine.rs');
      expect(usernsDetail(r)).not.toMatch(/dockerd|docker:dind-rootless|docker build|Docker/);
    }
  }
});

test("user namespaces refused to rootless Docker: its wording stays Docker's", () => {
  for (const r of both(fixture('journal-rootlesskit-userns-operation-not-permitted.txt'))) {
    expect(usernsDetail(r)).toContain('dockerd');
    expect(usernsDetail(r)).toContain('docker:dind-rootless');
    expect(usernsDetail(r)).toContain('docker build');
    expect(usernsDetail(r)).not.toContain('containerd');
  }
});

// Task C28: newuidmap refused and tap0 not created are told without docker:dind-rootless where rootless containerd is in question, in the
// same way; Docker's words stay as they were.
const detailOf = (r: Result, id: string): string => r.findings.find((f) => f.id === id)!.detail;

test('newuidmap refused to rootless containerd: no docker:dind-rootless, no rootful Docker to run it on', () => {
  const status = fixture('nerdctl-containerd-rootless-status-newuidmap-operation-not-permitted.txt');
  const setup = fixture('nerdctl-containerd-rootless-setuptool-install-newuidmap-could-not-set-caps.txt');
  for (const text of [status, setup]) {
    for (const r of both(text)) {
      expect(detailOf(r, 'id-map-failed')).toContain('rootlesscontaine.rs');
      expect(detailOf(r, 'id-map-failed')).not.toMatch(/dind-rootless|Docker/);
    }
  }
});

test("newuidmap refused to rootless Docker: its wording stays Docker's", () => {
  for (const r of both(fixture('github-actions-error-annotation-rootlesskit.txt'))) {
    expect(detailOf(r, 'id-map-failed')).toContain('docker:dind-rootless');
    expect(detailOf(r, 'id-map-failed')).toContain('--privileged');
    expect(detailOf(r, 'id-map-failed')).not.toContain('rootlesscontaine.rs');
  }
});

test('tap0 not created for rootless containerd: no docker:dind-rootless', () => {
  for (const r of both(fixture('nerdctl-containerd-rootless-status-tap0-exit-status-1.txt'))) {
    expect(detailOf(r, 'tap-unavailable')).toContain('rootlesscontaine.rs');
    expect(detailOf(r, 'tap-unavailable')).not.toMatch(/dind-rootless|--privileged/);
  }
});

test("tap0 not created for rootless Docker, nerdctl typed beside it: its wording stays Docker's", () => {
  for (const r of both(fixture('nerdctl-docker-unit-start-failed-slirp4netns-not-found.txt'))) {
    expect(detailOf(r, 'tap-unavailable')).toContain('docker:dind-rootless');
    expect(detailOf(r, 'tap-unavailable')).not.toContain('rootlesscontaine.rs');
  }
});

test("tap0 not created for rootless BuildKit beside nerdctl: its wording stays as it was, not containerd's", () => {
  for (const r of both(fixture('rootlesskit-buildkitd-tap0-exit-status-1-beside-nerdctl-containerd-not-running.txt'))) {
    expect(detailOf(r, 'tap-unavailable')).toContain('docker:dind-rootless');
    expect(detailOf(r, 'tap-unavailable')).not.toContain('rootlesscontaine.rs');
  }
});
