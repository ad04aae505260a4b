// docker version or docker info asked with a format of its own reads the same whatever the form of its option (-f, --format, --format=),
// its template quoted or not, and typed on one line or over several with a backslash (the next lines after the "> " of the shell, indented).
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const forms = [(t: string) => `-f ${t}`, (t: string) => `--format ${t}`, (t: string) => `--format=${t}`];
const typed = [
  (command: string, option: string) => `$ docker ${command} ${option}`,
  (command: string, option: string) => `$ docker ${command} \\\n    ${option}`,
  // As bash echoes the next line of a pasted command: its prompt for more, then the line with its indentation.
  (command: string, option: string) => `$ docker ${command} \\\n>   ${option}`,
];
const asked: [string, string, string][] = [
  ['version', "'{{.Server.Version}}'", '29.1.3'],
  ['version', '{{.Server.Version}}', '29.1.3'],
  ['info', '"{{.ServerVersion}}"', '29.1.3'],
  ['info', '{{.ServerVersion}}', '29.1.3'],
  ['version', `'{{range .Server.Components}}{{.Name}} {{.Version}}{{"\\n"}}{{end}}'`, 'Engine 29.1.3\nrootlesskit 2.3.5'],
];

test.each(asked)('docker %s with %s: every form of the option, on one line or continued, reads the daemon', (command, template, output) => {
  for (const form of forms) {
    for (const line of typed) {
      const text = `${line(command, form(template))}\n${output}\n`;
      const r = analyze(text);
      expect(r.facts.dockerServerVersion, text).toBe('29.1.3');
      if (template.includes('range')) expect(r.facts.rootlesskitVersion, text).toBe('2.3.5');
    }
  }
});

test("the shell's prompt for more before an indented piece joins it to the command, which is read whole", () => {
  const run = '$ docker run -d --name web \\\n>     --publish=127.0.0.1:8080:80 \\\n>     nginx\n$ curl 127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n';
  const request = analyze(run).findings.flatMap((f) => f.evidence).find((e) => e.text.includes('--publish'));
  expect(request?.text).toBe('docker run -d --name web --publish=127.0.0.1:8080:80 nginx');
});

test('an unquoted template is read, but not an unquoted word that is no template, an error instead of the answer, or prose', () => {
  expect(analyze('$ docker version -f {{.Server.Version}}\n29.1.3\n').facts.dockerServerVersion).toBe('29.1.3');
  expect(analyze('$ docker version -f json\n29.1.3\n').facts.dockerServerVersion).toBeNull();
  expect(analyze("$ docker version --format {{.Server.Version}}\ntemplate: :1:9: executing \"\" at <.Server.Version>: nil pointer evaluating *types.Version.Version\n").facts.dockerServerVersion).toBeNull();
  expect(analyze('I ran docker version --format {{.Server.Version}}\n29.1.3\n').facts.dockerServerVersion).toBeNull();
});

test('a backslash glued to the word before it continues the command where the next line is indented, as bash joins it', () => {
  expect(analyze("$ docker version\\\n  --format '{{.Server.Version}}'\n29.1.3\n").facts.dockerServerVersion).toBe('29.1.3');
  const run = '$ docker run -d\\\n  -p 127.0.0.1:8080:80\\\n  nginx\n$ curl 127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n';
  const request = analyze(run).findings.flatMap((f) => f.evidence).find((e) => e.text.includes('-p '));
  expect(request?.text).toBe('docker run -d -p 127.0.0.1:8080:80 nginx');
  // Without a prompt, before an option only: in prose it is a line break of Markdown, before an output indented as code (review 117).
  expect(analyze("docker version\\\n  --format '{{.Server.Version}}'\n29.1.3\n").facts.dockerServerVersion).toBe('29.1.3');
  const prose = 'rootless on Fedora, rootlesskit --version prints\\\n    rootlesskit version 2.3.1\nand pasta --version prints\\\n    pasta 2024_11_27.c0fbc7e\n';
  expect([analyze(prose).facts.rootlesskitVersion, analyze(prose).facts.pastaDate]).toEqual(['2.3.1', '2024-11-27']);
  // Not before a line at the left margin (bash would glue the two words), nor after an escaped backslash or a path of Windows.
  expect(analyze("$ docker version\\\n--format '{{.Server.Version}}'\n29.1.3\n").facts.dockerServerVersion).toBeNull();
  expect(analyze("$ docker version \\\\\n  --format '{{.Server.Version}}'\n29.1.3\n").facts.dockerServerVersion).toBeNull();
  expect(analyze("$ docker version\\\\\n  --format '{{.Server.Version}}'\n29.1.3\n").facts.dockerServerVersion).toBeNull();
});

test('a double-spaced paste continues a command past the blank line after each line; a blank line elsewhere ends it, as in bash', () => {
  const spaced = (lines: string[]): string => lines.map((l) => `${l}\n\n`).join('');
  expect(analyze(spaced(['$ docker version \\', "  --format '{{.Server.Version}}'", '29.1.3'])).facts.dockerServerVersion).toBe('29.1.3');
  expect(analyze(spaced(['$ docker version\\', "  --format '{{.Server.Version}}'", '29.1.3'])).facts.dockerServerVersion).toBe('29.1.3');
  const run = spaced(['$ docker run -d \\', '  -p 127.0.0.1:8080:80 \\', '  nginx', '$ curl 127.0.0.1:8080', 'curl: (56) Recv failure: Connection reset by peer']);
  const request = analyze(run).findings.flatMap((f) => f.evidence).find((e) => e.text.includes('-p '));
  expect(request?.text).toBe('docker run -d -p 127.0.0.1:8080:80 nginx');
  // Two blank lines in a double-spaced paste are a blank line of its own; one in a paste spaced only there ends the command.
  expect(analyze("$ docker version \\\n\n\n\n  --format '{{.Server.Version}}'\n\n29.1.3\n\n").facts.dockerServerVersion).toBeNull();
  expect(analyze("$ docker version \\\n\n  --format '{{.Server.Version}}'\n29.1.3\n").facts.dockerServerVersion).toBeNull();
});

test("docker version's own format over the components is read up to prose after a blank line, which the cleaner drops", () => {
  const command = `$ docker version --format '{{range .Server.Components}}{{.Name}} {{.Version}} {{.Details}}{{"\\n"}}{{end}}'`;
  const rows = 'Engine 28.5.1 map[ApiVersion:1.51 Arch:amd64]\nrootlesskit 2.3.4 map[ApiVersion:1.1.1 NetworkDriver:pasta StateDir:/run/user/1000/dockerd-rootless]';
  for (const after of ["\n\nWho's right?", '\n\nand the rootful one, for comparison:', '']) {
    const r = analyze(`${command}\n${rows}${after}`);
    expect([r.verdict, r.facts.rootlesskitVersion, r.facts.networkDriver], after).toEqual(['fixed', '2.3.4', 'pasta']);
  }
  // A line that is not the template's with no blank before it may be a hard wrap's piece: the block is not whole, and nothing is read.
  expect(analyze(`${command}\n${rows}\nand the rootful one:`).facts.rootlesskitVersion).toBe(null);
  expect(analyze(`${command}\nEngine 28.5.1 map[ApiVersion:1.51\n${rows}`).facts.rootlesskitVersion).toBe(null);
});
