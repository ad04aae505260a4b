// What the hundred-and-second review left over (#6, #9, #8): next steps a user can take. The rootless daemon shown down is started
// before anything is asked of it; docker version's range over its components is read where every value's field is known; a Markdown
// table naming every version is said to be seen, and how to confirm it.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatHuman } from '../../../src/cli/format.ts';
import { words } from '../../../src/cli/words.ts';
import { clean } from '../../../src/engine/clean.ts';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { formatRange } from '../../../src/engine/recognisers/format-range.ts';

// /tmp/r102/37: the rootless context's daemon is down, the system-wide one is up.
const rootlessDown = `$ docker ps
Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?
$ docker context ls
NAME         DESCRIPTION                               DOCKER ENDPOINT                     ERROR
default      Current DOCKER_HOST based configuration   unix:///var/run/docker.sock
rootless *   Rootless mode                             unix:///run/user/1000/docker.sock
$ systemctl is-active docker
active
$ systemctl --user is-active docker
inactive`;

test('the rootless daemon shown down is started first; the network driver is asked after it, of docker version once the daemon runs', () => {
  const en = analyze(rootlessDown);
  const zh = analyzeWith(zhCn, rootlessDown);
  for (const r of [en, zh]) {
    expect(r.verdict).toBe('incomplete');
    expect(r.findings.map((f) => f.id)).toEqual(['daemon-not-running', 'need-network-driver']);
    expect(r.findings[0]!.fix).toContain('systemctl --user start docker');
    // The quick answers still answer the network driver.
    expect(r.ask).toBe('networkDriver');
  }
  expect(en.findings[1]!.detail).toMatch(/^Once the rootless daemon runs \(start it first, as above\), docker version shows it/);
  expect(zh.findings[1]!.detail).toMatch(/^先按上一条启动 rootless 守护进程；它运行之后，docker version/);
  // A daemon started by hand, whose socket is under the home directory, the same.
  const manual = analyze('Cannot connect to the Docker daemon at unix:///home/ci/.docker/run/docker.sock. Is the docker daemon running?');
  expect(manual.findings.slice(0, 2).map((f) => f.id)).toEqual(['daemon-not-running', 'need-network-driver']);
});

test('a client that asked the system-wide socket, or root\'s, has not shown the rootless daemon down: the question stays first', () => {
  for (const socket of ['/var/run/docker.sock', '/run/user/0/docker.sock']) {
    const r = analyze(`$ docker info\nCannot connect to the Docker daemon at unix://${socket}. Is the docker daemon running?`);
    expect([socket, r.findings[0]!.id]).toEqual([socket, 'need-network-driver']);
    expect(r.findings[0]!.detail).toMatch(/^docker version shows it/);
  }
});

// /tmp/r102/35: Arch's packages, then docker version asked for RootlessKit's drivers through a range over the components.
const range = (template: string, output: string) => `$ docker version -f '{{range .Server.Components}}${template}{{end}}'\n${output}`;
const components = (net: string, port: string) => `${'<no value> <no value>'.repeat(4)}${net} ${port}`;
const byName = `Engine 27.3.1\ncontainerd 1.7.22\nrunc 1.1.14\ndocker-init 0.19.0\nrootlesskit 2.3.1`;
const NAME_VERSION = '{{.Name}} {{.Version}}{{"\\n"}}';

test("docker version's range over the server's components is read where its output says whose field each value is", () => {
  const arch = `$ pacman -Q docker rootlesskit passt
docker 1:27.3.1-1
rootlesskit 2.3.1-1
passt 2025_06_11.0293c6f-1
$ docker info -f '{{.SecurityOptions}}'
[name=seccomp,profile=builtin name=rootless name=cgroupns]
${range('{{if eq .Name "rootlesskit"}}{{.Details.NetworkDriver}} {{.Details.PortDriver}}{{end}}', 'pasta implicit')}`;
  const r = analyze(arch);
  // (RootlessKit's version is pacman -Q's, the one installed: inferred.)
  expect([r.verdict, r.certainty, r.facts.networkDriver, r.facts.portDriver]).toEqual(['affected', 'inferred', 'pasta', 'implicit']);
  expect(r.evidence.networkDriver?.map((e) => e.line)).toEqual([8]);
  // Every component's drivers on one line: only RootlessKit's component has them, the others print <no value>.
  const one = analyze(range('{{.Details.NetworkDriver}} {{.Details.PortDriver}}', components('slirp4netns', 'builtin')));
  expect([one.verdict, one.facts.rootless, one.facts.networkDriver, one.facts.portDriver]).toEqual(['not-affected', true, 'slirp4netns', 'builtin']);
  // Each component on a line of its own, by name: the Engine's version is the running daemon's.
  const named = analyze(range(NAME_VERSION, byName));
  expect(named.facts).toMatchObject({ rootless: true, dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1' });
  expect(named.evidence.dockerServerVersion?.map((e) => e.line)).toEqual([2]);
});

test('a range whose output cannot say whose or which field a value is, or is not whole, is left unread', () => {
  const read = (paste: string) => {
    const found: [string, unknown][] = [];
    formatRange(clean(paste).lines, { fact: (key: string, value: unknown) => found.push([key, value]), driver: (key: string, value: unknown) => (found.push([key, value]), true) } as never);
    return found;
  };
  expect(read(range(NAME_VERSION, byName))).toEqual([['dockerServerVersion', '27.3.1'], ['rootless', true], ['rootlesskitVersion', '2.3.1']]);
  // Names and versions run into each other on one line; versions without names; fields of every component without names.
  expect(read(range('{{.Name}} {{.Version}}', byName.replaceAll('\n', '')))).toEqual([]);
  expect(read(range('{{.Version}}{{"\\n"}}', '27.3.1\n1.7.22\n1.1.14\n0.19.0\n2.3.1'))).toEqual([]);
  expect(read(range('{{.Details.NetworkDriver}} {{.Version}}', `${'<no value> 1.2.3'.repeat(4)}pasta 2.3.1`))).toEqual([]);
  // Docker's, not another daemon's, and not a line that is no component's.
  expect(read(`$ DOCKER_HOST=ssh://alice@box ${range(NAME_VERSION, byName).slice(2)}`)).toEqual([]);
  expect(read(range(NAME_VERSION, 'Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?'))).toEqual([]);
  // Hard-wrapped, or cut (a line ended with "…" or lines left out), anywhere: only true values, never another.
  const truth = new Map<string, unknown>([['dockerServerVersion', '27.3.10'], ['rootlesskitVersion', '2.3.10'], ['rootless', true], ['networkDriver', 'slirp4netns'], ['portDriver', 'builtin']]);
  const outputs = [
    [NAME_VERSION, byName.replace('27.3.1', '27.3.10').replace('2.3.1', '2.3.10')],
    ['{{.Details.NetworkDriver}} {{.Details.PortDriver}}', components('slirp4netns', 'builtin')],
    ['{{if eq .Name "rootlesskit"}}{{.Version}}: {{.Details.PortDriver}} {{.Details.NetworkDriver}}{{end}}', '2.3.10: builtin slirp4netns'],
  ] as const;
  fc.assert(
    fc.property(fc.constantFrom(...outputs), fc.nat(), fc.constantFrom('\n', '…', '\n[...]', '\n...\nmore'), ([template, output], at, damage) => {
      const where = at % output.length;
      const damaged = damage === '\n' ? output.slice(0, where) + damage + output.slice(where) : output.slice(0, where) + damage;
      return read(range(template, damaged)).every(([key, value]) => truth.get(key) === value);
    }),
    { numRuns: 600 },
  );
});

// /tmp/r102/16: a Markdown table naming every version (saved with CRLF), and the symptom under it.
const table = [
  'Environment on the affected host:',
  '',
  '| Component | Version |',
  '|---|---|',
  '| Docker Engine | 27.4.0 |',
  '| RootlessKit | 2.3.1 |',
  '| passt/pasta | 2025_01_21.4f2c8e7 |',
  '| Network driver | pasta |',
  '| Port driver | implicit |',
  '| OS | Arch Linux |',
  '',
  'Symptom: `curl 127.0.0.1:8080` -> `curl: (56) Recv failure: Connection reset by peer`',
].join('\r\n');

test('a Markdown table naming every version is offered as written answers, beside the reset, and the step says so', () => {
  for (const r of [analyze(table), analyzeWith(zhCn, table)]) {
    expect(r.written).toEqual({
      rootless: true,
      dockerServerVersion: '27.4.0',
      rootlesskitVersion: '2.3.1',
      pastaVersion: '2025_01_21.4f2c8e7',
      pastaDate: '2025-01-21',
      networkDriver: 'pasta',
      portDriver: 'implicit',
      operatingSystem: 'Arch Linux',
    });
    // The step is the written setup's (use it, or confirm it with docker version), not a question the table answers.
    expect(r.findings.map((f) => f.id)).toEqual(['written-setup', 'connection-reset-seen']);
    expect(r.ask).toBeNull();
  }
  // Given back as answers, as the checker's button does: decided.
  expect(analyze(table, { answers: analyze(table).written }).verdict).toBe('affected');
});

test('a table is a setup only as two columns of components and versions, with nothing else beside it but the reset', () => {
  const rows = table.split('\r\n');
  const offered = (lines: string[]) => analyze(lines.join('\n')).written;
  expect(offered(rows)).toBeDefined();
  // A header that makes the values a requirement, a third column, a prose line, a second port driver, or another sign of what runs (the
  // daemon down): nothing.
  expect(offered(rows.map((l) => l.replace('| Component | Version |', '| Component | Minimum version |')))).toBeUndefined();
  expect(offered(rows.map((l) => (l.startsWith('| RootlessKit') ? '| RootlessKit | 2.3.1 | upgraded to 2.3.4 |' : l)))).toBeUndefined();
  expect(offered([...rows.slice(0, 10), 'We upgraded RootlessKit yesterday.'])).toBeUndefined();
  expect(offered([...rows.slice(0, 10), '| Port driver | builtin |'])).toBeUndefined();
  expect(offered([...rows, 'Cannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?'])).toBeUndefined();
});

test('netcheck shows what was written by hand, which it cannot take as answers, and how to confirm it, in both languages', () => {
  const en = formatHuman(analyze(table), 'https://guide.example/', words.en);
  expect(en).toContain('Written by hand, not read as output\n  Rootless daemon     yes\n  Docker Engine       27.4.0\n  RootlessKit         2.3.1\n');
  expect(en).toContain('  Port driver         implicit\n');
  expect(en).toMatch(/The checker's page takes them as your answers \("Use these as my answers"\); to confirm them, paste what this prints:\ndocker version\n\n$/);
  const zh = formatHuman(analyzeWith(zhCn, table), 'https://guide.example/zh-cn/', words['zh-cn']);
  expect(zh).toContain('手写的环境描述（没有当作命令输出读取）');
  expect(zh).toMatch(/（“把这些当作我的回答”）；要确认它们，请粘贴下面命令的输出：\ndocker version\n\n$/);
  // A list written by hand, nothing else: the step's "below" is there.
  expect(formatHuman(analyze('docker 27.3.1, rootlesskit 2.3.1, pasta'), 'https://guide.example/', words.en)).toContain('  Network driver   pasta\n');
});

test("once the reader answers anything, the question a written setup answers is theirs again: asked, with the offer beside it", () => {
  const list = 'docker 27.3.1, rootlesskit 2.3.1, pasta';
  expect(analyze(list).findings[0]!.id).toBe('written-setup');
  const r = analyze(list, { answers: { rootless: true, rootlesskitVersion: '2.3.1', dockerClientVersion: '27.3.1' } });
  expect([r.findings[0]!.id, r.ask, r.written?.networkDriver]).toEqual(['need-network-driver', 'networkDriver', 'pasta']);
});
