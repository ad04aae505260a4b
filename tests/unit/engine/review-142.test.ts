// What review R142 found (task C64).
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

test('a Portainer table copied one cell per line is read as docker version: rootlesskit / 2.3.2 and NetworkDriver / pasta, quoted at their lines', () => {
  const cells = ['rootlesskit', '2.3.2', 'ApiVersion', '1.1.1', 'NetworkDriver', 'pasta', 'StateDir', '/run/user/1000/dockerd-rootless'];
  const r = analyze(['Copied from Portainer:', '', ...cells].join('\n'));
  expect([r.verdict, r.certainty, r.facts.rootlesskitVersion, r.facts.networkDriver]).toEqual(['fixed', 'confirmed', '2.3.2', 'pasta']);
  expect(r.findings[0]!.evidence.map((e) => e.line)).toEqual([7, 4]);
  // One pair alone is no table (a heading over a line of prose may look the same): nothing is read.
  expect(analyze(['Copied from Portainer:', '', ...cells.slice(4, 6)].join('\n')).facts.networkDriver).toBeNull();
});

test("pasta from a PR's example commands is what the paste names, not said to be what the daemon uses (review R142 28)", () => {
  const paste = ['- How to verify it', '```', '$ export DOCKERD_ROOTLESS_ROOTLESSKIT_NET=pasta', '$ dockerd-rootless.sh', '```'].join('\n');
  const step = analyze(paste).findings.find((f) => f.id === 'need-rootlesskit-version')!;
  expect(step.detail).toMatch(/^The paste names pasta as the network driver \(the lines below\)\. /);
  expect(step.detail).not.toContain('The daemon uses pasta');
});
