// Task C19: conda names its environment before a prompt of Linux or a Mac too, and the command after it is typed; docker info --format
// with the system as its last field gives it whole where the paste shows the line ended; and bare prompts in a row after an answer end it
// where no cat -A was typed (their "$" ends were read as the line ends cat -A shows).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze } from '../../../src/engine/index.ts';
import { typed, typedAt } from './prompted.ts';

test.each([
  ['Ubuntu', '(base) alice@host:~$ '],
  ['Fedora', '(myenv) [alice@fedora ~]$ '],
  ['a Mac', '(base) alice@mac ~ % '],
  ['a virtual environment in a project', '(.venv) alice@host:~/proj$ '],
  ['the directory alone', '(base) ~ $ '],
])('docker context show typed at a prompt of %s after conda answers the rootless context, and the server version is read', (_name, prompt) => {
  const { facts } = analyze(typedAt(prompt));
  expect(facts.rootless).toBe(true);
  expect(facts.dockerServerVersion).toBe('28.1.1');
  expect(typed(`${prompt}docker info`)).toEqual(['docker info', true]);
});

test('prose in parentheses, answers, output in parentheses and a quoted prompt are no prompt of conda', () => {
  expect(typed('(note) the daemon says $ docker context show')).toEqual(['(note) the daemon says $ docker context show', false]);
  expect(analyze(typedAt('(note) the daemon says $ ')).facts.rootless).toBeNull();
  for (const line of ['(1 row)', 'Remove all stopped containers? (y/N) y', '(base) is the environment conda starts in']) {
    expect(typed(line)).toEqual([line, false]);
  }
  expect(analyze('"(base) alice@host:~$ docker context show"\nrootless').facts.rootless).toBeNull();
  // A bare prompt after conda ends the answer before it, as one without does.
  expect(clean('28.1.1\n(base) alice@host:~$\nnext').prompts).toEqual([2]);
});

const FORMAT = "docker info --format '{{.ServerVersion}} {{.SecurityOptions}} {{.OperatingSystem}}'";
const OPTIONS = '[name=seccomp,profile=builtin name=rootless name=cgroupns]';
/** The system read from the format above answered `answer`, with `after` as the rest of the paste. */
const system = (answer: string, after: string): string | null => analyze(`$ ${FORMAT}\n28.1.1 ${OPTIONS} ${answer}\n${after}`).facts.operatingSystem;

test('the system last on the line is read whole where the paste shows the line ended and it ends as a system does', () => {
  expect(system('Ubuntu 24.04.1 LTS', '$ systemctl --user show docker -p Environment --no-pager')).toBe('Ubuntu 24.04.1 LTS');
  expect(system('Debian GNU/Linux 12 (bookworm)', '')).toBe('Debian GNU/Linux 12 (bookworm)');
  expect(system('Fedora Linux 41 (Workstation Edition)', '\nthe network is pasta')).toBe('Fedora Linux 41 (Workstation Edition)');
  expect(system('openSUSE Leap 15.6', 'alice@host:~> docker version')).toBe('openSUSE Leap 15.6');
  const desktop = analyze(`PS C:\\Users\\me> ${FORMAT}\n27.4.0 [name=seccomp,profile=unconfined name=cgroupns] Docker Desktop\nPS C:\\Users\\me> `);
  expect(desktop.facts).toMatchObject({ operatingSystem: 'Docker Desktop', rootless: false });
  expect(desktop.verdict).toBe('not-rootless');
});

test('a system that a wrap may have cut, or that does not end as a system does, is not read; the version still is', () => {
  for (const [answer, after] of [
    // Wrapped onto the next line, which has no prompt.
    ['Red Hat Enterprise Linux', '9.5 (Plow)'],
    ['Ubuntu 24.04.1', 'LTS'],
    // Cut at the edge of the screen: a codename left open, a word cut short, a line of 80 or 77 columns.
    ['Debian GNU/Linux 12 (bookw', '$ docker version'],
    ['Ubuntu 24.04.1 L', '$ docker version'],
    ['Ubuntu 24.04.1', ''],
    ['Ubuntu 24.0', '$ docker version'],
    // A name that could be the start of a longer one.
    ['Arch Linux', ''],
  ]) {
    const r = analyze(`$ ${FORMAT}\n28.1.1 ${OPTIONS} ${answer}\n${after}`);
    expect([r.facts.operatingSystem, r.facts.dockerServerVersion], answer).toEqual([null, '28.1.1']);
  }
});

const SHOW = 'tests/fixtures/synthetic/nerdctl-containerd-rootless-show-all-no-environment-bare-prompt.txt';

test('two bare prompts after a whole answer of systemctl show end it, where no cat -A was typed', () => {
  const shown = readFileSync(SHOW, 'utf8');
  for (const prompts of ['alice@box:~$\nalice@box:~$\n', 'alice@box:~$ \nalice@box:~$ \nalice@box:~$ \n']) {
    const r = analyze(shown + prompts);
    expect([r.verdict, r.findings.map((f) => f.id)], prompts).toEqual(['not-affected', ['containerd-net-default']]);
  }
  expect(clean('x\n$\n$').prompts).toEqual([2, 3]);
});

test('lines of cat -A keep their ends undone: typed, or around lines of text', () => {
  // A file of cat -A with empty lines ("$") between its lines, and with the command typed before lines that are only "$".
  expect(clean('[Service]$\n$\n$\nEnvironment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta$').prompts).toEqual([]);
  const typedCat = clean('$ cat -A ~/.config/systemd/user/docker.service.d/override.conf\n$\n$\n[Service]$');
  expect(typedCat.prompts).toEqual([]);
  expect(typedCat.lines.map((l) => l.text)).toEqual(['cat -A ~/.config/systemd/user/docker.service.d/override.conf', '[Service]']);
  expect(clean('$ cat -e notes\n$\n$\n').prompts).toEqual([]);
});
