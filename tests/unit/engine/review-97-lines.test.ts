// What the ninety-seventh review found in messy pastes: versions on a line that lost its newlines, pasta versions labelled by hand, and
// a line cut at the length limit.
import { expect, test } from 'vitest';
import { clean } from '../../../src/engine/clean.ts';
import { limits } from '../../../src/engine/limits.ts';
import { analyze } from '../../../src/engine/index.ts';
import type { Result } from '../../../src/engine/types.ts';

// Rootless docker version, Docker 27.3.1, RootlessKit 2.3.1 with pasta: affected (inferred) alone, as pasta's release is not shown.
const DV = `Client: Docker Engine - Community
 Version:           27.3.1
 API version:       1.47
 Go version:        go1.22.7
 Git commit:        ce12230
 Built:             Fri Sep 20 11:41:00 2024
 OS/Arch:           linux/amd64
 Context:           rootless

Server: Docker Engine - Community
 Engine:
  Version:          27.3.1
  API version:      1.47 (minimum version 1.24)
  Go version:       go1.22.7
  Git commit:       41ca978
  Built:            Fri Sep 20 11:41:00 2024
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          1.7.22
  GitCommit:        7f7fdf5fed64eb6a7caf99b3e12efcf9d60e311c
 runc:
  Version:          1.1.14
  GitCommit:        v1.1.14-0-g2c9f560
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  PortDriver:       implicit
  StateDir:         /run/user/1000/dockerd-rootless`;
const PASTA = '$ pasta --version\npasta 2024_09_06.6b38f07\nCopyright Red Hat';
const COLLECTED = `$ rootlesskit --version\nrootlesskit version 2.3.1\n${PASTA}\nGNU General Public License, version 2 or later <https://www.gnu.org/licenses/old-licenses/gpl-2.0.html>\n$ slirp4netns --version\nslirp4netns version 1.2.1`;

/** The paste with its newlines lost, as a form's one-line field or echo $(…) leaves it. */
const oneLine = (text: string) => text.split('\n').join(' ');
/** What the user is told: the verdict, its certainty, the facts and the findings. */
const told = (r: Result) => ({ verdict: r.verdict, certainty: r.certainty, facts: r.facts, findings: r.findings.map((f) => f.id) });

test('collector steps whose output lost its newlines give the facts of the paste with them (review 97 #2)', () => {
  for (const text of [PASTA, COLLECTED, `${DV}\n${PASTA}`]) {
    const joined = analyze(oneLine(text));
    expect(joined.facts.pastaDate).toBe('2024-09-06');
    expect(told(joined)).toEqual(told(analyze(text)));
  }
  // The docker version above with pasta's release shown: not affected, as the paste with its lines says.
  expect([analyze(oneLine(`${DV}\n${PASTA}`)).verdict, analyze(oneLine(`${DV}\n${PASTA}`)).certainty]).toEqual(['not-affected', 'confirmed']);
  const collected = analyze(oneLine(COLLECTED)).facts;
  expect([collected.rootlesskitVersion, collected.slirp4netnsVersion]).toEqual(['2.3.1', '1.2.1']);
  // A sentence that names the command reads no version: pasta's answer starts with its name and a version.
  expect(analyze('I ran $ pasta --version pasta said 2024_09_06.6b38f07 maybe').facts.pastaVersion).toBeNull();
});

test('package rows joined onto one line are read as the rows they are (review 97 #2)', () => {
  const rpm = 'passt-0^20240906.g6b38f07-1.fc40.x86_64\npasst-selinux-0^20240906.g6b38f07-1.fc40.noarch';
  const dpkg =
    'ii  docker-ce-rootless-extras 5:27.3.1-1~ubuntu.24.04~noble amd64 Rootless support for Docker.\nii  passt 0.0~git20240220.1e6f92b-1 amd64 user-mode networking daemons for virtual machines and namespaces';
  for (const rows of [`$ rpm -q passt passt-selinux\n${rpm}`, `$ dpkg -l | grep -E "passt|rootless"\n${dpkg}`]) {
    const [prompt, ...listed] = rows.split('\n');
    const joined = analyze(`${DV}\n${prompt}\n${oneLine(listed.join('\n'))}`);
    expect(joined.verdict).toBe('not-affected');
    expect(told(joined)).toEqual(told(analyze(`${DV}\n${rows}`)));
  }
  expect(analyze(`${DV}\n$ dpkg -l | grep -E "passt|rootless"\n${oneLine(dpkg)}`).facts.rootlessExtrasVersion).toBe('27.3.1');
  // Words that are no package's row leave the line whole: nothing is read out of a sentence.
  expect(analyze(`${DV}\npasst-0^20240906.g6b38f07-1.fc40.x86_64 is what dnf installed`).facts.pastaVersion).toBeNull();
});

test('every hand-written label of pasta\'s or passt\'s version counts as "passt version:" does (review 97 #4)', () => {
  const labelled = (label: string) => analyze(`${DV}\n\n${label}`);
  const deb = told(labelled('passt version: 0.0~git20240220.1e6f92b-1'));
  const upstream = told(labelled('pasta version: 2024_09_06.6b38f07'));
  expect([deb.verdict, deb.certainty, upstream.verdict, upstream.certainty]).toEqual(['not-affected', 'confirmed', 'not-affected', 'confirmed']);
  for (const label of ['passt: 0.0~git20240220.1e6f92b-1', '- passt: 0.0~git20240220.1e6f92b-1', '| passt | 0.0~git20240220.1e6f92b-1 |', 'PASST version: 0.0~git20240220.1e6f92b-1'])
    expect([label, told(labelled(label))]).toEqual([label, deb]);
  for (const label of [
    'pasta: 2024_09_06.6b38f07',
    'Pasta version: 2024_09_06.6b38f07',
    'pasta --version: pasta 2024_09_06.6b38f07',
    'pasta: `pasta 2024_09_06.6b38f07`',
    '| Pasta version | 2024_09_06.6b38f07 |',
  ])
    expect([label, told(labelled(label))]).toEqual([label, upstream]);
  // In a setup written as a list, the labelled version is read and the list's other items still offered; an item without a label is the
  // list's.
  const list = analyze('My setup:\n- Docker: 27.3.1\n- RootlessKit: 2.3.1\n- passt: 2025_01_21.4f2c8e7');
  expect([list.facts.pastaDate, list.written?.rootlesskitVersion]).toEqual(['2025-01-21', '2.3.1']);
  expect(analyze('- docker 27.3.1\n- rootlesskit 2.3.1\n- passt 2025_01_21.4f2c8e7').facts.pastaVersion).toBeNull();
  // A label with no version after it, or words, reads none.
  for (const prose of ['Pasta: 2024_09_06.6b38f07 fixed it for me', 'pasta: not sure which', '| pasta | works |']) expect([prose, labelled(prose).facts.pastaVersion]).toEqual([prose, null]);
});

test("a line cut at maxLineChars ends in a cut, and docker version's Version is its first word (review 97 #6)", () => {
  // docker version on one line, repeated past the limit, the cut falling inside the Engine's "API version" key.
  const flat = oneLine(DV);
  const at = flat.indexOf('API version:      1.47 (minimum') + 'API versi'.length;
  const copies = `${flat} `.repeat(Math.floor((limits.maxLineChars - at) / (flat.length + 1)));
  const long = `${copies}${' '.repeat(limits.maxLineChars - at - copies.length)}${flat}`;
  expect(long.slice(0, limits.maxLineChars).endsWith('27.3.1   API versi')).toBe(true);
  const lines = clean(long).lines;
  expect([lines.at(-1)!.cut, lines.at(-2)!.cut]).toEqual([true, false]);
  const r = analyze(long);
  expect(r.facts.dockerServerVersion).toBe('27.3.1');
  expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
  // A paste cut mid-line after the Engine's version, its next key's newline lost: the version is the word before it.
  expect(analyze(`${DV.split('\n').slice(0, 12).join('\n')}   API versi`).facts.dockerServerVersion).toBe('27.3.1');
});
