import { describe, expect, test } from 'vitest';
import { eraOfDate } from '../../../src/engine/rules/context.ts';
import { bundleTable } from '../../../src/engine/data/core/docker.ts';
import { pastaVersionStrings } from '../../../src/engine/data/index.ts';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { bundledRootlesskit } from '../../../src/engine/rules/infer.ts';
import { atLeast, isDate, misreadPasta, parsePastaVersion, parseVersion } from '../../../src/engine/version.ts';

describe('parseVersion', () => {
  test.each([
    ['2.3.1', [2, 3, 1], false, false],
    ['v0.29.1', [0, 29, 1], false, false],
    ['28.0.0-rc.1', [28, 0, 0], true, false],
    ['2.3.1+dev', [2, 3, 1], false, true],
    ['5:27.3.1-1~ubuntu.24.04~noble', [27, 3, 1], false, false],
    ['29.7.2-1', [29, 7, 2], false, false],
    ['1.1.x', [1, 1, Infinity], false, false],
  ])('%s', (text, parts, pre, dev) => {
    expect(parseVersion(text)).toEqual({ parts, pre, dev });
  });
  test.each(['dev', '', 'unknown', 'x.1', '1.2.3 4'])('rejects %j', (text) => expect(parseVersion(text)).toBeNull());
  // OCR's letter for a digit (review R138 H1): read as 2.3 it ordered as 2.3.0, before 2.3.2; which digit it was is a guess.
  test.each(['2.3.S', '2.3.l', '2.3.O', '27.l', '2.3I'])('rejects %j: a letter where a number belongs', (text) => expect(parseVersion(text)).toBeNull());
  // After three numbers, or after "-", "+", "~" and "_", a letter starts what distributions add (FACTS §5, the fixtures).
  test.each([
    ['25.0.5.astra2', [25, 0, 5]],
    ['26.1.3.el9', [26, 1, 3]],
    ['27.3.1.fc41', [27, 3, 1]],
    ['26.1.5+dfsg1', [26, 1, 5]],
    ['2.3.1~git20250101', [2, 3, 1]],
    ['1.8.2-el7', [1, 8, 2]],
    ['25.0.6_ce', [25, 0, 6]],
    ['2.3.1-r0', [2, 3, 1]],
    ['2.3.1_p1', [2, 3, 1]],
    ['2.0.rc1', [2, 0]],
  ])('keeps %j', (text, parts) => expect(parseVersion(text)?.parts).toEqual(parts));
});

describe('an OCR\'d RootlessKit version (review R138 H1)', () => {
  const argv = 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --port-driver=implicit /usr/bin/dockerd-rootless.sh';
  test.each(['2.3.S', '2.3.l'])('"rootlesskit version %s" is unread, not an old version: the checker asks for it', (v) => {
    const r = analyze(`$ rootlesskit --version\nrootlesskit version ${v}\n$ ps -o args= -C rootlesskit\n${argv}\n`);
    expect(r.facts.rootlesskitVersion).toBeNull();
    expect(r.verdict).toBe('incomplete');
    expect(r.findings.map((f) => f.id)).toContain('need-rootlesskit-version');
  });
  test('a readable one beside it still decides', () => {
    expect(analyze(`$ rootlesskit --version\nrootlesskit version 2.3.1\n$ ps -o args= -C rootlesskit\n${argv}\n`).verdict).toBe('affected');
  });
});

describe('a version with the next key glued on (review R141 06 folded at 72 columns: "rootlesskit:Version: 2.3.1Api")', () => {
  test('"2.3.1Api" is 2.3.1, a capital OCR reads for a digit leaves it unread, and every release form stays', () => {
    const rk = (v: string) => analyze(`$ rootlesskit --version\nrootlesskit version ${v}\n`).facts.rootlesskitVersion;
    expect([rk('2.3.1Api'), rk('2.3.1A'), rk('2.3.1O'), rk('2.3.1I')]).toEqual(['2.3.1', '2.3.1', null, null]);
    for (const v of ['2.3.1+dev', '28.0.0-rc.1', '1.0.0-beta.3', '26.1.3.el9', '25.0.6-ce', '2.3.1-0ubuntu1~24.04.1']) expect(rk(v)).toBe(v);
    expect(analyze('$ pasta --version\npasta 0^20250121.g4f2c8e7-1.fc41\n').facts.pastaVersion).toBe('0^20250121.g4f2c8e7-1.fc41');
  });
});

describe('an OCR\'d pasta version (review R138 02)', () => {
  test.each(['2O25_02_17.a1e48a0', '2025_0l_21.4f2c8e7', '2025_02_I7', '0.0~git2O250217.a1e48a0-1', '0^2024O906.g6b38f07-1.fc40', '2024.l2.11'])(
    '%j is a date but for a letter for a digit',
    (text) => expect([parsePastaVersion(text), misreadPasta(text)]).toEqual([null, true]),
  );
  test.each(['2025_02_17.a1e48a0', '0^20240906.g6b38f07-1.el9', 'unknown version', 'Ol', 'SOLID', '2025_O2'])('%j is not', (text) => expect(misreadPasta(text)).toBe(false));
  const paste = (version: string): string =>
    ['$ rootlesskit --version', 'rootlesskit version 2.3.1', '$ ps -o args= -C rootlesskit', 'rootlesskit --state-dir=/run/user/1000/dockerd-rootless --net=pasta --mtu=65520 --port-driver=implicit /usr/bin/dockerd-rootless.sh', '$ pasta --version', `pasta ${version}`, 'Copyright Red Hat'].join('\n');
  test('"pasta 2O25_02_17.a1e48a0" leaves the date unread (no O→0 guess) and the checker says it looks misread, in both catalogues', () => {
    const [en, zh] = [analyze(paste('2O25_02_17.a1e48a0')), analyzeWith(zhCn, paste('2O25_02_17.a1e48a0'))];
    for (const r of [en, zh]) {
      expect([r.facts.pastaDate, r.verdict, r.certainty]).toEqual([null, 'affected', 'inferred']);
      expect(r.findings.find((f) => f.id === 'pasta-version-unknown')?.evidence[0]?.text).toBe('pasta 2O25_02_17.a1e48a0');
    }
    expect(en.findings.find((f) => f.id === 'pasta-version-unknown')?.title).toBe('pasta\'s version "2O25_02_17.a1e48a0" looks misread');
    expect(zh.findings.find((f) => f.id === 'pasta-version-unknown')?.title).toBe('pasta 的版本“2O25_02_17.a1e48a0”看起来认错了');
  });
  test('read as printed, the date decides', () => {
    const r = analyze(paste('2025_02_17.a1e48a0'));
    expect([r.facts.pastaDate, r.verdict, r.certainty]).toEqual(['2025-02-17', 'affected', 'confirmed']);
    expect(r.findings.map((f) => f.id)).not.toContain('pasta-version-unknown');
  });
});

describe('atLeast', () => {
  const releases = ['2.3.0', '2.3.1', '2.3.2', '2.3.3'];
  test.each([
    ['2.3.2', '2.3.2', true],
    ['2.3.1', '2.3.2', false],
    ['3.0.0', '2.3.2', true],
    ['1.1.x', '2.0.0', false],
    ['2.3.1+dev', '2.3.2', null], // built after 2.3.1: may have the fix
    ['2.3.0+dev', '2.3.2', false], // built before 2.3.1
    ['2.3.2+dev', '2.3.2', true],
    ['28.0.0-rc.1', '28.0.0', null],
    ['28.0.0-rc.1', '25.0.0', true],
    ['dev', '25.0.0', null],
  ] as const)('%s ≥ %s → %s', (v, t, want) => expect(atLeast(v, t, releases)).toBe(want));
  test('null version', () => expect(atLeast(null, '1.0.0')).toBeNull());
  test('a letter for a number', () => expect(atLeast('2.3.S', '2.3.2')).toBeNull());
});

describe('parsePastaVersion: every distribution form', () => {
  test.each([
    ['2025_03_20.32f6212', '2025-03-20', 0], // upstream
    ['2025_01_21.4f2c8e7-2-gdd6a685', '2025-01-21', 2], // git describe
    ['2024_09_06.6b38f07-40-g1a2b3c4', '2024-09-06', 40],
    ['2025_03_20.32f6212-1', '2025-03-20', 0], // Arch (pkgrel)
    ['2025_01_21.4f2c8e7.r2.gdd6a685-1', '2025-01-21', 2], // Arch VCS package
    ['0.0~git20250503.587980c-2+deb13u1', '2025-05-03', null], // Debian
    ['0.0~git20240220.1e6f92b-1', '2024-02-20', null], // Ubuntu
    ['100:0.0+20250217.a1e48a0-0ubuntu1', '2025-02-17', null], // Ubuntu OBS with epoch
    ['0^20240906.g6b38f07-1.fc40.x86_64-pasta', '2024-09-06', null], // Fedora / RHEL
    ['0^20230908.g05627dc-1.fc39.x86_64', '2023-09-08', null], // Fedora package
    ['2024.12.11', '2024-12-11', 0], // Chimera
    ['2025.05.12.8ec1341_1', '2025-05-12', 0], // Void (xbps: date, commit, _revision)
  ])('%s → %s', (text, date, afterTag) => {
    const b = parsePastaVersion(text);
    expect(b?.date).toBe(date);
    expect(b?.afterTag).toBe(afterTag);
  });
  test.each(['unknown version', '', '--version', 'failed with exit code 1:', '2025_13_01.abcdef0', '2025_02_30x', 'x'.repeat(500)])(
    'rejects %j',
    (text) => expect(parsePastaVersion(text)).toBeNull(),
  );
  test('Fedora keeps the commit hash', () => expect(parsePastaVersion('0^20240906.g6b38f07-1.fc40')?.hash).toBe('6b38f07'));
  test('Void keeps the commit hash', () => expect(parsePastaVersion('2024.09.06.6b38f07_1')?.hash).toBe('6b38f07'));
});

describe('eraOfDate: where a pasta build stands relative to the change', () => {
  test.each([
    ['2024-08-21', null, 'old'],
    ['2024-09-06', '2024_09_06.6b38f07', 'old'],
    ['2024-09-06', '0^20240906.g6b38f07-1.fc40', 'old'], // Fedora build of the last good tag
    ['2024-09-06', '0^20240906.g6b38', 'old'], // its hash abbreviated further, or cut short
    ['2024-09-06', '2024_09_06.6b38f07a', 'old'], // or abbreviated less
    ['2024-09-06', '0.0~git20240906.6b39f07-1', 'old'], // another commit of that day, weeks before the change was written
    ['2024-09-06', '2024_09_06.6b38f07-40-g1a2b3c4', 'between'], // commits after the last good tag
    ['2024-09-06', '0.0~git20240906.abcdef1-1', 'old'], // a snapshot that is not the tag
    ['2024-09-06', '100:0.0+20240906-1', 'old'], // Ubuntu OBS's, without a commit
    ['2024-10-20', '0.0~git20241020.abcdef1-1', 'between'],
    ['2024-10-30', '2024_10_30.ee7d0b6', 'new'],
    ['2025-01-21', '2025_01_21.4f2c8e7-2-gdd6a685', 'new'],
  ] as const)('%s %s → %s', (date, version, era) => expect(eraOfDate(date, version)).toBe(era));
});

test('isDate', () => {
  expect(isDate('2024-10-30')).toBe(true);
  expect(isDate('2024-13-01')).toBe(false);
  expect(isDate('2024-1-01')).toBe(false);
});

describe('bundledRootlesskit: the Docker → RootlessKit table', () => {
  test.each([
    ['24.0.6', '1.1.x'],
    ['25.0.3', '2.0.1'],
    ['27.3.1', '2.3.1'],
    ['27.4.0-rc.1', '2.3.1'], // a pre-release inside a range
    ['27.5.1', '2.3.2'],
    ['29.7.2', '3.0.2'],
  ])('%s → %s', (docker, rk) => expect(bundledRootlesskit(docker)?.rootlesskit).toBe(rk));
  test.each([
    ['29.5.0-rc.1', '2.3.6', '29.2.0'],
    ['29.5.3-rc.2', '3.0.0', '29.5.0'],
    ['28.0.2-rc.1', '2.3.2', '28.0.0'],
    ['27.5.1-rc.1', '2.3.1', '27.3.0'],
    // A new major line's first pre-release is cut from main after the last minor line before it branched: its .0 release is the floor,
    // whatever patches of that line came later (review R157 M1).
    ['29.0.0-rc.1', '2.3.4', '28.5.0'],
    ['28.0.0-rc.1', '2.3.1', '27.5.0'],
    ['27.0.0-rc.1', '2.0.2', '26.1.0'],
  ])('%s, a pre-release of a row\'s first release → at least %s (from %s)', (docker, rootlesskit, since) =>
    expect(bundledRootlesskit(docker)).toEqual({ rootlesskit, since }),
  );
  // A nightly build's 0.0.0 is main at some date: no release to order it by (review R157 H1).
  test.each(['27.0.0', '23.0.3', 'dev', '28.0.0+dev', '0.0.0-20250116093012-9c1a2b3'])('%s → not in the table', (docker) => expect(bundledRootlesskit(docker)).toBeNull());
  test("past the table's newest release: at least that release's RootlessKit", () => {
    const [, newest, rootlesskit] = bundleTable.rows.at(-1)!;
    const next = newest.replace(/\d+$/, (patch) => String(Number(patch) + 1));
    for (const docker of [next, '99.0.0', '99.0.0-rc.1']) expect(bundledRootlesskit(docker)).toEqual({ rootlesskit, newestKnown: newest });
    expect(bundledRootlesskit(newest)).toEqual({ rootlesskit });
  });
});

// The pasta page lists these as what users see: each one that names a date must be read as that date, as printed and as packaged.
describe('the version strings the pasta page lists', () => {
  const dated = pastaVersionStrings.flatMap((row) => [row.printed, ...(row.package?.startsWith('passt-') ? [row.package] : [])]);
  test.each(dated.filter((text) => /\d{4}/.test(text)))('%s', (text) => {
    const [, y, m, d] = /(\d{4})[._]?(\d\d)[._]?(\d\d)/.exec(text)!;
    expect(analyze(text).facts.pastaDate).toBe(`${y}-${m}-${d}`);
  });
});
