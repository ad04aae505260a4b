// What the sweep of public pastes 65 found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

test('a hand-written list that names the daemon rootless gives its version as a hint (slirp4netns#284)', () => {
  const r = analyze('Ubuntu 20.04.2\nDocker (rootless) 20.10.6\nslirp4netns 0.4.3');
  expect([r.verdict, r.facts.rootless, r.facts.dockerServerVersion]).toEqual(['not-affected', true, '20.10.6']);
  // Not in prose, and not a daemon that says nothing of rootless.
  for (const text of ['Docker (rootless) 20.10.6 was what I ran', 'Docker 20.10.6']) expect([text, analyze(text).facts.dockerServerVersion]).toEqual([text, null]);
  // What the daemon itself says beats a hand-written line.
  expect(analyze('Docker (rootless) 20.10.6\nServer:\n Server Version: 27.3.1\n Security Options:\n  rootless').facts.dockerServerVersion).toBe('27.3.1');
});
