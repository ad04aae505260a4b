import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { collectorCommands, collectorScript } from '../../../src/engine/collector.ts';

test('the collector script is valid POSIX shell and prints the probe line the engine reads', () => {
  expect(spawnSync('sh', ['-n', '-c', collectorScript]).status).toBe(0);
  expect(collectorScript).toContain('echo "host-lo-to-ns-lo probe: $?"');
  expect(collectorScript.split('\n')).toHaveLength(collectorCommands.length);
});
