// A line that sets DOCKERD_ROOTLESS_ROOTLESSKIT_* after a long PATH (systemctl --user show of an installer-made unit, or that line copied
// into a drop-in) is a settings line wherever its settings stand: evidence text is cut at 200 characters, and the rules that tell a settings
// line from another read the whole line's record instead. Each paste with a long PATH tells the user what its twin with a short one does.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import type { Result } from '../../../src/engine/types.ts';

const LONG_PATH = `PATH=${Array.from({ length: 8 }, (_, i) => `/home/alice/.local/share/toolchain-${i}/bin`).join(':')}:/usr/local/bin:/usr/bin:/bin`;
const SHORT_PATH = 'PATH=/home/alice/bin:/usr/bin';

const DROP_IN = '$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]';
const SHOW = '$ systemctl --user show docker -p Environment';
const extras = (version: string) => `$ dpkg -l docker-ce-rootless-extras\nii  docker-ce-rootless-extras 5:${version}-1~ubuntu.24.04~noble amd64 Rootless support for Docker.`;

/** What the user is told: the verdict, the facts, and each finding with its fix. */
const told = (r: Result) => ({ verdict: r.verdict, facts: r.facts, findings: r.findings.map((f) => [f.id, f.fix ?? null]) });
const fixOf = (r: Result, id: string) => r.findings.find((f) => f.id === id)?.fix;

/** Analyses the paste with a long PATH and with a short one, checks both tell the same, and returns the short one's result. */
function twins(paste: (path: string) => string): Result {
  const [long, short] = [analyze(paste(LONG_PATH)), analyze(paste(SHORT_PATH))];
  expect(paste(LONG_PATH).split('\n').some((l) => l.length > 200)).toBe(true);
  expect(told(long)).toEqual(told(short));
  return short;
}

test('a drop-in systemd has not loaded is told, whatever the length of its settings line (rules/unloaded.ts)', () => {
  const r = twins((p) => `${DROP_IN}\nEnvironment=${p} DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit\n${SHOW}\nEnvironment=PATH=/home/alice/bin:/usr/bin`);
  expect(r.findings.map((f) => f.id)).toContain('drop-in-not-loaded');
  expect(r.facts.networkDriver).toBeNull();
});

test('a daemon-reload before the showing says the file is not read, though a long settings line of it comes first (rules/findings.ts)', () => {
  const r = twins((p) => `${DROP_IN}\nEnvironment=${p} DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n$ systemctl --user daemon-reload\n${SHOW}\nEnvironment=PATH=/home/alice/bin:/usr/bin`);
  // Reloaded: the fix shows the unit's files rather than asking for the reload again.
  expect(fixOf(r, 'drop-in-not-loaded')).toBe('systemctl --user cat docker');
});

test('NET=pasta alone from a long line gets port driver builtin from dockerd-rootless.sh before its fallback (rules/infer.ts)', () => {
  const r = twins((p) => `${extras('27.3.1')}\n${SHOW}\nEnvironment=${p} DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta`);
  expect(r.facts.portDriver).toBe('builtin');
  expect(r.findings.map((f) => f.id)).toContain('pasta-port-driver-mismatch');
});

test('pasta set by FLAGS alone after a long PATH gets builtin beside slirp4netns from the fallback on (rules/infer.ts)', () => {
  const r = twins((p) => `${extras('28.5.2')}\n$ slirp4netns --version\nslirp4netns version 1.2.1\n${SHOW}\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_DETACH_NETNS=true ${p} DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta`);
  expect(r.facts.portDriver).toBe('builtin');
  expect(r.findings.map((f) => f.id)).toContain('pasta-port-driver-mismatch');
});

test('NET set on a long line is set by hand: MTU 1500 before Docker 28.5.2 (rules/net-set.ts)', () => {
  const r = twins((p) => `${extras('27.3.1')}\n${SHOW}\nEnvironment=${p} DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit`);
  expect(r.findings.map((f) => f.id)).toContain('mtu-1500');
});

test('a setting on a long line is configuration, not a daemon set up past the setup tool\'s refusal (rules/overcome.ts)', () => {
  const refused = '$ dockerd-rootless-setuptool.sh install\n[ERROR] Missing system requirements. Run the following commands to\n[ERROR] install the requirements and run this tool again.\n\n########## BEGIN ##########\nsudo sh -eux <<EOF\napt-get install -y uidmap\nEOF\n########## END ##########';
  const r = twins((p) => `${refused}\n${SHOW}\nEnvironment=${p} DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta`);
  expect(r.findings.map((f) => f.id)).toContain('setup-requirements');
});

test('the MTU a long settings line sets is kept by the fix back to slirp4netns (rules/findings.ts)', () => {
  const refusal = '$ journalctl --user -u docker -n 5\nDec 04 10:00:01 host dockerd-rootless.sh[1234]: [rootlesskit:parent] error: port driver requires non-host network';
  const r = twins((p) => `${SHOW}\nEnvironment=${p} DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host DOCKERD_ROOTLESS_ROOTLESSKIT_MTU=1400\n${refusal}`);
  expect(fixOf(r, 'host-network-driver')).toContain('NET=slirp4netns');
  expect(fixOf(r, 'host-network-driver')).not.toContain('MTU=');
});
