import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const run = (...lines: string[]): string => ['Start-Date: 2025-03-04  10:12:01', 'Commandline: apt-get upgrade -y', ...lines, 'End-Date: 2025-03-04  10:12:40'].join('\n');
const up = (name: string): string => `${name}:amd64 (5:27.3.1-1~debian.12~bookworm, 5:28.0.1-1~debian.12~bookworm)`;

test("apt history.log's Upgrade: line broken after a comma, or inside an item, is read with the lines that go on with it", () => {
  const afterComma = analyze(run(`Upgrade: containerd.io:amd64 (1.7.22-1, 1.7.25-1),`, ` ${up('docker-ce')}`));
  expect([afterComma.facts.dockerServerVersion, afterComma.evidence.dockerServerVersion?.[0]?.line]).toEqual(['28.0.1', 4]);
  const insideItem = analyze(run(`Upgrade: containerd.io:amd64 (1.7.22-1, 1.7.25-1), docker-ce:amd64`, ` (5:27.3.1-1~debian.12~bookworm, 5:28.0.1-1~debian.12~bookworm)`));
  expect(insideItem.facts.dockerServerVersion).toBe('28.0.1');
  const insideVersions = analyze(run(`Upgrade: docker-ce:amd64 (5:27.3.1-1~debian.12~bookworm,`, ` 5:28.0.1-1~debian.12~bookworm)`));
  expect(insideVersions.facts.dockerServerVersion).toBe('28.0.1');
});

test('a line after a whole Upgrade: line, or a sentence after a comma, is not joined to it', () => {
  expect(analyze(run(`Upgrade: containerd.io:amd64 (1.7.22-1, 1.7.25-1)`, ` ${up('docker-ce')}`)).facts.dockerServerVersion).toBeNull();
  expect(analyze(run(`Upgrade: containerd.io:amd64 (1.7.22-1, 1.7.25-1),`, `then docker-ce (5:27.3.1-1~debian.12~bookworm, 5:28.0.1-1~debian.12~bookworm) failed`)).facts.dockerServerVersion).toBeNull();
});
