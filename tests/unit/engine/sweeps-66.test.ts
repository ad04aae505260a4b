// What the sweep of public pastes 66 found.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { labelledFixtures } from '../../fixtures/fixtures.ts';

test("Docker's fallback to pasta is said to need passt installed, and what comes after it", () => {
  const paste = labelledFixtures('wild').find((f) => f.file.startsWith('ru-homework-noble-apt-docker-ce-29.8.0'))!.text;
  expect(analyze(paste).findings[0]!.detail).toContain(
    'dockerd-rootless.sh picks pasta where slirp4netns is missing and passt is installed (where neither is, vpnkit, and from 29.5.0, last of all, gvisor-tap-vsock).',
  );
});
