// Review 101 #8: a long line's evidence was its start cut at 200 characters, so the option that decided a finding (RootlessKit's
// --net=pasta appended by FLAGS, pasta's --host-lo-to-ns-lo, a unit's DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta) could stand past the cut:
// the user saw evidence that did not show the reason. The excerpt is now a window around it, "…" marking each end that was cut.
import { expect, test } from 'vitest';
import { wholeLine } from '../../../src/engine/facts.ts';
import { analyze } from '../../../src/engine/index.ts';
import type { Evidence, Result } from '../../../src/engine/types.ts';

const ARGV =
  '+ exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=slirp4netns --mtu=65520 --slirp4netns-sandbox=auto --slirp4netns-seccomp=auto --disable-host-loopback --port-driver=builtin --copy-up=/etc --copy-up=/run --propagation=rslave --net=pasta --port-driver=implicit --copy-up=/opt /home/alice/bin/dockerd-rootless.sh';
const PASTA =
  'alice    2777070  0.0  0.1  23456  7890 ?        S    Dec01   0:00 /usr/bin/pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 2777069';
const SHOW = `Environment=PATH=${Array.from({ length: 6 }, (_, i) => `/home/alice/.local/share/toolchain-${i}/bin`).join(':')}:/usr/bin DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit`;

/** The evidence of fact `key` on the paste's line `n`. */
const evidence = (r: Result, key: keyof Result['facts'], n: number): Evidence => r.evidence[key]!.find((e) => e.line === n)!;

test('a RootlessKit argv whose --net=pasta stands past the cut: its evidence shows it, cut at both ends, and maps back to the whole line', () => {
  const r = analyze(`$ dockerd-rootless.sh\n${ARGV}\n$ rootlesskit --version\nrootlesskit version 2.3.4`);
  expect(r.facts.networkDriver).toBe('pasta');
  const net = evidence(r, 'networkDriver', 2);
  expect(net.text).toMatch(/^….* --net=pasta --port-driver=implicit /);
  expect(net.text.length).toBeLessThanOrEqual(200);
  expect(wholeLine(net)).toBe(ARGV.slice(2));
  // The verdict's finding quotes the line by it.
  expect(r.findings[0]!.evidence.find((e) => e.line === 2)!.text).toContain('--net=pasta');
});

test("pasta's --host-lo-to-ns-lo at the end of a ps line is shown by the evidence of the fix seen", () => {
  const r = analyze(`$ ps aux | grep pasta\n${PASTA}`);
  expect(r.facts.hostLoToNsLo).toBe(true);
  const flag = evidence(r, 'hostLoToNsLo', 2);
  expect(flag.text).toMatch(/^….*--host-lo-to-ns-lo 2777069$/);
  expect(wholeLine(flag)).toBe(PASTA);
});

test("systemctl --user show's Environment= line with the network driver after a long PATH shows DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta", () => {
  const r = analyze(`$ systemctl --user show docker -p Environment --no-pager\n${SHOW}`);
  expect(r.facts.networkDriver).toBe('pasta');
  expect(evidence(r, 'networkDriver', 2).text).toMatch(/^….*DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta/);
  expect(evidence(r, 'portDriver', 2).text).toContain('DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit');
});

test('a short line is quoted whole, as it was', () => {
  const line = 'rootlesskit --net=pasta --port-driver=implicit --copy-up=/etc /usr/bin/dockerd-rootless.sh';
  expect(evidence(analyze(line), 'networkDriver', 1).text).toBe(line);
});
