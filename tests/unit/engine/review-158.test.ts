// What review R158 (big dumps: support bundles, playbook runs, journals, traces) found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { limits } from '../../../src/engine/limits.ts';

const component = (rk: string, net: string): string[] =>
  [' rootlesskit:', `  Version:          ${rk}`, '  ApiVersion:       1.1.1', `  NetworkDriver:    ${net}`, ...(net === 'pasta' ? [] : ['  PortDriver:       builtin']), '  StateDir:         /run/user/1000/dockerd-rootless'];

test("ansible-playbook's results part the hosts: one host's pasta is not read as another's slirp4netns machine (R158 H1, HIGH)", () => {
  const host = (name: string, rk: string, net: string): string =>
    [`changed: [${name}] => {`, '    "stdout_lines": [', ...component(rk, net).map((l) => `        "${l}",`), '    ]', '}'].join('\n');
  for (const hosts of [[host('web17', '2.3.2', 'slirp4netns'), host('web18', '2.3.1', 'pasta')], [host('web18', '2.3.1', 'pasta'), host('web17', '2.3.2', 'slirp4netns')]]) {
    const r = analyze(`TASK [docker version] ***\n${hosts.join('\n')}\n`);
    // Two machines that disagree: which one is asked, never a verdict for one of them taken from the other's lines.
    expect([r.verdict, r.findings.map((f) => f.id)]).toEqual(['incomplete', ['machines-apart']]);
    expect(r.findings[0]!.title).toContain('web18');
  }
});

test("the guide's probe run by its path: getopt's \"/usr/bin/pasta: unrecognized option\" says pasta predates the change (R158 H3, HIGH)", () => {
  const paste = `$ /usr/bin/pasta --host-lo-to-ns-lo --version; echo $?
/usr/bin/pasta: unrecognized option '--host-lo-to-ns-lo'
1
$ ps -o args= -C pasta
pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto 52001`;
  const r = analyze(paste);
  expect([r.verdict, r.facts.pastaAcceptsHostLoToNsLo]).toEqual(['not-affected', false]);
  expect(analyze(paste.replaceAll('/usr/bin/pasta', '/usr/libexec/podman/pasta')).verdict).toBe('not-affected');
});

test("rpm -qa --last's rows (sosreport's installed-rpms too) name the installed passt: its release before the change (R158 H5, HIGH)", () => {
  const paste = `$ rpm -qa --last | head -3
bash-5.2.26-3.fc40.x86_64                                   Mon 03 Mar 2025 09:12:44 AM CET
docker-ce-rootless-extras-27.3.1-1.fc40.x86_64             Mon 03 Mar 2025 09:12:44 AM CET
passt-0^20240906.g6b38f07-1.fc40.x86_64                     Mon 03 Mar 2025 09:12:44 AM CET
$ docker version | sed -n '/^Server/,$p'
Server: Docker Engine - Community
 Engine:
  Version:          27.3.1
${component('2.3.1', 'pasta').join('\n')}`;
  const r = analyze(paste);
  expect([r.verdict, r.facts.pastaDate]).toEqual(['not-affected', '2024-09-06']);
  expect(r.findings[0]!.id).toBe('pasta-predates-change');
});

test('a paste past the limit says up to which line it was read, and that the verdict rests on that part (R158 H2, L3)', () => {
  // Lines of 1,024 characters with their newline: the limit ends exactly after line 2,048.
  const line = `${'a'.repeat(1023)}\n`;
  const r = analyze(line.repeat(limits.maxChars / line.length + 100));
  const cut = r.findings.find((f) => f.id === 'input-truncated')!;
  expect(cut.detail).toContain('up to line 2,048 and ignored the rest');
});

test("a journal in its own order, its times rising: its last start decides, confirmed, and the starts before it are history, with no restart to advise (R158 M2)", () => {
  const start = (day: string, pid: number, version: string, flag: boolean): string =>
    [
      `Jan ${day} 09:00:01 devbox dockerd-rootless.sh[${pid}]: time="2025-01-${day}T09:00:01+01:00" level=debug msg="[rootlesskit:parent] Executing [pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --ipv4-only --tcp-ports=auto --udp-ports=auto${flag ? ' --host-lo-to-ns-lo' : ''} ${pid + 31}]"`,
      `Jan ${day} 09:00:02 devbox dockerd-rootless.sh[${pid}]: time="2025-01-${day}T09:00:02+01:00" level=info msg="Docker daemon" commit=41ca978 storage-driver=overlay2 version=${version}`,
    ].join('\n');
  const journal = `$ journalctl --user -u docker --no-pager\n${start('13', 2500, '27.3.1', false)}\n${start('14', 2795, '27.3.1', false)}\n${start('24', 4407, '27.5.1', true)}`;
  const r = analyze(journal);
  expect([r.verdict, r.certainty, r.facts.hostLoToNsLo]).toEqual(['fixed', 'confirmed', true]);
  // The values before are told apart from the one used, and no restart is advised: the journal shows the restarts.
  const history = r.findings.find((f) => f.id === 'facts-disagree')!;
  expect(history.detail).toContain('The checker uses 27.5.1, yes');
  expect([history.detail.includes('Restart'), history.fix]).toEqual([false, undefined]);
  // Times that do not rise leave the order to the paste: which argv runs now is not sure.
  const unordered = journal.replace('Jan 24 09:00:01', 'Jan 12 09:00:01').replace('Jan 24 09:00:02', 'Jan 12 09:00:02');
  expect(analyze(unordered).certainty).toBe('inferred');
});
