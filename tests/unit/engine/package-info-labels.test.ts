// Package information in the user's language (task C56): pacman -Qi's and zypper info's labels as their po files translate them went
// unread (review R140 04: a Japanese pacman -Qi lost the installed passt's date; review R138 09: a Russian zypper info lost the installed
// RootlessKit). A localised label reads only where an English one would: after a known package's name, in a record that says it is installed.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { Result } from '../../../src/engine/types.ts';

const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];

// pacman -Qi's "Name", "Version" and "Install Date" (src/pacman/po/<lang>.po); the date as strftime's %c writes it in that locale.
const PACMAN: readonly (readonly [lang: string, name: string, version: string, installDate: string, date: string])[] = [
  ['German', 'Name', 'Version', 'Installiert am', 'Sa 25 Jan 2025 21:03:11 CET'],
  ['French', 'Nom', 'Version', 'Installé le', 'sam. 25 janv. 2025 21:03:11 CET'],
  ['Spanish', 'Nombre', 'Versión', 'Fecha de instalación', 'sáb 25 ene 2025 21:03:11 CET'],
  ['Russian', 'Название', 'Версия', 'Дата установки', 'Сб 25 янв 2025 21:03:11'],
  ['Japanese', '名前', 'バージョン', 'インストール日時', '2025年01月25日 21時03分11秒'],
  ['Chinese', '名字', '版本', '安装日期', '2025年01月25日 星期六 21时03分11秒'],
];

const pacmanQi = (name: string, version: string, installDate: string, date: string): string =>
  ['$ pacman -Qi passt', `${name}                   : passt`, `${version}             : 2025_01_21.4f2c8e7-1`, `${installDate}       : ${date}`].join('\n');

test.each(PACMAN)("pacman -Qi in %s: the installed passt's date shows", (_, name, version, installDate, date) => {
  for (const r of both(pacmanQi(name, version, installDate, date))) expect(r.facts.pastaDate).toBe('2025-01-21');
});

test.each(PACMAN)('pacman -Si in %s (no install date: a package a repository offers) gives no passt', (_, name, version) => {
  expect(analyze(pacmanQi(name, version, 'Repository', 'extra')).facts.pastaDate).toBeNull();
});

// Review R140 04, as the reviewer pasted it (its labels are pacman's own): pasta's version was "not shown", now it is.
test("review R140 04: Japanese pacman -Qi beside docker version's RootlessKit 2.3.1 with pasta names the passt it affects", () => {
  const text = [
    "$ LANG=ja_JP.UTF-8 pacman -Qi passt rootlesskit | grep -E '^(名前|バージョン|インストール日時)'",
    '名前                   : passt',
    'バージョン             : 2025_01_21.4f2c8e7-1',
    'インストール日時       : 2025年01月25日 21時03分11秒',
    '名前                   : rootlesskit',
    'バージョン             : 2.3.1-1',
    'インストール日時       : 2024年08月30日 08時44分52秒',
    '$ docker version',
    'Server:',
    ' rootlesskit:',
    '  Version:          2.3.1',
    '  NetworkDriver:    pasta',
  ].join('\n');
  for (const r of both(text)) {
    expect([r.verdict, r.certainty, r.facts.pastaDate]).toEqual(['affected', 'inferred', '2025-01-21']);
    expect(r.findings.find((f) => f.id === 'affected')!.detail).not.toContain("pasta's version was not shown");
  }
});

// zypper info's "Name", "Version", "Status" and its words "up-to-date", "out-of-date (version %s installed)", "not installed" (po/<lang>.po).
const ZYPPER: readonly (readonly [lang: string, name: string, version: string, status: string, upToDate: string, outOfDate: string, notInstalled: string])[] = [
  ['Russian', 'Имя', 'Версия', 'Состояние', 'актуален', 'устарел (установлена версия 2.3.1-1.2)', 'не установлен'],
  ['Japanese', '名前', 'バージョン', '状態', '最新', '期限切れ (バージョン 2.3.1-1.2 がインストールされています)', 'インストールされていません'],
  // Task C62: German's labels are the English ones, its words are not.
  ['German', 'Name', 'Version', 'Status', 'aktuell', 'veraltet (Version 2.3.1-1.2 installiert)', 'nicht installiert'],
  ['French', 'Nom', 'Version', 'État', 'à jour', 'pas à jour (version 2.3.1-1.2 installée)', 'non installé'],
  ['Spanish', 'Nombre', 'Versión', 'Estado', 'actualizado', 'obsoleto (instalada la versión 2.3.1-1.2)', 'no se ha instalado'],
  ['Chinese', '名称', '版本', '状态', '最新', '过时（已安装版本 2.3.1-1.2）', '未安装'],
];

const journal =
  'дек 03 11:02:13 tw dockerd-rootless.sh[1290]: + exec rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --port-driver=implicit /usr/bin/dockerd-rootless.sh';
const zypperInfo = (name: string, version: string, status: string, value: string): string =>
  ['$ zypper info rootlesskit', `${name}           : rootlesskit`, `${version}        : 2.3.4-1.1`, `${status}      : ${value}`, journal].join('\n');

test.each(ZYPPER)("zypper info in %s: an out-of-date Status gives the installed RootlessKit, not the Version a repository offers", (_, name, version, status, _u, outOfDate) => {
  for (const r of both(zypperInfo(name, version, status, outOfDate))) {
    expect(r.facts.rootlesskitVersion).toBe('2.3.1');
    expect([r.verdict, r.certainty]).toEqual(['affected', 'inferred']);
  }
});

test.each(ZYPPER)('zypper info in %s: an up-to-date record gives its Version, one not installed gives none', (_, name, version, status, upToDate, _o, notInstalled) => {
  expect(analyze(zypperInfo(name, version, status, upToDate)).facts.rootlesskitVersion).toBe('2.3.4');
  expect(analyze(zypperInfo(name, version, status, notInstalled)).facts.rootlesskitVersion).toBeNull();
});

// The guard: a label is read as a package's only after a known package's name, in a record that says it is installed.
test("a localised Version in another tool's record, or with no known package's name before it, is no package's version", () => {
  const other = ['$ some-tool --info', 'Имя            : containerd', 'Версия         : 2.3.1', 'Состояние      : актуален', journal].join('\n');
  expect(analyze(other).facts.rootlesskitVersion).toBeNull();
  const alone = ['$ some-tool --about', 'バージョン             : 2.3.1', '状態                   : 最新', 'インストール日時       : 2025年01月25日 21時03分11秒', journal].join('\n');
  expect(analyze(alone).facts.rootlesskitVersion).toBeNull();
});

test('a localised Install Date that names no date (as rpm -qp\'s "(not installed)") says nothing is installed', () => {
  expect(analyze(pacmanQi('Название', 'Версия', 'Дата установки', '(не установлен)')).facts.pastaDate).toBeNull();
});
