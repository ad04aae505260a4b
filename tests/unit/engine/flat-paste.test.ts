// Task C30: a paste whose newlines were all lost (a web form, a chat tool, a ticket's field) has its lines joined by two blanks, by one, or
// by the next line's indentation. Only docker version and docker info were read from such a line before; the lines the checker reads
// are cut apart again, and prose that names them stays whole.
import { expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { analyze } from '../../../src/engine/index.ts';

test("rootlesskit's and pasta's versions joined by two blanks are both read (nothing was recognised)", () => {
  const r = analyze('rootlesskit version 2.3.1  pasta 2025_01_21.4f2c8e7-1');
  expect(r.facts).toMatchObject({ rootlesskitVersion: '2.3.1', pastaDate: '2025-01-21' });
  expect(r.findings.map((f) => f.id)).not.toContain('nothing-recognised');
});

test("ps's rows after the first are read: pasta's flag in the second row", () => {
  const ps =
    "$ ps -ef | grep -E 'rootlesskit|pasta'  alice     2236  2200  0 10:00 ?        00:00:00 rootlesskit --net=pasta --mtu=65520 --port-driver=implicit /usr/bin/dockerd-rootless.sh" +
    '  alice     2251  2236  0 10:00 ?        00:00:00 pasta --config-net --ns-ifname=tap0 --mtu=65520 --host-lo-to-ns-lo 2244';
  expect(analyze(ps).facts.hostLoToNsLo).toBe(true);
});

test("a drop-in shown by systemctl cat is read, its path's comment not taken for a reader's note that ends the line", () => {
  const dropIn =
    '$ systemctl --user cat docker  # /home/alice/.config/systemd/user/docker.service.d/override.conf  [Service]' +
    '  Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta  Environment=DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=implicit';
  expect(analyze(dropIn).facts).toMatchObject({ networkDriver: 'pasta', portDriver: 'implicit' });
});

test("commands at prompts and their output joined by one blank are cut apart, dpkg -l's row whole; each line keeps its line's number", () => {
  const { lines } = clean('what I ran:\n$ rootlesskit --version rootlesskit version 2.3.1 $ dpkg -l passt ii  passt 0.0~git20240220.1e6f92b-1 amd64 daemons');
  expect(lines.map((l) => [l.n, l.trimmed])).toEqual([
    [1, 'what I ran:'],
    [2, 'rootlesskit --version'],
    [2, 'rootlesskit version 2.3.1'],
    [2, 'dpkg -l passt'],
    [2, 'ii  passt 0.0~git20240220.1e6f92b-1 amd64 daemons'],
  ]);
});

test('prose that names the versions it saw stays one line', () => {
  const prose = 'I ran rootlesskit --version and got rootlesskit version 2.3.1, and pasta --version says pasta 2025_01_21.4f2c8e7-1 here.';
  expect(clean(prose).lines.map((l) => l.text)).toEqual([prose]);
});

// Task C37: in a paste longer than FLAT_LINES (a forum post's prose around one field that lost its newlines), a line that alone looks
// flattened (long, six starts after runs of two blanks, two of them specific) is cut too; prose with two blanks after its sentences is not.
const post = (line: string): string =>
  ['Hi all,', 'rootless Docker on Ubuntu, ports on 127.0.0.1 reset.', 'The form ate my newlines:', line, 'Any idea?', 'Thanks!'].join('\n');

test("a long paste's one line that lost its newlines is cut apart: apt-cache policy's passt after docker version is read", () => {
  const flat =
    '$ docker version  Client: Docker Engine - Community   Version:           27.3.1   Context:           rootless    Server: Docker Engine - Community' +
    '   Engine:    Version:          27.3.1   rootlesskit:    Version:          2.3.1    NetworkDriver:    pasta    PortDriver:       implicit' +
    '  $ apt-cache policy passt  passt:    Installed: 0.0~git20240906.6b38f07-1    Candidate: 0.0~git20240906.6b38f07-1';
  const r = analyze(post(flat));
  expect(r.facts).toMatchObject({ rootlesskitVersion: '2.3.1', networkDriver: 'pasta', pastaDate: '2024-09-06' });
  expect(r.verdict).toBe('not-affected');
  expect(clean(post(flat)).lines.filter((l) => l.n === 4).length).toBeGreaterThan(10);
});

test("a long paste's prose line with two blanks after each sentence, even one starting with a label, stays one line", () => {
  const prose =
    'Some background first.  Update: a colleague runs the same image fine.  Edit: his laptop has rootlesskit version 2.3.2 and pasta 2025_02_17.a1e48a0.' +
    '  Also: his docker-ce is newer.  Note: I upgraded nothing.  PS: docker ps shows the port.  Edit again: a restart did not help.';
  expect(clean(post(prose)).lines.map((l) => l.text)).toContain(prose);
});

// Review R136 26: pgrep's rows joined by single blanks after their command, inside a forum post of more than four lines.
const prose = ['Hello,', '', 'Some things I checked:', '', '- `curl -I http://127.0.0.1:8080` returns 302.', ''];
const rows =
  'pgrep -a rootlesskit; pgrep -a pasta 1407 rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --port-driver=implicit' +
  ' --copy-up=/etc /usr/bin/dockerd-rootless.sh 1433 pasta --stderr --config-net --ns-ifname=tap0 --mtu=65520 --host-lo-to-ns-lo 1419';

test("in a longer paste, a command's rows joined by single blanks after it are cut apart: pasta's flag is read", () => {
  expect(analyze([...prose, `$ ${rows}`, '', 'Thanks!'].join('\n')).facts).toMatchObject({ networkDriver: 'pasta', hostLoToNsLo: true });
});

test('in a longer paste, prose that does not start with the command stays one line', () => {
  const { lines } = clean([...prose, `I ran ${rows}`, '', 'Thanks!'].join('\n'));
  expect(lines.filter((l) => l.n === 7)).toHaveLength(1);
});

test("a Markdown fence is cut apart from the lines around it: docker version's last line before the closing fence is read", () => {
  const fenced = ['Output:', '```', 'Client:', ' Version:           27.3.1', '', 'Server: Docker Engine - Community', ' Engine:', '  Version:          27.3.1', ' rootlesskit:', '  Version:          2.3.1', '  NetworkDriver:    pasta', '  PortDriver:       implicit', '```', 'and curl gets reset'];
  const r = analyze(fenced.join('  '));
  expect([r.verdict, r.facts.portDriver]).toEqual(['affected', 'implicit']);
});

test("a GitHub thread's comment header is cut apart from the line before it: pasta's version above it is read", () => {
  const thread = ['Same here:', 'pasta 2024_11_21.238c69f', '', 'sophie-m commented on Feb 2, 2025', 'Works for me.'];
  expect(analyze(thread.join('  ')).facts.pastaDate).toBe('2024-11-21');
});

test("a Markdown quote is cut apart from its lead-in: another's debug log, posted in an issue, is not the reader's (review R139 03)", () => {
  const post = ['@mkr posted his debug log in rootlesskit#612:', '', '> DEBU[0000] Executing [pasta --config-net --ns-ifname=tap0 --mtu=65520 --host-lo-to-ns-lo 2777069]', '', 'Is that the flag 2.3.2 is supposed to add?'];
  expect(analyze(post.join('  ')).verdict).toBe('incomplete');
});
