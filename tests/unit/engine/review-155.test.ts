// What review R155 (pastes damaged on the way) found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

test("a terminal's 80-column wrap under a longer sentence of the reader's is still a wrap: pasta's argv is joined, and without the flag it is not taken for fixed (R155 04, HIGH)", () => {
  const wrapped = `copied from my terminal (80 cols) after upgrading to docker 28.1.1, does this look right now?
me@nuc:~$ rootlesskit --version
rootlesskit version 2.3.4
me@nuc:~$ ps -o pid=,lstart=,args= -C pasta
   3917 Wed Apr 16 08:51:10 2025 pasta --stderr --ns-ifname=tap0 --mtu=1500 --co
nfig-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0
.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 3904
me@nuc:~$`;
  const r = analyze(wrapped);
  expect(r.facts.hostLoToNsLo).toBe(false);
  expect(r.verdict).not.toBe('fixed');
  // The same argv unwrapped reads the same.
  const whole = analyze(wrapped.replace('--co\nnfig-net', '--config-net').replace('10.0\n.2.3', '10.0.2.3'));
  expect([whole.verdict, whole.facts.hostLoToNsLo]).toEqual([r.verdict, false]);
  // A longer line after them (a log's, a document's) says the lines of 80 are no wrap's: they stay as they are.
  expect(analyze(`${wrapped}\n${'x'.repeat(95)}`).facts.hostLoToNsLo).toBeNull();
});

test("Slack's marks around a message's output are not the output: \"(edited)\" after its closing fence, and its reactions under it (R155 16)", () => {
  const slack = `Anna Schmidt  10:42 AM
still getting a reset on 127.0.0.1
\`\`\`$ pasta --host-lo-to-ns-lo --version >/dev/null 2>&1; echo $?
0\`\`\`(edited) 
10:44
\`\`\`$ docker version --format '{{range .Server.Components}}{{.Name}} {{.Version}} {{.Details}}{{println}}{{end}}'
Engine 27.3.1 map[ApiVersion:1.47 Arch:amd64 Os:linux]
rootlesskit 2.3.1 map[ApiVersion:1.1.1 NetworkDriver:pasta StateDir:/run/user/1000/dockerd-rootless]\`\`\`(edited)
:eyes: 1`;
  const r = analyze(slack);
  expect([r.verdict, r.facts.rootlesskitVersion, r.facts.networkDriver, r.facts.pastaAcceptsHostLoToNsLo]).toEqual(['affected', '2.3.1', 'pasta', true]);
});
