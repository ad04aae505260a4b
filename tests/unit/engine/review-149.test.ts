// What reviews R149 and R150 found, and leftovers of R148.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

test("a chat's message exported as JSON is read through its escaped newlines (R148 10)", () => {
  const output = String.raw`here's my docker version:\n\u0060\u0060\u0060\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    slirp4netns\n  StateDir:         \/run\/user\/1000\/dockerd-rootless\n\u0060\u0060\u0060`;
  for (const key of ['text', 'content', 'message', 'body']) {
    const slack = `[\n  {\n    "type": "message",\n    "${key}": "${output}",\n    "ts": "1733907120.001900"\n  }\n]\n`;
    const r = analyze(slack);
    expect([r.verdict, r.facts.rootlesskitVersion, r.facts.networkDriver], key).toEqual(['not-affected', '2.3.1', 'slirp4netns']);
  }
  expect(analyze(`{"text": "rootlesskit:\\n  Version:          2.3.1\\n  NetworkDriver:    slirp4netns\\n"}`).facts.networkDriver).toBe('slirp4netns');
  // A key that holds no message is left to the JSON reader.
  expect(analyze(`{\n  "note": "rootlesskit:\\n  Version:          2.3.1\\n  NetworkDriver:    slirp4netns\\n"\n}`).facts.networkDriver).toBeNull();
});

test("a CI matrix's jobs, each line under its job's tag, are machines apart, not one impossible setup (R148 13)", () => {
  const job = (tag: string, driver: string, port: string): string[] =>
    [' rootlesskit:', '  Version:          2.3.1', `  NetworkDriver:    ${driver}`, ...(port ? [`  PortDriver:       ${port}`] : []), '  StateDir:         /run/user/1001/dockerd-rootless'].map((l) => `[${tag}] ${l}`);
  const slirp = job('rootless-slirp', 'slirp4netns', 'builtin');
  const pasta = job('rootless-pasta', 'pasta', '');
  const interleaved = slirp.flatMap((l, i) => [l, ...(pasta[i] ? [pasta[i]] : [])]);
  for (const lines of [interleaved, [...slirp, ...pasta]]) {
    const r = analyze(lines.join('\n'));
    expect(r.findings.map((f) => f.id)).toContain('machines-apart');
    expect(r.findings.map((f) => f.id)).not.toContain('pasta-port-driver-mismatch');
  }
  // Tags that name sections of one machine, not hosts, leave its later output the one now.
  const sections = [...job('old', 'slirp4netns', 'builtin'), ...job('new', 'pasta', '')].join('\n');
  expect(analyze(sections).findings.map((f) => f.id)).not.toContain('machines-apart');
});

test('a pasta snapshot of the last good release\'s day cannot hold the change, written weeks later (R149)', () => {
  const rootlesskit = ' rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n';
  for (const passt of ['passt/unknown,now 100:0.0+20240906-1 amd64 [installed]', 'ii  passt  0.0~git20240906.1a2b3c4-1  amd64  user-mode networking', 'passt-0^20240906.g1a2b3c4-1.fc41.x86_64']) {
    const r = analyze(`${rootlesskit}$ ${passt.startsWith('passt-') ? 'rpm -qa passt' : passt.startsWith('ii') ? 'dpkg -l passt' : 'apt list --installed passt'}\n${passt}\n`);
    expect([r.verdict, r.facts.pastaDate], passt).toEqual(['not-affected', '2024-09-06']);
  }
  // Commits after that tag, as git describe counts them, may hold it.
  expect(analyze(`${rootlesskit}$ pasta --version\npasta 2024_09_06.6b38f07-40-g1a2b3c4\n`).verdict).toBe('affected');
});

test("an answer's quote it leads in as the issue's is neither the asker's nor the answerer's machine (R150 20)", () => {
  const asker = 'Server Version: 27.5.1\n Security Options:\n  rootless\nDOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta\n\n';
  for (const lead of ['A (score 3): This is moby#48838. Quoting the issue:', 'A: Quoting the issue:', 'Answer: from the upstream issue:', 'The upstream issue shows:']) {
    const r = analyze(`${asker}${lead}\n\n> rootlesskit version 2.3.1\n> NetworkDriver: pasta\n`);
    expect([r.verdict, r.facts.rootlesskitVersion], lead).toEqual(['fixed', '2.3.2']);
  }
  // The asker's own RootlessKit decides, whatever Docker's packages bundle.
  expect(analyze(`${asker}rootlesskit version 2.3.1\n`).verdict).toBe('affected');
});

test('flags left out of an argv by hand ("...") hide only themselves: the flags written after them are read (R150 17)', () => {
  const pasta = (flags: string): string => `pasta --stderr --ns-ifname=tap0 --mtu=65520 ... --tcp-ports=auto ${flags}2041\n`;
  expect([analyze(pasta('--host-lo-to-ns-lo ')).verdict, analyze(pasta('--host-lo-to-ns-lo ')).facts.hostLoToNsLo]).toEqual(['fixed', true]);
  // Its absence there proves nothing: the flag may be among those left out.
  expect(analyze(pasta('')).facts.hostLoToNsLo).toBeNull();
  expect(analyze('rootlesskit --net=slirp4netns ... --port-driver=builtin /usr/bin/dockerd-rootless.sh\n').facts.portDriver).toBe('builtin');
});

test('the driver a sentence says the reader does not use, beside the one they do, leaves that one read (R150 07)', () => {
  for (const [said, driver] of [
    ["Rootless Docker 27.3.1. We don't use pasta, we use slirp4netns.", 'slirp4netns'],
    ["I'm not using pasta, I use slirp4netns.", 'slirp4netns'],
    ['Rootless Docker 27.3.1. We use pasta, not slirp4netns.', 'pasta'],
    ['Rootless Docker 27.3.1. We use slirp4netns instead of pasta.', 'slirp4netns'],
    ['docker 27.3.1（rootless），我们用的是 slirp4netns。', 'slirp4netns'],
    ['rootless docker 27.3.1 です。slirp4netns を使っています。', 'slirp4netns'],
  ]) expect(analyze(said).facts.networkDriver, said).toBe(driver);
  // A negative alone, or a condition, states no driver.
  for (const said of ["Rootless Docker 27.3.1. We don't use pasta.", 'rootless docker 27.3.1，如果用 pasta 会怎样？']) expect(analyze(said).facts.networkDriver, said).toBeNull();
});

test("a setup written as a list says rootless after Docker's version, and passt's version as rpm names the package (R150 24, 14)", () => {
  const offered = (list: string): string[] => analyze(list).findings.map((f) => f.id);
  expect(offered('- Docker: 27.4.1 rootless\n- rootlesskit: 2.3.1\n- Network driver: pasta')).toContain('written-setup');
  const fedora = '• OS: Fedora 41 Workstation\n• Docker: 27.4.1, rootless mode\n• rootlesskit: 2.3.1\n• passt: passt-0^20240906.g6b38f07-1.fc41.x86_64\n• Network driver: pasta';
  expect(offered(fedora)).toContain('written-setup');
  // A word after the version may say anything: no offer.
  expect(offered('- Docker: 27.4.1 rootless-ish\n- rootlesskit: 2.3.1\n- Network driver: pasta')).not.toContain('written-setup');
});

test('of machines that disagree on what decides, the one alone that shows the reset decides, and a note says so (R148 13, M4)', () => {
  const host = (name: string, version: string, reset: boolean): string =>
    `alice@${name}:~$ docker version | sed -n '/rootlesskit/,$p'\n rootlesskit:\n  Version:          ${version}\n  NetworkDriver:    pasta\nalice@${name}:~$ pasta --version\npasta 2025_02_17.a1e48a0\n` +
    (reset ? `alice@${name}:~$ curl -fsS http://127.0.0.1:8080/\ncurl: (56) Recv failure: Connection reset by peer\n` : '');
  const r = analyze(`Only runner-1 gives "Connection reset by peer".\n\n${host('ci-runner-2', '2.3.4', false)}${host('ci-runner-1', '2.3.1', true)}`);
  expect([r.verdict, r.facts.rootlesskitVersion]).toEqual(['affected', '2.3.1']);
  expect(r.findings.find((f) => f.id === 'machine-with-reset')?.title).toContain('ci-runner-1');
  // Evidence keeps the lines' numbers in the paste as given.
  expect(r.evidence.rootlesskitVersion?.[0]?.line).toBe(11);
  // The reset on both, or on neither: no machine decides.
  for (const paste of [`${host('ci-runner-2', '2.3.4', true)}${host('ci-runner-1', '2.3.1', true)}`, `${host('ci-runner-2', '2.3.4', false)}${host('ci-runner-1', '2.3.1', false)}`]) {
    expect(analyze(paste).findings.map((f) => f.id)).toContain('machines-apart');
  }
  // A CI matrix's jobs under their tags: the failing job's.
  const job = (tag: string, driver: string): string => [' rootlesskit:', '  Version:          2.3.1', `  NetworkDriver:    ${driver}`].map((l) => `[${tag}] ${l}`).join('\n');
  const matrix = analyze(`${job('rootless-slirp', 'slirp4netns')}\n${job('rootless-pasta', 'pasta')}\n[rootless-pasta] curl: (56) Recv failure: Connection reset by peer\n`);
  expect([matrix.verdict, matrix.facts.networkDriver]).toEqual(['affected', 'pasta']);
});

test("systemctl answering that the user has no docker unit shows none: a daemon typed by hand gets the hand run's fixes (R151 06)", () => {
  const run = 'erin@dev:~$ DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit nohup dockerd-rootless.sh > ~/dockerd.log 2>&1 &\n';
  const rest = " rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n  PortDriver:       implicit\nerin@dev:~$ curl 127.0.0.1:8081\ncurl: (56) Recv failure: Connection reset by peer\n";
  const fix = (paste: string): string => analyze(paste).findings.find((f) => f.id === 'affected')?.fix ?? '';
  const none = fix(`${run}erin@dev:~$ systemctl --user status docker\nUnit docker.service could not be found.\nerin@dev:~$ docker version\n${rest}`);
  expect(none).toContain('nohup dockerd-rootless.sh');
  expect(none).not.toContain('systemctl --user restart docker');
  // A unit that systemctl shows keeps the user service's fixes.
  expect(fix(`${run}erin@dev:~$ systemctl --user status docker\n● docker.service - Docker Application Container Engine (Rootless)\nerin@dev:~$ docker version\n${rest}`)).toContain('systemctl --user restart docker');
});

test("the shell's history typed shows its commands as typed at a prompt: a daemon it started by hand gets the hand run's fixes (R151 06)", () => {
  const history = (command: string): string =>
    `erin@dev:~$ ${command}\n  501  DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit nohup dockerd-rootless.sh > ~/dockerd.log 2>&1 &\n  502  export DOCKER_HOST=unix:///run/user/1000/docker.sock\n  503  docker run -d -p 127.0.0.1:8081:80 httpd\n` +
    "erin@dev:~$ docker version\n rootlesskit:\n  Version:          2.3.1\n  NetworkDriver:    pasta\n  PortDriver:       implicit\nerin@dev:~$ curl 127.0.0.1:8081\ncurl: (56) Recv failure: Connection reset by peer\n";
  const fix = (paste: string): string => analyze(paste).findings.find((f) => f.id === 'affected')?.fix ?? '';
  expect(fix(history('history | tail -3'))).toContain('nohup dockerd-rootless.sh');
  expect(fix(history('history | tail -3'))).not.toContain('systemctl --user restart docker');
  // Numbered lines after another command are no history: the user service's fixes stay.
  expect(fix(history('cat -n notes.txt'))).toContain('systemctl --user restart docker');
});
