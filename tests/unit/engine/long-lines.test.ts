// A line longer than the 200 characters of its evidence text tells the rules what its short twin does: the pasta option or the socket
// they look for may stand past the cut (ps's and systemctl status's columns before an argv, a long PATH before DOCKER_HOST).
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import type { Result } from '../../../src/engine/types.ts';

/** What the user is told: the verdict, the facts, and each finding with its fix. */
const told = (r: Result) => ({ verdict: r.verdict, facts: r.facts, findings: r.findings.map((f) => [f.id, f.fix ?? null]) });

/** Analyses the paste with a long line and with its short twin, checks both tell the same, and returns the short one's result. */
function twins(paste: (long: boolean) => string, part: string): Result {
  const [long, short] = [analyze(paste(true)), analyze(paste(false))];
  expect(paste(true).split('\n').some((l) => l.indexOf(part) > 200)).toBe(true);
  expect(told(long)).toEqual(told(short));
  return short;
}

const PASTA = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=none --udp-ports=none 2777069';
const PS = 'alice    2777070  0.0  0.1  23456  7890 ?        S    Dec01   0:00 /usr/bin/';
const RESET = '$ docker run -d -p 127.0.0.1:8080:80 nginx\ncurl: (56) Recv failure: Connection reset by peer';

test("pasta's --tcp-ports=none past the cut of a ps line is still an argv from before a restart beside the reset (rules/verdict-rules.ts)", () => {
  const r = twins((long) => `$ ps aux | grep pasta\n${long ? PS : ''}${PASTA}\n${RESET}`, '--tcp-ports=none');
  expect(r.verdict).not.toBe('not-affected');
  expect(r.findings.map((f) => f.id)).not.toContain('port-driver-none');
});

const REFUSED =
  '$ dockerd-rootless-setuptool.sh install\n[ERROR] Missing system requirements. Run the following commands to\n[ERROR] install the requirements and run this tool again.\n\n########## BEGIN ##########\nsudo sh -eux <<EOF\napt-get install -y uidmap\nEOF\n########## END ##########';
const PATH = (long: boolean) => (long ? `PATH=${Array.from({ length: 8 }, (_, i) => `/home/alice/.local/share/toolchain-${i}/bin`).join(':')}:/usr/bin` : 'PATH=/home/alice/bin:/usr/bin');

test("a client's socket named past the cut is configuration, not a daemon set up past the setup tool's refusal (rules/overcome.ts)", () => {
  const r = twins((long) => `${REFUSED}\n$ export ${PATH(long)} DOCKER_HOST=unix:///run/user/1000/docker.sock`, 'unix:///');
  expect(r.findings.map((f) => f.id)).toContain('setup-requirements');
});

test("a setting's name past the cut of a line that does not set it is no daemon set up past the setup tool's refusal (rules/overcome.ts)", () => {
  const r = twins((long) => `${REFUSED}\n$ echo ${PATH(long)} then DOCKERD_ROOTLESS_ROOTLESSKIT_NET`, 'DOCKERD_ROOTLESS_ROOTLESSKIT_');
  expect(r.findings.map((f) => f.id)).toContain('setup-requirements');
});
