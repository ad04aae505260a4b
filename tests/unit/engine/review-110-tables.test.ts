// Review 110 #5 and #6 (review 109 #6): {{range .Server.Components}} with {{json .Details}} or a tab left unread, and tables written by
// hand read only under "Component | Version", with usual row names unknown and a "Docker" row offered as the client's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatHuman } from '../../../src/cli/format.ts';
import { guideAddress } from '../../../src/cli/main.ts';
import { words } from '../../../src/cli/words.ts';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';

const fixture = (name: string): string => readFileSync(join(fixturesDir, 'synthetic', name), 'utf8');
const both = (text: string) => [analyze(text), analyzeWith(zhCn, text)];

const JSON_DETAILS = fixture('docker-version-range-json-details-rootlesskit-2.3.1-pasta-reset.txt');
const TAB = fixture('docker-version-range-tab-separated-28.0.1-rootlesskit-2.3.2.txt');
const ROOTLESS_ROW = fixture('written-table-item-value-rootless-row-engine-27.5.1-slirp4netns.txt');
const SETTING_VALUE = fixture('written-table-setting-value-docker-rootlesskit-2.3.1-pasta.txt');
const ZH = fixture('written-table-zh-docker-rootlesskit-2.3.1-pasta-debian12-reset.txt');

test('{{json .Details}} last in the range is read as the components\' details: Engine, RootlessKit and its driver, affected', () => {
  for (const r of both(JSON_DETAILS)) {
    expect(r.facts).toMatchObject({ rootless: true, dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1', networkDriver: 'pasta' });
    expect(r.evidence.networkDriver?.[0]?.line).toBe(6);
    expect(r.verdict).toBe('affected');
  }
});

test('the JSON form reads nothing where a component\'s JSON is cut or is not an object of strings', () => {
  const [command, engine] = JSON_DETAILS.split('\n');
  for (const last of ['rootlesskit 2.3.1 {"ApiVersion":"1.1.1","NetworkDriver":"pasta","StateDir":"/run/user/1000/dock', 'rootlesskit 2.3.1 {"NetworkDriver":["pasta"]}']) {
    expect(analyze(`${command}\n${engine}\n${last}`).facts, last).toMatchObject({ rootless: null, dockerServerVersion: null, rootlesskitVersion: null, networkDriver: null });
  }
});

test('{{"\\t"}} between the fields is read, as one blank or as the blanks a terminal copies up to the next tab stop', () => {
  for (const r of both(TAB)) expect(r.facts).toMatchObject({ rootless: true, dockerServerVersion: '28.0.1', rootlesskitVersion: '2.3.2' });
  const stops = [
    `$ docker version -f '{{range .Server.Components}}{{.Name}}{{"\\t"}}{{.Version}}{{"\\t"}}{{.Details.NetworkDriver}}{{"\\n"}}{{end}}'`,
    'Engine  28.0.1  <no value>',
    'containerd      1.7.25  <no value>',
    'rootlesskit     2.3.2   slirp4netns',
  ].join('\n');
  const r = analyze(stops);
  expect(r.facts).toMatchObject({ rootless: true, dockerServerVersion: '28.0.1', rootlesskitVersion: '2.3.2', networkDriver: 'slirp4netns' });
  expect(r.verdict).toBe('not-affected');
});

test('a two-column table under any header is offered as written answers: a rootless row, Docker Engine, lower-case network driver', () => {
  for (const name of ['written-table-item-value-rootless-row-engine-27.5.1-slirp4netns.txt', 'written-table-component-version-rootless-row-engine-27.5.1-slirp4netns.txt']) {
    for (const r of both(fixture(name))) {
      expect(r.written, name).toEqual({ rootless: true, dockerServerVersion: '27.5.1', rootlesskitVersion: '2.3.2', networkDriver: 'slirp4netns' });
      // Written, not read: no fact, and the step is the written setup's.
      expect(r.facts.dockerServerVersion).toBeNull();
      expect([r.verdict, r.findings[0]!.id]).toEqual(['incomplete', 'written-setup']);
    }
  }
  for (const name of ['written-table-setting-value-docker-rootlesskit-2.3.1-pasta.txt', 'written-table-setting-value-under-my-setup-pasta.txt']) {
    expect(analyze(fixture(name)).written, name).toEqual({ rootless: true, rootlesskitVersion: '2.3.1', networkDriver: 'pasta' });
  }
  // Given back as the reader's answers (the checker's button): decided as they say.
  expect(analyze(ROOTLESS_ROW, { answers: analyze(ROOTLESS_ROW).written }).verdict).toBe('not-affected');
  expect(analyze(SETTING_VALUE, { answers: analyze(SETTING_VALUE).written }).verdict).toBe('affected');
});

test("a table's \"Docker\" row names no side: neither the client's version nor the engine's is offered; Engine, Server or Client rows are", () => {
  for (const r of [...both(SETTING_VALUE), ...both(ZH)]) {
    expect(r.written?.dockerClientVersion).toBeUndefined();
    expect(r.written?.dockerServerVersion).toBeUndefined();
    expect(r.written?.rootlesskitVersion).toBe('2.3.1');
  }
  expect(analyzeWith(zhCn, ZH).written).toEqual({ rootless: true, rootlesskitVersion: '2.3.1', networkDriver: 'pasta', operatingSystem: 'Debian 12' });
  const table = (row: string): string => `| Setting | Value |\n|---|---|\n${row}\n| RootlessKit | 2.3.1 |\n`;
  for (const row of ['| Engine | 27.3.1 |', '| Server | 27.3.1 |', '| docker engine version | 27.3.1 |', '| Docker daemon | 27.3.1 |']) {
    expect(analyze(table(row)).written, row).toMatchObject({ dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1' });
  }
  for (const row of ['| Client | 27.3.1 |', '| Docker CLI | 27.3.1 |']) expect(analyze(table(row)).written, row).toMatchObject({ dockerClientVersion: '27.3.1' });
  // "(rootless)" after the Docker row's version still says the daemon is rootless.
  expect(analyze(table('| Docker | 27.3.1 (rootless) |')).written).toEqual({ rootless: true, rootlesskitVersion: '2.3.1' });
});

test('netcheck lists the written Docker Engine and no Docker client, in both languages', () => {
  const en = formatHuman(analyze(ROOTLESS_ROW), guideAddress({}), words.en);
  expect(en).toContain('Written by hand, not read as output\n  Rootless daemon  yes\n  Docker Engine    27.5.1\n  RootlessKit      2.3.2\n  Network driver   slirp4netns\n');
  expect(formatHuman(analyze(SETTING_VALUE), guideAddress({}), words.en)).not.toContain('Docker client');
  const zh = formatHuman(analyzeWith(zhCn, ZH), guideAddress({}, 'zh-cn'), words['zh-cn']);
  expect(zh).toContain('手写的环境描述（没有当作命令输出读取）\n  rootless 守护进程  是\n  RootlessKit        2.3.1\n');
  expect(zh).not.toContain('Docker 客户端');
});

test('a table is no setup where its header makes the values another\'s, a rootless row says neither yes nor no or contradicts the driver', () => {
  const rows = '|---|---|\n| Docker Engine | 27.5.1 |\n| RootlessKit | 2.3.2 |\n';
  for (const header of ['| Component | Minimum version |', '| Setting | Expected |', '| Component | Fixed in |', '| 组件 | 要求 |']) {
    expect(analyze(`${header}\n${rows}`).written, header).toBeUndefined();
  }
  for (const row of ['| Rootless | maybe |', '| Rootless | no |\n| Network driver | pasta |', '| Rootless | yes |\n| Rootless | no |']) {
    expect(analyze(`| Setting | Value |\n${rows}${row}\n`).written, row).toBeUndefined();
  }
  // Rows another program's table names, and three columns: nothing.
  expect(analyze('| Setting | Value |\n|---|---|\n| Server | nginx 1.25.3 |\n| Port | 8080 |\n').written).toBeUndefined();
  expect(analyze(fixture('written-table-expected-actual-columns-not-a-setup.txt')).written).toBeUndefined();
  // "Rootless | no" alone is an answer: a rootful daemon.
  expect(analyze('| Setting | Value |\n|---|---|\n| Docker Engine | 27.5.1 |\n| Rootless | no |\n').written).toEqual({ rootless: false, dockerServerVersion: '27.5.1' });
});
