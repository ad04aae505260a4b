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

test('a paste past the limit is read at its beginning and its end, and says which lines it skipped (R158 H2, L3)', () => {
  // Lines of 1,024 characters with their newline: half the limit ends exactly after line 1,024, and the last half starts at line 1,125 of 2,148.
  const line = `${'a'.repeat(1023)}\n`;
  const r = analyze(line.repeat(limits.maxChars / line.length + 100));
  expect(r.findings.find((f) => f.id === 'input-truncated')!.detail).toContain('skipped lines 1,025 to 1,124, so the verdict rests on those parts alone');
  // The state now, at the end of a long log, decides, with the lines numbered as pasted.
  const version = (rk: string) => ` rootlesskit:\n  Version:          ${rk}\n  ApiVersion:       1.1.1\n  NetworkDriver:    pasta\n`;
  const ps = '$ ps -o args= -C pasta\npasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 9911\n';
  const log = `${version('2.3.1')}${line.repeat(limits.maxChars / line.length + 100)}${version('2.3.2')}${ps}`;
  const now = analyze(log);
  expect([now.verdict, now.certainty, now.facts.rootlesskitVersion]).toEqual(['fixed', 'confirmed', '2.3.2']);
  expect(now.evidence.hostLoToNsLo![0]!.line).toBe(log.split('\n').length - 1);
  // A paste without a line end in either half is read up to the limit, as before.
  expect(analyze('a'.repeat(limits.maxChars + 10)).findings.find((f) => f.id === 'input-truncated')!.detail).toContain('up to line 1 and ignored the rest');
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

test("docker inspect's Config.Env is a container's environment, not the settings the host's dockerd-rootless.sh reads (R158 H4, HIGH)", () => {
  const host = `$ docker info | grep -A3 Security
 Security Options:
  seccomp
   Profile: builtin
  rootless
$ pasta --version
pasta 2025_02_17.a1e48a0
$ curl http://127.0.0.1:8080/
curl: (56) Recv failure: Connection reset by peer`;
  const arrayOverLines = `$ docker inspect ci-dind
[
    {
        "Config": {
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns",
                "DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=builtin"
            ],
            "Image": "docker:27-dind-rootless"
        }
    }
]`;
  const printedAlone = `$ docker inspect -f '{{json .Config.Env}}' ci-dind
["PATH=/usr/local/sbin:/usr/local/bin","DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"]`;
  for (const inspect of [arrayOverLines, printedAlone]) {
    const r = analyze(`${host}\n${inspect}`);
    // The host's network driver is not shown: asked for, never "not affected" from the nested daemon's settings.
    expect([r.verdict, r.facts.networkDriver]).toEqual(['incomplete', null]);
  }
  // The same settings in the host's drop-in are the daemon's.
  expect(analyze(`${host}\n$ systemctl --user cat docker\n# /home/u/.config/systemd/user/docker.service.d/override.conf\n[Service]\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=slirp4netns"`).facts.networkDriver).toBe('slirp4netns');
});

test("strace -f of the daemon's start shows what ran: RootlessKit's and pasta's argv, and pasta refusing the option (R158 M1)", () => {
  const paste = `51000  execve("/usr/bin/rootlesskit", ["rootlesskit", "--state-dir=/run/user/1000/dockerd-rootless", "--net=pasta", "--mtu=65520", "--disable-host-loopback", "--port-driver=implicit", "--copy-up=/etc", "/usr/bin/dockerd-rootless.sh"], 0x7ffd6e2b4a08 /* 31 vars */) = 0
51000  openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
52000  execve("/usr/bin/pasta", ["pasta", "--host-lo-to-ns-lo", "--version"], 0xc000186000 /* 31 vars */) = 0
52000  write(2, "/usr/bin/pasta: unrecognized option '--host-lo-to-ns-lo'\\n", 56) = 56
52000  +++ exited with 1 +++
52002  execve("/usr/bin/pasta", ["pasta", "--stderr", "--ns-ifname=tap0", "--mtu=65520", "--config-net", "--tcp-ports=auto", "--udp-ports=auto", "52001"], 0xc000186300 /* 31 vars */) = 0`;
  const r = analyze(paste);
  expect([r.verdict, r.facts.networkDriver, r.facts.portDriver, r.facts.hostLoToNsLo, r.facts.pastaAcceptsHostLoToNsLo]).toEqual(['not-affected', 'pasta', 'implicit', false, false]);
  // Without the probe's refusal, the argv without the option is the reset's cause; a start that failed (ENOENT, a search along PATH) ran nothing.
  const ran = paste.split('\n').filter((l) => !l.includes('write(')).join('\n');
  expect(analyze(ran).verdict).toBe('affected');
  const searched = `[pid 52002] 12:00:01.223456 execve("/usr/local/bin/pasta", ["pasta", "--stderr", "--ns-ifname=tap0", "--mtu=65520", "--config-net", "--tcp-ports=auto", "--udp-ports=auto", "52001"], 0xc0 /* 31 vars */) = -1 ENOENT (No such file or directory)`;
  expect(analyze(searched).facts.hostLoToNsLo).toBe(null);
  expect(analyze(searched.replace(' = -1 ENOENT (No such file or directory)', ' = 0')).facts.hostLoToNsLo).toBe(false);
});

test("RootlessKit's error as pasta fails names the port driver: implicitPortForwarding:true after the fields' nested structs (R158 L4)", () => {
  const line = `May 12 10:00:00 arch dockerd-rootless.sh[7000]: [rootlesskit:parent] error: failed to setup network &{logWriter:0xc0000a4018 binary:pasta mtu:65520 ipnet:10.0.2.0/24 disableHostLoopback:true enableIPv6:false ifname:tap0 infoMu:{w:{state:0 sema:0} writerSem:0 readerSem:0 readerCount:{_:{} v:0} readerWait:{_:{} v:0}} info:<nil> implicitPortForwarding:true}: setting up pasta with args [--stderr --ns-ifname=tap0 --mtu=65520 --config-net --tcp-ports=auto --udp-ports=auto --host-lo-to-ns-lo 7009]: pasta failed with exit code 1`;
  const r = analyze(line);
  expect([r.facts.portDriver, r.inferred.includes('portDriver')]).toEqual(['implicit', false]);
  expect(r.evidence.portDriver?.[0]?.part?.text).toBe('implicitPortForwarding:true');
});
