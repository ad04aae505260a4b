// Task C17 (review R122): conda names its environment before the prompt of PowerShell or cmd, PowerShell shows a share of WSL as its
// directory, and pwsh on Linux or a Mac a path of theirs: all are prompts, the commands after them typed. And docker info --format gives
// the whole Operating System between the version and the list of security options ("27.4.0 Docker Desktop [name=seccomp,…]").
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { parse, values } from '../../../src/engine/recognisers/format-fields.ts';
import { typed, typedAt } from './prompted.ts';

test.each([
  ['conda before PowerShell', '(base) PS C:\\Users\\me\\src\\api> '],
  ['conda before cmd', '(base) C:\\Users\\me>'],
  ['PowerShell in a share of WSL', 'PS \\\\wsl.localhost\\Ubuntu\\home\\me> '],
  ['PowerShell in the older share of WSL', 'PS \\\\wsl$\\Ubuntu\\home> '],
  ['pwsh on Linux', 'PS /home/alice> '],
  ['pwsh in its home', 'PS ~> '],
])('docker context show typed at the prompt of %s answers the rootless context, and the server version is read', (_name, prompt) => {
  const { facts } = analyze(typedAt(prompt));
  expect(facts.rootless).toBe(true);
  expect(facts.dockerServerVersion).toBe('28.1.1');
});

test('quotes, arrows in prose, a postscript, a path in an error and lines of dir or ls are no prompt', () => {
  expect(typed('(base) PS C:\\Users\\me> docker info')).toEqual(['docker info', true]);
  expect(typed('PS /etc/docker> docker info')).toEqual(['docker info', true]);
  expect(typed('> docker info')).toEqual(['docker info', false]);
  expect(typed('PS /etc/docker -> docker info')).toEqual(['PS /etc/docker -> docker info', false]);
  expect(typed('PS ~ => docker info')).toEqual(['PS ~ => docker info', false]);
  expect(typed('(base) PS C:\\Users\\me -> docker info')).toEqual(['(base) PS C:\\Users\\me -> docker info', false]);
  expect(typed('PS: my home is /home/alice > the share')).toEqual(['PS: my home is /home/alice > the share', false]);
  const error = 'open C:\\Users\\me\\.docker\\config.json: The system cannot find the file specified.';
  expect(typed(error)).toEqual([error, false]);
  // cmd refuses a share for its directory: a line that starts with one is none of its prompts.
  expect(typed('\\\\wsl.localhost\\Ubuntu\\home\\me>docker info')[1]).toBe(false);
  for (const row of ['d----          12/5/2026   9:00 AM                .docker', 'drwxr-xr-x 2 alice alice 4096 Dec  5 09:00 src']) {
    expect(typed(row)).toEqual([row, false]);
  }
  expect(analyze(typedAt('The context is in (base) C:\\Users\\me -> ')).facts.rootless).toBeNull();
});

test('the system named between the version and the security options is read whole, in either order of the first two', () => {
  const desktop = analyze(
    'C:\\Users\\me>docker info --format "{{.ServerVersion}} {{.OperatingSystem}} {{.SecurityOptions}}"\n27.4.0 Docker Desktop [name=seccomp,profile=unconfined name=cgroupns]',
  );
  expect(desktop.facts).toMatchObject({ operatingSystem: 'Docker Desktop', dockerServerVersion: '27.4.0', rootless: false });
  expect(desktop.verdict).toBe('not-rootless');
  const first = analyze('C:\\Users\\me>docker info --format "{{.OperatingSystem}} {{.ServerVersion}} {{.SecurityOptions}}"\nDocker Desktop 27.4.0 [name=seccomp,profile=unconfined name=cgroupns]');
  expect(first.facts).toMatchObject({ operatingSystem: 'Docker Desktop', dockerServerVersion: '27.4.0', rootless: false });
  const ubuntu = analyze('$ docker info --format "{{.ServerVersion}} {{.OperatingSystem}} {{.SecurityOptions}}"\n28.1.1 Ubuntu 24.04.1 LTS [name=seccomp,profile=builtin name=rootless name=cgroupns]');
  expect(ubuntu.facts).toMatchObject({ operatingSystem: 'Ubuntu 24.04.1 LTS', dockerServerVersion: '28.1.1', rootless: true });
});

test('where the fields after the system cannot be told apart, no system is read, and the fields before it still are', () => {
  // A list inside the last list: where it starts is not sure.
  expect(values(parse('{{.OperatingSystem}} {{.SecurityOptions}}')!, 'Docker Desktop [a [b]]')?.[0]).toBe('');
  // A list cut at the edge of the screen, or hard-wrapped (review R123 N13, N14): its opening bracket is not the system.
  for (const answer of [
    '28.1.1 Ubuntu 24.04.1 LTS [name=seccomp,profile=builtin name=rootless name=cgr',
    '28.1.1 Red Hat Enterprise Linux 9.5 (Plow) [name=seccomp,profile=builtin name=sel\ninux name=rootless name=cgroupns]',
  ]) {
    const r = analyze(`$ docker info --format '{{.ServerVersion}} {{.OperatingSystem}} {{.SecurityOptions}}'\n${answer}\n`);
    expect([r.facts.operatingSystem, r.facts.dockerServerVersion], answer).toEqual([null, '28.1.1']);
    expect(r.findings.map((f) => f.title).join(' '), answer).not.toContain('[name=');
  }
});
