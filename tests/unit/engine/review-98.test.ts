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
