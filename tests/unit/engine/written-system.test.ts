// The system a setup written by hand names goes with its offer: what a release ships, and its AppArmor, are read from it.
import { expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

const written = (text: string) => analyze(text).written;

test("a written setup's release is offered with it, as docker info would name the system", () => {
  expect(written('Environment: Debian 12, Docker 27.3.1, pasta')).toEqual({ rootless: true, dockerClientVersion: '27.3.1', networkDriver: 'pasta', operatingSystem: 'Debian 12' });
  expect(written('- 操作系统：Ubuntu 24.04 LTS\n- docker 27.3.1\n- pasta')).toMatchObject({ operatingSystem: 'Ubuntu 24.04 LTS' });
});

test('taken, it brings what the release ships: Debian 12’s passt from before the change, Ubuntu 24.04’s AppArmor', () => {
  const taken = (text: string) => analyze(text, { answers: written(text) });
  const affected = taken('Environment: Debian 12, Docker 27.3.1, RootlessKit 2.3.1, pasta').findings.find((f) => f.id === 'affected');
  expect(affected?.detail).toContain('Debian 12 ships passt');
  const ubuntu = '- OS: Ubuntu 24.04.1 LTS\n- docker 27.3.1\n- rootlesskit 2.3.1\n- pasta';
  expect(taken(ubuntu).findings.map((f) => f.id)).toContain('ubuntu-apparmor');
});

test('a kernel or an architecture is no release, and a system alone, or beside tools named without versions, offers nothing', () => {
  expect(written('Kernel: 6.8.0-45-generic\nArch: x86_64\n- docker 27.3.1\n- pasta')).not.toHaveProperty('operatingSystem');
  for (const text of ['Ubuntu 24.04', 'OS: Ubuntu 24.04 LTS\nKernel: 6.8.0-45-generic', 'Debian 12\n- rootlesskit\n- pasta'])
    expect([text, written(text)]).toEqual([text, undefined]);
});
