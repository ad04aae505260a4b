// Review 111 #1 and #6: a paste's order is not always time (journalctl -r, ps sorted newest first, "now" shown before "before"), several
// machines or people in one paste are not one machine over time, and a RootlessKit version that never passes the flag is not named as
// passing it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith, type Result } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const both = (text: string): Result[] => [analyze(text), analyzeWith(zhCn, text)];
const FLAG = '--host-lo-to-ns-lo';
const ARGV = '2236 pasta --stderr --ns-ifname=tap0 --mtu=65520 --config-net --address=10.0.2.100 --netmask=24 --gateway=10.0.2.2 --dns-forward=10.0.2.3 --no-map-gw --tcp-ports=auto --udp-ports=auto';

test('output printed newest first, or "now" shown before "before", is read in time: the pasta that runs now has the flag', () => {
  const journal = fixture('journal-reverse-r-after-upgrade-flag-on-top.txt');
  // The paste, the line of the argv with the flag, and of the older one without it.
  const cases: [string, number, number][] = [
    [journal, 3, 7],
    // The same journal without its command: its times fall from line to line.
    [journal.split('\n').slice(1).join('\n'), 2, 6],
    [fixture('ps-sort-newest-first-flag-on-top.txt'), 2, 3],
    [fixture('now-then-before-headings-flag-now.txt'), 3, 7],
  ];
  for (const [text, line, older] of cases) {
    for (const r of both(text)) {
      expect(r.verdict, text).toBe('fixed');
      expect(r.certainty, text).toBe('confirmed');
      expect(r.findings[0]!.id).toBe('fixed-flag-seen');
      expect(r.findings[0]!.evidence.map((e) => e.line)).toEqual([line]);
      // Two argvs that disagree on the flag are a disagreement, both quoted.
      const disagree = r.findings.find((f) => f.id === 'facts-disagree')!;
      expect(disagree.evidence.map((e) => e.line)).toEqual(expect.arrayContaining([line, older]));
    }
  }
  expect(analyze(journal).findings.find((f) => f.id === 'facts-disagree')!.detail).toContain('pasta runs with --host-lo-to-ns-lo yes (running daemon), no (running daemon)');
});

test('the same outputs in the order they happened keep the later one', () => {
  const text = fixture('now-then-before-headings-flag-now.txt').replace('now (after upgrading + restart):', 'the first run shows:').replace('what it was before:', 'the second run shows:');
  expect(analyze(text).verdict).toBe('affected');
});

test('machines or people that disagree on what decides get no verdict: the step names each with its value and quotes both lines', () => {
  const cases: [string, string[], number[], string][] = [
    ['ansible-adhoc-hosts-flag-differs.txt', ['build01', 'build02'], [3, 6], 'yes for build01, no for build02'],
    ['pssh-two-hosts-flag-differs.txt', ['ci-runner-1', 'ci-runner-2'], [3, 5], 'yes for ci-runner-1, no for ci-runner-2'],
    ['ps-user-column-two-users-flag-differs.txt', ['alice', 'ci-runner'], [2, 3], 'yes for alice, no for ci-runner'],
    ['two-machines-laptop-server-rk-2.3.4-2.3.1.txt', ['laptop', 'server'], [6, 14], 'RootlessKit: 2.3.4 for laptop, 2.3.1 for server'],
  ];
  for (const [name, machines, lines, values] of cases) {
    const [en, zh] = both(fixture(name));
    for (const r of [en!, zh!]) {
      expect(r.verdict, name).toBe('incomplete');
      expect(r.findings[0]!.id, name).toBe('machines-apart');
      expect(r.findings[0]!.evidence.map((e) => e.line), name).toEqual(lines);
      for (const machine of machines) expect(r.findings[0]!.title, name).toContain(machine);
      expect(r.findings.map((f) => f.id), name).not.toContain('affected');
      expect(r.findings.map((f) => f.id), name).not.toContain('facts-disagree');
    }
    expect(en!.findings[0]!.detail, name).toContain(values);
    expect(en!.findings[0]!.detail).toContain("paste one machine's output at a time");
    expect(zh!.findings[0]!.detail).toContain('请一次只粘贴一台机器的输出');
  }
});

test('of machines or people that disagree on what decides, the one alone that shows the reset decides, read from its lines alone', () => {
  for (const [name, machine, other, line] of [
    ['slack-two-people-rk-2.3.1-2.3.4.txt', 'Alice Chen', 'Bob K', 4],
    ['head-two-files-rk-2.3.4-2.3.1.txt', 'diag-server.txt', 'diag-laptop.txt', 11],
  ] as const) {
    const [en, zh] = both(fixture(name));
    for (const r of [en!, zh!]) {
      expect([r.verdict, r.facts.rootlesskitVersion, r.evidence.rootlesskitVersion?.[0]?.line], name).toEqual(['affected', '2.3.1', line]);
      const note = r.findings.find((f) => f.id === 'machine-with-reset');
      expect(note?.title, name).toContain(machine);
      expect(note?.detail, name).toContain(other);
      expect(r.findings.map((f) => f.id), name).not.toContain('machines-apart');
    }
  }
});

test("the affected finding never quotes an argv that has the flag (one shown before the argv without it)", () => {
  const text = `$ pgrep -a pasta\n${ARGV} ${FLAG} 2220\n$ pgrep -a pasta\n${ARGV} 2220\n$ curl 127.0.0.1:8080\ncurl: (56) Recv failure: Connection reset by peer\n`;
  for (const r of both(text)) {
    expect(r.verdict).toBe('affected');
    expect(r.findings[0]!.id).toBe('affected');
    expect(r.findings[0]!.evidence.map((e) => e.line)).toEqual([4]);
  }
});

test('RootlessKit 2.3.1 beside the flag where RootlessKit puts it is not named as passing it; a wrapper that puts it first is', () => {
  for (const name of ['rk-2.3.1-beside-flag-at-rootlesskits-place.txt', 'irc-log-rk-2.3.1-then-flag.txt']) {
    const [en, zh] = both(fixture(name));
    for (const r of [en!, zh!]) {
      expect(r.verdict, name).toBe('fixed');
      expect(r.findings[0]!.id).toBe('fixed-flag-seen');
    }
    expect(en!.findings[0]!.detail, name).toBe(
      `Its command line carries the flag, so host-loopback connections reach 127.0.0.1 in the namespace. The paste also shows RootlessKit 2.3.1, which never passes ${FLAG}: that version is from before an upgrade, or another rootlesskit than the daemon's. The running pasta is what counts.`,
    );
    expect(zh!.findings[0]!.detail, name).toContain(`粘贴内容里还显示了 RootlessKit 2.3.1，而这个版本从不传递 ${FLAG}`);
    expect(zh!.findings[0]!.detail, name).not.toContain('（RootlessKit 2.3.1）');
  }
  const wrapper = analyze(fixture('pasta-wrapper-flag-first-docker-27.3.1.txt')).findings[0]!;
  expect(wrapper.detail).toBe('Its command line carries the flag (RootlessKit 2.3.1), so host-loopback connections reach 127.0.0.1 in the namespace.');
});
