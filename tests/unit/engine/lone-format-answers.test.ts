// One-line answers pasted alone with the command that asked them: docker version's server version asked of a client by its path (the
// static install's ~/bin/docker), and the Operating System line that docker info | grep picks out.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/engine/index.ts';

describe("docker version --format '{{.Server.Version}}' asked of a docker by its path", () => {
  for (const docker of ['~/bin/docker', '$HOME/bin/docker', '/usr/local/bin/docker', './docker']) {
    test(`${docker}: its answer is the running daemon's release`, () => {
      const r = analyze(`$ ${docker} version --format '{{.Server.Version}}'\n27.3.1`);
      expect(r.facts.dockerServerVersion).toBe('27.3.1');
      expect(r.findings.map((f) => f.id)).not.toContain('nothing-recognised');
    });
  }
  test('another program whose name ends in docker is not asked', () => {
    expect(analyze(`$ ~/bin/mydocker version --format '{{.Server.Version}}'\n27.3.1`).facts.dockerServerVersion).toBeNull();
  });
});

describe("docker info | grep -i 'operating system' alone", () => {
  for (const command of ["docker info | grep -i 'operating system'", 'docker info 2>/dev/null | grep "Operating System"', "sudo docker system info | grep -i 'operating'"]) {
    test(`${command}: the system is read`, () => {
      const r = analyze(`$ ${command}\n Operating System: Ubuntu 24.04.1 LTS`);
      expect(r.facts.operatingSystem).toBe('Ubuntu 24.04.1 LTS');
      expect(r.findings.map((f) => f.id)).not.toContain('nothing-recognised');
    });
  }
});
