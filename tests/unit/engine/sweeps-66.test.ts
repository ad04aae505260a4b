// What the sweep of public pastes 66 found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

test("Docker's fallback to pasta is said to need passt installed, and what comes after it", () => {
  const paste = labelledFixtures('wild').find((f) => f.file.startsWith('ru-homework-noble-apt-docker-ce-29.8.0'))!.text;
  expect(analyze(paste).findings[0]!.detail).toContain(
    'dockerd-rootless.sh picks pasta where slirp4netns is missing and passt is installed (where neither is, vpnkit, and from 29.5.0, last of all, gvisor-tap-vsock).',
  );
});

test('asking which RootlessKit runs, the lines that say the daemon uses pasta are shown', () => {
  const step = analyze('[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"').findings[0]!;
  expect([step.id, step.evidence.map((e) => e.line)]).toEqual(['need-rootlesskit-version', [2]]);
});

test("pasta's IPv4-only mode is read from whole argvs: RootlessKit's --ipv6 turns it off, and pasta's argv without --ipv4-only shows it off", () => {
  // Without --ipv6, what RootlessKit passes is known only for some releases (FACTS §4): nothing is read.
  const rootlesskit = 'me  1234  rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --port-driver=implicit /usr/bin/dockerd-rootless.sh';
  const pasta = 'me 1250 /usr/bin/pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --tcp-ports=auto';
  expect([
    analyze(rootlesskit.replace('--mtu=65520', '--mtu=65520 --ipv6')).facts.ipv4Only,
    analyze(rootlesskit).facts.ipv4Only,
    analyze(`${pasta} --udp-ports=auto 2777069`).facts.ipv4Only,
    analyze(`${pasta} --ipv4-only --udp-ports=auto 2777069`).facts.ipv4Only,
    // Cut short (a terminal's width), the argv proves nothing.
    analyze(pasta).facts.ipv4Only,
  ]).toEqual([false, null, false, true, null]);
});
