// What the ninety-ninth review found (#2, #3, #6): a unit's Environment= line is read by systemd's own quoting rule, over the whole line.
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';

const P = 'DOCKERD_ROOTLESS_ROOTLESSKIT_';
const RK = '$ rootlesskit --version\nrootlesskit version 2.3.4';
/** What a reader sees of a paste, in both languages: the verdict, how sure, the drivers, the findings and the flags-cut note's command. */
const seen = (paste: string) =>
  [analyze(paste), analyzeWith(zhCn, paste)].map((r) => ({
    verdict: r.verdict,
    certainty: r.certainty,
    port: r.facts.portDriver,
    ids: r.findings.map((f) => f.id),
    fix: r.findings.find((f) => f.id === 'flags-cut')?.fix ?? null,
  }));

test('a drop-in that resets FLAGS to empty with a quote around the whole assignment ends the earlier FLAGS, and is no cut line', () => {
  for (const q of ['"', "'"]) {
    // /tmp/r99/p/R1-reset.txt: the base unit's FLAGS sets builtin, and the drop-in after it empties FLAGS.
    const r1 = `$ systemctl --user cat docker
# /home/alice/.config/systemd/user/docker.service
[Service]
Environment=${P}NET=pasta
Environment=${P}PORT_DRIVER=implicit
Environment="${P}FLAGS=--port-driver=builtin"
# /home/alice/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment=${q}${P}FLAGS=${q}
${RK}`;
    // /tmp/r96/q4-flags-empty-reset.txt: the FLAGS with builtin in an earlier drop-in, the reset in a later one.
    const q4 = `${RK}
$ systemctl --user cat docker
# /home/alice/.config/systemd/user/docker.service.d/10-flags.conf
[Service]
Environment="${P}FLAGS=--port-driver=builtin"
# /home/alice/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment=${P}NET=pasta
Environment=${P}PORT_DRIVER=implicit
Environment=${q}${P}FLAGS=${q}`;
    for (const paste of [r1, q4]) {
      expect(seen(paste), paste).toEqual([0, 1].map(() => ({ verdict: 'fixed', certainty: 'confirmed', port: 'implicit', ids: ['fixed-rootlesskit', 'host-loopback-leak'], fix: null })));
    }
  }
});

test('a short systemctl cat line whose quote opens before FLAGS and never closes is rejected by systemd, not cut by a pager', () => {
  // /tmp/r99/p/F3.txt: 59 characters, narrower than any terminal.
  const f3 = `$ systemctl --user cat docker
# /home/a/.config/systemd/user/docker.service.d/override.conf
[Service]
Environment="${P}NET=pasta"
Environment="${P}PORT_DRIVER=implicit"
Environment="${P}FLAGS=--mtu=65520
${RK}`;
  expect(seen(f3)).toEqual([0, 1].map(() => ({ verdict: 'fixed', certainty: 'confirmed', port: 'implicit', ids: ['fixed-rootlesskit', 'host-loopback-leak', 'setting-ignored'], fix: null })));
});

test("old systemd's unquoted systemctl show answer: the flags after FLAGS's first word are its own, and the note asks for the unit's files", () => {
  const show = (opts: string, flags: string) => `$ systemctl --user show docker -p Environment${opts}\nEnvironment=${P}NET=pasta ${P}FLAGS=${flags}\n${RK}`;
  // /tmp/r99/p/F1.txt (and /tmp/r95/a10-show-unquoted-old.txt): builtin beside pasta, which RootlessKit refuses; a pager may have cut the line.
  const f1 = show('', '--mtu=65520 --port-driver=builtin');
  const mismatch = ['fixed-rootlesskit', 'pasta-port-driver-mismatch', 'host-loopback-leak'];
  expect(seen(f1)).toEqual([0, 1].map(() => ({ verdict: 'fixed', certainty: 'inferred', port: 'builtin', ids: [...mismatch, 'flags-cut'], fix: 'systemctl --user cat docker' })));
  const [en, zh] = [analyze(f1), analyzeWith(zhCn, f1)].map((r) => r.findings.find((f) => f.id === 'flags-cut')!.detail);
  expect([en, zh]).toEqual([expect.not.stringContaining('prints it whole'), expect.not.stringContaining('完整打印')]);
  // Without a pager, the line is whole: builtin is seen.
  expect(seen(show(' --no-pager', '--mtu=65520 --port-driver=builtin'))[0]).toEqual({ verdict: 'fixed', certainty: 'confirmed', port: 'builtin', ids: mismatch, fix: null });
});
