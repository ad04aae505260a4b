// What sweeps 52 to 55 of public pastes found the engine misreading or misadvising.
import { describe, expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze } from '../../../src/engine/index.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

const ids = (text: string) => analyze(text).findings.map((f) => f.id);

describe('what neighbouring tools print (sweep 53)', () => {
  test("curl on Windows words the reset itself (rancher-desktop#4997), and it is the symptom", () => {
    const paste = 'docker run -d -p 8181:80 nginx\n0.0.0.0:8181->80/tcp   foo-nginx\ncurl: (56) Recv failure: Connection was reset';
    expect(ids(paste)).toContain('connection-reset-seen');
    expect(analyze(paste).signals).toContain('connection-reset');
  });
  test("kind's words for its Podman provider make the paste Podman's (kubernetes-sigs/kind#3868)", () => {
    const paste = '$ kind create cluster\nusing podman due to KIND_EXPERIMENTAL_PROVIDER\nenabling experimental podman provider\nERROR: failed to create cluster';
    expect(ids(paste)).toContain('podman-not-docker');
  });
});

describe('a Mac is not always Docker Desktop (sweep 55)', () => {
  test("Lima's socket, whose docker template runs rootless Docker, is not called Docker Desktop's (ddev/ddev#6068)", () => {
    const paste = 'NAME             DESCRIPTION   DOCKER ENDPOINT\nlima-default *                 unix:///Users/rob/.lima/default/sock/docker.sock';
    expect(ids(paste)).not.toContain('docker-desktop');
    expect(ids(paste.replace('.lima/default/sock', '.docker/run'))).toContain('docker-desktop');
  });
});

describe('a hard wrap does not go on past a blank line of the paste (sweep 52)', () => {
  const prose = "The system daemon publishes with a DNAT in PREROUTING, before ufw's filters see.";
  const listen = 'LISTEN 0 1024 172.30.250.1:8642 0.0.0.0:* users:(("rootlesskit",pid=1129,fd=13))';
  test('an 80-column line naming RootlessKit keeps its own text when a blank line and a comment follow', () => {
    expect(prose.length).toBe(80);
    expect(listen.length).toBe(80);
    expect(clean(`${prose}\n${listen}\n\n# from a container on docker0:`).lines.map((l) => l.text)).toEqual([prose, listen, '# from a container on docker0:']);
  });
  test('where blank lines separate every line (a chat tool\'s double spacing), the wrap\'s next piece still joins', () => {
    const piece = 'Nov 02 10:00:00 host dockerd-rootless.sh[1129]: [rootlesskit:parent] error: fail';
    expect(piece.length).toBe(80);
    const lines = clean(`${piece}\n\ned to setup network\n\n${listen}\n\nok`).lines.map((l) => l.text);
    expect(lines[0]).toBe('[rootlesskit:parent] error: failed to setup network');
  });
});

describe('damage the carriers of a paste do (damage sweep 54)', () => {
  const real = (file: string) => labelledFixtures('real').find((f) => f.file === file)!.text;
  const rootful = real('docker-version-rootful-29.6.1-ubuntu24.04-1.txt');
  const rootless = real('docker-version-rootless-27.3.1-ubuntu22.04-ctxdefault-1.txt');
  const lines = (text: string) => text.split('\n').filter((l) => l.trim());
  /** Every third newline lost, the next line's indentation left behind a blank. */
  const everyThirdJoined = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((l, i) => l + ((i + 1) % 3 === 0 ? ' ' : '\n'))
      .join('');

  test("a lost newline before containerd's, runc's or docker-init's header keeps their versions out of the Engine's", () => {
    expect(everyThirdJoined(rootful)).toMatch(/\S {2}(?:containerd|runc|docker-init):/);
    expect(analyze(everyThirdJoined(rootful))).toMatchObject({ verdict: 'not-rootless', facts: { dockerServerVersion: '29.6.1' } });
    expect(analyze(everyThirdJoined(rootless)).facts).toMatchObject({ dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'slirp4netns' });
  });
  test("a key after the blanks of the next line's indentation is a line of its own, indented as the line it was glued to", () => {
    expect(clean('  Version:          2.3.4   ApiVersion:       1.1.1  NetworkDriver:    pasta').lines.map((l) => l.text)).toEqual([
      '  Version:          2.3.4',
      '  ApiVersion:       1.1.1',
      '  NetworkDriver:    pasta',
    ]);
    expect(clean('Note: two  Version: words in prose').lines.map((l) => l.text)).toEqual(['Note: two', 'Version: words in prose']);
  });
  test('a run of blanks as long as a line limit is passed over in linear time', () => {
    const start = performance.now();
    clean(`Key: value${' '.repeat(60_000)}x: y`);
    expect(performance.now() - start).toBeLessThan(100);
  });
  test('a mail reply that wrapped the quoted paste, under its "On …, … wrote:" line', () => {
    const argv =
      '1555 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh';
    // A mail client's word wrap at 72 columns, each piece quoted.
    const pieces = argv.split(' ').reduce<string[]>((all, word) => (all.length && `${all.at(-1)} ${word}`.length <= 68 ? [...all.slice(0, -1), `${all.at(-1)} ${word}`] : [...all, word]), []);
    expect(pieces.length).toBeGreaterThan(2);
    const quoted = pieces.map((piece) => `> > ${piece}`);
    expect(analyze(quoted.join('\r\n')).facts.portDriver).toBe('implicit');
    expect(analyze(['On Tue, 3 Jun 2025 at 10:12, A User <a@example.org> wrote:', ...quoted].join('\r\n')).facts.portDriver).toBe('implicit');
  });
  test("a chat tool's bullets before every line", () => {
    for (const bullet of ['• ', '◦ ']) expect(analyze(lines(rootless).map((l) => bullet + l.trim()).join('\n\n')).facts.networkDriver, bullet).toBe('slirp4netns');
  });
  test("Markdown's escaped underscores in a variable's name", () => {
    expect(analyze('Environment=DOCKERD\\_ROOTLESS\\_ROOTLESSKIT\\_NET=pasta').facts.networkDriver).toBe('pasta');
  });
  test("a page's source: the paragraph around the output, and the highlighting inside it", () => {
    const html = `<p dir="auto">${lines(rootless).join('<br>\n')}</p>`;
    expect(analyze(html).verdict).toBe('not-affected');
    const highlighted = `<pre>${lines(rootless).map((l) => l.replace(/^(\s*)([\w/ ]+:)/, '$1<span class="pl-k">$2</span>')).join('\n')}</pre>`;
    expect(highlighted).toContain('<span class="pl-k">NetworkDriver:</span>');
    expect(analyze(highlighted).facts).toMatchObject({ networkDriver: 'slirp4netns', rootlesskitVersion: '2.3.1' });
  });
  test("a cut over a component's header: the next component's Version, a second one, is nobody's", () => {
    const cut = (after: string, marker: string) => lines(rootless).flatMap((l, i, all) => (all[i - 1]?.trim() === after ? [marker] : l.trim() === after ? [l] : all[i - 2]?.trim() === after ? [] : [l]));
    const snipped = cut('OS/Arch:          linux/amd64', '[snip]  ');
    expect(snipped.join('\n')).toMatch(/linux\/amd64\n\[snip\] {2}\n {2}Version: +1\.7\.23/);
    expect(analyze(snipped.join('\n')).facts.dockerServerVersion).toBe('27.3.1');
    expect(clean('[snip] \n[pod/dind-0/dind] Server:').lines.map((l) => [l.cut, l.text])).toEqual([[true, '[snip]'], [false, 'Server:']]);
  });
});

describe('damage the carriers of a paste do (damage sweep 57, review 43)', () => {
  const real = (file: string) => labelledFixtures('real').find((f) => f.file === file)!.text;
  const synthetic = (file: string) => labelledFixtures('synthetic').find((f) => f.file === file)!.text;
  const rootless = real('docker-version-rootless-27.3.1-ubuntu22.04-ctxdefault-1.txt');
  const pasta = synthetic('docker-version-pasta-27.3.1.txt');

  test("docker version | grep -E 'Engine|Version': only the Engine's first Version is Docker's", () => {
    const grepped = pasta.split('\n').filter((l) => /Engine|Version/.test(l)).join('\n');
    expect(grepped.match(/Version:/g)!.length).toBeGreaterThan(3);
    expect(analyze(grepped)).toMatchObject({ verdict: 'incomplete', facts: { dockerServerVersion: '27.3.1' } });
  });
  test("a cut inside RootlessKit's component keeps its drivers, and one inside the Engine's keeps its packager (review 43)", () => {
    const cutInRootlesskit = rootless.replace(/\n {2}ApiVersion:.*\n/, '\n  [...]\n');
    expect(cutInRootlesskit).toContain('  [...]\n  NetworkDriver:');
    expect(analyze(cutInRootlesskit)).toMatchObject({ verdict: 'not-affected', facts: { networkDriver: 'slirp4netns', portDriver: 'builtin' } });
    const fedora = 'Server:\n Engine:\n  Version:          27.5.1\n  ...\n  Git commit:       1.fc41\n rootlesskit:\n  NetworkDriver:    pasta\n';
    expect(analyze(fedora)).toMatchObject({ verdict: 'incomplete', facts: { rootlesskitVersion: null } });
    expect(analyze(fedora).findings.map((f) => f.id)).toContain('distribution-packaging');
  });
  test("git for Windows' failed fetch is not the reset; curl's is", () => {
    expect(analyze("fatal: unable to access 'https://github.com/a/b.git/': Recv failure: Connection was reset").signals).not.toContain('connection-reset');
    expect(analyze('curl: (56) Recv failure: Connection was reset').signals).toContain('connection-reset');
  });
  test('a Security Options list whose items a filter dropped, or cut in two, says nothing about root', () => {
    const info = (items: string) => `Server:\n Server Version: 27.3.1\n Security Options:\n${items} Kernel Version: 6.8.0\n`;
    expect(analyze(info('  seccomp\n   Profile: builtin\n  cgroupns\n')).facts.rootless).toBe(false);
    expect(analyze(info('')).facts.rootless).toBeNull();
    expect(analyze(info('  seccomp\n  rootl\n  ess\n  cgroupns\n')).facts.rootless).toBeNull();
  });
  test("a Security Options list cut at its end says the daemon is rootful once it is past rootless's place (sweep 58)", () => {
    const cut = (items: string) => `Server:\n Server Version: 29.7.2\n Security Options:\n${items} Kernel`;
    expect(analyze(cut('  seccomp\n   Profile: builtin\n  cgroupns\n')).facts.rootless).toBe(false);
    expect(analyze(cut('  apparmor\n  seccomp\n   Profile: builtin\n')).facts.rootless).toBeNull();
  });
  test("a chat's or IRC log's time and speaker before a line", () => {
    const lines = clean('[10:12 PM]  NetworkDriver: pasta\n[10:12] <alice> rootlesskit --net=pasta\n<none> <none> 3f2a\n<bob> Server Version: 28.0.0').lines;
    expect(lines.map((l) => l.trimmed)).toEqual(['NetworkDriver: pasta', 'rootlesskit --net=pasta', '<none> <none> 3f2a', 'Server Version: 28.0.0']);
  });
  test("Word's and Outlook's paragraph marks in a mail's HTML", () => {
    const html = rootless.trimEnd().split('\n').map((l) => `<p class=MsoNormal>${l}<o:p></o:p></p>`).join('\n');
    expect(analyze(html).facts).toMatchObject({ dockerServerVersion: '27.3.1', networkDriver: 'slirp4netns' });
  });
  test("a notebook's output cell, and a container's json-file log", () => {
    const strings = pasta.trimEnd().split('\n').map((l) => JSON.stringify(`${l}\n`));
    const notebook = `{\n "outputs": [\n  {\n   "name": "stdout",\n   "text": [\n${strings.map((s) => `    ${s}`).join(',\n')}\n   ]\n  }\n ]\n}`;
    expect(analyze(notebook).verdict).toBe('affected');
    const log = strings.map((s, i) => `{"log":${s},"stream":"stdout","time":"2025-12-02T10:12:0${i % 10}Z"}`).join('\n');
    expect(analyze(log).verdict).toBe('affected');
  });
  test("docker inspect's container files under ~/.local/share/docker are a rootless daemon's (sweep 56)", () => {
    const inspect = '[\n    {\n        "ResolvConfPath": "/home/ubuntu/.local/share/docker/containers/06d31f/resolv.conf",\n';
    expect(analyze(inspect).facts.rootless).toBe(true);
    expect(analyze(inspect.replace('/home/ubuntu/.local/share/docker', '/var/lib/docker')).facts.rootless).toBeNull();
  });
});

describe('after a forty-fourth review', () => {
  const ids = (text: string) => analyze(text).findings.map((f) => f.id);
  test("a chat's speaker is no prompt: the launcher or Podman named in someone's line is not this machine's", () => {
    expect(analyze('[21:03] <alice> dockerd-rootless.sh').facts.rootless).toBeNull();
    expect(ids('<bob> curl: (56) Recv failure: Connection reset by peer\n[21:03] <alice> podman run -d -p 127.0.0.1:8080:80 nginx works for me')).not.toContain('podman-not-docker');
    expect(ids('[10:12 PM] podman run -d -p 127.0.0.1:8080:80 nginx')).toContain('podman-not-docker');
  });
  test("a helper's own docker info | grep rootless in a chat says nothing of the asker's daemon (review 45)", () => {
    expect(analyze('[21:02] <alice> docker info | grep rootless\n[21:02] <alice> rootless').facts.rootless).toBeNull();
    expect(analyze('$ docker info | grep rootless\n  rootless').facts.rootless).toBe(true);
  });
  test("curl's Windows reset with any exit code, such as 35 in a TLS handshake", () => {
    expect(analyze('curl: (35) Recv failure: Connection was reset').signals).toContain('connection-reset');
  });
  test("Lima's docker-rootful instance is still a Mac's VM running rootful Docker", () => {
    const row = (instance: string) => `lima-${instance} *   unix:///Users/alice/.lima/${instance}/sock/docker.sock`;
    expect(ids(row('docker-rootful'))).toContain('docker-desktop');
    expect(ids(row('docker'))).not.toContain('docker-desktop');
  });
  test("the Engine's block pasted twice keeps its component: its packager is still read", () => {
    const engine = ' Engine:\n  Version:          27.5.1\n  API version:      1.47\n';
    const paste = `Server:\n${engine}${engine.slice(9)}  Git commit:       1.fc41\n rootlesskit:\n  NetworkDriver:    pasta\n`;
    expect(paste.match(/27\.5\.1/g)!.length).toBe(2);
    expect(ids(paste)).toContain('distribution-packaging');
  });
});
