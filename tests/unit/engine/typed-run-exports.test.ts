// Typed runs and a shell's exports (review 109 #1, #7, #12): exports sudo's env_reset kept from the daemon are not in force, a daemon
// started by hand after exports is started again by the fixes, and the stop line they run first is safe with no daemon or a stale pid.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { rootlesskit, rootlesskitTags } from '../../../src/engine/data/core/rootlesskit.ts';
import { analyze, analyzeWith } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { atLeast } from '../../../src/engine/version.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';
import { fixesOf, P, STOP, stubBin } from '../../support/script-stub.ts';
import { tempDir } from '../../support/temp-dir.ts';

const bin = stubBin();
const both = (paste: string) => [analyze(paste), analyzeWith(zhCn, paste)];

// Review 109 #1: root's exports, then the script run as another user through sudo, whose env_reset drops them; the daemon shows slirp4netns.
const SUDO_DROPPED = `root@srv:~# export ${P}NET=pasta
root@srv:~# export ${P}PORT_DRIVER=implicit
root@srv:~# export ${P}MTU=1500
root@srv:~# sudo -u ci XDG_RUNTIME_DIR=/run/user/1001 dockerd-rootless.sh &
root@srv:~# sudo -u ci docker -H unix:///run/user/1001/docker.sock version | grep -A4 rootlesskit
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    slirp4netns
  PortDriver:       builtin`;

test('exports sudo dropped, as the running daemon shows: not in force, so no MTU warning from them and no fix moves the daemon onto pasta', () => {
  for (const r of both(SUDO_DROPPED)) {
    expect(r.verdict).toBe('not-affected');
    expect(r.facts.mtu).toBeNull();
    expect(r.findings.map((f) => f.id)).not.toContain('mtu-1500');
    expect(r.findings.map((f) => f.id)).not.toContain('facts-disagree');
    expect(r.findings.map((f) => f.fix ?? '').join('\n')).not.toContain('NET=pasta');
  }
  // Kept by sudo -E, the exports count as before.
  for (const r of both(SUDO_DROPPED.replace('sudo -u ci XDG', 'sudo -E -u ci XDG'))) expect(r.facts.mtu).toBe(1500);
});

/** Whether a fix's text sets pasta as the network driver, with port driver implicit (or none named, which pasta then takes). */
const movesOntoPasta = (fix: string): boolean => fix.includes(`${P}NET=pasta`) && (fix.includes(`${P}PORT_DRIVER=implicit`) || !fix.includes(`${P}PORT_DRIVER=`));

test('no fix moves a daemon not on pasta onto pasta while its RootlessKit is known to lack the fix: every fixture, and the pastes here', () => {
  const pastes = [...allFixtures(), { name: 'sudo-dropped', text: SUDO_DROPPED }];
  for (const { name, text } of pastes) {
    for (const r of both(text)) {
      if (r.facts.networkDriver === 'pasta' || atLeast(r.facts.rootlesskitVersion, rootlesskit.hostLoToNsLo.version, rootlesskitTags.versions) !== false) continue;
      for (const f of r.findings) expect(movesOntoPasta(f.fix ?? ''), `${name} ${f.id}`).toBe(false);
    }
  }
  // Every fixture in both languages: 8 s on an idle machine, more under load.
}, 60_000);

// Review 109 #7: RootlessKit 2.3.1 on pasta, started by hand after exports (a `;` list or lines of their own) or with no settings at all.
const RESET = `[1] 4410
$ docker version | grep -A4 rootlesskit
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta
  StateDir:         /run/user/1000/dockerd-rootless
$ curl 127.0.0.1:8080
curl: (56) Recv failure: Connection reset by peer`;
const EXPORTS = `export ${P}NET=pasta\nexport ${P}PORT_DRIVER=implicit`;
const START = 'dockerd-rootless.sh > dockerd.log 2>&1 &';
const BY_HAND = [
  ['exports in a ; list', `$ export ${P}NET=pasta; export ${P}PORT_DRIVER=implicit; ${START}\n${RESET}`, EXPORTS, START],
  ['exports on lines of their own', `$ export ${P}NET=pasta\n$ export ${P}PORT_DRIVER=implicit\n$ ${START}\n${RESET}`, EXPORTS, START],
  ['no settings, in an && list', `$ cd ~ && ${START}\n${RESET}`, '', `cd ~ && ${START}`],
] as const;

/** The settings the daemon the fixes (their exports, stops and starts, run in order in one shell after `exports`) started last gets. */
function lastStart(fixes: readonly string[], exports: string): Record<string, string> {
  const dir = tempDir('typed-exports-');
  const lines = fixes.flatMap((f) => f.split('\n')).filter((l) => !l.startsWith('#') && /dockerd-rootless\.sh|^(?:export|unset) /.test(l));
  const script = [`cd ${dir}`, exports, ...lines.map((l) => `${l}\nwait`)].join('\n');
  spawnSync('bash', ['-c', script], { env: { PATH: `${bin}:/usr/bin:/bin`, XDG_RUNTIME_DIR: dir, HOME: dir } });
  const log = readFileSync(join(dir, 'dockerd.log'), 'utf8');
  return Object.fromEntries(log.split('---')[0]!.split('\n').filter(Boolean).map((l) => l.slice(P.length).split(/=(.*)/s).slice(0, 2)));
}

test.each(BY_HAND)('a daemon by hand, %s: the fixes stop it and start it again as typed, after their exports, and it gets their settings', (_, paste, exports, start) => {
  for (const zh of [false, true]) {
    const r = zh ? analyzeWith(zhCn, paste) : analyze(paste);
    const upgrade = r.findings.find((f) => f.id === 'affected')!.fix!.split('\n');
    const at = upgrade.indexOf(STOP);
    expect(at, `${zh}`).toBeGreaterThan(0);
    expect(upgrade[at + 1], `${zh}`).toBe(start);
    expect(upgrade.slice(at + 2), `${zh}`).toContain('docker version');
    // The fixes in order leave the daemon with the paste's settings; the workaround's with its own.
    expect(lastStart(fixesOf(paste, zh), exports), `${zh}`).toEqual(exports ? { NET: 'pasta', PORT_DRIVER: 'implicit' } : {});
    const workaround = r.findings.find((f) => f.id === 'workaround-slirp4netns')!.fix!;
    expect(workaround.split('\n').slice(-2), `${zh}`).toEqual([STOP, start]);
    expect(lastStart([workaround], exports), `${zh}`).toEqual({ NET: 'slirp4netns', PORT_DRIVER: 'builtin', MTU: '65520' });
  }
}, 30_000);

// The stop line as the fixes write it, from a daemon typed with its settings.
const ENGINE_STOP = analyze(`$ ${P}NET=pasta ${P}PORT_DRIVER=implicit ${START}\n${RESET}`).findings.find((f) => f.id === 'affected')!.fix!.split('\n').find((l) => l.startsWith('sh -c '))!;
/** Runs the stop line in `dir` as the runtime directory; its exit status. */
const stop = (dir: string): number | null => spawnSync('bash', ['-c', ENGINE_STOP], { env: { PATH: '/usr/bin:/bin', XDG_RUNTIME_DIR: dir } }).status;

test('the stop line: exit 0 with no daemon (no state directory), and a stale pid file naming another process leaves that process alone', () => {
  const dir = tempDir('stop-line-');
  expect(stop(dir)).toBe(0);
  const other = spawnSync('sh', ['-c', 'sleep 30 >/dev/null 2>&1 & echo $!'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(join(dir, 'docker.pid'), other);
  mkdirSync(join(dir, 'dockerd-rootless'));
  expect(stop(dir)).toBe(0);
  expect(spawnSync('kill', ['-0', other]).status).toBe(0);
  spawnSync('kill', [other]);
  // One line that bash reads, without a comment for zsh to read as commands.
  expect(spawnSync('bash', ['-n'], { input: ENGINE_STOP }).status).toBe(0);
  expect(ENGINE_STOP).not.toMatch(/(?:^|\s)#/);
});

// Review 109 #8: the daemon started through sudo as another user; the checks after the fix ran as root, at root's socket.
const SUDO_RUN = `root@srv:~# sudo -u ci env XDG_RUNTIME_DIR=/run/user/1001 ${P}NET=pasta ${P}PORT_DRIVER=implicit dockerd-rootless.sh &
root@srv:~# sudo -u ci docker -H unix:///run/user/1001/docker.sock version | grep -A3 rootlesskit
 rootlesskit:
  Version:          2.3.1
  ApiVersion:       1.1.1
  NetworkDriver:    pasta`;

test('a daemon started through sudo as another user: the checks after the upgrade run as that user, at its socket', () => {
  for (const [paste, version] of [
    [SUDO_RUN, 'sudo -u ci docker -H unix:///run/user/1001/docker.sock version'],
    // No runtime directory typed: that user's own, as sudo's env_reset leaves the client at the rootful daemon's socket.
    [SUDO_RUN.replace('env XDG_RUNTIME_DIR=/run/user/1001 ', 'env '), 'sudo -u ci docker -H "unix:///run/user/$(id -u ci)/docker.sock" version'],
  ] as const) {
    for (const r of both(paste)) {
      const fix = r.findings.find((f) => f.id === 'affected')!.fix!.split('\n');
      expect(fix).toContain(version);
      expect(fix).not.toContain('docker version');
      expect(fix).toContain("pgrep -a -u ci -x 'pasta|pasta\\.avx2|passt\\.avx2'");
    }
  }
});

test("the stop line looks in the runtime directory the run typed for itself: under sudo -E the caller's own would hold no pid file", () => {
  const paste = SUDO_DROPPED.replace('sudo -u ci XDG', 'sudo -E -u ci XDG');
  for (const r of both(paste)) {
    const stops = r.findings.flatMap((f) => (f.fix ?? '').split('\n')).filter((l) => l.includes(" sh -c 'd="));
    expect(stops.length).toBeGreaterThan(0);
    for (const l of stops) expect(l).toMatch(/^sudo -E -u ci env XDG_RUNTIME_DIR=\/run\/user\/1001 sh -c '/);
  }
});
