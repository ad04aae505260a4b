import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const stopped = readFileSync(join(import.meta.dirname, '../../fixtures/synthetic/rootless-stopped-then-rootful-info.txt'), 'utf8');

test("a rootless daemon whose user service was stopped is no second daemon: the one left running decides, and the reset before the stop was the stopped one's", () => {
  const r = analyze(stopped);
  expect(r.verdict).toBe('not-rootless');
  expect(r.signals).not.toContain('two-daemons');
  expect(r.signals).not.toContain('connection-reset');
});

test('started again after its stop, the rootless daemon runs beside the system-wide one, and the verdict follows it', () => {
  const again = stopped.replace('$ sudo systemctl enable --now docker', '$ sudo systemctl enable --now docker\n$ systemctl --user start docker');
  const r = analyze(again);
  expect(r.verdict).toBe('affected');
  expect(r.signals).toEqual(expect.arrayContaining(['two-daemons', 'connection-reset']));
});
