// What review R144 found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { allFixtures } from '../../fixtures/fixtures.ts';

const fixture = (name: string): string => allFixtures().find((f) => f.name.endsWith(name))!.text;
const disagree = (text: string) => analyze(text).findings.find((f) => f.id === 'facts-disagree')!;

test('a restart that applies pasta with a RootlessKit before the fix is said to make the daemon affected, and its command waits for the upgrade (R144 24)', () => {
  const text = fixture('override-pasta-running-slirp4netns-restart-would-be-affected.txt');
  const before = disagree(text);
  expect(before.detail).toContain('A restart applies the configuration, and with it this setup is affected: upgrade RootlessKit to 2.3.2 or later before restarting');
  expect(before.fix).toMatch(/^# only after upgrading RootlessKit to 2\.3\.2 or later\nsystemctl --user daemon-reload/);
  // With the fix, the restart is only advised.
  const fixed = disagree(text.replace('Version:          2.3.1', 'Version:          2.3.2'));
  expect(fixed.detail).toContain('Restart after changing configuration.');
  expect(fixed.fix).toMatch(/^systemctl --user daemon-reload/);
});

test("pasta set beside Docker before 25.0 is no driver its daemon runs: not affected, and the finding says why (R144 20)", () => {
  const r = analyze(fixture('override-pasta-docker-24.0.7-no-pasta-driver-reset.txt'));
  expect([r.verdict, r.certainty]).toEqual(['not-affected', 'confirmed']);
  expect(r.findings[0]!.detail).toContain("The paste's settings name pasta, which its RootlessKit does not have");
  // pasta seen running (another RootlessKit than Docker's) is not set aside so.
  expect(analyze('Server Version: 24.0.7\n rootless\nrootlesskit --net=pasta --port-driver=implicit /usr/bin/dockerd-rootless.sh').verdict).not.toBe('not-affected');
});

test('a line that starts "rootless docker <version>" states the reader\'s own daemon; a question or another\'s does not (R144 16)', () => {
  const r = analyze('rootless docker 27.3.1 w/ pasta (rootlesskit 2.3.1).');
  expect([r.facts.rootless, r.facts.dockerServerVersion, r.facts.networkDriver, r.facts.rootlesskitVersion]).toEqual([true, '27.3.1', 'pasta', '2.3.1']);
  expect(analyze('Is rootless docker 27.3.1 with pasta affected?').facts.dockerServerVersion).toBeNull();
  expect(analyze('They said rootless docker 27.3.1 with pasta is fine.').facts.dockerServerVersion).toBeNull();
});
