import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';
import { askedBy, findingGroups } from '../../../src/islands/checker/finding-groups.ts';

const real = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/real', name), 'utf8');

test("an error the reader pasted is shown under a decided verdict, not under \"Also worth knowing\"; notes stay there", () => {
  const r = analyze(real('error-docker-run-28.0.0-slirp4netns-portdriver-tcp-not-supported-1.txt'));
  expect(r.verdict).toBe('not-affected');
  const { main, also } = findingGroups(r);
  expect(main.map((f) => f.id)).toContain('slirp4netns-port-driver-tcp');
  expect(also.every((f) => f.severity !== 'error')).toBe(true);
  // A decided verdict with no error beside it leads alone.
  const fixed = findingGroups(analyze(' rootlesskit:\n  Version: 2.3.4\n  NetworkDriver: pasta\n  PortDriver: implicit\nrootlesskit --net=pasta --mtu=1500 --port-driver=implicit dockerd'));
  expect(fixed.main.map((f) => f.id)).toEqual(['fixed-rootlesskit']);
  expect(fixed.also.length).toBeGreaterThan(0);
});

test('the quick answers stand beside the finding that asks the question: after the daemon\'s start when the rootless daemon is down', () => {
  const down = analyze('$ docker ps\nCannot connect to the Docker daemon at unix:///run/user/1000/docker.sock. Is the docker daemon running?');
  expect(findingGroups(down).step!.id).toBe('daemon-not-running');
  expect(findingGroups(down).main[0]!.id).toBe('need-network-driver');
  expect([down.ask, askedBy(down)]).toEqual(['networkDriver', 'need-network-driver']);
  // Otherwise the next step asks it itself; nothing asked, nothing offered.
  const asking = analyze('$ docker info\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?');
  expect(askedBy(asking)).toBe(findingGroups(asking).step!.id);
  expect(askedBy(analyze('nothing here'))).toBe('nothing-recognised');
  expect(askedBy(analyze(real('error-docker-run-28.0.0-slirp4netns-portdriver-tcp-not-supported-1.txt')))).toBeUndefined();
});
