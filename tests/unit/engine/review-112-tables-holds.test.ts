// Review 112 #5, #11 and #12 r04: tables of requirements or fixed releases offered as the reader's setup, holds and versionlocks the
// upgrade's fix did not release (and dnf's locks read as installed versions), and a printf range that left Docker Engine unread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { analyzeWith } from '../../../src/engine/core.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const paste = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const run = (text: string, lang: 'en' | 'zh-cn') => (lang === 'en' ? analyze(text) : analyzeWith(zhCn, text));
const finding = (text: string, id: string, lang: 'en' | 'zh-cn' = 'en') => run(text, lang).findings.find((f) => f.id === id);
const ROWS = '|---|---|\n| RootlessKit | 2.3.2 |\n| Docker Engine | 27.5.1 |\n| Network driver | pasta |\n';

describe('a table is offered as the setup only under a neutral header or the reader\'s own words (review 112 #5)', () => {
  test.each(['en', 'zh-cn'] as const)('the review\'s tables of requirements, minimums and fixed releases offer nothing (%s)', (lang) => {
    for (const name of [
      'written-table-requirement-header-rootlesskit-2.3.2-not-a-setup.txt',
      'written-table-zh-minimum-version-header-not-a-setup.txt',
      'written-table-zh-fixed-version-header-not-a-setup.txt',
      'written-table-de-mindestversion-header-not-a-setup.txt',
      'written-table-needed-header-not-a-setup.txt',
      'written-table-supported-header-not-a-setup.txt',
      'written-table-should-be-header-not-a-setup.txt',
      'written-table-version-in-the-fix-header-not-a-setup.txt',
    ]) {
      const r = run(paste(name), lang);
      expect(r.written, name).toBeUndefined();
      expect(r.findings.map((f) => f.id), name).not.toContain('written-setup');
    }
  });

  test('any header that does not say the values are the reader\'s offers nothing', () => {
    for (const header of [
      '| Requirement | Version |', '| Component | Required |', '| Component | Requirement |', '| Component | Minimum |', '| Component | Needed |',
      '| Component | Supported |', '| Component | Should be |', '| 组件 | 要求 |', '| 组件 | 最新版本 |', '| 组件 | 建议版本 |',
      '| Komponente | Benötigt |', '| Composant | Version minimale |', '| Component | Version (expected) |', '| Release | Version |',
    ]) {
      expect(analyze(`${header}\n${ROWS}`).written, header).toBeUndefined();
    }
  });

  test('the neutral headers of real pastes and the reader\'s own words still offer the rows', () => {
    for (const header of [
      '| Component | Version |', '| Setting | Value |', '| item | value |', '| Name | Value |', '| Key | Value |', '| 组件 | 版本 |',
      '| Component | Installed version |', '| Component | Mine |', '| Component | Version (mine) |', '| 组件 | 当前版本 |', '| 组件 | 本机 |',
    ]) {
      expect(analyze(`${header}\n${ROWS}`).written, header).toMatchObject({ dockerServerVersion: '27.5.1', rootlesskitVersion: '2.3.2', networkDriver: 'pasta' });
    }
  });
});

describe('holds and versionlocks on the packages to upgrade are released before the upgrade (review 112 #11)', () => {
  test.each(['en', 'zh-cn'] as const)('dpkg --get-selections\' hold rows: apt-mark unhold before apt-get (%s)', (lang) => {
    const f = finding(paste('dpkg-get-selections-hold-docker-ce-pasta-2.3.1.txt'), 'affected', lang)!;
    expect(f.fix).toMatch(/sudo apt-mark unhold docker-ce docker-ce-rootless-extras\n[\s\S]*--only-upgrade/);
    expect(f.detail).toMatch(lang === 'en' ? /apt-mark holds docker-ce and docker-ce-rootless-extras/ : /apt-mark 锁定（hold）了 docker-ce、docker-ce-rootless-extras/);
  });

  test('apt-mark hold answering "docker-ce set on hold." after an empty showhold: docker-ce is released', () => {
    expect(finding(paste('apt-mark-hold-set-on-hold-docker-ce-pasta-2.3.1.txt'), 'affected')!.fix).toMatch(/sudo apt-mark unhold docker-ce\n[\s\S]*--only-upgrade/);
    const already = paste('apt-mark-hold-set-on-hold-docker-ce-pasta-2.3.1.txt').replace('docker-ce set on hold.', 'docker-ce was already set on hold.');
    expect(finding(already, 'affected')!.fix).toContain('sudo apt-mark unhold docker-ce\n');
  });

  test.each(['en', 'zh-cn'] as const)("Debian's rootlesskit held beside docker.io: the distribution's upgrade releases it first (%s)", (lang) => {
    const fix = finding(paste('apt-mark-showhold-debian-rootlesskit-distribution-pasta-2.3.1.txt'), 'affected', lang)!.fix!;
    // (dpkg -l typed names apt: R151 M2.)
    expect(fix).toMatch(/sudo apt-mark unhold rootlesskit\n[\s\S]*sudo apt-get install -y --only-upgrade rootlesskit/);
  });

  test.each(['en', 'zh-cn'] as const)('dnf versionlock list: the locks are deleted before dnf upgrades, and are no installed versions (%s)', (lang) => {
    const r = run(paste('dnf-versionlock-list-docker-ce-27.3.1-pasta-2.3.1.txt'), lang);
    expect(r.facts).toMatchObject({ dockerServerVersion: null, rootlessExtrasVersion: null, dockerPackaging: null });
    const f = r.findings.find((x) => x.id === 'affected')!;
    expect(f.fix).toMatch(/sudo dnf versionlock delete docker-ce docker-ce-rootless-extras\n[\s\S]*sudo dnf upgrade/);
    expect(f.detail).toMatch(lang === 'en' ? /versionlock locks docker-ce and docker-ce-rootless-extras/ : /versionlock 锁定了 docker-ce、docker-ce-rootless-extras/);
  });

  test("dnf5's list names the locked package after \"Package name:\"", () => {
    const text = paste('dnf-versionlock-list-docker-ce-27.3.1-pasta-2.3.1.txt').replace(
      /docker-ce-3:.*\ndocker-ce-rootless-extras-0:.*\n/,
      "# Added by 'versionlock add' command on 2025-01-10 09:00:00\nPackage name: docker-ce\nevr = 3:27.3.1-1.fc41\n",
    );
    expect(finding(text, 'affected')!.fix).toContain('sudo dnf versionlock delete docker-ce\n');
  });

  test('no hold or lock: installed rows, a hold released, another package held, "Package name:" outside versionlock', () => {
    for (const text of [
      paste('dpkg-get-selections-hold-docker-ce-pasta-2.3.1.txt').replace(/\thold$/gm, '\tinstall'),
      paste('dpkg-get-selections-hold-docker-ce-pasta-2.3.1.txt').replace(/^docker-ce\S*/gm, 'passt'),
      paste('apt-mark-hold-set-on-hold-docker-ce-pasta-2.3.1.txt').replace('docker-ce set on hold.', 'Canceled hold on docker-ce.'),
      paste('dnf-versionlock-list-docker-ce-27.3.1-pasta-2.3.1.txt').replace(/\.\*$/gm, '.x86_64'),
      paste('dnf-versionlock-list-docker-ce-27.3.1-pasta-2.3.1.txt').replace(/^docker-ce-.*$/gm, 'Package name: docker-ce').replace('$ dnf versionlock list', '$ dnf info docker-ce'),
    ]) {
      const fix = finding(text, 'affected')!.fix;
      expect(fix, text).not.toContain('unhold');
      expect(fix, text).not.toContain('versionlock delete');
    }
  });
});

describe('a printf in a range over the components (review 112 #12 r04)', () => {
  test.each(['en', 'zh-cn'] as const)('a padded printf of .Name and .Version: Docker Engine is read beside RootlessKit (%s)', (lang) => {
    const r = run(paste('docker-version-range-printf-padded-27.3.1-rootlesskit-2.3.1.txt'), lang);
    expect(r.facts).toMatchObject({ rootless: true, dockerServerVersion: '27.3.1', rootlesskitVersion: '2.3.1' });
    expect(r.evidence.dockerServerVersion?.[0]?.line).toBe(2);
  });

  test('a printf whose output cannot tell the fields apart, or with other verbs, reads no Engine', () => {
    const asked = (format: string, out: string): string =>
      `$ docker version --format '{{range .Server.Components}}{{printf "${format}" .Name .Version}}{{"\\n"}}{{end}}'\n${out}`;
    for (const [format, out] of [
      ['%-12s%s', 'Engine      27.3.1'],
      ['%d %s', 'Engine 27.3.1'],
      ['%s', 'Engine 27.3.1'],
      ['%q %s', '"Engine" 27.3.1'],
    ] as const) {
      expect(analyze(asked(format, out)).facts.dockerServerVersion, format).toBeNull();
    }
    expect(analyze(asked('%s: %s', 'Engine: 27.5.1\nrootlesskit: 2.3.2')).facts).toMatchObject({ dockerServerVersion: '27.5.1', rootlesskitVersion: '2.3.2' });
  });
});
