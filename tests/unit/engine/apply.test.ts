// Fixes for a daemon started by hand from a shell are built that way by the catalogues' builders, not rewritten after rendering.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { applyFor, SERVICE, type Apply } from '../../../src/engine/apply.ts';
import { en } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import type { MessageId, MessageParams, Messages } from '../../../src/engine/messages/types.ts';

/** One finding's parameters, for a builder whose fix applies a change to the daemon. */
type Case = { [K in MessageId]: [K, MessageParams[K]] }[MessageId];

// Every builder whose fix ends in a restart, a reload and restart, or a start of the daemon.
const cases: Case[] = [
  ['affected', { rootlesskitVersion: '2.3.1', inferredFrom: null, flagAbsent: true, pastaVersion: null, noRelease: false, era: 'new', shipped: null, distribution: false, manager: null, staticInstall: false, stated: null, installed: null, probeMissed: false, otherClient: false, rootfulRestart: false, pinned: null, held: null, locked: null, zypperLocked: null, ignored: null, allAddresses: false }],
  ['need-rootlesskit-version', { shown: true, distribution: false, dockerVersion: '28.0.1', installed: '2.3.4', restarted: false, upgradedSince: false, misread: null }],
  ['passt-dual-stack-failure', { pastaVersion: null }],
  ['passt-dual-stack-risk', { pastaVersion: '2025_01_21.4f2c8e7' }],
  ['slirp4netns-port-driver-tcp', {}],
  ['bind-address-in-use', { cause: 'regression' }],
  ['drop-in-not-loaded', { reloaded: false }],
  ['privileged-port', { port: 80, by: 'rootlesskit' }],
  ['pasta-not-found', { daemonSaid: true, rootlesskitVersion: '2.3.4', rkFixed: true }],
  ['rootlesskit-missing', { setup: false }],
  ['network-driver-missing', {}],
  ['daemon-not-running', { where: 'here' }],
  ['facts-disagree', { conflicts: [], restart: true }],
];

/** The fix a catalogue's builder writes for `c`, applied as `apply` says; it parses as a shell script. */
function fix(messages: Messages, [id, params]: Case, apply: Apply): string {
  const out = (messages.findings[id] as (p: typeof params, a: Apply) => { fix?: string })(params, apply).fix!;
  expect(spawnSync('bash', ['-n'], { input: out }).status, id).toBe(0);
  return out;
}

const SYSTEMCTL = /^systemctl --user (?:daemon-reload|(?:restart|start) docker)/m;

test('by hand, no builder writes a start, reload or restart of the user service: each says in a comment to run the script again from the shell', () => {
  for (const [messages, words] of [[en, en.byHand], [zhCn, zhCn.byHand]] as const) {
    for (const c of cases) {
      const running = fix(messages, c, applyFor('shell', null, false, words));
      expect(running, c[0]).not.toMatch(SYSTEMCTL);
      expect(running, c[0]).toContain(c[0] === 'daemon-not-running' ? `# ${words.start}` : `# ${words.restart}`);
      // Where the paste shows none running, there is none to stop.
      for (const source of ['run', 'hand'] as const) {
        const down = fix(messages, c, applyFor(source, null, true, words));
        expect(down, c[0]).not.toMatch(SYSTEMCTL);
        if (c[0] !== 'daemon-not-running') expect(down, c[0]).toContain(`# ${words.again}`);
      }
    }
  }
});

test('the user service, or a daemon not shown started by hand: the same builders restart or start the service', () => {
  for (const messages of [en, zhCn]) {
    for (const c of cases) {
      for (const apply of [SERVICE, applyFor('both', null, false, messages.byHand), applyFor('unknown', null, true, messages.byHand), applyFor(null, null, false, messages.byHand)]) {
        expect(fix(messages, c, apply), c[0]).toMatch(SYSTEMCTL);
      }
    }
  }
});
