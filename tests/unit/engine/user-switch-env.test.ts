// What each user switch keeps of a shell's exports (review 112 #6, #7, #9, #10): sudo's grouped -E (-Eu, -EH) keeps them, its
// --preserve-env=list only those it names (sudo(8)); doas (doas(1)) and machinectl shell (machinectl(1)) drop them; su's string may come
// before the user it names. The fixtures are the review's pastes; the fixes are run in bash with stand-ins that follow those manuals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixesOf, P, startsOf, stubBin } from '../../support/script-stub.ts';

const bin = stubBin();
const both = (paste: string) => [analyze(paste), analyzeWith(zhCn, paste)];
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
/** Every line of a result's fixes. */
const fixLines = (r: ReturnType<typeof analyze>): string[] => r.findings.flatMap((f) => (f.fix ?? '').split('\n'));
const SET = `${P}NET=pasta ${P}PORT_DRIVER=implicit`;

test.each([
  ['sudo-Eu-clustered-exports-pasta-builtin.txt', 'sudo -Eu ci XDG_RUNTIME_DIR=/run/user/1001 dockerd-rootless.sh &'],
  ['sudo-EH-u-clustered-exports-pasta-builtin.txt', 'sudo -EH -u ci XDG_RUNTIME_DIR=/run/user/1001 dockerd-rootless.sh &'],
  ['su-c-before-user-exports-pasta-builtin.txt', "su -c 'XDG_RUNTIME_DIR=/run/user/1001 dockerd-rootless.sh' ci &"],
])('%s: the exports stay in force, so the fix changes them in this shell and starts the daemon again as typed', (name, start) => {
  for (const r of both(fixture(name))) {
    expect(r.facts.networkDriver).toBe('pasta');
    expect(r.facts.portDriver).toBe('builtin');
    const lines = fixLines(r);
    expect(lines).toContain(`export ${P}PORT_DRIVER=implicit`);
    expect(lines.at(-1)).toBe(start);
    expect(lines.join('\n')).not.toContain('.config/systemd');
  }
});

// Each paste whose switch drops the exports (or all but those it lists), the line typed again, the stop before it, and what the detail says.
const DROPPED = [
  ['su-login-c-before-user-exports-pasta-builtin.txt', `su - -c '${SET} dockerd-rootless.sh' ci`, /^su - ci -c 'd=/, 'by a login shell (su -, runuser -l)', '登录 shell（su -、runuser -l）'],
  [
    'sudo-preserve-env-list-other-exports-pasta-builtin.txt',
    `sudo --preserve-env=HTTP_PROXY -u ci env XDG_RUNTIME_DIR=/run/user/1001 ${SET} dockerd-rootless.sh`,
    /^sudo --preserve-env=HTTP_PROXY -u ci env XDG_RUNTIME_DIR=\/run\/user\/1001 sh -c 'd=/,
    'by sudo with a --preserve-env= list, which passes on only the exports it names',
    '带 --preserve-env= 列表的 sudo',
  ],
  [
    'sudo-preserve-env-list-net-exports-pasta-builtin.txt',
    `sudo --preserve-env=${P}NET -u ci env XDG_RUNTIME_DIR=/run/user/1001 ${SET} dockerd-rootless.sh`,
    /^sudo --preserve-env=\S+ -u ci env XDG_RUNTIME_DIR=\/run\/user\/1001 sh -c 'd=/,
    'by sudo with a --preserve-env= list',
    '只把列表里点名的导出变量传下去',
  ],
  // doas passes on the caller's XDG_RUNTIME_DIR (doas(1)): the fix sets the user's own.
  ['doas-u-exports-pasta-builtin.txt', `doas -u ci env XDG_RUNTIME_DIR="/run/user/$(id -u ci)" ${SET} dockerd-rootless.sh`, /^doas -u ci env XDG_RUNTIME_DIR="\/run\/user\/\$\(id -u ci\)" sh -c 'd=/, 'unless doas.conf says keepenv, which the paste cannot show', '除非 doas.conf 写了 keepenv'],
  [
    'machinectl-shell-exports-pasta-builtin.txt',
    `machinectl shell ci@ /usr/bin/env ${SET} /usr/bin/dockerd-rootless.sh`,
    /^machinectl shell ci@ \/usr\/bin\/env sh -c 'd=/,
    'by machinectl shell, whose new login session inherits none of a shell\'s exports',
    'machinectl shell 启动的',
  ],
] as const;

test.each(DROPPED)('%s: the exports it drops give no fact, and the fix types the settings into that command after the stop, as that user', (name, start, stop, en, zh) => {
  const [enR, zhR] = both(fixture(name));
  for (const r of [enR!, zhR!]) {
    expect(r.facts.portDriver).toBeNull();
    // Only the NET a --preserve-env list names stays in force.
    expect(r.facts.networkDriver).toBe(name.includes('list-net') ? 'pasta' : null);
    const main = r.findings[0]!;
    expect(main.id).toBe('pasta-port-driver-mismatch');
    const lines = main.fix!.split('\n');
    expect(lines.at(-1)).toBe(start);
    expect(lines.at(-2)).toMatch(stop);
    expect(lines.join('\n')).not.toMatch(/^export |systemctl --user|\.config\/systemd/m);
  }
  expect(enR!.findings[0]!.detail).toContain(en);
  expect(zhR!.findings[0]!.detail).toContain(zh);
});

test('sudo --preserve-env naming one exported setting keeps that one in force: its driver stays a fact, from its export line', () => {
  for (const r of both(fixture('sudo-preserve-env-list-net-exports-pasta-builtin.txt'))) {
    expect(r.facts.networkDriver).toBe('pasta');
    expect(r.evidence.networkDriver?.map((e) => e.line)).toEqual([1]);
  }
});

// Stand-ins for the switches that follow their manuals (tests/support/switch-stubs.sh).
const SWITCH_STUBS = readFileSync(join(import.meta.dirname, '../../support/switch-stubs.sh'), 'utf8');

test.each([...DROPPED.map((d) => d[0]), 'sudo-Eu-clustered-exports-pasta-builtin.txt', 'su-c-before-user-exports-pasta-builtin.txt'])(
  '%s: the fixes, run in bash after the paste\'s exports, start the script with the changed settings',
  (name) => {
    for (const zh of [false, true]) {
      const started = startsOf(bin, fixesOf(fixture(name), zh), `${SWITCH_STUBS}\nexport ${P}NET=pasta ${P}PORT_DRIVER=builtin`);
      expect(started.length, `${zh}`).toBeGreaterThan(0);
      for (const run of started) expect(run, `${zh}`).toEqual({ NET: 'pasta', PORT_DRIVER: 'implicit' });
    }
  },
);
