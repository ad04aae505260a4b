import { describe, expect, test } from 'vitest';
import { atPrompt, clean } from '../../../src/engine/clean.ts';
import { limits } from '../../../src/engine/limits.ts';

const texts = (input: string): string[] => clean(input).lines.map((l) => l.text);

describe('clean', () => {
  test.each([
    ['Jan 01 12:00:00 host dockerd-rootless.sh[123]: + exec rootlesskit --net=pasta', 'exec rootlesskit --net=pasta'],
    ['dockerd-rootless.sh[159782]: Dual stack forward', 'Dual stack forward'],
    // The journal in the reader's language: Czech, French, Chinese months.
    ['led 07 00:47:26 pcstratil dockerd-rootless.sh[22803]: rootlesskit version 2.3.1', 'rootlesskit version 2.3.1'],
    ['déc. 07 00:47:26 host dockerd-rootless.sh[22803]: rootlesskit version 2.3.1', 'rootlesskit version 2.3.1'],
    ['12月 07 00:47:26 host dockerd-rootless.sh[22803]: rootlesskit version 2.3.1', 'rootlesskit version 2.3.1'],
    // A line quoted as Markdown inline code, with a journal prefix inside.
    ['`dockerd-rootless.sh[980518]: [rootlesskit:parent] error: failed`', '[rootlesskit:parent] error: failed'],
    ['`PATH=/home/u/bin:$PATH dockerd-rootless.sh ` ', 'PATH=/home/u/bin:$PATH dockerd-rootless.sh'],
    ['2024-04-29T14:58:49+0200 host dockerd-rootless.sh[1]: hello', 'hello'],
    ['[2024-04-02T17:00:08.992Z] Client: Docker Engine - Community', 'Client: Docker Engine - Community'],
    ['Tue 2026-07-21 10:01:02 CEST host dockerd-rootless.sh[42]: rootlesskit version 2.3.1', 'rootlesskit version 2.3.1'],
    ['2024-11-08T10:00:00.1234567Z  Version:  27.4.0', ' Version:  27.4.0'],
    ['[S21 Final Project Pipeline/6. Docker Build   ]   |  Version:    29.7.2-1', ' Version:    29.7.2-1'],
    ['$ docker version', 'docker version'],
    ['user@host:~$ pasta --version', 'pasta --version'],
    ['[user@fedora ~]$ rpm -q passt', 'rpm -q passt'],
    ['root@box:/# docker info', 'docker info'],
    ['+ docker run -p 127.0.0.1:8080:80 nginx', 'docker run -p 127.0.0.1:8080:80 nginx'],
    ['> quoted line', 'quoted line'],
    // A Markdown list item; YAML's and rootlessctl's "- " items keep their dash.
    ['* passt 2025_03_20.32f6212', 'passt 2025_03_20.32f6212'],
    ['- Network Driver: pasta', '- Network Driver: pasta'],
    ['\x1b[1;32mgreen\x1b[0m text', 'green text'],
    // A recorded session (script, tmux): the title the prompt sets, bracketed paste mode, then the prompt itself.
    ['\x1b]0;me@host: ~\x07\x1b[?2004hme@host:~$ pasta --version', 'pasta --version'],
    ['\x1b]2;title\x1b\\docker info', 'docker info'],
    ['tabs\tand\u00a0nbsp   ', 'tabs and nbsp'],
    // HTML entities, named and numbered (Go's html/template, WordPress), and a soft hyphen a page put inside a word.
    ['&quot;NetworkDriver&quot;:&#160;&#34;pasta&#x22;', '"NetworkDriver": "pasta"'],
    // A numbered newline stays as written: it would move every line after it.
    ['Version: 2.3.1&#10;', 'Version: 2.3.1&#10;'],
    // Names in any case; other names, and what only looks like one, stay.
    ['&LT;none&GT; &copy; a&b; &#X2F;run', '<none> &copy; a&b; /run'],
    ['name=root\u00adless', 'name=rootless'],
    ['NetworkDriver\uff1a    pasta', 'NetworkDriver:    pasta'],
    // It takes the room of a colon and a blank: retyped output often has no blank after it.
    ['NetworkDriver\uff1apasta', 'NetworkDriver: pasta'],
    ['Version\uff1a0.14.2', 'Version: 0.14.2'],
    // Not in a URL, a time or a port.
    ['see http\uff1a//docs.docker.com', 'see http://docs.docker.com'],
    ['12\uff1a30\uff1a45 127.0.0.1\uff1a8080->80/tcp', '12:30:45 127.0.0.1:8080->80/tcp'],
    // In Chinese prose the full-width colon stays: it ends the value before it.
    ['\u8bbe\u7f6e\u4e86 DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\uff1a\u4e4b\u540e', '\u8bbe\u7f6e\u4e86 DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\uff1a\u4e4b\u540e'],
    // WordPress and word processors make "--" before an option a dash; a dash in prose stays one.
    ['rootlesskit \u2013net=pasta \u2014port-driver=implicit', 'rootlesskit --net=pasta --port-driver=implicit'],
    ['slirp4netns \u2013 the default', 'slirp4netns \u2013 the default'],
    ['[INFO] Installed docker.service successfully.', '[INFO] Installed docker.service successfully.'],
    ['>= 2.3.2', '>= 2.3.2'],
    // Fences glued to the paste's first or last line (Markdown's, Jira's); a fence with its language alone is no line.
    ['```Server: Docker Engine - Community', 'Server: Docker Engine - Community'],
    ['{code:bash}Server: Docker Engine - Community', 'Server: Docker Engine - Community'],
    ['pasta 2025_03_20.32f6212```', 'pasta 2025_03_20.32f6212'],
    ['  GitCommit:        de40ad0{code}', '  GitCommit:        de40ad0'],
    // A log's own tag: kubectl logs --prefix, tkn, a script's; RootlessKit's own tag is part of its errors' words.
    ['[pod/runner-7d9f/dind]  rootlesskit:', ' rootlesskit:'],
    ['[build : step-docker-info] Server Version: 27.3.1', 'Server Version: 27.3.1'],
    ['[podman-check] pasta 0^20240426.gd03c4e2-1.fc40.aarch64-pasta', 'pasta 0^20240426.gd03c4e2-1.fc40.aarch64-pasta'],
    ['[rootlesskit:parent] error: failed to setup network', '[rootlesskit:parent] error: failed to setup network'],
    ['[I--] [  ] app-containers/rootlesskit-2.3.1:0', '[I--] [  ] app-containers/rootlesskit-2.3.1:0'],
    // Docker Compose's service prefix (v2, v1), and GitLab's raw job log with the stream after the timestamp.
    ['dind-1  |  Engine:', ' Engine:'],
    ['dind_1  | Server Version: 20.10.7', 'Server Version: 20.10.7'],
    ['2024-05-01T12:00:00.123456Z 00O   Version:          28.1.1', '  Version:          28.1.1'],
    ['i+ | passt | package | 0^20250217.a1e48a0-1.1 | x86_64 | Main', 'i+ | passt | package | 0^20250217.a1e48a0-1.1 | x86_64 | Main'],
  ])('%j → %j', (input, output) => expect(texts(input)).toEqual([output]));

  test("reads Ansible's lists of output lines as the lines they hold, on one line or one string per line", () => {
    expect(texts('ok: [n1] => {"changed": false, "stdout_lines": ["Server: Docker Engine - Community", " rootlesskit:", "  Version:          2.3.1"], "rc": 0}')).toEqual([
      'Server: Docker Engine - Community',
      ' rootlesskit:',
      '  Version:          2.3.1',
    ]);
    expect(texts('fatal: [n1]: FAILED! => {"stderr_lines": ["a \\"quoted\\" ] word"], "stdout_lines": ["b"]}')).toEqual(['a "quoted" ] word', 'b']);
    // A loop's lists sit deeper (results[]): the line is read as it stands.
    expect(texts('ok: [n1] => {"results": [{"stdout_lines": ["rootlesskit version 2.3.1"]}]}')).toEqual(['ok: [n1] => {"results": [{"stdout_lines": ["rootlesskit version 2.3.1"]}]}']);
    expect(texts('ok: [n1] => {\n    "msg": [\n        "NetworkDriver:    pasta",\n        "PortDriver:       implicit"\n    ]\n}')).toEqual([
      'ok: [n1] => {',
      '    "msg": [',
      'NetworkDriver:    pasta',
      'PortDriver:       implicit',
      '    ]',
      '}',
    ]);
  });

  test("reads Python's repr of output (bytes, or a string a key says is output) as the lines it holds, and a cmdline key's string as the argv", () => {
    expect(texts("CompletedProcess(args=['rootlesskit', '--version'], returncode=0, stdout=b'rootlesskit version 2.3.1\\n', stderr=b'')")).toEqual(['rootlesskit version 2.3.1']);
    expect(texts("b'pasta 2025_01_21.4f2c8e7\\nCopyright Red Hat\\n\\n'")).toEqual(['pasta 2025_01_21.4f2c8e7', 'Copyright Red Hat']);
    expect(texts("b'[{\"Name\":\"rootlesskit\",\"Version\":\"2.3.1\"}]\\n'")).toEqual(['[{"Name":"rootlesskit","Version":"2.3.1"}]']);
    expect(texts("stdout='it\\'s 2.3.1\\n'")).toEqual(["it's 2.3.1"]);
    expect(texts('    cmdline: "rootlesskit --net=slirp4netns --port-driver=builtin"')).toEqual(['rootlesskit --net=slirp4netns --port-driver=builtin']);
    // A shell's own quoting with "\n" in it is the command as typed.
    for (const typed of ["$ printf 'rootlesskit version 2.3.1\\n'", `$ docker version --format='{{range .Server.Components}}{{.Name}}{{"\\n"}}{{end}}'`])
      expect(texts(typed)).toEqual([typed.slice(2)]);
  });

  test("joins an argv a mail client wrapped inside a quoted mail, whose every line has the quote's marker", () => {
    const quoted = '> pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net\n> --address=10.0.2.100 --netmask=24\n> --udp-ports=auto 2777069\n>\n> pasta 2025_03_20.32f6212';
    expect(texts(quoted)).toEqual(['pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --udp-ports=auto 2777069', 'pasta 2025_03_20.32f6212']);
  });

  test('undoes cat -A in a run of lines that end in "$" (a carriage return shown as "^M", a tab as "^I"), not in one line alone', () => {
    expect(texts('[Service]$\nEnvironment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"^M$\n$\nExecStart=^I/usr/bin/dockerd-rootless.sh$')).toEqual([
      '[Service]',
      'Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta"',
      'ExecStart= /usr/bin/dockerd-rootless.sh',
    ]);
    expect(texts('grep -c x$\nrootlesskit --version')).toEqual(['grep -c x$', 'rootlesskit --version']);
    // One line with a carriage return shown (no line ends in "^M$" by itself), and blanks a paste added after the marks.
    expect(texts('Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta^M$')).toEqual(['Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta']);
    expect(texts('Engine:$  \n  Version:          28.1.1$ ')).toEqual(['Engine:', '  Version:          28.1.1']);
  });

  test('joins lines continued with a backslash, as shells and people writing logs break them; each piece keeps its line', () => {
    const joined = clean('docker run -d \\\n  --name web \\\n  --net=host \\\n  nginx:alpine\nnext').lines;
    expect(joined.map((l) => [l.n, l.text])).toEqual([
      [1, 'docker run -d --name web --net=host nginx:alpine'],
      [5, 'next'],
    ]);
    expect(texts('[rootlesskit:parent] error: failed to start the child: \\\n  fork/exec /proc/self/exe: permission denied')).toEqual([
      '[rootlesskit:parent] error: failed to start the child: fork/exec /proc/self/exe: permission denied',
    ]);
    // A shell's "> " prompt for more goes; a line at the left margin after a command cut at its backslash (a Markdown line break) is not
    // joined, and loses only the backslash.
    expect(texts('$ docker run -d \\\n> --net=host nginx')).toEqual(['docker run -d --net=host nginx']);
    expect(texts('$ docker run -d -p 127.0.0.1:8080:80 \\\nServer: Docker Engine - Community\nServer Version: 27.3.1  \\\nnext')).toEqual([
      'docker run -d -p 127.0.0.1:8080:80',
      'Server: Docker Engine - Community',
      'Server Version: 27.3.1',
      'next',
    ]);
    // A joined command longer than the wrap does not hide a hard wrap elsewhere in the paste.
    const argv = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh';
    const command = 'docker run -d \\\n  --name web-server-one \\\n  --publish 127.0.0.1:8080:80 \\\n  --restart unless-stopped \\\n  nginx:alpine';
    expect(texts(`${command}\n${argv.slice(0, 76)}\n${argv.slice(76, 152)}\n${argv.slice(152)}`).at(-1)).toBe(argv);
    // A Windows path ends in a backslash with no blank before it.
    expect(texts('C:\\Users\\me\\\nnext')).toEqual(['C:\\Users\\me\\', 'next']);
    // A backslash glued to a word goes on (as bash joins it) before an indented line, but not as the last of a path, nor escaped.
    expect(texts('$ docker run -d\\\n  nginx')).toEqual(['docker run -d nginx']);
    expect(texts('Saved in C:\\Users\\me\\\n  next')).toEqual(['Saved in C:\\Users\\me\\', '  next']);
    expect(texts('$ echo a\\\\\n  next')).toEqual(['echo a\\\\', '  next']);
    const start = performance.now();
    expect(clean('a \\\n'.repeat(200_000)).lines.length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(1000);
  });
  test('drops fence lines, with or without their language', () => {
    expect(texts('```console\nrootlesskit --version\n```\n{noformat}\n~~~\n{code:bash}')).toEqual(['rootlesskit --version']);
  });

  test('keeps what it stripped from the start of a line', () => {
    const [line] = clean('Dec 16 17:56:08 hostname dockerd-rootless.sh[1069]: + net=vpnkit').lines;
    expect(line).toMatchObject({ text: 'net=vpnkit', prefix: 'Dec 16 17:56:08 hostname dockerd-rootless.sh[1069]: + ' });
    expect(clean('net=vpnkit').lines[0]!.prefix).toBeUndefined();
    expect(clean('> `host dockerd-rootless.sh[1069]: + net=vpnkit`').lines[0]).toMatchObject({ text: 'net=vpnkit', prefix: '`host dockerd-rootless.sh[1069]: + ' });
    // A quoted line among unquoted ones keeps its quote marker as part of what was stripped.
    expect(clean('net=vpnkit\n> `host dockerd-rootless.sh[1069]: + net=vpnkit`').lines[1]).toMatchObject({ text: 'net=vpnkit', prefix: '> `host dockerd-rootless.sh[1069]: + ' });
  });

  test('reads the prompts of PowerShell and cmd as prompts, and a drive path in prose or a quote marker as none', () => {
    const typed = (t: string): [string, boolean] => {
      const line = clean(t).lines[0]!;
      return [line.text, atPrompt(line)];
    };
    expect(typed('PS C:\\Users\\me> docker -c rootless info')).toEqual(['docker -c rootless info', true]);
    expect(typed('PS> docker version')).toEqual(['docker version', true]);
    expect(typed('PS C:\\> curl.exe -v http://127.0.0.1:8080/')).toEqual(['curl.exe -v http://127.0.0.1:8080/', true]);
    expect(typed('C:\\Users\\me>docker info')).toEqual(['docker info', true]);
    expect(typed('C:\\Program Files\\Docker>docker context ls')).toEqual(['docker context ls', true]);
    expect(typed('> docker info')).toEqual(['docker info', false]);
    expect(typed('C:\\Users\\me -> docker info')).toEqual(['C:\\Users\\me -> docker info', false]);
    expect(typed('C:\\Users\\me\\.docker\\config.json')).toEqual(['C:\\Users\\me\\.docker\\config.json', false]);
    expect(typed('PS: docker info works')).toEqual(['PS: docker info works', false]);
  });

  test("reads bash's own default prompt, starship's after a directory and a venv's before a bare one as prompts; root's bare \"# \" stays a comment", () => {
    const typed = (t: string): [string, boolean] => {
      const line = clean(t).lines[0]!;
      return [line.text, atPrompt(line)];
    };
    expect(typed('bash-5.2$ rootlesskit --version')).toEqual(['rootlesskit --version', true]);
    expect(typed('sh-5.2$ docker info')).toEqual(['docker info', true]);
    expect(typed('bash-5.2# systemctl status docker')).toEqual(['systemctl status docker', true]);
    expect(typed('~ ❯ docker version')).toEqual(['docker version', true]);
    expect(typed('~/src/app ❯ docker version')).toEqual(['docker version', true]);
    expect(typed('(venv) $ docker version')).toEqual(['docker version', true]);
    expect(typed('(.venv) ❯ docker version')).toEqual(['docker version', true]);
    // Already read: a host's, fish's, Fedora's and oh-my-zsh's prompts.
    expect(typed('devbox:~/src$ docker version')).toEqual(['docker version', true]);
    expect(typed('mira@devbox ~> docker version')).toEqual(['docker version', true]);
    expect(typed('[mira@devbox ~]$ docker version')).toEqual(['docker version', true]);
    expect(typed('➜  ~ docker version')).toEqual(['docker version', true]);
    expect(typed('# docker version')).toEqual(['# docker version', false]);
    expect(typed('bash-5.2 is the shell here')).toEqual(['bash-5.2 is the shell here', false]);
  });

  test('joins an indented option onto a command that a backslash continues, whatever words come before the command on its line', () => {
    expect(texts('rootlesskit --net=pasta \\\n    --port-driver=implicit dockerd-rootless.sh')).toEqual(['rootlesskit --net=pasta --port-driver=implicit dockerd-rootless.sh']);
    expect(texts('ExecStart=/usr/bin/rootlesskit \\\n    --port-driver=implicit')).toEqual(['ExecStart=/usr/bin/rootlesskit --port-driver=implicit']);
    expect(texts('$ DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta \\\n    dockerd-rootless.sh')).toEqual(['DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta dockerd-rootless.sh']);
    // A sentence that goes on to the command of the reader: a command may follow any words (review R120, R121).
    expect(texts('My wrapper script runs rootlesskit \\\n    --net=pasta --port-driver=builtin dockerd')).toEqual(['My wrapper script runs rootlesskit --net=pasta --port-driver=builtin dockerd']);
    expect(texts('My wrapper script runs: rootlesskit --net=pasta \\\n    --port-driver=builtin dockerd')).toEqual(['My wrapper script runs: rootlesskit --net=pasta --port-driver=builtin dockerd']);
    expect(texts('In the override I have Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta \\\n  --port-driver=builtin"')).toEqual(['In the override I have Environment="DOCKERD_ROOTLESS_ROOTLESSKIT_FLAGS=--net=pasta --port-driver=builtin"']);
    expect(texts('Run this: docker run -d \\\n  -p 127.0.0.1:8080:80 nginx')).toEqual(['Run this: docker run -d -p 127.0.0.1:8080:80 nginx']);
  });

  test('keeps original line numbers across CRLF, CR and blank lines', () => {
    const { lines } = clean('a\r\n\r\nb\rc\n\n\nd');
    expect(lines.map((l) => [l.n, l.text])).toEqual([[1, 'a'], [3, 'b'], [4, 'c'], [7, 'd']]);
  });

  test('splits a header glued to the previous line by a lost newline', () => {
    expect(texts(' Experimental: trueServer: Docker Engine - Community')).toEqual([' Experimental: true', 'Server: Docker Engine - Community']);
    expect(texts('  GitCommit: de40ad0rootlesskit:')).toEqual(['  GitCommit: de40ad0', 'rootlesskit:']);
    // The next line's indentation survived as a space: the header ends the line.
    expect(texts('  GitCommit:        de40ad0 rootlesskit:')).toEqual(['  GitCommit:        de40ad0', 'rootlesskit:']);
    expect(texts(' Name: docker Server: yes')).toEqual([' Name: docker Server: yes']);
    expect(texts('[rootlesskit:parent] error: x')).toEqual(['[rootlesskit:parent] error: x']);
    expect(texts('Server Version: 27.3.1')).toEqual(['Server Version: 27.3.1']);
  });

  test('joins a wrap narrower than 72 columns only where most lines fill it (review R141 07: a phone at 40)', () => {
    const argv = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --no-map-gw --host-lo-to-ns-lo 3319';
    const at40 = (text: string) => text.match(/.{1,40}/g)!.join('\n');
    expect(texts(`ps says:\n${at40(argv)}\nSent from my iPhone`)).toEqual(['ps says:', argv, 'Sent from my iPhone']);
    // A piece after fold's break before a blank, and one that starts with what reads as a prefix (a date), are the line's too.
    const active = '     Active: active (running) since Mon 2025-01-20 08:00:00 CET; 5 days ago';
    expect(texts(`${at40(argv)}\n${at40(active)}`)).toEqual([argv, active]);
    // Three rows of one length among shorter lines are a table's or ping's, and a full line before an indented one ends it.
    const ping = 'From 172.17.0.1 icmp_seq=1 Destination Host Unreachable';
    const rows = ['$ ping 172.17.0.3', 'PING 172.17.0.3 (172.17.0.3) 56(84) bytes of data.', ping, ping, ping, 'a', 'b', 'c', 'd'];
    expect(texts(rows.join('\n'))).toHaveLength(rows.length);
    expect(texts(`${at40(argv)}\n  Version: 2.3.1`).at(-1)).toBe('  Version: 2.3.1');
    // A log's lines of one length start alike: each is its own.
    const log = Array.from({ length: 20 }, (_, i) => `level=info msg="ignoring event" container=${10 + i}`);
    expect(texts(log.join('\n'))).toEqual(log);
  });

  test("joins a narrow wrap whose every piece carries a log's prefix or blanks after it, past a prefix that the lines share", () => {
    const argv = 'pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --no-map-gw --host-lo-to-ns-lo 3319';
    const pieces = ['ps says:', ...argv.match(/.{1,40}/g)!, 'Sent from my iPhone'];
    for (const prefix of ['[2024-11-08T10:00:00.123Z] ', '[CI/job 1]   | ', 'dind-1  | ']) {
      expect(texts(pieces.map((l) => `${prefix}${l}`).join('\n'))).toEqual(['ps says:', argv, 'Sent from my iPhone']);
    }
    // Blanks a paste adds after every line are no fold's blank: "--mtu=65" goes on in "520" without one.
    for (const trailing of [' ', '   ']) expect(texts(pieces.map((l) => `${l}${trailing}`).join('\n'))).toEqual(['ps says:', argv, 'Sent from my iPhone']);
    // A log whose lines of one length share a prefix still starts alike after it.
    const log = Array.from({ length: 20 }, (_, i) => `[2024-11-08T10:00:00.123Z] level=info msg="ignoring event" container=${10 + i}`);
    expect(texts(log.join('\n'))).toHaveLength(20);
  });

  test("does not take RootlessKit's log lines for the pieces of a hard wrap when a script's line repeats at the same length", () => {
    const waiting = '2024-03-05 09:56:30 INFO [/opt/run.sh:56] Waiting for Docker engine to start...';
    const failed = '[rootlesskit:parent] error: child exited: exit status 1';
    const { lines } = clean([waiting, failed, waiting.replace(':30', ':32'), failed].join('\n'));
    expect(lines.map((l) => [l.n, l.text])).toEqual([[1, waiting.slice(20)], [2, failed], [3, waiting.slice(20)], [4, failed]]);
  });

  test("splits systemctl's process tree flattened onto one line at each node, nested ones too, keeping the line number", () => {
    const { lines } = clean('x\nCGroup: /user.slice/docker.service   ├─1320 rootlesskit --net=pasta /usr/bin/dockerd-rootless.sh   │ └─1355 dockerd   └─1339 pasta --host-lo-to-ns-lo 1331');
    expect(lines.map((l) => [l.n, l.trimmed])).toEqual([
      [1, 'x'], [2, 'CGroup: /user.slice/docker.service'], [2, '├─1320 rootlesskit --net=pasta /usr/bin/dockerd-rootless.sh'], [2, '│ └─1355 dockerd'], [2, '└─1339 pasta --host-lo-to-ns-lo 1331'],
    ]);
    // One node is a line of the tree as printed; a drop-in's branch has no PID.
    expect(texts('             ├─1320 rootlesskit --net=pasta')).toEqual(['             ├─1320 rootlesskit --net=pasta']);
    expect(texts('Drop-In: /home/u/.config/systemd/user/docker.service.d  └─override.conf  ├─10-net.conf')).toHaveLength(1);
  });

  test("splits a process tree flattened onto one line at systemd's ASCII nodes (no UTF-8 locale), only where a PID follows", () => {
    expect(texts('CGroup: /user.slice/docker.service   |-1320 rootlesskit --net=pasta /usr/bin/dockerd-rootless.sh   | `-1355 dockerd   `-1339 pasta --host-lo-to-ns-lo 1331')).toEqual([
      'CGroup: /user.slice/docker.service', '|-1320 rootlesskit --net=pasta /usr/bin/dockerd-rootless.sh', '| `-1355 dockerd', '`-1339 pasta --host-lo-to-ns-lo 1331',
    ]);
    // A table's or prose's "|-" before no PID stays whole.
    expect(texts('| net |-- pasta |-- slirp4netns')).toHaveLength(1);
  });

  test('splits a docker version joined onto one line before each of its keys', () => {
    expect(texts('Server: Docker Engine - Community Engine: Version: 28.1.1 API version: 1.49 (minimum version 1.24) docker-init: Version: 0.19.0 GitCommit: de40ad0 rootlesskit: Version: 2.3.4 NetworkDriver: pasta')).toEqual([
      'Server: Docker Engine - Community', 'Engine:', 'Version: 28.1.1', 'API version: 1.49 (minimum version 1.24)', 'docker-init:', 'Version: 0.19.0', 'GitCommit: de40ad0', 'rootlesskit:', 'Version: 2.3.4', 'NetworkDriver: pasta',
    ]);
    expect(texts('Client: Version: 28.1.1 Context: rootlessServer: Docker Engine - Community Engine: Version: 28.1.1')).toEqual(['Client:', 'Version: 28.1.1', 'Context: rootless', 'Server: Docker Engine - Community', 'Engine:', 'Version: 28.1.1']);
    // A retyped colon that swallowed its blank before the state directory's path: pasta's name stays alone, and the blank is back.
    expect(texts('Engine: Version: 27.4.1 rootlesskit: Version: 2.3.1 NetworkDriver: pasta StateDir\uff1a/run/user/1000/dockerd-rootless').slice(-2)).toEqual([
      'NetworkDriver: pasta', 'StateDir: /run/user/1000/dockerd-rootless',
    ]);
  });

  test('splits a docker version that lost its indentation too before each key glued to the value before it (review R141 06)', () => {
    expect(texts('rootlesskit:Version: 2.3.1ApiVersion: 1.1.1NetworkDriver: pastaStateDir: /run/user/1000/dockerd-rootless')).toEqual([
      'rootlesskit:', 'Version: 2.3.1', 'ApiVersion: 1.1.1', 'NetworkDriver: pasta', 'StateDir: /run/user/1000/dockerd-rootless',
    ]);
    expect(texts('Server: Docker Engine - CommunityEngine:Version: 27.3.1API version: 1.47 (minimum version 1.24)Go version: go1.22.7Experimental: falsecontainerd:Version: 1.7.22GitCommit: 7f7fdf5fed64eb6a7caf99b3e12efcf9d60e311crunc:Version: 1.1.14')).toEqual([
      'Server: Docker Engine - Community', 'Engine:', 'Version: 27.3.1', 'API version: 1.47 (minimum version 1.24)', 'Go version: go1.22.7', 'Experimental: false', 'containerd:', 'Version: 1.7.22', 'GitCommit: 7f7fdf5fed64eb6a7caf99b3e12efcf9d60e311c', 'runc:', 'Version: 1.1.14',
    ]);
    // Only a line with a component's header before its "Version:", and only before a key and its colon: a Kubernetes manifest's or podman
    // info's keys glued the same way, or a capital inside a value, stay whole.
    expect(texts('apiVersion: v1kind: PodcgroupVersion: v2rootlessNetworkCmd: pasta')).toEqual(['apiVersion: v1kind: PodcgroupVersion: v2rootlessNetworkCmd: pasta']);
    expect(texts('rootlesskit: Version: 2.3.1 on myServerBox, NetworkDriverless')).toEqual(['rootlesskit:', 'Version: 2.3.1 on myServerBox, NetworkDriverless']);
  });

  test('splits lines joined with <br> tags (output quoted in HTML or a Markdown table), keeping their line number', () => {
    const { lines } = clean('> Server: Docker Engine - Community<br/> Engine:<br/>  Version:          18.09.2<BR>  API version: 1.39<br />');
    expect(lines.map((l) => [l.n, l.text])).toEqual([[1, 'Server: Docker Engine - Community'], [1, ' Engine:'], [1, '  Version:          18.09.2'], [1, '  API version: 1.39']]);
  });

  test('splits at the <div> and <li> a page wraps a paste in and at a <blockquote>, whose lines are quoted (review R133), not at a table\'s cells', () => {
    expect(texts('<div class="post">Server: Docker Engine - Community</div>')).toEqual(['Server: Docker Engine - Community']);
    expect(texts('<li>rootlesskit version 2.3.1</li><li>pasta 2025_01_21.4f2c8e7</li>')).toEqual(['rootlesskit version 2.3.1', 'pasta 2025_01_21.4f2c8e7']);
    expect(clean('<p>x</p><blockquote>rootlesskit version 2.3.1<br>pasta 2025_01_21.4f2c8e7\npasta --host-lo-to-ns-lo</blockquote>y').lines.map((l) => [l.text, l.prefix])).toEqual([
      ['x', undefined], ['rootlesskit version 2.3.1', '> '], ['pasta 2025_01_21.4f2c8e7', '> '], ['pasta --host-lo-to-ns-lo', '> '], ['y', undefined],
    ]);
    expect(texts('<td>Version</td><td>2.3.1</td>')).toEqual(['<td>Version</td><td>2.3.1</td>']);
  });

  test('marks cuts and drops code fences', () => {
    const { lines } = clean('```\n# [cut]\n...\n[...]\n…\nreal\n```');
    expect(lines.map((l) => l.cut)).toEqual([true, true, true, true, false]);
  });

  test('truncates input past the limit and says so', () => {
    const big = 'x'.repeat(limits.maxChars + 10);
    const r = clean(big);
    expect(r.truncated).toBe(true);
    expect(r.lines[0]!.text.length).toBe(limits.maxLineChars);
    expect(clean('small').truncated).toBe(false);
  });
});

describe("a mail's source in quoted-printable (review R137 23)", () => {
  const texts = (text: string) => clean(text).lines.map((l) => l.trimmed);
  test('soft breaks are joined and escapes decoded, UTF-8 ones to their characters', () => {
    const mail = 'Content-Transfer-Encoding: quoted-printable\n\nGr=C3=BC=C3=9Fe from M=C3=BCnchen =E2=80=94 see=\n below:\npasta --tcp-ports=3Dauto --host-lo-to-=\nns-lo 1893';
    expect(texts(mail)).toEqual(['Content-Transfer-Encoding: quoted-printable', 'Grüße from München — see below:', 'pasta --tcp-ports=auto --host-lo-to-ns-lo 1893']);
  });
  test('a plain paste whose lines end in "=" is left as it is, and no soft break joins a line with an "=" of its own', () => {
    expect(texts('key=3D1 and=\nDOCKER_HOST=unix:///run/user/1000/docker.sock\nY2k6c2VjcmV0=')).toEqual(['key=3D1 and=', 'DOCKER_HOST=unix:///run/user/1000/docker.sock', 'Y2k6c2VjcmV0=']);
    expect(texts('a=3Db=3Dc=3D and=\nDOCKER_HOST=unix:///run/user/1000/docker.sock')).toEqual(['a=b=c= and=', 'DOCKER_HOST=unix:///run/user/1000/docker.sock']);
  });
});
