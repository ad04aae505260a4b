import { expect, test } from 'vitest';
import { joinCells } from '../../../src/engine/cells.ts';
import { clean } from '../../../src/engine/clean.ts';

test('a paste with no run of cells is returned as it is, not copied: a lone "containerd" heading above a long journal costs nothing', () => {
  const { lines } = clean(['containerd', ...Array.from({ length: 2000 }, (_, i) => `Dec 03 12:00:00 host containerd[1]: msg="event ${i}"`)].join('\n'));
  expect(joinCells(lines)).toBe(lines);
});

test('a run of cells is read as docker version prints it, the lines before it kept', () => {
  const { lines } = clean(['Server', 'rootlesskit', '2.3.1', 'NetworkDriver', 'pasta', 'PortDriver', 'implicit'].join('\n'));
  expect(joinCells(lines).map((l) => l.trimmed)).toEqual(['Server', 'rootlesskit:', 'Version: 2.3.1', 'NetworkDriver: pasta', 'PortDriver: implicit']);
});
