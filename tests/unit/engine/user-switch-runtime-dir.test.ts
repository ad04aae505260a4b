// A start through a user switch typed again as it runs (task P2): a switch that keeps the caller's environment (plain su, runuser -u,
// sudo -E, doas) keeps root's XDG_RUNTIME_DIR too, which the user cannot write (su(1), doas(1), XDG Base Directory spec), so the fix sets
// the user's own for its stop and its start; sudo -i or -s with its command as one quoted string hands that string to a shell escaped, one
// command's name (sudo(8)), so the fix runs it through sh -c, its stop's variables braced for the shell that expands $name first; and a run that types settings of its own beside the exports it keeps is
// typed again with the fixes' settings, which win over the exports, rather than left out.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixesOf, P, startsOf, stubBin } from '../../support/script-stub.ts';

const bin = stubBin();
const both = (paste: string) => [analyze(paste), analyzeWith(zhCn, paste)];
const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/synthetic', name), 'utf8');
const ERROR = '[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"';
const SET = `${P}NET=pasta ${P}PORT_DRIVER=implicit`;
const OWN = 'XDG_RUNTIME_DIR="/run/user/$(id -u ci)"';
/** The last two lines of the main finding's fix: the stop, then the start. */
const stopAndStart = (r: ReturnType<typeof analyze>): string[] => r.findings[0]!.fix!.split('\n').slice(-2);

test.each([
  ['su-c-plain-keeps-runtime-dir-pasta-builtin.txt', `su ci -c '${OWN}; d=`, `su ci -c '${OWN} ${SET} dockerd-rootless.sh'`],
  [`# runuser -u ci -- env ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh\n${ERROR}`, `runuser -u ci -- env ${OWN} sh -c 'd=`, `runuser -u ci -- env ${OWN} ${SET} dockerd-rootless.sh`],
  [`root@srv:~# sudo -E -u ci ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh\n${ERROR}`, `sudo -E -u ci env ${OWN} sh -c 'd=`, `sudo -E -u ci env ${OWN} ${SET} dockerd-rootless.sh`],
])('%s: a switch that keeps root\'s runtime directory: the stop and the start set the user\'s own', (paste, stop, start) => {
  for (const r of both(paste.endsWith('.txt') ? fixture(paste) : paste)) {
    expect(r.findings[0]!.id).toBe('pasta-port-driver-mismatch');
    const [stopLine, startLine] = stopAndStart(r);
    expect(stopLine!.startsWith(stop)).toBe(true);
    expect(startLine).toBe(start);
    // Its checks ask the daemon at the user's own socket, not at the one root's runtime directory names.
    expect(r.findings[0]!.fix).not.toContain('/run/user/0');
  }
});

test('a switch that drops the caller\'s environment (su -, sudo without -E) or a runtime directory typed for the run: nothing added', () => {
  for (const line of [`su - ci -c '${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh'`, `su ci -c 'XDG_RUNTIME_DIR=/run/user/1001 ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh'`, `sudo -u ci ${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh`]) {
    const [en] = both(`root@srv:~# ${line}\n${ERROR}`);
    expect(stopAndStart(en!).join('\n')).not.toContain('$(id -u ci)');
  }
});

test.each([
  ['sudo-iu-string-pasta-builtin.txt', 'sudo -iu ci sh -c '],
  [`root@srv:~# sudo -s -u ci '${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh'\n${ERROR}`, 'sudo -s -u ci sh -c '],
  [`root@srv:~# sudo -i -u ci bash -c '${P}NET=pasta ${P}PORT_DRIVER=builtin dockerd-rootless.sh'\n${ERROR}`, 'sudo -i -u ci bash -c '],
])('%s: sudo -i or -s running the string: a typed run, typed again through a shell\'s -c, which runs with the fix\'s settings', (paste, head) => {
  const text = paste.endsWith('.txt') ? fixture(paste) : paste;
  for (const [zh, r] of both(text).entries()) {
    expect(r.facts.networkDriver).toBe('pasta');
    expect(r.findings[0]!.fix).not.toContain('.config/systemd');
    const [stopLine, startLine] = stopAndStart(r);
    expect(stopLine!.startsWith(`${head}'d=`)).toBe(true);
    expect(startLine).toBe(`${head}'${SET} dockerd-rootless.sh'`);
    // The stop's string reaches sh whole: the shell sudo runs gets it escaped (sudo(8)), and expands its $name words first.
    const string = stopLine!.slice(head.length + 1, -1);
    const escaped = ['printf', '%s', string].map((w) => w.replace(/[^A-Za-z0-9_$-]/g, '\\$&')).join(' ');
    expect(spawnSync('sh', ['-c', escaped], { encoding: 'utf8', env: {} }).stdout).toBe(string);
    // sudo's stand-in escapes the words for its shell as sudo(8) says: the fix's start runs, with its settings.
    const started = startsOf(bin, fixesOf(text, zh === 1), readFileSync(join(import.meta.dirname, '../../support/switch-stubs.sh'), 'utf8'));
    expect(started).toEqual([{ NET: 'pasta', PORT_DRIVER: 'implicit' }]);
  }
});

test.each([
  ['exports-then-sudo-E-env-port-driver-builtin.txt', `sudo -E -u ci env ${OWN} ${P}PORT_DRIVER=implicit ${P}NET=pasta dockerd-rootless.sh`],
  [`ci@srv:~$ export ${P}NET=pasta\nci@srv:~$ ${P}PORT_DRIVER=builtin dockerd-rootless.sh\n${ERROR}`, `${P}PORT_DRIVER=implicit ${P}NET=pasta dockerd-rootless.sh`],
  [`root@srv:~# export ${P}NET=pasta\nroot@srv:~# su ci -c 'export ${P}PORT_DRIVER=builtin; dockerd-rootless.sh'\n${ERROR}`, `su ci -c 'export ${P}PORT_DRIVER=builtin; ${OWN} ${SET} dockerd-rootless.sh'`],
])('%s: exports kept beside settings the run sets itself: one start typed again with the fix\'s settings, which win over the exports', (paste, start) => {
  for (const r of both(paste.endsWith('.txt') ? fixture(paste) : paste)) {
    expect(r.facts.portDriver).toBe('builtin');
    const lines = r.findings[0]!.fix!.split('\n');
    expect(lines.at(-1)).toBe(start);
    expect(lines.join('\n')).not.toMatch(/^export |\.config\/systemd/m);
  }
});
