// dockerd-rootless.sh started by hand from a shell that exports its settings: a drop-in would change nothing there (review 92 #7).
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Finding } from '../../../src/engine/types.ts';

// The paste of review 92 (g1-export): FLAGS exported, the script run by hand, RootlessKit's refusal.
const exportedPaste = (flags: string) => `$ export DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS="${flags}"
$ dockerd-rootless.sh
+ exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --mtu=65520 --slirp4netns-sandbox=auto --slirp4netns-seccomp=auto --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave ${flags} /home/alice/bin/dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ rootlesskit --version
rootlesskit version 2.3.4`;
const G1 = exportedPaste('--net=pasta --port-driver=builtin --copy-up=/opt');
const MISMATCH = 'pasta-port-driver-mismatch';
const BY_HAND = 'stop the running daemon, then run dockerd-rootless.sh again from this shell';
const BY_HAND_ZH = '请停止正在运行的守护进程，再从这个 shell 重新运行 dockerd-rootless.sh';
const GO_TOO = 'The settings exported in a shell here must go too';
const GO_TOO_ZH = '这里在 shell 中导出的设置也必须去掉';

/** The finding `id` of a paste, in English or Chinese; its fix parses as a shell script. */
function finding(paste: string, id: string, zh = false): Finding {
  const f = (zh ? analyzeWith(zhCn, paste) : analyze(paste)).findings.find((x) => x.id === id)!;
  expect(f, id).toBeDefined();
  expect(spawnSync('bash', ['-n'], { input: f.fix! }).status).toBe(0);
  return f;
}

/** The DOCKERD_ROOTLESS_ROOTLESSKIT_* variables a shell holds after the paste's exports and then the fix, run in it. */
function variablesAfter(paste: string, fix: string): Record<string, string> {
  const exports = paste.split('\n').filter((l) => l.startsWith('$ export ')).map((l) => l.slice(2));
  const out = spawnSync('bash', ['-c', [...exports, fix, 'env'].join('\n')], { encoding: 'utf8', env: {} }).stdout;
  return Object.fromEntries(out.split('\n').flatMap((l) => (l.startsWith('DOCKERD_ROOTLESS_ROOTLESSKIT_') ? [l.split(/=(.*)/s).slice(0, 2)] : [])));
}

test('exported settings and the script run by hand: the fix exports the settings in that shell, and says to start the daemon again', () => {
  const f = finding(G1, MISMATCH);
  expect(f.fix).toBe(
    "export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\nexport DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS='--copy-up=/opt'",
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
  expect(f.fix!.split('\n').at(-1)).toBe('unset DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS');
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
  expect(f.detail).not.toContain(BY_HAND);
  expect(finding(mixed, MISMATCH, true).detail).toContain(GO_TOO_ZH);
});

test('exported settings where systemd does not run: the shell form, though systemctl was asked', () => {
  const paste = `${G1}\n$ systemctl --user status docker\nSystem has not been booted with systemd as init system (PID 1). Can't operate.`;
  expect(finding(paste, MISMATCH).fix).toMatch(/^export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n/);
});
