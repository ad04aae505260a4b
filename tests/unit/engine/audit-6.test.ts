// What the sixth site audit found: input that threw or froze the engine.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { decodeShare, shareDamaged } from '../../../src/engine/share.ts';

test('thousands of docker headers glued on one line neither overflow the stack nor take long', () => {
  const glued = 'k: v' + 'Server: vClient: v'.repeat(3500);
  expect(analyze(glued).verdict).toBe('incomplete');
  expect(analyze('Version: 28.1.1' + 'Server: Docker EngineClient: Docker'.repeat(2000)).verdict).toBe('incomplete');
  // Thirty such lines took six seconds, each step of the split reading the rest of its line again.
  const start = performance.now();
  analyze(`${glued}\n`.repeat(30));
  expect(performance.now() - start).toBeLessThan(1500);
});

test('a few headers glued on a line are still split, as docker printed them', () => {
  const r = analyze(' Engine:\n  Version:          27.3.1\n  GitCommit:        41ca978 rootlesskit:  Version:          2.3.1  ApiVersion:       1.1.1  NetworkDriver:    pastaServer: x');
  expect([r.facts.rootlesskitVersion, r.facts.networkDriver]).toEqual(['2.3.1', 'pasta']);
});

test('a link whose "#" was doubled (pasted after one) reads as the link it is', () => {
  expect(decodeShare('##v=1&net=pasta')).toEqual({ networkDriver: 'pasta' });
  expect(shareDamaged('##v=1&net=pasta')).toBe(false);
});
