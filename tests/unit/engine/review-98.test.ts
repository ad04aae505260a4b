// What the ninety-eighth review found: a unit's line whose quote opens before the name and never closes, a verbless English detail, and
// evidence that left out the lines a verdict rests on.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const dropIn = (...lines: string[]) => `$ cat ~/.config/systemd/user/docker.service.d/override.conf\n[Service]\n${lines.join('\n')}`;
/** What a reader sees of a paste: the drivers, the findings, and the setting-ignored detail in both languages. */
const seen = (paste: string) => {
  const [en, zh] = [analyze(paste), analyzeWith(zhCn, paste)];
  const detail = (r: typeof en) => r.findings.find((f) => f.id === 'setting-ignored')?.detail ?? null;
  return { net: en.facts.networkDriver, port: en.facts.portDriver, ids: en.findings.map((f) => f.id), en: detail(en), zh: detail(zh) };
};
const REJECTED = { en: expect.stringContaining('quote never closes'), zh: expect.stringContaining('引号没有闭合的整行') };

test('a drop-in line whose quote opens before the name and never closes sets nothing: systemd rejects the whole line', () => {
  // /tmp/r98/pastes/p2.txt: the quote opened as the guide writes it; p2b: opened after the "=", which was already read so.
  for (const net of [`Environment="${P}NET=pasta`, `Environment=${P}NET="pasta`]) {
    expect(seen(dropIn(net, `Environment="${P}PORT_DRIVER=implicit"`)), net).toEqual({ net: null, port: 'implicit', ids: ['need-network-driver', 'setting-ignored'], ...REJECTED });
  }
  // p2c: the second of two assignments unclosed: the first is rejected with it.
  expect(seen(dropIn(`Environment="${P}NET=pasta" "${P}PORT_DRIVER=implicit`))).toEqual({ net: null, port: null, ids: ['need-network-driver', 'setting-ignored'], ...REJECTED });
  // As grep -r quotes it, after the file's name.
  expect(seen(`$ grep -r ROOTLESSKIT ~/.config/systemd/user/docker.service.d/\noverride.conf:Environment="${P}NET=pasta`).net).toBeNull();
  // A quote that stands inside the other kind is plain: the line is whole, and sets pasta.
  expect(seen(dropIn(`Environment="${P}NET=pasta" "X=it's"`))).toMatchObject({ net: 'pasta', en: null });
});

test('a line a pager may have cut inside a quote opened before the name is still read as cut, not rejected', () => {
  const paged = `$ systemctl --user show docker -p Environment\nEnvironment=PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin "${P}NET=pasta" "${P}MTU=655`;
  expect(seen(paged)).toMatchObject({ net: 'pasta', en: null });
});

// /tmp/r98/pastes/p3.txt: dockerd-rootless.sh run by hand, then RootlessKit's and pasta's versions.
const p3 = `$ export ${P}NET=pasta
$ export ${P}PORT_DRIVER=implicit
$ sh -x dockerd-rootless.sh
+ exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --disable-host-loopback --port-driver=implicit --copy-up=/etc --copy-up=/run --propagation=rslave /usr/bin/dockerd-rootless.sh
$ rootlesskit --version
rootlesskit version 2.3.1
$ pasta --version
pasta 2025_03_20.32f6212`;

// Docker's own packages of 27.3.1 bundle RootlessKit 2.3.1, which the checker infers from the daemon's version on line 2.
const inferred = `$ docker info\n Server Version: 27.3.1\n Security Options:\n  rootless\n${dropIn(`Environment="${P}NET=pasta"`, `Environment="${P}PORT_DRIVER=implicit"`)}\n$ pasta --version\npasta 2025_03_20.32f6212`;
const finding = (paste: string, id: string, r = analyze(paste)) => r.findings.find((f) => f.id === id)!;

test('the affected detail is a sentence in both languages, whether RootlessKit was shown or inferred from Docker', () => {
  expect(finding(p3, 'affected').detail).toMatch(/^RootlessKit 2\.3\.1 does not pass --host-lo-to-ns-lo \(2\.3\.2 does\), so pasta 2025_03_20\.32f6212 delivers /);
  expect(finding(inferred, 'affected').detail).toMatch(/^Docker 27\.3\.1 bundles RootlessKit 2\.3\.1, which does not pass --host-lo-to-ns-lo \(2\.3\.2 does\), so pasta /);
  // Review 101 #7: shown, the version is the sentence's subject, not a fragment before "它".
  expect(finding(p3, 'affected', analyzeWith(zhCn, p3)).detail).toMatch(/^RootlessKit 2\.3\.1 不会给 pasta 传 --host-lo-to-ns-lo（2\.3\.2 起才会），于是 pasta 2025_03_20\.32f6212 会把/);
  expect(finding(inferred, 'affected', analyzeWith(zhCn, inferred)).detail).toMatch(/^Docker 27\.3\.1 捆绑的是 RootlessKit 2\.3\.1，它不会给 pasta 传 --host-lo-to-ns-lo（2\.3\.2 起才会），于是 pasta /);
});

test("the affected finding cites RootlessKit's and pasta's version lines; the host-loopback warning, where --disable-host-loopback stands", () => {
  const lines = (paste: string, id: string) => finding(paste, id).evidence.map((e) => e.line);
  expect(lines(p3, 'affected')).toEqual(expect.arrayContaining([4, 6, 8]));
  expect(lines(p3, 'host-loopback-leak')).toEqual(expect.arrayContaining([4, 6]));
  // RootlessKit inferred from Docker's version: that version's line, beside the drivers' and pasta's.
  expect(lines(inferred, 'affected')).toEqual(expect.arrayContaining([2, 7, 8, 10]));
  expect(lines(inferred, 'host-loopback-leak')).toEqual([2]);
});
