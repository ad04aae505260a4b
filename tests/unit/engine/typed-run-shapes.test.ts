// Typed runs of dockerd-rootless.sh in the shapes the fixes got wrong: through sudo after exports, as one command of a list, and started
// again by each of several fixes run in order (review 104 #6, 105 #8). Each fix is run in bash with a stand-in for the script.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { background } from '../../../src/engine/apply.ts';
import { fixesOf, P, startsOf, stubBin } from '../../support/script-stub.ts';
import { tempDir } from '../../support/temp-dir.ts';

const bin = stubBin();
const parses = (script: string): boolean => spawnSync('bash', ['-n'], { input: script }).status === 0;
const exportsOf = (paste: string): string => paste.split('\n').filter((l) => l.startsWith('$ export ')).map((l) => l.slice(2)).join('\n');

// sudo as its env_reset leaves it: its options read, the shell's exports dropped, the command run.
const SUDO = 'sudo() { while [ $# -gt 0 ]; do case $1 in -[ugCDhprtUT]) shift 2;; -*) shift;; *) break;; esac; done; env -i PATH="$PATH" "$@"; }';

const SUDO_AFTER_EXPORTS = `$ export ${P}NET=pasta
$ export ${P}PORT_DRIVER=builtin
$ sudo -u dockeruser dockerd-rootless.sh
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ rootlesskit --version
rootlesskit version 2.3.4`;
const SUDO_H_BACKGROUND = `$ export ${P}NET=pasta
$ export ${P}PORT_DRIVER=builtin
$ sudo -u alice -H dockerd-rootless.sh &
[rootlesskit:parent] error: network "pasta" requires port driver "none" or "implicit"
$ rootlesskit --version
rootlesskit version 2.3.4`;

// Review 110 #4: the exports sudo's env_reset drops are not in force, so the fix types only its own changes (after env), never the exports.
test.each([
  ['exports, then sudo -u', SUDO_AFTER_EXPORTS, `sudo -u dockeruser env ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh`, { NET: 'pasta', PORT_DRIVER: 'implicit' }],
  ['exports, then sudo -u -H in the background', SUDO_H_BACKGROUND, `sudo -u alice -H env ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh &`, { NET: 'pasta', PORT_DRIVER: 'implicit' }],
])('%s: the fix is the sudo line typed again with every change after env, and the script gets them', (_, paste, line, settings) => {
  for (const zh of [false, true]) {
    const all = fixesOf(paste, zh);
    expect(all.every(parses), `${zh}`).toBe(true);
    const starts = all.flatMap((f) => f.split('\n')).filter((l) => !l.startsWith('#') && l.includes('dockerd-rootless.sh'));
    expect(starts.length, `${zh}`).toBeGreaterThan(0);
    expect(new Set(starts.map((l) => l.replace(/ &$/, ''))), `${zh}`).toEqual(new Set([line.replace(/ &$/, '')]));
    expect(all.join('\n'), `${zh}`).not.toMatch(/^export /m);
    // Run after the paste's exports, through a sudo that drops them, every start gets the settings.
    const started = startsOf(bin, all, `${SUDO}\n${exportsOf(paste)}`);
    expect(started.length, `${zh}`).toBe(starts.length);
    for (const run of started) expect(run, `${zh}`).toEqual(settings);
  }
});

test('the exports sudo dropped are not typed again: a FLAGS exported before the sudo line stays out of it, as it stayed out of the daemon', () => {
  const withFlags = SUDO_AFTER_EXPORTS.replace('$ sudo', `$ export ${P}FLAGS=--copy-up=/opt\n$ sudo`);
  const last = (paste: string): string => fixesOf(paste, false).at(-1)!.split('\n').at(-1)!;
  expect(last(withFlags)).toBe(`sudo -u dockeruser env ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh`);
});

test('a setting the sudo line types itself wins over the one exported: it is kept, and only what it lacks is added', () => {
  const paste = SUDO_AFTER_EXPORTS.replace(`export ${P}NET=pasta`, `export ${P}NET=slirp4netns`).replace('sudo -u dockeruser dockerd', `sudo -u dockeruser env ${P}NET=pasta dockerd`);
  const lines = fixesOf(paste, false).flatMap((f) => f.split('\n')).filter((l) => !l.startsWith('#') && l.includes('dockerd-rootless.sh'));
  expect(new Set(lines.map((l) => l.replace(/ &$/, '')))).toEqual(new Set([`sudo -u dockeruser env ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh`]));
});

// The daemon typed in the background, running, affected: the upgrade's restart and the MTU's fix both start it.
const RUNNING = `$ ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh &
$ dockerd --version
Docker version 27.3.1, build 41ca978
$ rootlesskit --version
rootlesskit version 2.3.1
$ curl http://127.0.0.1:8080/
curl: (56) Recv failure: Connection reset by peer`;
// The same, typed as one command of a list (review 104 #1, the shape left over): it was not read as a start by hand at all, and the line
// typed again put the settings before the list's first command.
const IN_LIST = `$ cd ~; ${RUNNING.slice(2)}`;

test('a daemon typed as one command of a list: its command is changed in place, the whole list goes to the background mid-fix, and the script gets the settings', () => {
  for (const zh of [false, true]) {
    const all = fixesOf(IN_LIST, zh);
    expect(all.every(parses), `${zh}`).toBe(true);
    expect(all.join('\n'), `${zh}`).not.toContain('systemctl --user');
    const upgrade = all[0]!.split('\n');
    const at = upgrade.indexOf(`{ cd ~; ${P}NET=pasta ${P}PORT_DRIVER=implicit ${P}MTU=65520 dockerd-rootless.sh; } &`);
    expect(at, `${zh}`).toBeGreaterThan(0);
    expect(upgrade.slice(at + 1), `${zh}`).toContain('docker version');
    const started = startsOf(bin, all);
    expect(started.length, `${zh}`).toBeGreaterThan(1);
    for (const run of started) expect(run, `${zh}`).toEqual({ NET: 'pasta', PORT_DRIVER: 'implicit', MTU: '65520' });
  }
  // exec in the list's command is left out too.
  const exec = fixesOf(IN_LIST.replace('$ cd ~; ', '$ cd ~ && exec '), false).at(-1)!.split('\n').at(-1);
  expect(exec).toBe(`cd ~ && ${P}NET=pasta ${P}PORT_DRIVER=implicit ${P}MTU=65520 dockerd-rootless.sh &`);
});

/** Runs `script` with the stand-in as a daemon; what its log says (its starts, by pid, and any that found another running), once done; every stand-in it started ended. */
function asDaemon(script: string): string[] {
  const dir = tempDir('typed-daemon-');
  const log = join(dir, 'log');
  const env = { PATH: `${bin}:/usr/bin:/bin`, XDG_RUNTIME_DIR: dir, STUB_LOG: log };
  // Once the script is done, the daemon it started is up (its pid file written), so that it is in the log to be ended.
  spawnSync('bash', ['-c', `${script}\nuntil [ -f "$XDG_RUNTIME_DIR/docker.pid" ]; do sleep 0.05; done`], { env, stdio: 'ignore', timeout: 10_000 });
  const lines = readFileSync(log, 'utf8').trim().split('\n');
  // The stand-ins left running (all but one, where a start did not stop the last) ended here.
  for (const l of lines) if (l.startsWith('start ')) spawnSync('kill', l.split(' ').slice(1));
  return lines;
}

test('a typed list in the background goes to the background whole: the lines after it run while the daemon does', () => {
  for (const typed of [`${P}NET=pasta dockerd-rootless.sh --experimental; echo exited &`, `cd ~; ${P}NET=pasta dockerd-rootless.sh &`, `cd ~ && ${P}NET=pasta dockerd-rootless.sh`]) {
    const log = asDaemon(`${background(typed)}\necho next >>"$STUB_LOG"`);
    expect(log, typed).toContain('next');
  }
  expect(background('(cd ~; dockerd-rootless.sh) &')).toBe('(cd ~; dockerd-rootless.sh) &');
  expect(background('x=$(a; b) dockerd-rootless.sh 2>&1 | tee log')).toBe('x=$(a; b) dockerd-rootless.sh 2>&1 | tee log &');
  expect(background('cd ~ && dockerd-rootless.sh &>log &')).toBe('cd ~ && dockerd-rootless.sh &>log &');
});

test('the fixes run top to bottom: each start stops the daemon the last one started first, so two never run at once, and one runs at the end', () => {
  for (const zh of [false, true]) {
    const all = fixesOf(RUNNING, zh);
    const lines = all.flatMap((f) => f.split('\n')).filter((l) => !l.startsWith('#') && !/^\s|^(?:if|elif|else|fi)\b|^(?:pasta|docker|pgrep) /.test(l));
    // A reader runs the next line once the daemon is up: its pid file written.
    const script = lines.map((l) => (l.endsWith('&') ? `${l}\nuntil [ -f "$XDG_RUNTIME_DIR/docker.pid" ]; do sleep 0.05; done` : l)).join('\n');
    const log = asDaemon(`${script}\n[ -f "$XDG_RUNTIME_DIR/docker.pid" ] && echo running >>"$STUB_LOG"`);
    expect(log.filter((l) => l.startsWith('start ')).length, `${zh}`).toBe(lines.filter((l) => l.includes('dockerd-rootless.sh')).length);
    expect(log.filter((l) => l.startsWith('start ')).length, `${zh}`).toBeGreaterThan(1);
    expect(log, `${zh}`).not.toContain('overlap');
    expect(log.at(-1), `${zh}`).toBe('running');
  }
}, 30_000);
