// R117 #2 and i18: a start of the rootless daemon dated after the install or upgrade a package shows (dnf history, rpm -qi, pacman.log)
// counts as a restart since: the daemon runs what the package installed, so pasta argv without --host-lo-to-ns-lo says pasta is older.
// A start dated before the install, or a package with no date, still leaves open which RootlessKit runs: the probe decides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, decodeShare, decodeSignals, encodeShare } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';

const paste = (name: string): string => readFileSync(join(fixturesDir, 'synthetic', name), 'utf8');
const DNF = paste('dnf-history-rootlesskit-upgrade-before-active-since-argv.txt');
const EXTRAS = paste('dnf-history-extras-upgrade-before-active-since-argv.txt');
const RPM_QI = paste('rpm-qi-install-date-before-active-since-argv.txt');

/** What a link made from the result of `text` opens as. */
const opened = (text: string) => {
  const r = analyze(text);
  const link = `#${encodeShare(r.facts, r.inferred, r.signals)}`;
  return analyze('', { answers: decodeShare(link), signals: decodeSignals(link) });
};

describe.each([
  ['dnf history upgrades rootlesskit', DNF],
  ['dnf history upgrades the rootless extras', EXTRAS],
  ['rpm -qi dates the install', RPM_QI],
])('%s the day before the unit started, pasta without the flag', (_, text) => {
  test('not affected: pasta predates the change, in English and Chinese; no probe is asked', () => {
    for (const r of [analyze(text), analyze(text, { messages: zhCn })]) {
      expect([r.verdict, r.findings[0]!.id]).toEqual(['not-affected', 'pasta-predates-change']);
      expect(r.findings.map((f) => f.id)).not.toContain('need-pasta-probe');
      expect(r.signals).not.toContain('rootlesskit-installed');
    }
  });

});

// A link carries no package nor start: the signals say which RootlessKit the daemon started from.
test.each([
  ['dnf history of rootlesskit', DNF],
  ['dnf history of the rootless extras', EXTRAS],
  ['rpm -qi', RPM_QI],
  [
    'the rootless extras and a typed restart',
    '$ dpkg -l docker-ce-rootless-extras | tail -1\nii  docker-ce-rootless-extras 5:28.0.1-1~ubuntu.24.04~noble amd64 Rootless support for Docker.\n$ systemctl --user restart docker\n$ pgrep -a pasta\n2211 pasta --config-net --ns-ifname=tap0 --mtu=65520 --tcp-ports=auto --udp-ports=auto 1561\n',
  ],
])('a link of the result of %s is not affected too, without the probe', (_, text) => {
  const again = opened(text);
  expect([again.verdict, again.findings[0]!.id]).toEqual(['not-affected', 'pasta-predates-change']);
});

describe('near-misses: the probe is still asked', () => {
  test('the unit started before the install rpm -qi dates', () => {
    const text = RPM_QI.replace('Install Date: Thu 03 Dec 2026 10:22:35 AM UTC', 'Install Date: Fri 04 Dec 2026 11:40:02 AM UTC');
    expect(text).not.toBe(RPM_QI);
    const r = analyze(text);
    expect([r.findings[0]!.id, r.facts.rootlesskitVersion]).toEqual(['need-pasta-probe', '2.3.4']);
    expect(r.signals).toContain('rootlesskit-installed');
    expect(opened(text).findings[0]!.id).toBe('need-pasta-probe');
  });

  test('the unit started before the upgrade dnf history dates', () => {
    const text = DNF.replace('Fri 2026-12-04 09:00:00 UTC', 'Mon 2026-11-30 08:00:00 UTC');
    expect(text).not.toBe(DNF);
    expect(analyze(text).verdict).not.toBe('not-affected');
  });

  test('the unit started at a time whose order against the upgrade is unknown (no zone, within a day)', () => {
    const text = DNF.replace('Fri 2026-12-04 09:00:00 UTC', 'Thu 2026-12-03 20:00:00');
    expect(text).not.toBe(DNF);
    expect(analyze(text).findings[0]!.id).toBe('need-pasta-probe');
  });

  test('rpm -q gives no date beside the start', () => {
    const r = analyze(paste('rpm-q-undated-active-since-argv.txt'));
    expect(r.findings[0]!.id).toBe('need-pasta-probe');
    expect(r.signals).toContain('rootlesskit-installed');
    expect(opened(paste('rpm-q-undated-active-since-argv.txt')).findings.map((f) => f.id)).toContain('need-pasta-probe');
  });
});

// Review 118: one machine prints its own zone on both times, so an abbreviation of several offsets ("CST": China, or the US Central)
// orders them where it is the same on both; two different ones (CST and IST) less than a day apart still leave the order open.
test('a start and an install in the same ambiguous zone are ordered by their local times; in two such zones, not', () => {
  const shown = (install: string, start: string) =>
    `$ rpm -qi rootlesskit\nName        : rootlesskit\nVersion     : 2.3.4\nRelease     : 1.fc41\nInstall Date: ${install}\n` +
    `$ systemctl --user status docker --no-pager | head -3\n● docker.service - Docker Application Container Engine (Rootless)\n` +
    `     Loaded: loaded (/home/alice/.config/systemd/user/docker.service; enabled; preset: disabled)\n     Active: active (running) since ${start}; 1 day ago\n` +
    '$ pgrep -a pasta\n2211 pasta --config-net --ns-ifname=tap0 --mtu=65520 --tcp-ports=auto --udp-ports=auto 1561\n';
  expect(analyze(shown('Thu 03 Dec 2026 10:22:35 AM CST', 'Thu 2026-12-03 18:00:00 CST')).findings[0]!.id).toBe('pasta-predates-change');
  expect(analyze(shown('Thu 03 Dec 2026 10:22:35 AM CST', 'Thu 2026-12-03 09:00:00 CST')).findings[0]!.id).toBe('need-pasta-probe');
  expect(analyze(shown('Thu 03 Dec 2026 10:22:35 AM CST', 'Thu 2026-12-03 18:00:00 IST')).findings[0]!.id).toBe('need-pasta-probe');
});
