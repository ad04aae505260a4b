// Typed runs through a user switch (review 110 #4, #8; review 109 #9): exports sudo's env_reset drops are not in force whatever the daemon
// shows, and su, runuser and `sudo -u … bash -c` runs are read as typed runs and typed again with the changes, stopped and checked as
// their user, never as root's user service. The fixtures are the reviews' pastes; the fixes are run in bash with stand-ins.
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

test('exports before sudo -u without -E are not in force even where the daemon shows the driver they named: no MTU 1500, no fix', () => {
  for (const r of both(fixture('sudo-u-after-exports-net-slirp4netns-mtu-1500-daemon-slirp4netns.txt'))) {
    expect(r.verdict).toBe('not-affected');
    expect(r.facts.mtu).toBeNull();
    expect(r.facts.networkDriver).toBe('slirp4netns');
    // The driver comes from the daemon alone, not from the export on line 1.
    expect(r.evidence.networkDriver?.map((e) => e.line)).toEqual([8]);
    expect(r.findings.map((f) => f.id)).toEqual(['other-network-driver']);
  }
});

// Each paste, the line its fixes type again to start the daemon (with every change), and the line before it that stops the daemon running.
const SWITCHES = [
  [
    'su-login-c-typed-pasta-implicit-2.3.1-reset.txt',
    `su - ci -c '${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh &' &`,
    /^su - ci -c 'd=\$\{XDG_RUNTIME_DIR:-/,
  ],
  [
    'su-login-c-pasta-builtin-hash-prompt.txt',
    `su - ci -c '${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh'`,
    /^su - ci -c 'd=\$\{XDG_RUNTIME_DIR:-/,
  ],
  [
    'runuser-u-env-xdg-first-pasta-builtin-hash-prompt.txt',
    `runuser -u ci -- env XDG_RUNTIME_DIR=/run/user/1001 ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh`,
    /^runuser -u ci -- env XDG_RUNTIME_DIR=\/run\/user\/1001 sh -c 'd=/,
  ],
  [
    'runuser-u-env-xdg-last-pasta-builtin-hash-prompt.txt',
    `runuser -u ci -- env ${P}NET=pasta ${P}PORT_DRIVER=implicit XDG_RUNTIME_DIR=/run/user/1001 dockerd-rootless.sh`,
    /^runuser -u ci -- env XDG_RUNTIME_DIR=\/run\/user\/1001 sh -c 'd=/,
  ],
  [
    'sudo-u-bash-lc-exports-pasta-builtin.txt',
    `sudo -u ci bash -lc 'export ${P}NET=pasta; export ${P}PORT_DRIVER=builtin; ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh'`,
    /^sudo -u ci bash -lc 'd=\$\{XDG_RUNTIME_DIR:-/,
  ],
  [
    'sudo-u-bash-c-exports-pasta-builtin-hash-prompt.txt',
    `sudo -u ci bash -c 'export ${P}NET=pasta; export ${P}PORT_DRIVER=builtin; ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh'`,
    /^sudo -u ci bash -c 'd=\$\{XDG_RUNTIME_DIR:-/,
  ],
] as const;

test.each(SWITCHES)('%s: read as a typed run, its settings read, and its line typed again as that user after the stop, never root\'s user service', (name, start, stop) => {
  for (const r of both(fixture(name))) {
    expect(r.facts.networkDriver).toBe('pasta');
    const main = r.findings[0]!;
    expect(['affected', 'pasta-port-driver-mismatch']).toContain(main.id);
    const lines = main.fix!.split('\n');
    expect(lines).toContain(start);
    expect(lines[lines.indexOf(start) - 1]).toMatch(stop);
    const all = fixLines(r).join('\n');
    expect(all).not.toContain('systemctl --user');
    expect(all).not.toContain('.config/systemd');
  }
});

test('the checks after the upgrade of a daemon su started run as ci, through su, at its socket', () => {
  for (const r of both(fixture('su-login-c-typed-pasta-implicit-2.3.1-reset.txt'))) {
    const lines = r.findings.find((f) => f.id === 'affected')!.fix!.split('\n');
    expect(lines).toContain(`su - ci -c 'docker -H "unix:///run/user/$(id -u ci)/docker.sock" version'`);
    expect(lines).not.toContain('docker version');
  }
});

test('what each switch keeps of the shell: su - and runuser -l drop exports made before them (man su, runuser), su and runuser -u keep them', () => {
  const exportsThen = (run: string): string =>
    `root@srv:~# export ${P}NET=pasta\nroot@srv:~# export ${P}PORT_DRIVER=builtin\nroot@srv:~# ${run}\n[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"`;
  for (const run of ["su - ci -c 'dockerd-rootless.sh'", "runuser -l ci -c 'dockerd-rootless.sh'"]) {
    const [en, zh] = both(exportsThen(run));
    expect(en!.facts.networkDriver, run).toBeNull();
    expect(en!.findings[0]!.detail, run).toContain('by a login shell (su -, runuser -l), which does not pass a shell\'s exports on');
    expect(zh!.findings[0]!.detail, run).toContain('登录 shell（su -、runuser -l）');
    expect(en!.findings[0]!.fix!.split('\n').at(-1), run).toBe(run.replace("'dockerd", `'${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd`));
  }
  for (const run of ["su ci -c 'dockerd-rootless.sh'", 'runuser -u ci -- dockerd-rootless.sh']) {
    for (const r of both(exportsThen(run))) {
      expect(r.facts.portDriver, run).toBe('builtin');
      // The exports stay in force: the fix changes them in this shell, then starts the daemon again as typed.
      expect(fixLines(r), run).toContain(`export ${P}PORT_DRIVER=implicit`);
    }
  }
});

// Stand-ins for the switches, as their man pages describe them: sudo's env_reset and su's or runuser's login shell drop the caller's
// environment (PATH kept, for the stand-in script); plain su and runuser -u keep it. Each runs its command; su and a shell's -c a string.
const SWITCH_STUBS = [
  'sudo() { while [ $# -gt 0 ]; do case $1 in -[ugCDhprtUT]) shift 2;; -*) shift;; *) break;; esac; done; env -i PATH="$PATH" "$@"; }',
  'su() { login=; cmd=; while [ $# -gt 0 ]; do case $1 in -|-l|--login) login=1; shift;; -c) cmd=$2; shift 2;; -*) shift;; *) shift;; esac; done; if [ "$login" ]; then env -i PATH="$PATH" sh -c "$cmd"; else sh -c "$cmd"; fi; }',
  'runuser() { while [ $# -gt 0 ]; do case $1 in -u) shift 2;; --) shift; break;; -*) shift;; *) break;; esac; done; "$@"; }',
].join('\n');

test.each(['su-login-c-pasta-builtin-hash-prompt.txt', 'runuser-u-env-xdg-last-pasta-builtin-hash-prompt.txt', 'sudo-u-bash-c-exports-pasta-builtin-hash-prompt.txt'])(
  '%s: the fixes, run in bash after the exports they would undo, start the script with the changed settings',
  (name) => {
    for (const zh of [false, true]) {
      const fixes = fixesOf(fixture(name), zh);
      const started = startsOf(bin, fixes, `${SWITCH_STUBS}\nexport ${P}PORT_DRIVER=builtin`);
      expect(started.length, `${zh}`).toBeGreaterThan(0);
      for (const run of started) expect(run, `${zh}`).toEqual({ NET: 'pasta', PORT_DRIVER: 'implicit' });
    }
  },
);

test('a FLAGS typed again inside a single-quoted shell string is double-quoted, so the string still closes where it did', () => {
  const paste = `root@srv:~# su - ci -c '${P}NET=pasta ${P}FLAGS="--mtu=1500 --copy-up=/opt" dockerd-rootless.sh'\n[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"`;
  for (const r of both(paste)) {
    const starts = fixLines(r).filter((l) => l.endsWith("dockerd-rootless.sh'"));
    expect(starts.length).toBeGreaterThan(0);
    for (const l of starts) expect(l).toBe(`su - ci -c '${P}NET=pasta ${P}FLAGS="--copy-up=/opt" ${P}PORT_DRIVER=implicit ${P}MTU=65520 dockerd-rootless.sh'`);
  }
});

test.each([
  ['su ci -c dockerd-rootless.sh', `su ci -c 'XDG_RUNTIME_DIR="/run/user/$(id -u ci)" dockerd-rootless.sh' &`],
  ['su - ci -c dockerd-rootless.sh', `su - ci -c 'dockerd-rootless.sh' &`],
])("%s, its one word unquoted: read as a typed run as ci, typed again in quotes, never root's user service", (typed, start) => {
  const paste = fixture('su-c-unquoted-word-pasta-rootlesskit-2.3.1-reset.txt').replace('su ci -c dockerd-rootless.sh', typed);
  for (const r of both(paste)) {
    const lines = r.findings.find((f) => f.id === 'affected')!.fix!.split('\n');
    expect(lines).toContain(start);
    expect(lines[lines.indexOf(start) - 1]).toMatch(/^su (?:- )?ci -c '.*d=\$\{XDG_RUNTIME_DIR:-/);
    expect(lines).toContain(`su ${typed.startsWith('su - ') ? '- ' : ''}ci -c 'docker -H "unix:///run/user/$(id -u ci)/docker.sock" version'`);
    expect(fixLines(r).join('\n')).not.toContain('systemctl --user');
  }
});
