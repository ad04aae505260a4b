// dockerd-rootless.sh started by hand from a shell that exports its settings: a drop-in would change nothing there (review 92 #7).
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Finding } from '../../../src/engine/types.ts';
import { STOP } from '../../support/script-stub.ts';

// The paste of review 92 (g1-export): FLAGS exported, the script run by hand, RootlessKit's refusal.
const exportedPaste = (flags: string) => `$ export DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="${flags}"
$ dockerd-rootless.sh
+ exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --mtu=65520 --slirp4netns-sandbox=auto --slirp4netns-seccomp=auto --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave ${flags} /home/alice/bin/dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ rootlesskit --version
rootlesskit version 2.3.4`;
const G1 = exportedPaste('--net=pasta --port-driver=builtin --copy-up=/opt');
const MISMATCH = 'pasta-port-driver-mismatch';
// RootlessKit refused its settings, so no daemon runs to stop: the script is only run again.
const BY_HAND = 'These commands set the variables in this shell only: run dockerd-rootless.sh again from this shell (and change your export lines to match).';
const BY_HAND_ZH = '这些命令只在当前 shell 里设置变量：请从这个 shell 重新运行 dockerd-rootless.sh（并相应修改你的 export 行）。';
const GO_TOO = 'The settings exported in a shell here must go too';
// What follows a shell's exports in a fix (review 109 #7): the daemon running stopped, and the script started again as the paste started it.
const START_AGAIN = `${STOP}\ndockerd-rootless.sh &`;
const GO_TOO_ZH = '这里在 shell 中导出的设置也必须去掉';

/** The finding `id` of a paste, in English or Chinese; its fix parses as a shell script. */
function finding(paste: string, id: string, zh = false): Finding {
  const f = (zh ? analyzeWith(zhCn, paste) : analyze(paste)).findings.find((x) => x.id === id)!;
  expect(f, id).toBeDefined();
  expect(spawnSync('bash', ['-n'], { input: f.fix! }).status).toBe(0);
  return f;
}

/** The DOCKERD_ROOTLESS_ROOTLESSKIT_* variables a shell holds after the paste's exports and then the fix's exports and unsets, run in it. */
function variablesAfter(paste: string, fix: string): Record<string, string> {
  const exports = paste.split('\n').filter((l) => l.startsWith('$ export ')).map((l) => l.slice(2));
  const sets = fix.split('\n').filter((l) => /^(?:export|unset) /.test(l));
  const out = spawnSync('bash', ['-c', [...exports, ...sets, 'env'].join('\n')], { encoding: 'utf8', env: {} }).stdout;
  return Object.fromEntries(out.split('\n').flatMap((l) => (l.startsWith('DOCKERD_ROOTLESS_ROOTLESSKIT_') ? [l.split(/=(.*)/s).slice(0, 2)] : [])));
}

test('exported settings and the script run by hand: the fix exports the settings in that shell, and says to start the daemon again', () => {
  const f = finding(G1, MISMATCH);
  expect(f.fix).toBe(
    `export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS='--copy-up=/opt'\n${START_AGAIN}`,
  );
  expect(f.detail).toContain(BY_HAND);
  expect(finding(G1, MISMATCH, true).detail).toContain(BY_HAND_ZH);
  // Run in the user's shell, the fix leaves pasta with port driver implicit, and FLAGS with the flag that set nothing of the drivers.
  expect(variablesAfter(G1, f.fix!)).toEqual({
    DOCKERD_ROOTLESS_ROOTLESSKIT_NET: 'pasta',
    DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER: 'implicit',
    DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS: '--copy-up=/opt',
  });
});

test('an exported FLAGS that the fix empties is unset', () => {
  const paste = exportedPaste('--net=pasta --port-driver=builtin');
  const f = finding(paste, MISMATCH);
  expect(f.fix!.split('\n').at(-3)).toBe('unset DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS');
  expect(variablesAfter(paste, f.fix!)).toEqual({ DOCKERD_ROOTLESS_ROOTLESSKIT_NET: 'pasta', DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER: 'implicit' });
});

test('settings in a drop-in and none exported: the drop-in fix, as before, without a word of the shell', () => {
  const paste = G1.replace(
    '$ export DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="--net=pasta --port-driver=builtin --copy-up=/opt"\n$ dockerd-rootless.sh',
    '$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --port-driver=builtin --copy-up=/opt"',
  );
  for (const zh of [false, true]) {
    const f = finding(paste, MISMATCH, zh);
    expect(f.fix).toBe(`mkdir -p ~/.config/systemd/user/docker.service.d
cat >> ~/.config/systemd/user/docker.service.d/override.conf <<'EOF'

[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--copy-up=/opt"
EOF
systemctl --user daemon-reload && systemctl --user restart docker`);
    expect(f.detail).not.toMatch(/shell/);
  }
});

test('exported settings beside the user service: the drop-in fix, and the exports must go too', () => {
  const mixed = `${G1}\n$ systemctl --user cat docker\n# /home/alice/.config/systemd/user/docker.service\n[Service]\nExecStart=/home/alice/bin/dockerd-rootless.sh`;
  const f = finding(mixed, MISMATCH);
  expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"');
  expect(f.fix).toContain('systemctl --user daemon-reload && systemctl --user restart docker');
  expect(f.detail).toContain(GO_TOO);
  expect(f.detail).not.toContain('dockerd-rootless.sh again');
  expect(finding(mixed, MISMATCH, true).detail).toContain(GO_TOO_ZH);
});

test('exported settings where systemd does not run: the shell form, though systemctl was asked', () => {
  const paste = `${G1}\n$ systemctl --user status docker\nSystem has not been booted with systemd as init system (PID 1). Can't operate.`;
  expect(finding(paste, MISMATCH).fix).toMatch(/^export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n/);
  // Without systemd, the daemon is one started by hand even where the paste does not show it started.
  const unseen = paste.split('\n').filter((l) => !/dockerd-rootless\.sh$/.test(l)).join('\n');
  expect(unseen).not.toContain('exec rootlesskit');
  expect(finding(unseen, MISMATCH).fix).toMatch(/^export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n/);
});

// The same daemon, where every fix, not only the drivers', must leave the user service alone: it is not the daemon in question.
const AGAIN = '# stop the running daemon, then run dockerd-rootless.sh again from this shell';
const AGAIN_ZH = '# 停止正在运行的守护进程，再从这个 shell 重新运行 dockerd-rootless.sh';
const UNIT = '$ systemctl --user cat docker\n# /home/alice/.config/systemd/user/docker.service\n[Service]\nExecStart=/home/alice/bin/dockerd-rootless.sh';
// RootlessKit 2.3.1 runs pasta: affected, and the upgrade's fix restarts the daemon.
const UPGRADE = `$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
$ export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit
$ dockerd-rootless.sh
+ exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /home/alice/bin/dockerd-rootless.sh
$ rootlesskit --version
rootlesskit version 2.3.1
$ pasta --version
pasta 2025_01_21.4f2c8e7`;
// An export typed after the script was started by hand, which the running daemon's RootlessKit contradicts: facts-disagree, whose fix is a restart.
const DISAGREE = `$ dockerd-rootless.sh &
[1] 2345
$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns
$ docker info
Server:
 Server Version: 27.5.0
 Security Options:
  rootless
$ ps -ef | grep rootlesskit
alice  2345  1  0 10:00 ?  00:00:00 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /home/alice/bin/dockerd-rootless.sh`;
// pasta's option in an exported FLAGS that holds a variable: no fix can write it again.
const OPTION = `$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
$ export DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="--host-lo-to-ns-lo --copy-up=$HOME/opt"
$ dockerd-rootless.sh
[rootlesskit:parent] flag provided but not defined: -host-lo-to-ns-lo
$ rootlesskit --version
rootlesskit version 2.3.4`;

/** Every fix of a paste, in English or Chinese, each parsing as a shell script. */
function fixes(paste: string, zh = false): string[] {
  const all = (zh ? analyzeWith(zhCn, paste) : analyze(paste)).findings.flatMap((f) => (f.fix ? [f.fix] : []));
  for (const fix of all) expect(spawnSync('bash', ['-n'], { input: fix }).status).toBe(0);
  return all;
}

test('a daemon started by hand: no fix restarts or reloads the user service; the upgrade and the disagreement say to start it again by hand', () => {
  for (const [zh, again] of [[false, AGAIN], [true, AGAIN_ZH]] as const) {
    for (const paste of [UPGRADE, DISAGREE]) expect(fixes(paste, zh).join('\n')).not.toMatch(/systemctl --user (?:restart|daemon-reload)/);
    // (The script runs from ~/bin: the upgrade is the static tarballs' subshell.)
    expect(finding(UPGRADE, 'affected', zh).fix).toMatch(new RegExp(`\\n\\)\\n${again}\\n`));
    expect(finding(DISAGREE, 'facts-disagree', zh).fix).toBe(`${again}\n${START_AGAIN}`);
  }
});

test("the same beside the user service: the upgrade restarts it, as before; the disagreement over an export it never reads restarts nothing", () => {
  for (const zh of [false, true]) {
    expect(finding(`${UPGRADE}\n${UNIT}`, 'affected', zh).fix).toMatch(/\n\)\nsystemctl --user restart docker\n/);
    // Review 101 #6: restarting the user service would not bring the exported slirp4netns.
    const paste = `${DISAGREE}\n${UNIT}`;
    expect((zh ? analyzeWith(zhCn, paste) : analyze(paste)).findings.find((x) => x.id === 'facts-disagree')!.fix).toBeUndefined();
  }
});

test("pasta's option in an exported FLAGS no fix can write: remove it, then start the daemon again by hand, not reload and restart", () => {
  const option = (paste: string, zh = false) => finding(paste, 'flags-pasta-option', zh).detail;
  // RootlessKit refused the flag, so no daemon runs to stop.
  expect(option(OPTION)).toMatch(/Remove --host-lo-to-ns-lo from that setting, then run dockerd-rootless\.sh again from this shell\.$/);
  expect(option(OPTION, true)).toMatch(/请从这个设置中删除 --host-lo-to-ns-lo，然后从这个 shell 重新运行 dockerd-rootless\.sh。$/);
  expect(option(`${OPTION}\n${UNIT}`)).toMatch(/then reload and restart\.$/);
  expect(option(`${OPTION}\n${UNIT}`, true)).toMatch(/然后重新加载并重启。$/);
});

test('slirp4netns not found, by hand: the setting that turns --detach-netns off is exported, not written to a drop-in', () => {
  const paste = '$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns\n$ dockerd-rootless.sh\nServer:\n Engine:\n  Version: 29.5.0\nslirp4netns: executable file not found';
  const f = finding(paste, 'slirp4netns-not-found');
  expect(f.fix).toBe(`export DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=false\n${START_AGAIN}`);
  expect(f.detail).toContain(BY_HAND);
  expect(finding(`${paste}\n${UNIT}`, 'slirp4netns-not-found').fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=false"\nEOF');
});

test("a user service shown only by systemctl status's answer is one: the drop-in fix, and the exports must go too", () => {
  const status = `${G1}
● docker.service - Docker Application Container Engine (Rootless)
     Loaded: loaded (/home/alice/.config/systemd/user/docker.service; enabled; preset: enabled)
     Active: active (running) since Fri 2026-12-04 10:00:00 UTC; 1h ago`;
  const f = finding(status, MISMATCH);
  expect(f.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"');
  expect(f.detail).toContain(GO_TOO);
});

test("the variables env prints are the shell's, like its exports: the fix exports them", () => {
  const env = `$ env | grep DOCKERD
DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin
$ dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ rootlesskit --version
rootlesskit version 2.3.4`;
  const f = finding(env, MISMATCH);
  expect(f.fix).toBe(`export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n${START_AGAIN}`);
  expect(finding(env.replace('$ env | grep DOCKERD', '$ printenv'), MISMATCH).fix).toBe(f.fix);
});

test('the user service stopped, then the script run by hand with exports: that daemon is the one, and its fix is in the shell', () => {
  const handedOver = `${UNIT}\n$ systemctl --user stop docker\n${G1}`;
  const f = finding(handedOver, MISMATCH);
  expect(f.fix).toMatch(/^export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n/);
  expect(f.detail).toContain(BY_HAND);
  // Started again after that, the user service is back: the drop-in fix.
  expect(finding(`${handedOver}\n$ systemctl --user start docker`, MISMATCH).fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"');
});

// The script started by hand with the shell's settings, and the client found no daemon (review 99, H1): the user service is not the
// daemon to start.
const UNREACHABLE = `$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
$ export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit
$ dockerd-rootless.sh &
[1] 4242
$ docker info
Client:
 Version:    27.3.1
 Context:    rootless
Server:
Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?
$ rootlesskit --version
rootlesskit version 2.3.1`;

test('no daemon reachable, by hand: the fix starts dockerd-rootless.sh from that shell, not the user service; beside the service, the service', () => {
  const rest = 'export DOCKER_HOST=unix://$XDG_RUNTIME_DIR/docker.sock\ndocker version';
  expect(finding(UNREACHABLE, 'daemon-not-running').fix).toBe(`# start dockerd-rootless.sh from this shell, in the background\n${START_AGAIN}\n${rest}`);
  expect(finding(UNREACHABLE, 'daemon-not-running', true).fix).toBe(`# 从这个 shell 在后台启动 dockerd-rootless.sh\n${START_AGAIN}\n${rest}`);
  for (const zh of [false, true]) expect(finding(`${UNREACHABLE}\n${UNIT}`, 'daemon-not-running', zh).fix).toBe(`systemctl --user start docker\n${rest}`);
  // No daemon answers, so none is to be stopped: the other fixes only run the script again.
  for (const zh of [false, true]) {
    const text = [...fixes(UNREACHABLE, zh), finding(UNREACHABLE, 'workaround-slirp4netns', zh).detail].join('\n');
    expect(text).not.toMatch(/stop the running daemon|停止正在运行的守护进程/);
    expect(text).toContain(zh ? '从这个 shell 重新运行 dockerd-rootless.sh' : 'run dockerd-rootless.sh again from this shell');
  }
  // Exports typed but the script never run: nothing shows a daemon by hand, so the user service is the one to start.
  const notRun = UNREACHABLE.replace('$ dockerd-rootless.sh &\n[1] 4242\n', '');
  for (const zh of [false, true]) expect(finding(notRun, 'daemon-not-running', zh).fix).toBe(`systemctl --user start docker\n${rest}`);
});

// RootlessKit did not find pasta: the daemon never started.
const NO_PASTA = `$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
$ export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit
$ dockerd-rootless.sh
[rootlesskit:parent] error: failed to setup network &{logWriter:0xc0000a6000 binary:pasta}: exec: "pasta": executable file not found in $PATH
$ rootlesskit --version
rootlesskit version 2.3.4`;

test('a daemon by hand that the paste shows did not start: its fixes say to run the script again, not to stop a daemon that is not running', () => {
  expect(finding(NO_PASTA, 'pasta-not-found').fix).toContain(`\nfi\n# run dockerd-rootless.sh again from this shell\n${STOP}\ndockerd-rootless.sh &`);
  expect(finding(NO_PASTA, 'pasta-not-found', true).fix).toContain(`\nfi\n# 从这个 shell 重新运行 dockerd-rootless.sh\n${STOP}\ndockerd-rootless.sh &`);
  for (const zh of [false, true]) expect(fixes(NO_PASTA, zh).join('\n')).not.toMatch(/stop the running daemon|停止正在运行的守护进程/);
  expect(finding(G1, MISMATCH).detail).not.toContain('stop the running daemon');
  expect(finding(G1, MISMATCH, true).detail).not.toContain('停止正在运行的守护进程');
});

// Review 99 #4: an export seen only in a file, and a daemon that runs other drivers: most likely the user service, which never read it.
const IN_BASHRC = `$ grep DOCKERD ~/.bashrc
export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns
$ docker version
Server: Docker Engine - Community
 Engine:
  Version:          27.3.1
 rootlesskit:
  Version:          2.3.1
  NetworkDriver:    pasta
  PortDriver:       implicit`;
const UNREAD = "The user service does not read a shell's exports: if you start dockerd-rootless.sh by hand instead, export the settings in that shell.";
const UNREAD_ZH = '用户服务不会读取 shell 导出的变量：如果你是从 shell 手动启动 dockerd-rootless.sh 的，请改为在那个 shell 中导出这些设置。';

test("an export only in a file, and the daemon runs other drivers: no restart that changes nothing, and that the user service never reads a shell's exports", () => {
  for (const paste of [IN_BASHRC, IN_BASHRC.replace('grep DOCKERD ~/.bashrc', 'cat ~/.profile')]) {
    for (const [zh, unread] of [[false, UNREAD], [true, UNREAD_ZH]] as const) {
      // Nothing changed that the user service reads: a reload and restart would change nothing, so the sentence alone says what would.
      const disagree = (zh ? analyzeWith(zhCn, paste) : analyze(paste)).findings.find((x) => x.id === 'facts-disagree')!;
      expect(disagree.fix).toBeUndefined();
      expect(disagree.detail).toContain(unread);
      expect(disagree.detail).not.toMatch(/Restart after changing configuration|修改配置后要重启/);
      const slirp = finding(paste, 'workaround-slirp4netns', zh);
      expect(slirp.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"\n');
      expect(slirp.detail).toContain(unread);
      expect(fixes(paste, zh).join('\n')).not.toMatch(/dockerd-rootless\.sh again|重新运行 dockerd-rootless\.sh/);
    }
  }
});

// Review 99 #5a: the settings given on the script's own command line, for that run alone.
const INLINE = `$ DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin dockerd-rootless.sh
+ exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave /home/alice/bin/dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ rootlesskit --version
rootlesskit version 2.3.4`;

const INLINE_AGAIN = "The last line is the command you typed, with every change the findings here make to its settings (this one's too): run dockerd-rootless.sh again from this shell, with that line.";
const INLINE_AGAIN_ZH = '最后一行是你输入的那条命令，带上了这里各项发现对其设置所做的全部修改（也包括这一项的）：请从这个 shell 重新运行 dockerd-rootless.sh，运行时用这一行。';
// The command typed, with the port driver pasta takes: exports would lose to the settings typed again before the script.
const RETYPED = 'DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit dockerd-rootless.sh';

/** The DOCKERD_ROOTLESS_ROOTLESSKIT_* variables dockerd-rootless.sh gets from a command line that runs it (a stand-in that prints them). */
function scriptGets(command: string): Record<string, string> {
  const stub = 'dockerd-rootless.sh() { env; }';
  const out = spawnSync('bash', ['-c', `${stub}\n${command.replace(/^env /, '')}`], { encoding: 'utf8', env: {} }).stdout;
  return Object.fromEntries(out.split('\n').flatMap((l) => (l.startsWith('DOCKERD_ROOTLESS_ROOTLESSKIT_') ? [l.split(/=(.*)/s).slice(0, 2)] : [])));
}

test('settings on the command line of a script run by hand: the fix is that command with the settings changed, not exports nor a drop-in', () => {
  for (const [paste, typed] of [[INLINE, RETYPED], [INLINE.replace('$ DOCKERD_', '$ env DOCKERD_'), `env ${RETYPED}`]]) {
    const f = finding(paste, MISMATCH);
    // The daemon started before, if one runs, stopped first (review 104 #6).
    expect(f.fix).toBe(`${STOP}\n${typed}`);
    expect(scriptGets(f.fix!.split('\n').at(-1)!)).toEqual({ DOCKERD_ROOTLESS_ROOTLESSKIT_NET: 'pasta', DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER: 'implicit' });
    expect(f.detail).toContain(INLINE_AGAIN);
    expect(finding(paste, MISMATCH, true).detail).toContain(INLINE_AGAIN_ZH);
    for (const zh of [false, true]) expect(finding(paste, MISMATCH, zh).detail).not.toMatch(/export lines|export 行/);
    for (const zh of [false, true]) expect(fixes(paste, zh).join('\n')).not.toMatch(/systemctl --user/);
  }
});

// A fix that stands apart (a workaround; what stopped an earlier run) gives its own line, not the one the other fixes share: its sentence
// said that line was the shared one (review 105 #3).
const OWN_AGAIN = "with every change the other findings here make to its settings and this one's own, which their line leaves out (so this line differs from theirs)";
const OWN_AGAIN_ZH = '带上了这里其他各项发现对其设置所做的全部修改，再加上这一项自己的修改；其他发现给出的那一行不含这一项的修改（所以这一行与它们的不同）';
// The daemon typed, with the affected pasta setup running (RootlessKit 2.3.1), which brings the slirp4netns workaround.
const WORKAROUND_TYPED = `$ ${RETYPED} &\n${IN_BASHRC.slice(IN_BASHRC.indexOf('$ docker version'))}`;
const EARLIER_RUN = `${INLINE.replace(/\n\+ exec.*/, '')}
$ DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin dockerd-rootless.sh &
$ dockerd --version
Docker version 27.3.1, build 41ca978`;

test("a fix apart from the others says its line is its own, and the others' fixes say theirs is shared", () => {
  for (const [paste, own, shared] of [[WORKAROUND_TYPED, 'workaround-slirp4netns', 'mtu-1500'], [EARLIER_RUN, MISMATCH, 'mtu-1500']] as const) {
    for (const zh of [false, true]) {
      const [apart, other] = [finding(paste, own, zh), finding(paste, shared, zh)];
      expect(apart.detail).toContain(zh ? OWN_AGAIN_ZH : OWN_AGAIN);
      expect(apart.detail).not.toContain(zh ? '（也包括这一项的）' : "(this one's too)");
      expect(other.detail).toContain(zh ? '（也包括这一项的）' : "(this one's too)");
      // What the sentence says: the last lines differ.
      expect(apart.fix!.split('\n').at(-1)).not.toBe(other.fix!.split('\n').at(-1));
    }
  }
});

// Review 99 #5c: the user service shown stopped, then the script run by hand.
const SHOWN_STOPPED = `$ env | grep DOCKERD
DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin
$ systemctl --user status docker
○ docker.service - Docker Application Container Engine (Rootless)
     Loaded: loaded (/home/alice/.config/systemd/user/docker.service; disabled; preset: enabled)
     Active: inactive (dead)
       Docs: https://docs.docker.com/go/rootless/
${INLINE.replace(/^.*\n/, '$ dockerd-rootless.sh\n')}`;

test('the user service shown inactive or failed, then the script run by hand: that daemon is the one, as after systemctl --user stop', () => {
  for (const active of ['inactive (dead)', 'failed (Result: exit-code) since Fri 2026-12-04 10:00:00 UTC; 1min ago']) {
    const f = finding(SHOWN_STOPPED.replace('inactive (dead)', active), MISMATCH);
    expect(f.fix).toBe(`export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n${START_AGAIN}`);
    expect(f.detail).toContain(BY_HAND);
  }
  // Shown running, the user service is there beside the shell: its drop-in, and the exports must go too.
  const running = finding(SHOWN_STOPPED.replace('inactive (dead)', 'active (running) since Fri 2026-12-04 10:00:00 UTC; 1h ago'), MISMATCH);
  expect(running.fix).toContain('Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit"');
  expect(running.detail).toContain(GO_TOO);
});

// Review 100 #3: a start script's exports, then the script run and the shell's trace of its last line (`+ exec rootlesskit …`).
const SCRIPT = `$ cat ~/bin/start-docker.sh
#!/bin/sh
export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin
exec dockerd-rootless.sh "$@"
$ ~/bin/start-docker.sh
+ exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave /home/alice/bin/dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ rootlesskit --version
rootlesskit version 2.3.4`;
// The same in a CI job's log, where the client then finds no daemon.
const CI = `Run export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
  export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
  export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin
  dockerd-rootless.sh &
  sleep 5
  docker info
  shell: /usr/bin/bash -e {0}
+ exec rootlesskit --state-dir=/run/user/1001/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
Cannot connect to the Docker daemon at unix:///run/user/1001/docker.sock. Is the docker daemon running?
Error: Process completed with exit code 1.`;

test("the shell's trace of a script run by hand: the fix exports the settings, and no fix starts or restarts the user service", () => {
  for (const paste of [SCRIPT, CI]) {
    for (const [zh, again] of [[false, BY_HAND], [true, BY_HAND_ZH]] as const) {
      const f = finding(paste, MISMATCH, zh);
      expect(f.fix).toBe('export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit');
      expect(f.detail).toContain(again);
      expect(fixes(paste, zh).join('\n')).not.toContain('systemctl --user');
    }
  }
  expect(finding(CI, 'daemon-not-running').fix).toMatch(/^# start dockerd-rootless\.sh from this shell, in the background\n/);
});

// Review 100 #6: WSL without systemd, the settings in a drop-in it never reads, and nothing exported yet.
const NO_SYSTEMD = `$ systemctl --user start docker
System has not been booted with systemd as init system (PID 1). Can't operate.
Failed to connect to bus: Host is down
$ cat ~/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"
Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"
$ rootlesskit --version
rootlesskit version 2.3.4`;

// Nothing exported, so no export lines to change: the fix's exports are what each start of the daemon needs first.
const HAND = 'These commands set the variables in this shell only: run dockerd-rootless.sh again from this shell. The paste shows none exported yet: set them with export like this before every start of the daemon (in ~/.profile, say, to keep them).';
const HAND_ZH = '这些命令只在当前 shell 里设置变量：请从这个 shell 重新运行 dockerd-rootless.sh。这里没有看到已导出的设置：以后每次启动守护进程之前，都要先这样用 export 设置它们（例如写进 ~/.profile，以便保留）。';

test('systemd not running and nothing exported yet: the fix exports the settings for the script run by hand, not a drop-in', () => {
  for (const [zh, words] of [[false, HAND], [true, HAND_ZH]] as const) {
    const f = finding(NO_SYSTEMD, MISMATCH, zh);
    expect(f.fix).toBe('export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit');
    // The settings are in a drop-in systemd never reads, with no export line to change.
    expect(f.detail).toContain(words);
    expect(f.detail).not.toMatch(/export lines|export 行/);
    expect(fixes(NO_SYSTEMD, zh).join('\n')).not.toContain('systemctl --user');
  }
});

// Review 100 #6: the port driver only in .bashrc, no daemon answering, nothing showing which daemon reads it.
const BASHRC = `$ tail -3 ~/.bashrc
export PATH=/usr/bin:$PATH
export DOCKER_HOST=unix:///run/user/1000/docker.sock
export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin
$ docker info
Client: Docker Engine - Community
 Version:    27.3.1
 Context:    rootless
Server:
ERROR: Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?
$ rootlesskit --version
rootlesskit version 2.3.4`;

test('a driver read only from a shell file that no daemon shown reads: the verdict on it is inferred, naming it unseen', () => {
  const r = analyze(BASHRC);
  expect(r.verdict).toBe('not-affected');
  expect(r.certainty).toBe('inferred');
  expect(r.unseen).toContain('portDriver');
  // Shown read by a daemon started by hand from that shell, the same line confirms it.
  const byHand = analyze(`${BASHRC}\n$ dockerd-rootless.sh`);
  expect(byHand.certainty).toBe('confirmed');
});

// Review 101 #4: the usual paste of "I ran dockerd-rootless.sh": only the shell's trace of its last line and RootlessKit's refusal.
const TRACE_ONLY = `+ exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh
[rootlesskit:parent] error: failed to setup network &{}: network "pasta" requires port driver "none" or "implicit"`;
// A CI log: the shell's trace of the script run with its settings before it, then the trace of its last line.
const CI_INLINE = `Run rootless docker
+ DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin dockerd-rootless.sh
${TRACE_ONLY.replace('/1000/', '/1001/')}
Error: Process completed with exit code 1.`;
const EXPORTS_FIX = 'export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit';

test('a hand start shown and nothing exported: the fix sets the settings in that shell (exported, or in the command typed) and runs the script again, with no systemctl', () => {
  for (const [paste, fix, again, againZh] of [[TRACE_ONLY, EXPORTS_FIX, HAND, HAND_ZH], [CI_INLINE, `${STOP}\n${RETYPED}`, INLINE_AGAIN, INLINE_AGAIN_ZH]] as const) {
    for (const [zh, words] of [[false, again], [true, againZh]] as const) {
      const f = finding(paste, MISMATCH, zh);
      expect(f.fix).toBe(fix);
      expect(f.detail).toContain(words);
      // No export line to change: none was typed, and the settings typed before the script are no export.
      expect(f.detail).not.toMatch(/export lines|export 行/);
      expect(fixes(paste, zh).join('\n')).not.toContain('systemctl --user');
    }
  }
  // Beside the user service's journal, the same trace is the service's: its drop-in, as before.
  const journal = TRACE_ONLY.split('\n').map((l) => `Dec 04 10:00:00 host dockerd-rootless.sh[1234]: ${l}`).join('\n');
  expect(finding(journal, MISMATCH).fix).toContain('systemctl --user daemon-reload && systemctl --user restart docker');
});

// Review 101 #5: a wrapper script's exports, the user service shown inactive, then the wrapper run and the trace of the script's last line.
const WRAPPER_AFTER_STOPPED = `$ cat ~/start-docker.sh
#!/bin/sh
export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin
exec dockerd-rootless.sh
$ systemctl --user status docker
○ docker.service - Docker Application Container Engine (Rootless)
     Loaded: loaded (/home/me/.config/systemd/user/docker.service; disabled; preset: enabled)
     Active: inactive (dead)
$ ~/start-docker.sh
${TRACE_ONLY}
$ rootlesskit --version
rootlesskit version 2.3.4`;

test('the user service shown stopped, then a wrapper that starts the script by hand: its exports are the fix, and nothing starts the service', () => {
  for (const [zh, again] of [[false, BY_HAND], [true, BY_HAND_ZH]] as const) {
    const f = finding(WRAPPER_AFTER_STOPPED, MISMATCH, zh);
    expect(f.fix).toBe(EXPORTS_FIX);
    expect(f.detail).toContain(again);
    expect(f.detail).not.toContain(zh ? GO_TOO_ZH : GO_TOO);
    expect(fixes(WRAPPER_AFTER_STOPPED, zh).join('\n')).not.toContain('systemctl --user');
  }
});

// Review 101 #6: the setup tool's output (the user service running pasta), then an export of slirp4netns in .bashrc.
const SETUPTOOL_THEN_BASHRC = `$ dockerd-rootless-setuptool.sh install
[INFO] Creating /home/me/.config/systemd/user/docker.service
+ systemctl --user start docker.service
+ systemctl --user --no-pager --full status docker.service
● docker.service - Docker Application Container Engine (Rootless)
     Loaded: loaded (/home/me/.config/systemd/user/docker.service; disabled; preset: enabled)
     Active: active (running) since Fri 2026-12-04 10:00:00 UTC; 3s ago
+ DOCKER_HOST=unix:///run/user/1000/docker.sock /usr/bin/docker version
${IN_BASHRC.slice(IN_BASHRC.indexOf('Server:'))}
[INFO] Installed docker.service successfully.
$ cat ~/.bashrc | grep DOCKER
export DOCKER_HOST=unix:///run/user/1000/docker.sock
export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns`;

test("the user service beside exports that disagree with it: no restart that changes nothing, and that it never reads a shell's exports", () => {
  for (const [zh, unread] of [[false, UNREAD], [true, UNREAD_ZH]] as const) {
    const disagree = (zh ? analyzeWith(zhCn, SETUPTOOL_THEN_BASHRC) : analyze(SETUPTOOL_THEN_BASHRC)).findings.find((x) => x.id === 'facts-disagree')!;
    expect(disagree.fix).toBeUndefined();
    expect(disagree.detail).toContain(unread);
    expect(disagree.detail).not.toMatch(/Restart after changing configuration|修改配置后要重启/);
  }
  // A drop-in that disagrees too is what the restart would bring: it stays.
  const dropIn = `${SETUPTOOL_THEN_BASHRC}\n$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"`;
  expect(analyze(dropIn).findings.find((x) => x.id === 'facts-disagree')!.fix).toBe('systemctl --user daemon-reload && systemctl --user restart docker');
});

// Review 105 #8: settings exported, then the script started through sudo as another user: sudo's env_reset drops the exports, so
// "export, then run it again from this shell" alone never reached that run.
const SUDO_AFTER_EXPORTS = `$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta
$ export DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin
$ sudo -u dockeruser dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ rootlesskit --version
rootlesskit version 2.3.4`;

test('exports then the script through sudo as another user: the fix says sudo drops them, and that its line types the changes after env', () => {
  const [en, zh] = [finding(SUDO_AFTER_EXPORTS, MISMATCH), finding(SUDO_AFTER_EXPORTS, MISMATCH, true)];
  expect(en.detail).toContain("The daemon was started as another user by sudo (without -E) or by a login shell (su -, runuser -l), which does not pass a shell's exports on: only what that command types is in force, so the changes are typed in it. The last line is the command you typed");
  expect(zh.detail).toContain('守护进程是经由 sudo（不带 -E）或登录 shell（su -、runuser -l）以另一个用户启动的，它们不会把 shell 导出的变量传下去：只有那条命令里写明的设置才生效，所以修改都写进了这条命令。最后一行是你输入的那条命令');
  // typed-run-shapes.test.ts runs that line.
  expect(en.fix!.split('\n').at(-1)).toBe('sudo -u dockeruser env DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit dockerd-rootless.sh');
  // sudo told to keep them (-E, --preserve-env), or no sudo: they reach the script, and the shell's sentence stands alone.
  for (const run of ['sudo -E -u dockeruser', 'sudo --preserve-env -u dockeruser', '']) {
    const detail = finding(SUDO_AFTER_EXPORTS.replace('sudo -u dockeruser ', run && `${run} `), MISMATCH).detail;
    expect(detail).not.toContain("does not pass a shell's exports on");
    expect(detail).toContain('These commands set the variables in this shell only: run dockerd-rootless.sh again from this shell');
  }
  // A --preserve-env list passes on only what it names (sudo(8)), even where that is all exported here: a setting a fix exports besides would
  // not reach the script, so the changes are typed into the command.
  const listed = finding(SUDO_AFTER_EXPORTS.replace('sudo -u dockeruser ', 'sudo -u dockeruser --preserve-env=DOCKERD_ROOTLESS_ROOTLESSKIT_NET,DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER '), MISMATCH);
  expect(listed.detail).toContain('by sudo with a --preserve-env= list, which passes on only the exports it names');
  expect(listed.fix!.split('\n').at(-1)).toBe(
    'sudo -u dockeruser --preserve-env=DOCKERD_ROOTLESS_ROOTLESSKIT_NET,DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER env DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit dockerd-rootless.sh',
  );
});
