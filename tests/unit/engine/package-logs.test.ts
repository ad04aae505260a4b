// Versions from package lists and logs against what runs: a Nix store path in a running argv, downgrades, the first upgrade after the
// daemon's start, holds released and other package managers' locks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { zhCn } from '../../../src/engine/messages/zh-cn.ts';
import { fixturesDir } from '../../fixtures/fixtures.ts';

const paste = (name: string): string => readFileSync(join(fixturesDir, 'synthetic', name), 'utf8');
const both = (text: string) => [analyze(text), analyze(text, { messages: zhCn })] as const;

describe('a Nix store path', () => {
  test('in the running RootlessKit argv is what runs: confirmed', () => {
    for (const r of both(paste('nix-store-rootlesskit-running-cgroup-pasta-version.txt'))) {
      expect([r.verdict, r.certainty, r.facts.rootlesskitVersion, r.facts.dockerServerVersion]).toEqual(['affected', 'confirmed', '2.3.1', '27.3.1']);
      expect(r.findings[0]!.evidence.map((e) => e.line)).toContain(12);
    }
  });

  test('merely listed stays an installed version: inferred', () => {
    const listed = paste('nix-store-rootlesskit-running-cgroup-pasta-version.txt')
      .replace(/ +├─1873 (\S+)\/bin\/rootlesskit .*/, '$ ls -d /nix/store/*rootlesskit*\n$1')
      .replace(/ +├─1882 /, '             ├─1882 rootlesskit ');
    for (const r of both(listed)) expect([r.verdict, r.certainty, r.facts.rootlesskitVersion]).toEqual(['affected', 'inferred', '2.3.1']);
  });
});

test('two upgrades after the start: the evidence cites the first, which decides what runs', () => {
  for (const r of both(paste('pacman-log-two-upgrades-after-active-since.txt'))) {
    const lines = r.findings[0]!.evidence.map((e) => e.line);
    expect(r.facts.rootlesskitVersion).toBe('2.3.1');
    expect(lines).toContain(2);
    expect(lines).not.toContain(3);
  }
  for (const r of both(paste('apt-history-two-runs-after-active-since.txt'))) {
    const quoted = r.findings[0]!.evidence.map((e) => e.text).join('\n');
    expect(quoted).toContain('5:27.3.1-1~debian.12~bookworm, 5:27.5.1-1~debian.12~bookworm');
    expect(quoted).not.toContain('5:28.0.1');
  }
});
